"""AmbassadorPool: the colleague with matching expertise, language, department and free time."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from datetime import date, datetime
from numbers import Real
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.utils._param_validation import HasMethods, Interval

from supportml._checks import check_positive_int
from supportml._profile import UserProfile
from supportml.ambassadors._ledger import CapacityLedger
from supportml.ambassadors._table import AmbassadorRecord, expertise_text, read_ambassadors
from supportml.ambassadors._weights import MatchWeights
from supportml.embed import make_embedder
from supportml.exceptions import InvalidInputError, NotFittedError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["AmbassadorPool"]

logger = logging.getLogger(__name__)

_UNKNOWN = "unknown"  # UserProfile's default department and site: never a shared one
_Row = tuple[UserProfile, str | None, str | None]


class AmbassadorPool(BaseEstimator):
    """Matches help requests to ambassadors, and books their weekly capacity.

    An ambassador is a trained colleague who handles complex, job-specific requests. Each one's
    expertise (intent ids, made readable and completed by ``intent_descriptions``) is embedded
    once in :meth:`fit`; a request is then matched by its vector alone. For each ambassador::

        relevance = cosine(request, expertise) + weights.intent · [intent in expertise]
        score     = relevance + weights.department · [same department]
                              + weights.site · [same site]
                              + weights.language · [speaks the preferred language]
                              + weights.free_capacity · free share of the weekly capacity

    An ambassador is a candidate when their relevance reaches ``min_similarity``, they have
    free capacity this ISO week, they speak the user's or the request's language (an ambassador
    whose languages are unknown is not excluded), and they are not the user asking. Candidates
    are ranked by score, ties by ambassador id.

    The pool holds the capacity ledger (:attr:`ledger_`), shared safely by threads:
    :meth:`match_and_assign` picks and books in one step, so that concurrent requests never
    book an ambassador beyond capacity. Refitting starts a new, empty ledger.

    Parameters
    ----------
    embedder : Embedder, str, Path or None, default=None
        How expertise texts become vectors (see :func:`supportml.embed.make_embedder`); it must
        be the embedder that encodes the requests.
    min_similarity : float, default=0.3
        Relevance (cosine plus intent bonus) below which an ambassador is not proposed.
    weights : MatchWeights, mapping or None, default=None
        Bonuses; a mapping overrides some defaults (``{"department": 0.2}``); None keeps all
        of :class:`MatchWeights`' defaults.

    Attributes
    ----------
    ambassador_ids_ : ndarray of shape (n_ambassadors,)
        Ids, sorted; arrays below follow this order.
    expertise_texts_ : list of str
        The text embedded for each ambassador.
    expertise_vectors_ : ndarray of shape (n_ambassadors, dim)
        Unit-norm expertise vectors, float32.
    weights_ : MatchWeights
        The weights in force.
    embedder_ : Embedder
    ledger_ : CapacityLedger
        Requests booked per ambassador and ISO week.

    See Also
    --------
    CapacityLedger : the ledger on its own.

    Examples
    --------
    >>> from datetime import date
    >>> from supportml.ambassadors import AmbassadorPool
    >>> from supportml.embed import HashingEmbedder
    >>> embedder = HashingEmbedder(dim=256)
    >>> pool = AmbassadorPool(embedder, min_similarity=0.1).fit([
    ...     {"ambassador_id": "a1", "expertise": "share_file;sync_issue", "languages": "fr;en",
    ...      "weekly_capacity": 1},
    ...     {"ambassador_id": "a2", "expertise": "business_app_howto", "languages": "en"},
    ... ])
    >>> request = embedder.encode(["how do I share a file?"])[0]
    >>> ids, scores = pool.match(request, intent="share_file", language="fr")
    >>> ids.tolist()
    ['a1']
    >>> pool.match_and_assign(request, intent="share_file", at=date(2024, 1, 3))
    'a1'
    >>> pool.free_capacity("a1", at=date(2024, 1, 3))
    0
    >>> pool.match_and_assign(request, intent="share_file", language="fr", at=date(2024, 1, 3))
    """

    _parameter_constraints: ClassVar[dict] = {
        "embedder": [None, str, os.PathLike, HasMethods(["encode"])],
        "min_similarity": [Interval(Real, -1, 1, closed="both")],
        "weights": [None, MatchWeights, Mapping],
    }

    def __init__(
        self,
        embedder=None,
        *,
        min_similarity: float = 0.3,
        weights: MatchWeights | Mapping[str, float] | None = None,
    ) -> None:
        self.embedder = embedder
        self.min_similarity = min_similarity
        self.weights = weights

    # ------------------------------------------------------------------ fit
    def fit(
        self, ambassadors: Any, *, intent_descriptions: Mapping[str, str] | None = None
    ) -> AmbassadorPool:
        """Read the ambassadors, embed their expertise in one batch, and start a ledger.

        Parameters
        ----------
        ambassadors : DataFrame or list of dict
            One row per ambassador. Required columns: ``ambassador_id``, ``expertise``
            (';'-joined intent ids, or a list). Optional: ``user_id``, ``departments`` and
            ``languages`` (';'-joined, or lists), ``site``, ``weekly_capacity`` (int >= 0,
            requests per week, default 5). Missing values take the defaults; other columns
            are ignored. An empty table gives a pool that never matches.
        intent_descriptions : mapping of str to str, default=None
            A sentence per intent id, embedded with it for a richer expertise text.

        Returns
        -------
        self : AmbassadorPool

        Raises
        ------
        InvalidInputError
            A missing required column (the message lists the columns present), a duplicate or
            missing id, an empty expertise, a weekly capacity that is not an int >= 0, unknown
            or negative weights, or descriptions that are not str.
        """
        self._validate_params()
        if isinstance(self.weights, MatchWeights):
            self.weights_ = self.weights
        else:
            self.weights_ = MatchWeights.from_dict(self.weights or {})
        descriptions = _check_descriptions(intent_descriptions)
        records = read_ambassadors(ambassadors)
        self.embedder_ = make_embedder(self.embedder)
        self.ambassador_ids_ = np.array([r.ambassador_id for r in records], dtype=str)
        self.expertise_texts_ = [expertise_text(r.expertise, descriptions) for r in records]
        unique_vectors, self._expertise_index = self._embed(self.expertise_texts_)
        self.expertise_vectors_ = unique_vectors[self._expertise_index]
        self._unique_expertise_t = unique_vectors.T.astype(np.float64)
        self._has_intent = _masks(records, lambda r: r.expertise)
        self._in_department = _masks(records, lambda r: r.departments)
        self._at_site = _masks(records, lambda r: (r.site,))
        self._speaks = _masks(records, lambda r: r.languages)
        self._language_unknown = np.array([not r.languages for r in records], dtype=bool)
        self._user_ids = np.array([r.user_id for r in records], dtype=object)
        self.ledger_ = CapacityLedger({r.ambassador_id: r.weekly_capacity for r in records})
        logger.info("AmbassadorPool fitted on %d ambassadors", len(records))
        return self

    # ---------------------------------------------------------------- match
    def match(
        self,
        request_vector,
        user: UserProfile | Sequence[UserProfile | None] | None = None,
        *,
        intent: str | Sequence[str | None] | None = None,
        language: str | Sequence[str | None] | None = None,
        k: int = 3,
        at: datetime | date | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """The best ambassadors for one request, or for each of a batch, without booking them.

        Parameters
        ----------
        request_vector : array-like of shape (dim,) or (n_requests, dim)
            Embedding of the request (by the pool's embedder), or a batch of them.
        user : UserProfile, or sequence of UserProfile or None, default=None
            Who asks (None: unknown). For a batch, None or one entry per request.
        intent : str, or sequence of str or None, default=None
            The predicted intent of the request; for a batch, None or one per request.
        language : {"fr", "en"}, or sequence, default=None
            The request's language; for a batch, None or one per request.
        k : int, default=3
            Ambassadors returned at most per request.
        at : datetime or date, default=None
            When the request arrives: its ISO week's loads decide who has free capacity.

        Returns
        -------
        ambassador_ids : ndarray of shape (n_matches,), or (n_requests, k) for a batch
            Best first. Empty when nobody matches (everyone full, nobody relevant): never an
            error. A batch pads rows with None.
        scores : ndarray of shape (n_matches,), or (n_requests, k) for a batch
            Scores of those ambassadors (float64); a batch pads rows with NaN.

        Raises
        ------
        NotFittedError
            Before :meth:`fit`.
        InvalidInputError
            A vector of the wrong dimension, non-finite or all zeros; per-request arguments
            whose length differs from the batch; a bad ``k``.
        """
        self._check_fitted()
        vectors, single = self._request_vectors(request_vector)
        check_positive_int(k, "k", owner="AmbassadorPool.match")
        rows = self._rows(len(vectors), single, user, intent, language)
        loads = self.ledger_.loads(at)
        similarity = self._similarity(vectors)
        ranked = [
            self._rank(*self._evidence(similarity[i], *row), loads, k) for i, row in enumerate(rows)
        ]
        if single:
            positions, scores = ranked[0]
            return self.ambassador_ids_[positions], scores
        ids = np.full((len(rows), k), None, dtype=object)
        scores = np.full((len(rows), k), np.nan)
        for i, (row_positions, row_scores) in enumerate(ranked):
            ids[i, : len(row_positions)] = self.ambassador_ids_[row_positions]
            scores[i, : len(row_scores)] = row_scores
        return ids, scores

    def match_and_assign(
        self,
        request_vector,
        user: UserProfile | None = None,
        *,
        intent: str | None = None,
        language: str | None = None,
        request_id: Hashable | None = None,
        at: datetime | date | None = None,
    ) -> str | None:
        """Pick the best ambassador with free capacity and book them, in one atomic step.

        The choice and the booking happen under the ledger's lock, so threads routing
        concurrently never book an ambassador beyond capacity.

        Parameters
        ----------
        request_vector : array-like of shape (dim,)
            One request; see :meth:`match` for the other arguments.
        request_id : hashable, default=None
            A request already booked returns its ambassador again, without a second booking
            (a retry is safe).
        at : datetime or date, default=None
            When the request arrives; it is booked in that ISO week.

        Returns
        -------
        ambassador_id : str or None
            The ambassador booked, or None when nobody matches (then nothing is booked).
        """
        self._check_fitted()
        vectors, single = self._request_vectors(request_vector)
        if not single:
            raise InvalidInputError(
                f"match_and_assign takes one request vector of shape (dim,); got shape "
                f"{vectors.shape}. Call it once per request."
            )
        [row] = self._rows(1, True, user, intent, language)
        similarity = self._similarity(vectors)[0]
        score, eligible = self._evidence(similarity, *row)

        def pick(loads: np.ndarray) -> int | None:
            positions, _ = self._rank(score, eligible, loads, 1)
            return int(positions[0]) if len(positions) else None

        return self.ledger_.reserve(pick, request_id=request_id, at=at)

    # ------------------------------------------------------------- capacity
    def assign(
        self,
        ambassador_id: str,
        *,
        request_id: Hashable | None = None,
        at: datetime | date | None = None,
    ) -> AmbassadorPool:
        """Book one request for ``ambassador_id`` in the ISO week of ``at`` (default now).

        Prefer :meth:`match_and_assign` when several threads route: a match followed by an
        ``assign`` can find the ambassador full in between (then this raises).

        Returns
        -------
        self : AmbassadorPool

        Raises
        ------
        InvalidInputError
            An unknown ambassador, one with no free capacity that week, or a request already
            booked for another ambassador; see :meth:`CapacityLedger.assign`.
        """
        self._check_fitted()
        self.ledger_.assign(ambassador_id, request_id=request_id, at=at)
        return self

    def free_capacity(self, ambassador_id: str, at: datetime | date | None = None) -> int:
        """Requests ``ambassador_id`` can still take in the ISO week of ``at`` (default now)."""
        self._check_fitted()
        return self.ledger_.free_capacity(ambassador_id, at)

    def load(self) -> pd.DataFrame:
        """Requests booked: columns ``ambassador_id``, ``period``, ``assigned``, ``capacity``.

        One row per ambassador for every ISO week with a booking; see
        :meth:`CapacityLedger.to_frame`.
        """
        self._check_fitted()
        return self.ledger_.to_frame()

    def load_spread(
        self, at: datetime | date | None = None, *, relative_to_capacity: bool = False
    ) -> dict[str, float]:
        """How unevenly a week's requests fall on the ambassadors: ``max_over_mean``, ``gini``.

        See :meth:`CapacityLedger.spread`.
        """
        self._check_fitted()
        return self.ledger_.spread(at, relative_to_capacity=relative_to_capacity)

    # ------------------------------------------------------------ internals
    def _embed(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Embed each distinct text once, in one batch.

        Returns the unit vectors of the distinct texts, and the position of each text's one.
        """
        unique = list(dict.fromkeys(texts))
        position = {text: i for i, text in enumerate(unique)}
        index = np.array([position[text] for text in texts], dtype=np.intp)
        if not unique:
            return np.zeros((0, self.embedder_.dim), dtype=np.float32), index
        vectors = np.asarray(self.embedder_.encode(unique), dtype=np.float32)
        return _unit_rows(vectors, "expertise vector"), index

    def _similarity(self, vectors: np.ndarray) -> np.ndarray:
        """Cosine of each request to each ambassador's expertise, shape (n_requests, n_amb).

        Computed once per distinct expertise, so that ambassadors with the same expertise get
        bit-identical similarities (BLAS may round columns of one product differently) and tie.
        """
        return (vectors @ self._unique_expertise_t)[:, self._expertise_index]

    def _request_vectors(self, request_vector) -> tuple[np.ndarray, bool]:
        array = np.asarray(request_vector, dtype=np.float64)
        dim = self.expertise_vectors_.shape[1]
        if array.ndim not in (1, 2) or array.shape[-1] != dim:
            raise InvalidInputError(
                f"request_vector must have shape ({dim},) or (n_requests, {dim}); got shape "
                f"{array.shape}."
            )
        return _unit_rows(np.atleast_2d(array), "request_vector"), array.ndim == 1

    def _rows(self, n: int, single: bool, user, intent, language) -> list[_Row]:
        """One (user, intent, language) per request, checked."""
        if single:
            columns = [[user], [intent], [language]]
        else:
            columns = [
                _per_request(user, n, "user"),
                _per_request(intent, n, "intent"),
                _per_request(language, n, "language"),
            ]
        rows = []
        for row_user, row_intent, row_language in zip(*columns, strict=True):
            if row_user is not None and not isinstance(row_user, UserProfile):
                raise InvalidInputError(
                    f"user must be a UserProfile or None; got {type(row_user).__name__} "
                    "(build one with UserProfile.from_dict)."
                )
            for name, value in (("intent", row_intent), ("language", row_language)):
                if value is not None and not isinstance(value, str):
                    raise InvalidInputError(
                        f"{name} must be a str or None; got {type(value).__name__}."
                    )
            rows.append(
                (
                    row_user or UserProfile(),
                    row_intent,
                    None if row_language is None else row_language.strip().lower(),
                )
            )
        return rows

    def _evidence(
        self, similarity: np.ndarray, user: UserProfile, intent: str | None, language: str | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Score without the capacity bonus, and who qualifies apart from capacity."""
        w = self.weights_
        nobody = np.zeros(len(self.ambassador_ids_), dtype=bool)
        relevance = similarity + w.intent * self._has_intent.get(intent, nobody)
        eligible = relevance >= self.min_similarity
        score = relevance.copy()
        if user.department != _UNKNOWN:
            score += w.department * self._in_department.get(user.department, nobody)
        if user.site != _UNKNOWN:
            score += w.site * self._at_site.get(user.site, nobody)
        accepted = [lang for lang in dict.fromkeys((user.language, language)) if lang]
        if accepted:
            speaks_one = np.logical_or.reduce([self._speaks.get(lang, nobody) for lang in accepted])
            eligible &= speaks_one | self._language_unknown
            score += w.language * self._speaks.get(accepted[0], nobody)  # the user's, if known
        if user.user_id is not None:
            eligible &= self._user_ids != user.user_id  # nobody is their own ambassador
        return score, eligible

    def _rank(
        self, score: np.ndarray, eligible: np.ndarray, loads: np.ndarray, k: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """Positions and scores of the best ``k`` eligible ambassadors with free capacity."""
        capacity = self.ledger_.capacities
        free = capacity - loads
        candidates = np.flatnonzero(eligible & (free > 0))
        total = (
            score[candidates]
            + self.weights_.free_capacity * free[candidates] / capacity[candidates]
        )
        order = np.argsort(-total, kind="stable")[:k]  # stable: ties stay in id order
        return candidates[order], total[order]

    def _check_fitted(self) -> None:
        if not self.__sklearn_is_fitted__():
            raise NotFittedError("This AmbassadorPool is not fitted yet; call fit before using it.")

    def __sklearn_is_fitted__(self) -> bool:
        return hasattr(self, "ledger_")


def _check_descriptions(descriptions: Mapping[str, str] | None) -> Mapping[str, str]:
    if descriptions is None:
        return {}
    if not isinstance(descriptions, Mapping):
        raise InvalidInputError(
            "intent_descriptions must be a mapping of intent id to description; got "
            f"{type(descriptions).__name__}."
        )
    for intent, description in descriptions.items():
        if not isinstance(description, str):
            raise InvalidInputError(
                f"intent_descriptions[{intent!r}] must be a str; got {type(description).__name__}."
            )
    return descriptions


def _masks(
    records: list[AmbassadorRecord], values: Callable[[AmbassadorRecord], Iterable[str]]
) -> dict[str, np.ndarray]:
    """For each value, which ambassadors have it."""
    masks: dict[str, np.ndarray] = {}
    for i, record in enumerate(records):
        for value in values(record):
            masks.setdefault(value, np.zeros(len(records), dtype=bool))[i] = True
    return masks


def _per_request(value: Any, n: int, name: str) -> list[Any]:
    if value is None:
        return [None] * n
    if isinstance(value, str | UserProfile) or not isinstance(value, Sequence | np.ndarray):
        raise InvalidInputError(
            f"For a batch of request vectors, {name} must be None or a sequence with one "
            f"entry per request; got {type(value).__name__}."
        )
    if len(value) != n:
        raise InvalidInputError(
            f"{name} has {len(value)} entries but there are {n} request vectors."
        )
    return list(value)


def _unit_rows(vectors: np.ndarray, name: str) -> np.ndarray:
    """Rows scaled to unit L2 norm; refuses non-finite and all-zero rows."""
    norms = np.linalg.norm(vectors, axis=1)
    bad = np.flatnonzero(~np.isfinite(norms) | (norms == 0))
    if bad.size:
        raise InvalidInputError(f"{name} row {bad[0]} is all zeros or not finite.")
    return vectors / norms[:, None]
