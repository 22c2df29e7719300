"""Coverage: what each tier has to offer for an intent, in a language, to a given user."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from supportml._profile import UserProfile

__all__ = ["COVERAGE_FEATURES", "Coverage", "request_language"]

COVERAGE_FEATURES = ("faq", "content", "local_ambassador")
_LANGUAGES = ("fr", "en")


def _split(value) -> list[str]:
    if value is None or value != value:  # None or NaN
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    return [str(part).strip() for part in value]


def request_language(user: UserProfile | None, language: str) -> str:
    """The language to serve a request in: the user's own where the profile says, else the
    language detected in the request.

    Examples
    --------
    >>> from supportml import UserProfile
    >>> request_language(UserProfile(language="fr"), "en"), request_language(None, "en")
    ('fr', 'en')
    """
    return user.language if user is not None and user.language else str(language)


class Coverage:
    """Whether the knowledge base, the catalogue and a nearby ambassador cover each intent.

    A request is only as well served by a tier as that tier's material on the request's need:
    an FAQ entry about the intent in the user's language, a learning item about it in that
    language, an ambassador with the intent in their expertise who speaks the language and
    works in the user's department or at the user's site. Over the intent classifier's
    probabilities, each is an expected coverage in [0, 1], which the :class:`TierModel` reads
    next to the search scores (which say how well the text matches, not whether the topic is
    covered).

    Parameters
    ----------
    classes : sequence of str
        The intent classifier's classes, in the order of its probabilities.

    Examples
    --------
    >>> import numpy as np
    >>> from supportml import UserProfile
    >>> coverage = Coverage(["share_file", "outage"]).fit(
    ...     knowledge_base=[{"intent": "share_file", "language": "en"}],
    ...     ambassadors=[{"ambassador_id": "a1", "expertise": "outage", "languages": "en",
    ...                   "departments": "Sales", "site": "Lyon"}])
    >>> user = UserProfile(department="Sales", language="en")
    >>> coverage.transform(np.array([[0.8, 0.2]]), ["en"], [user]).round(2).tolist()
    [[0.8, 0.0, 0.2]]
    """

    def __init__(self, classes: Sequence[str]) -> None:
        self.classes = classes

    _items: dict[str, list[str]] = {}  # noqa: RUF012 (coverages saved before it: no items known)

    def fit(self, *, knowledge_base=None, catalogue=None, ambassadors=None) -> Coverage:
        """Read which intents each table covers, per language.

        Parameters
        ----------
        knowledge_base : DataFrame or list of dict, optional
            Rows with ``intent`` and ``language``; without an ``intent`` column, nothing is
            counted as covered.
        catalogue : DataFrame or list of dict, optional
            Rows with ``intents`` (``;``-joined), ``language`` and ``item_id`` (the items
            :meth:`content_items` lists).
        ambassadors : DataFrame or list of dict, optional
            Rows with ``expertise`` (``;``-joined intents), ``languages``, ``departments`` and
            ``site``.

        Returns
        -------
        self : Coverage
        """
        self._position = {str(name): i for i, name in enumerate(self.classes)}
        self.faq_ = self._by_language(_records(knowledge_base), "intent")
        items = _records(catalogue)
        self.content_ = self._by_language(items, "intents")
        self._items = {}
        for row in items:
            if row.get("item_id") is None:
                continue
            for intent in _split(row.get("intents")):
                key = "\n".join((intent, str(row.get("language") or "")))  # JSON-friendly
                self._items.setdefault(key, []).append(str(row["item_id"]))
        self._experts = [
            (
                self._mask(_split(row.get("expertise"))),
                tuple(_split(row.get("languages"))),
                tuple(_split(row.get("departments"))),
                str(row.get("site") or ""),
            )
            for row in _records(ambassadors)
        ]
        self._reach: dict[str, np.ndarray] = {}  # by language, department and site; on first use
        return self

    def transform(
        self,
        intent_proba: np.ndarray,
        languages: Sequence[str],
        users: Sequence[UserProfile | None],
    ) -> np.ndarray:
        """Expected FAQ, content and local-ambassador coverage of each request.

        Parameters
        ----------
        intent_proba : ndarray of shape (n, n_classes)
        languages : sequence of str
            The language of each request; a profile's own language wins where known.
        users : sequence of UserProfile or None

        Returns
        -------
        coverage : ndarray of shape (n, 3)
            Columns in :data:`COVERAGE_FEATURES` order.
        """
        n_classes = len(self._position)
        none = np.zeros(n_classes)
        rows = np.zeros((len(users), 3, n_classes))
        for i, (user, language) in enumerate(zip(users, languages, strict=True)):
            lang = request_language(user, language)
            rows[i, 0] = self.faq_.get(lang, none)
            rows[i, 1] = self.content_.get(lang, none)
            rows[i, 2] = self._local_reach(user, lang)
        return np.einsum("nk,nfk->nf", intent_proba, rows)

    def content_items(self, intent: str, language: str) -> list[str]:
        """The ids of the catalogue items about ``intent`` in ``language``, in catalogue order.

        Examples
        --------
        >>> coverage = Coverage(["share_file"]).fit(catalogue=[
        ...     {"item_id": "c1", "intents": "share_file;permissions", "language": "fr"},
        ...     {"item_id": "c2", "intents": "share_file", "language": "en"}])
        >>> coverage.content_items("share_file", "fr"), coverage.content_items("outage", "fr")
        (['c1'], [])
        """
        return list(self._items.get("\n".join((intent, language)), []))

    def _local_reach(self, user: UserProfile | None, language: str) -> np.ndarray:
        if user is None:
            return np.zeros(len(self._position))
        key = "\n".join((language, user.department, user.site))  # str keys: JSON-friendly
        reach = self._reach.get(key)
        if reach is None:
            reach = np.zeros(len(self._position))
            for expertise, speaks, departments, site in self._experts:
                if language in speaks and (user.department in departments or user.site == site):
                    reach = np.maximum(reach, expertise)
            self._reach[key] = reach  # threads may both compute it: same value
        return reach

    def _mask(self, intents: Sequence[str]) -> np.ndarray:
        mask = np.zeros(len(self._position))
        for intent in intents:
            if intent in self._position:
                mask[self._position[intent]] = 1.0
        return mask

    def _by_language(self, rows: list[dict], column: str) -> dict[str, np.ndarray]:
        covered = {language: np.zeros(len(self._position)) for language in _LANGUAGES}
        for row in rows:
            language = str(row.get("language") or "")
            if language in covered:
                covered[language] = np.maximum(
                    covered[language], self._mask(_split(row.get(column)))
                )
        return covered


def _records(table) -> list[dict]:
    if table is None:
        return []
    if hasattr(table, "to_dict"):
        return table.to_dict("records")
    return [dict(row) for row in table]
