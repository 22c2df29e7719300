"""KnowledgeBase: semantic search over FAQ entries (French and English), with declining."""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass
from numbers import Real
from typing import ClassVar, Literal

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.utils._param_validation import HasMethods, Interval, StrOptions

from supportml._checks import check_positive_int
from supportml.embed import make_embedder
from supportml.exceptions import InvalidInputError, NotFittedError
from supportml.knowledge._decline import DeclineRule, choose_decline_threshold
from supportml.knowledge._entries import passages, read_entries
from supportml.text import as_batch, detect_language, validate_texts

__all__ = ["Answer", "KnowledgeBase"]

logger = logging.getLogger(__name__)

Fields = Literal["question", "answer", "q+a", "max", "passages"]
_QUERY_BLOCK = 1024  # queries scored at once, to bound the (queries x keys) matrix


@dataclass(frozen=True)
class Answer:
    """What :meth:`KnowledgeBase.answer` says about one query: an entry, or a decline.

    Attributes
    ----------
    entry_id : str, int or None
        The entry answering the query; None when declined.
    question, answer : str or None
        That entry's texts; None when declined.
    intent : str or None
        That entry's intent, when the entries have an ``intent`` column.
    candidate_id : str or int
        The best entry, declined or not (for logs and review).
    score : float
        The candidate's search score.
    decline_score : float
        ``score + margin_weight × (score − second best score)``, compared with `threshold`.
    threshold : float
        The knowledge base's ``decline_threshold_`` (``-inf``: never declines).
    declined : bool
        True when `decline_score` is below `threshold`.
    reason : str or None
        Why the query was declined; None when answered.
    """

    entry_id: str | int | None
    question: str | None
    answer: str | None
    intent: str | None
    candidate_id: str | int
    score: float
    decline_score: float
    threshold: float
    declined: bool
    reason: str | None


class KnowledgeBase(BaseEstimator):
    """Finds the FAQ entry that answers a help request, or declines when none does.

    ``fit`` embeds the entries' texts once, in one batch; ``search`` ranks the entries for each
    query; ``answer`` returns the best entry, or declines when its decline score is below
    :attr:`decline_threshold_`, which :meth:`fit_decline_threshold` chooses on a development
    set of answerable and unanswerable queries.

    **Score of an entry** (``fields``): the cosine similarity between the query and one or
    more texts of the entry, its *keys*, of which the best counts:

    - ``"question"``, ``"answer"``, ``"q+a"`` (question and answer embedded as one text): one
      key each;
    - ``"max"``: the question and the answer;
    - ``"passages"`` (default): the question, the answer, and one passage per sentence of the
      answer, each made of the question followed by that sentence. A request often echoes one
      sentence of a long answer, which the whole answer, truncated and blurred by its other
      topics, matches poorly.

    ``whole_entry_weight`` × the cosine to the whole entry (``"q+a"``) is then added, a small
    reward for entries that match as a whole and not by one key alone.

    **Language.** When the entries have a ``language`` column (``"fr"`` / ``"en"``) and the
    queries are texts, each query's language is detected (:func:`supportml.text.detect_language`)
    and ``language_boost`` is added to the score of the entries in that language, so that of
    two translated entries the one in the query's language comes first. The boost is small: it
    reorders entries about the same topic, not a good entry in the other language behind a bad
    one in the query's. A query without evidence either way counts as English (the detector's
    default). 0 disables the boost.

    **Intent.** When the entries have an ``intent`` column and :meth:`search` or :meth:`answer`
    get the queries' predicted intents (``intents=``), ``intent_boost`` is added to the score of
    the entries about that intent: a request the intent classifier recognises finds its FAQ
    entry even when worded unlike it. The router uses it (see :class:`~supportml.Router`); 0,
    the default, leaves the scores to the texts alone.

    **Declining.** A query's *decline score* is its best entry's score plus ``margin_weight`` ×
    the gap between the best and the second best entry: a query close to one entry and far from
    the others is answered with more confidence than one between two entries.

    On StackFAQ (all-MiniLM-L6-v2; ``benchmarks/answers.py``) the defaults raise Hit@1 from
    0.951 (best peer, ``fields="max"``) to 0.961; with 25 of the 125 threads removed and
    ``fit_decline_threshold(rule="min_accuracy")``, 0.904 of the answerable queries get their
    entry while 0.834 of the unanswerable ones are declined (the best peer under the same rule:
    0.910 and 0.780). The weights (``whole_entry_weight``, ``margin_weight``, one sentence per
    passage) were chosen on development queries only. Measured and left out, as no better than
    noise there: a character n-gram TF-IDF score added to the cosine, centring the embeddings
    on the knowledge base's mean, pseudo-relevance feedback on the query vector, per-entry
    score normalisation (CSLS), soft (log-sum-exp) pooling of the keys, and a logistic
    regression over score features to decide declining.

    Parameters
    ----------
    embedder : Embedder, str, Path or None, default=None
        How texts become vectors (see :func:`supportml.embed.make_embedder`): None is the
        default model behind the on-disk cache, ``"hashing"`` the fast test embedder.
    decline_threshold : float or None, default=None
        Fixed decline score below which :meth:`answer` declines; None never declines until
        :meth:`fit_decline_threshold` sets a threshold.
    fields : {"question", "answer", "q+a", "max", "passages"}, default="passages"
        Which texts of an entry a query is compared with (see above).
    whole_entry_weight : float, default=0.2
        Weight of the cosine to the whole entry added to the score; 0 leaves it out.
    margin_weight : float, default=0.5
        Weight of the gap to the second best entry in the decline score; 0 uses the top score.
    language_boost : float, default=0.05
        Added to the score of the entries in the query's language; 0 disables it.
    intent_boost : float, default=0.0
        Added to the score of the entries whose ``intent`` is the query's (``intents=``).

    Attributes
    ----------
    entry_ids_ : ndarray of shape (n_entries,)
        The entry ids, in the order of ``fit``; ties in scores are broken by this order.
    entry_languages_ : ndarray of shape (n_entries,) or None
        Each entry's language (None where missing); None without a ``language`` column.
    decline_threshold_ : float
        The decline threshold in force (``-inf``: never decline).
    embedder_ : Embedder
        The embedder used for entries and queries.
    n_keys_ : int
        Texts compared with each query, over all entries (see ``fields``).

    See Also
    --------
    supportml.knowledge.choose_decline_threshold : the rules of :meth:`fit_decline_threshold`.

    Examples
    --------
    >>> from supportml.knowledge import KnowledgeBase
    >>> entries = [
    ...     {"entry_id": "share-en", "question": "How do I share a folder?",
    ...      "answer": "Open the folder, then click Share.", "language": "en"},
    ...     {"entry_id": "share-fr", "question": "Comment partager un dossier ?",
    ...      "answer": "Ouvrez le dossier, puis cliquez sur Partager.", "language": "fr"},
    ...     {"entry_id": "password", "question": "How do I reset my password?",
    ...      "answer": "Click 'Forgot password' on the sign-in page.", "language": "en"},
    ... ]
    >>> kb = KnowledgeBase(embedder="hashing").fit(entries)
    >>> ids, scores = kb.search(["partager mon dossier", "forgot my password"], k=2)
    >>> ids[:, 0].tolist(), scores.shape
    (['share-fr', 'password'], (2, 2))
    >>> kb.answer("reset password").entry_id
    'password'
    >>> kb.set_params(decline_threshold=0.9).fit(entries).answer("printer jammed").declined
    True
    """

    _parameter_constraints: ClassVar[dict] = {
        "embedder": [None, str, os.PathLike, HasMethods(["encode"])],
        "decline_threshold": [None, Real],
        "fields": [StrOptions({"question", "answer", "q+a", "max", "passages"})],
        "whole_entry_weight": [Interval(Real, 0, None, closed="left")],
        "margin_weight": [Interval(Real, 0, None, closed="left")],
        "language_boost": [Interval(Real, 0, None, closed="left")],
        "intent_boost": [Interval(Real, 0, None, closed="left")],
    }

    def __init__(
        self,
        embedder=None,
        *,
        decline_threshold: float | None = None,
        fields: Fields = "passages",
        whole_entry_weight: float = 0.2,
        margin_weight: float = 0.5,
        language_boost: float = 0.05,
        intent_boost: float = 0.0,
    ) -> None:
        self.embedder = embedder
        self.decline_threshold = decline_threshold
        self.fields = fields
        self.whole_entry_weight = whole_entry_weight
        self.margin_weight = margin_weight
        self.language_boost = language_boost
        self.intent_boost = intent_boost

    intent_boost = 0.0  # knowledge bases saved before it existed had none

    # ------------------------------------------------------------------ fit
    def fit(self, entries) -> KnowledgeBase:
        """Embed the entries, once, in one batch.

        Parameters
        ----------
        entries : pandas DataFrame or list of dict
            One row per entry: ``entry_id`` (str or int, unique), ``question``, ``answer``, and
            optionally ``language`` (``"fr"``, ``"en"`` or missing) and ``intent``. Other
            columns are ignored.

        Returns
        -------
        self : KnowledgeBase

        Raises
        ------
        InvalidInputError
            No entry, a missing column (the message lists the columns present), a missing or
            duplicate id (named), an unusable text (its position named), an unknown language.
        """
        self._validate_params()
        entries = read_entries(entries)
        self.embedder_ = make_embedder(self.embedder)
        pairs = list(zip(entries.questions, entries.answers, strict=True))
        keys = [self._keys_of(question, answer) for question, answer in pairs]
        wholes = [f"{question} {answer}" for question, answer in pairs]
        texts = [text for entry_keys in keys for text in entry_keys]
        if self.whole_entry_weight > 0:
            texts += wholes
        unique = list(dict.fromkeys(texts))
        vectors = self.embedder_.encode(unique)
        row = {text: i for i, text in enumerate(unique)}
        self._keys = vectors[[row[text] for entry_keys in keys for text in entry_keys]]
        self._key_starts = np.cumsum([0] + [len(entry_keys) for entry_keys in keys[:-1]])
        self._wholes = (
            vectors[[row[text] for text in wholes]] if self.whole_entry_weight > 0 else None
        )
        self.entry_ids_ = entries.ids
        self.entry_languages_ = entries.languages
        self.n_keys_ = len(self._keys)
        self._questions, self._answers = entries.questions, entries.answers
        self._intents = entries.intents
        self._ids = self.entry_ids_.tolist()  # Python scalars, for Answer
        self._index = {entry_id: i for i, entry_id in enumerate(self._ids)}
        self.decline_threshold_ = (
            float("-inf") if self.decline_threshold is None else float(self.decline_threshold)
        )
        logger.info("Fitted %d entries, %d keys", len(self.entry_ids_), self.n_keys_)
        return self

    def fit_decline_threshold(
        self,
        queries,
        gold_entry_ids,
        *,
        rule: DeclineRule = "min_accuracy",
        min_accuracy: float = 0.90,
        query_embeddings=None,
    ) -> KnowledgeBase:
        """Set :attr:`decline_threshold_` from development queries with known answers.

        Parameters
        ----------
        queries : sequence of str, or ndarray of shape (n_queries, dim)
            Development queries: answerable ones, and (for ``rule="balanced"``) unanswerable
            ones.
        gold_entry_ids : sequence of shape (n_queries,)
            The entry id answering each query, or None (or NaN) when no entry does.
        rule : {"balanced", "keep_answers", "min_accuracy"}, default="min_accuracy"
            ``"balanced"``: the threshold maximising (AC + DU) / 2, where AC is the share of
            answerable queries answered with their entry and DU the share of unanswerable
            queries declined; ``"keep_answers"``: the largest threshold losing at most 10 % of
            the correct answers; ``"min_accuracy"``: the largest threshold keeping AC at least
            `min_accuracy`. See :func:`~supportml.knowledge.choose_decline_threshold`.
        min_accuracy : float, default=0.90
            AC to keep under ``rule="min_accuracy"``.
        query_embeddings : array-like of shape (n_queries, dim), default=None
            Precomputed vectors of the query texts.

        Returns
        -------
        self : KnowledgeBase

        Raises
        ------
        InvalidInputError
            When a gold id is not an entry id (named), lengths differ, or the set lacks the
            queries the rule needs.
        """
        self._check_fitted()
        scores = self._scores(*self._read_queries(queries, query_embeddings)[:2])
        top, _, decline = self._decide(scores)
        gold = self._gold_positions(gold_entry_ids, len(scores))
        answerable = gold >= 0
        self.decline_threshold_ = choose_decline_threshold(
            decline, answerable & (top == gold), answerable, rule=rule, min_accuracy=min_accuracy
        )
        logger.info("Decline threshold set to %.4f (rule %s)", self.decline_threshold_, rule)
        return self

    # --------------------------------------------------------------- search
    def search(self, queries, *, k: int = 5, query_embeddings=None, intents=None):
        """The `k` best entries of each query, best first.

        Parameters
        ----------
        queries : str, sequence of str, or ndarray of shape (dim,) or (n_queries, dim)
            Query texts, or their vectors (vectors get no language boost; pass the texts with
            ``query_embeddings=`` to keep it).
        k : int, default=5
            Entries returned per query; at most the number of entries.
        query_embeddings : array-like of shape (n_queries, dim), default=None
            Precomputed vectors of the query texts (skips the embedder).
        intents : str or sequence of (str or None), default=None
            The predicted intent of each query (a str serves every query); the entries about
            it get ``intent_boost``.

        Returns
        -------
        entry_ids : ndarray of shape (n_queries, k), or (k,) for one query
            Entry ids by descending score; ties keep the order of ``fit``.
        scores : ndarray of float64 of the same shape
            Their scores.

        Raises
        ------
        InvalidInputError
            A bad query text (its position named), vectors of the wrong shape, k < 1, or
            ``intents`` not one per query.
        """
        self._check_fitted()
        check_positive_int(k, "k", owner="KnowledgeBase.search")
        texts, vectors, single = self._read_queries(queries, query_embeddings)
        scores = self._scores(texts, vectors, intents)
        order = np.argsort(-scores, axis=1, kind="stable")[:, :k]
        ids, top = self.entry_ids_[order], np.take_along_axis(scores, order, axis=1)
        return (ids[0], top[0]) if single else (ids, top)

    def answer(self, queries, *, query_embeddings=None, intents=None):
        """The entry answering each query, or a decline.

        Parameters
        ----------
        queries : str, sequence of str, or ndarray of shape (dim,) or (n_queries, dim)
            As in :meth:`search`.
        query_embeddings : array-like of shape (n_queries, dim), default=None
            Precomputed vectors of the query texts.
        intents : str or sequence of (str or None), default=None
            As in :meth:`search`.

        Returns
        -------
        Answer or list of Answer
            One :class:`Answer` for one query (a str or a 1-D vector), else one per query.
            A declined answer has ``declined=True``, ``entry_id=None`` and a ``reason``.
        """
        self._check_fitted()
        texts, vectors, single = self._read_queries(queries, query_embeddings)
        top, best, decline = self._decide(self._scores(texts, vectors, intents))
        answers = [
            self._make_answer(int(i), float(s), float(d))
            for i, s, d in zip(top, best, decline, strict=True)
        ]
        return answers[0] if single else answers

    # ------------------------------------------------------------ internals
    def _keys_of(self, question: str, answer: str) -> list[str]:
        if self.fields == "question":
            return [question]
        if self.fields == "answer":
            return [answer]
        if self.fields == "q+a":
            return [f"{question} {answer}"]
        if self.fields == "max":
            return [question, answer]
        return [question, answer, *passages(question, answer)]

    def _check_fitted(self) -> None:
        if not self.__sklearn_is_fitted__():
            raise NotFittedError("This KnowledgeBase is not fitted yet; call fit before using it.")

    def _read_queries(self, queries, query_embeddings):
        """Return (texts or None, vectors, single) after checking both."""
        dim = self._keys.shape[1]
        if isinstance(queries, np.ndarray) and queries.dtype.kind in "fiu":
            if query_embeddings is not None:
                raise InvalidInputError(
                    "Pass vectors either as queries or as query_embeddings=, not both."
                )
            single = queries.ndim == 1
            return None, self._check_vectors(np.atleast_2d(queries), None, dim), single
        single = isinstance(queries, str)
        texts = validate_texts([queries] if single else queries, name="queries")
        if query_embeddings is None:
            return texts, self.embedder_.encode(texts), single
        vectors = np.asarray(query_embeddings, dtype=np.float32)
        if single and vectors.ndim == 1:
            vectors = vectors[None, :]
        return texts, self._check_vectors(vectors, len(texts), dim), single

    @staticmethod
    def _check_vectors(vectors: np.ndarray, n_texts: int | None, dim: int) -> np.ndarray:
        vectors = np.asarray(vectors, dtype=np.float32)
        rows = "n_queries" if n_texts is None else n_texts
        if vectors.ndim != 2 or vectors.shape[1] != dim or n_texts not in (None, len(vectors)):
            raise InvalidInputError(
                f"Query vectors must have shape ({rows}, {dim}); got shape {vectors.shape}."
            )
        bad = np.flatnonzero(~np.isfinite(vectors).all(axis=1))
        if bad.size:
            raise InvalidInputError(f"Query vector {bad[0]} contains NaN or infinite values.")
        return vectors

    def _scores(self, texts: list[str] | None, vectors: np.ndarray, intents=None) -> np.ndarray:
        """Score of every entry for every query, shape (n_queries, n_entries), float64."""
        blocks = []
        for start in range(0, len(vectors), _QUERY_BLOCK):
            block = vectors[start : start + _QUERY_BLOCK]
            scores = np.maximum.reduceat(block @ self._keys.T, self._key_starts, axis=1)
            if self._wholes is not None:
                scores += self.whole_entry_weight * (block @ self._wholes.T)
            blocks.append(scores.astype(np.float64))
        scores = np.concatenate(blocks)
        if texts is not None and self.entry_languages_ is not None and self.language_boost > 0:
            languages = np.array([detect_language(text) for text in texts], dtype=object)
            scores += self.language_boost * (languages[:, None] == self.entry_languages_[None, :])
        if intents is not None:
            wanted = _per_query(intents, len(scores))
            if self._intents is not None and self.intent_boost > 0:
                entry_intents = np.asarray(self._intents, dtype=object)
                scores += self.intent_boost * (wanted[:, None] == entry_intents[None, :])
        return scores

    def _decide(self, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Best entry position, its score and the decline score of each query."""
        rows = np.arange(len(scores))
        top = scores.argmax(axis=1)  # the first of tied best entries, as in search
        best = scores[rows, top]
        if scores.shape[1] > 1:
            second = np.partition(scores, -2, axis=1)[:, -2]
            decline = best + self.margin_weight * (best - second)
        else:
            decline = best
        return top, best, decline

    def _gold_positions(self, gold_entry_ids, n_queries: int) -> np.ndarray:
        """Position of each gold entry, -1 for an unanswerable query."""
        if isinstance(gold_entry_ids, str | bytes) or not isinstance(gold_entry_ids, Iterable):
            raise InvalidInputError(
                "gold_entry_ids must be a sequence with one entry id (or None) per query; got "
                f"{type(gold_entry_ids).__name__}."
            )
        gold_entry_ids = list(gold_entry_ids)
        if len(gold_entry_ids) != n_queries:
            raise InvalidInputError(
                f"queries and gold_entry_ids have different lengths: {n_queries} queries but "
                f"{len(gold_entry_ids)} gold entry ids."
            )
        positions = np.full(n_queries, -1)
        for i, gold in enumerate(gold_entry_ids):
            if gold is None or (isinstance(gold, float) and math.isnan(gold)):
                continue
            if gold not in self._index:
                raise InvalidInputError(
                    f"gold_entry_ids[{i}] is {gold!r}, which is not an entry id of this "
                    "knowledge base (use None for a query no entry answers)."
                )
            positions[i] = self._index[gold]
        return positions

    def _make_answer(self, position: int, score: float, decline_score: float) -> Answer:
        candidate = self._ids[position]
        threshold = self.decline_threshold_
        declined = decline_score < threshold
        intent = None if self._intents is None else self._intents[position]
        return Answer(
            entry_id=None if declined else candidate,
            question=None if declined else self._questions[position],
            answer=None if declined else self._answers[position],
            intent=None if declined else intent,
            candidate_id=candidate,
            score=score,
            decline_score=decline_score,
            threshold=threshold,
            declined=declined,
            reason=(
                f"decline score {decline_score:.3f} is below the threshold {threshold:.3f}"
                if declined
                else None
            ),
        )

    def __sklearn_is_fitted__(self) -> bool:
        return hasattr(self, "_keys")


def _per_query(intents, n_queries: int) -> np.ndarray:
    """One intent (or None) per query: a str serves every query, a sequence has one each."""
    if isinstance(intents, str):
        return np.full(n_queries, intents, dtype=object)
    values = as_batch(intents, "intents")
    if len(values) != n_queries:
        raise InvalidInputError(
            f"intents has {len(values)} entries but there are {n_queries} queries."
        )
    wanted = np.empty(n_queries, dtype=object)
    wanted[:] = values
    return wanted
