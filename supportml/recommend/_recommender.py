"""ContentRecommender: learning content per user and per request, under business constraints."""

from __future__ import annotations

import dataclasses
import datetime
import importlib.util
import logging
import os
from collections.abc import Mapping, Sequence
from numbers import Integral, Real
from typing import TYPE_CHECKING, ClassVar

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator
from sklearn.utils._param_validation import HasMethods, Interval, StrOptions

from supportml._checks import check_positive_int
from supportml._profile import UserProfile, read_users
from supportml._threads import one_thread
from supportml.embed import make_embedder
from supportml.exceptions import InvalidInputError, NotFittedError
from supportml.recommend._activity import Activity, ActivityFeatures
from supportml.recommend._blend import LearnedBlend
from supportml.recommend._catalogue import Catalogue, read_catalogue
from supportml.recommend._collaborative import ItemSimilarity
from supportml.recommend._constraints import select, tiers
from supportml.recommend._content import closest_item, interest_vectors, read_context
from supportml.recommend._interactions import read_interactions
from supportml.recommend._popularity import SEGMENT_FIELDS, RecencyPopularity, segment_key
from supportml.recommend._priors import ProfilePriors

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DEFAULT_EVENT_WEIGHTS", "DEFAULT_WEIGHTS", "PARTS", "ContentRecommender"]

logger = logging.getLogger(__name__)

PARTS: tuple[str, ...] = ("popularity", "collaborative", "content", "context", "profile")
DEFAULT_WEIGHTS: dict[str, float] = {
    "popularity": 1.0,
    "collaborative": 1.0,
    "content": 1.0,
    "context": 3.0,
    "profile": 1.0,
}
DEFAULT_EVENT_WEIGHTS: dict[str, float] = {"open": 1.0, "complete": 2.0}
_CHUNK_USERS = 256  # users scored together in a batch: (256, n_items) arrays per part


@dataclasses.dataclass(frozen=True)
class _Query:
    """One user as ``recommend`` sees them: profile, history row, items completed outside it."""

    profile: UserProfile
    row: int  # row of the fitted histories; the last row is the empty history
    extra_completed: tuple[int, ...]
    language: str | None


class ContentRecommender(BaseEstimator):
    """Recommends learning content for a user, and for their request when one is given.

    A hybrid of five parts, each usable alone (set the others' weights to 0) so that each can
    be measured on its own:

    - ``"popularity"``: what is being opened right now. Every event weighs
      ``0.5 ** (age_days / recency_half_life_days)``; within the user's segment (the
      ``segment_by`` fields of their profile) the shares are shrunk towards everyone's.
    - ``"collaborative"``: item-item, from the binary user × item matrix, with cosine
      similarity or EASE's closed form (``item_similarity``).
    - ``"content"``: the cosine similarity of item texts (title and description, embedded once
      in ``fit``) to the user's interest vector, the weighted mean of the vectors of the items
      they opened or completed.
    - ``"context"``: how well item texts match the request's embedding, given to
      :meth:`recommend` as ``context``; this is what the router's e-learning tier calls. The
      score is ``exp((cos − best_cos) / context_temperature)``: 1 for the best match, and
      next to nothing for items clearly further away, so that an item merely close to the
      request's language or tool does not pass for an answer to it.
    - ``"profile"``: priors for cold start, from the profile alone: audience (new hires get
      onboarding items, managers and developers theirs), the level suited to the digital
      maturity (1–2 beginner, 3 intermediate, 4–5 advanced), short mobile-friendly formats for
      field teams (a video or podcast of at most ``short_minutes``), short items for ghost and
      dormant users.

    For each user, every part is rescaled to [0, 1] over the catalogue (min-max; a part equal
    on every item, such as collaborative without history, adds nothing), then the parts are
    summed with ``weights``.

    Business constraints always apply, in this order:

    1. never an item the user completed (``exclude_completed=True``), nor one excluded by
       ``exclude_items`` or outside ``only_items``; an item opened but not completed stays
       eligible (picking it up again is often the best next step);
    2. items in the user's language (the profile's, else the request's ``language``) come
       first, other languages only fill in; within each, items at a level suited to the
       maturity come before the others;
    3. diversity: at most ``max_per_group`` items of the same tool and format, unless the
       language and level tier has nothing else;
    4. for field teams, at least ``field_mobile_share`` of the list is mobile-friendly when
       such items exist in the same tier.

    Ties are broken by global popularity, then catalogue order: same fit, same lists.

    Parameters
    ----------
    embedder : Embedder, str, Path or None, default=None
        How item texts and requests become vectors (see
        :func:`supportml.embed.make_embedder`). ``context`` vectors must come from the same
        embedder. Not loaded when the ``content`` and ``context`` weights are both 0.
    recency_half_life_days : float, default=14.0
        Age at which an event counts half in the popularity part.
    weights : dict of str to float or None, default=None
        Weight of each part in :data:`PARTS`; missing parts take their :data:`DEFAULT_WEIGHTS`
        value, 0 switches a part off (and skips fitting it).
    segment_by : tuple of str, default=("adoption_state", "department")
        Profile fields, among ``"role"``, ``"department"``, ``"site"`` and
        ``"adoption_state"``, that define a segment for the popularity part; ``()`` for
        global popularity only. A profile with one of them ``"unknown"`` has no segment.
    segment_shrinkage : float, default=10.0
        Decayed events' worth of global popularity mixed into every segment.
    item_similarity : {"cosine", "ease"}, default="cosine"
        The collaborative part's model: item-kNN with cosine similarity, or EASE (a dense
        inverse of size n_items², for catalogues of a few thousand items).
    ease_l2 : float, default=100.0
        EASE's L2 regularisation.
    event_weights : dict of str to float or None, default=None
        Weight of each ``event`` value of the interactions; None is
        :data:`DEFAULT_EVENT_WEIGHTS`. Rows with another event are reported and skipped.
    context_temperature : float, default=0.05
        How far below the best match (in cosine similarity) an item's context score falls
        by a factor e.
    max_per_group : int, default=2
        Items of the same tool and format allowed in one list.
    field_mobile_share : float, default=0.5
        Least share of mobile-friendly items in a field team user's list, when available.
    short_minutes : float, default=10.0
        Longest duration of a "short" item.
    reference_time : datetime, str or None, default=None
        The "now" of the popularity part; None takes the latest interaction.
    blend : {"linear", "learned"} or a fitted LearnedBlend, default="linear"
        How the parts other than ``context`` are combined. ``"linear"``: the weighted sum
        above (fits in a second, recommends in well under a millisecond; what the router
        uses). ``"learned"``: gradient-boosted rankers (``blend_ranker``) over recency and
        popularity features of each user's top ``n_candidates`` items (and, when the
        catalogue has them, the items' ``kind`` and ``available_from``), trained inside
        ``fit`` on the logs as they were ``blend_horizon_days`` earlier; where a calendar
        drives what people open, it ranks far better (OULAD S(30,30) NDCG@10 0.533 against
        0.451 for the best peer, in ``benchmarks/recommend.py``), but it fits in about two
        minutes on OULAD (2 cores) and recommends some 1,500 users/s in a batch (OULAD,
        6,364 items). A fitted blend (another model's ``blend_``) is used as it is, for cold
        start from a model trained on similar logs. Falls back to linear when the logs hold
        too few recent openings to learn from.
    blend_horizon_days : float or tuple of float, default=(10.0, 14.0, 20.0)
        How far back the learned blend's training splits are taken, one ranker per split;
        their scores are averaged (on OULAD validation, three horizons around the best one
        rank better than it alone: NDCG@10 0.591 -> 0.597).
    n_candidates : int, default=80
        Items per user the learned blend reranks.
    blend_max_iter : int, default=200
        Boosting iterations of the learned blend (on OULAD validation S(15,15), NDCG@10 0.6044
        against 0.6032 for 100, at 1.5 times the fit time).
    blend_bags : int, default=2
        Rankers per horizon, each trained on its own sample of users and negative pairs; all
        are averaged. Two reduce the sampling noise: on OULAD validation S(15,15), NDCG@10
        0.6057 against 0.6044 for one (mean of 5 seeds, higher on each), at 1.85 times the
        fit time; with ``blend_random_trees`` more (below).
    blend_random_trees : bool, default=True
        With lambdarank and two bags or more, every other bag grows extremely randomized
        trees (LightGBM's ``extra_trees``) instead of the usual ones: on OULAD validation
        S(15,15), NDCG@10 0.6061 against 0.6056 for two usual bags and 0.6040 for one (same
        samples, mean of 3 seeds); the S(30,30) test 0.5330 (0.5274 with one usual bag, fit
        127 s instead of 62 s), S(0,30) 0.6776.
    blend_ranker : {"auto", "lambdarank", "classifier"}, default="auto"
        The learned blend's model: LightGBM's lambdarank, a listwise objective (each user's
        candidates ordered for NDCG@10; the ``rank`` extra), or scikit-learn's pointwise
        ``HistGradientBoostingClassifier``. ``"auto"``: lambdarank when LightGBM is
        installed.
    random_state : int, default=0
        Seed of the learned blend's negative sampling and boosting.

    Attributes
    ----------
    item_ids_ : ndarray of shape (n_items,), dtype object
        The catalogue's item ids, in its order.
    user_ids_ : ndarray of shape (n_users,), dtype object
        Users seen in the interactions or the users table, sorted.
    weights_ : dict of str to float
        The weight of every part.
    embedder_ : Embedder or None
        The embedder of item texts (None when no part needs it).
    item_vectors_ : ndarray of shape (n_items, dim) or None
        Embeddings of the item texts.
    reference_time_ : str or None
        The time event ages are counted from (None without interactions nor given time).
    skipped_interactions_ : dict of str to int
        Interaction rows left out in ``fit``, by reason (unknown item, unknown event, missing
        or NaN value, duplicate); also logged as a warning.

    See Also
    --------
    supportml.UserProfile : the profile fields the priors and segments use.

    Examples
    --------
    >>> import pandas as pd
    >>> from supportml.embed import HashingEmbedder
    >>> from supportml.recommend import ContentRecommender
    >>> items = pd.DataFrame({
    ...     "item_id": ["share-fr", "share-en", "password-en", "video-en"],
    ...     "title": ["Partager un dossier", "Share a folder", "Reset your password",
    ...               "Share from your phone"],
    ...     "language": ["fr", "en", "en", "en"],
    ...     "format": ["guide", "guide", "guide", "video"],
    ...     "level": ["beginner"] * 4, "duration_min": [15, 15, 5, 3], "tool": ["drive"] * 4})
    >>> interactions = pd.DataFrame({
    ...     "user_id": ["ann", "ann", "bob"], "item_id": ["share-en", "video-en", "share-en"],
    ...     "timestamp": ["2025-03-01", "2025-03-02", "2025-03-03"],
    ...     "event": ["complete", "open", "open"]})
    >>> model = ContentRecommender(HashingEmbedder(dim=64)).fit(interactions, items=items)
    >>> ids, scores = model.recommend("ann", n=2)
    >>> ids.tolist()
    ['video-en', 'password-en']
    >>> request = model.embedder_.encode(["how do I reset my password"])[0]
    >>> model.recommend("ann", n=1, context=request)[0].tolist()
    ['password-en']
    >>> model.explain("ann", "password-en", context=request)
    'matches your request'
    >>> model.recommend(["ann", "carol"], n=2)[0].shape
    (2, 2)
    """

    _parameter_constraints: ClassVar[dict] = {
        "embedder": [None, str, os.PathLike, HasMethods(["encode"])],
        "recency_half_life_days": [Interval(Real, 0, None, closed="neither")],
        "weights": [None, dict],
        "segment_by": [tuple, list],
        "segment_shrinkage": [Interval(Real, 0, None, closed="left")],
        "item_similarity": [StrOptions({"cosine", "ease"})],
        "ease_l2": [Interval(Real, 0, None, closed="neither")],
        "event_weights": [None, dict],
        "context_temperature": [Interval(Real, 0, None, closed="neither")],
        "max_per_group": [Interval(Integral, 1, None, closed="left")],
        "field_mobile_share": [Interval(Real, 0, 1, closed="both")],
        "short_minutes": [Interval(Real, 0, None, closed="left")],
        "reference_time": [None, str, datetime.datetime, np.datetime64],
        "blend": [StrOptions({"learned", "linear"}), HasMethods(["score"])],
        "blend_horizon_days": [Interval(Real, 0, None, closed="neither"), tuple, list],
        "n_candidates": [Interval(Integral, 1, None, closed="left")],
        "blend_max_iter": [Interval(Integral, 1, None, closed="left")],
        "blend_bags": [Interval(Integral, 1, None, closed="left")],
        "blend_random_trees": ["boolean"],
        "blend_ranker": [StrOptions({"auto", "lambdarank", "classifier"})],
        "random_state": ["random_state"],
    }

    def __init__(
        self,
        embedder=None,
        *,
        recency_half_life_days: float = 14.0,
        weights: dict[str, float] | None = None,
        segment_by: tuple[str, ...] = ("adoption_state", "department"),
        segment_shrinkage: float = 10.0,
        item_similarity: str = "cosine",
        ease_l2: float = 100.0,
        event_weights: dict[str, float] | None = None,
        context_temperature: float = 0.05,
        max_per_group: int = 2,
        field_mobile_share: float = 0.5,
        short_minutes: float = 10.0,
        reference_time=None,
        blend="linear",
        blend_horizon_days: float | tuple[float, ...] = (10.0, 14.0, 20.0),
        n_candidates: int = 80,
        blend_max_iter: int = 200,
        blend_bags: int = 2,
        blend_random_trees: bool = True,
        blend_ranker: str = "auto",
        random_state: int = 0,
    ) -> None:
        self.embedder = embedder
        self.recency_half_life_days = recency_half_life_days
        self.weights = weights
        self.segment_by = segment_by
        self.segment_shrinkage = segment_shrinkage
        self.item_similarity = item_similarity
        self.ease_l2 = ease_l2
        self.event_weights = event_weights
        self.context_temperature = context_temperature
        self.max_per_group = max_per_group
        self.field_mobile_share = field_mobile_share
        self.short_minutes = short_minutes
        self.reference_time = reference_time
        self.blend = blend
        self.blend_horizon_days = blend_horizon_days
        self.n_candidates = n_candidates
        self.blend_max_iter = blend_max_iter
        self.blend_bags = blend_bags
        self.blend_random_trees = blend_random_trees
        self.blend_ranker = blend_ranker
        self.random_state = random_state

    blend_bags = 1  # recommenders saved before it existed trained one ranker per horizon
    blend_random_trees = False  # none of them of randomized trees

    # ------------------------------------------------------------------ fit
    def fit(
        self,
        interactions: pd.DataFrame,
        users: pd.DataFrame | None = None,
        items: pd.DataFrame | None = None,
    ) -> ContentRecommender:
        """Learn popularity, item-item weights and item embeddings from the logs.

        Parameters
        ----------
        interactions : DataFrame
            One row per event: ``user_id``, ``item_id``, ``timestamp`` (datetimes or date
            strings), optional ``event`` (weighted by ``event_weights``; ``"complete"`` marks
            the item completed) and optional ``weight`` (multiplies the event's weight).
            Without an ``event`` column every interaction counts as completed. Rows naming an
            item missing from the catalogue, with an unknown event, a missing value or a NaN
            or negative weight, and duplicated rows, are skipped and reported (see
            :attr:`skipped_interactions_`). Events later than the reference time count as
            current. May be empty: popularity and collaborative then add nothing.
        users : DataFrame or None, default=None
            One row per user: ``user_id`` and the :class:`~supportml.UserProfile` fields
            (other columns are ignored). ``completed_items`` (``;``-joined) count as completed.
        items : DataFrame
            The catalogue, required: ``item_id`` and ``title``; optional ``description``,
            ``language``, ``format`` (elearning, video, podcast, guide), ``level`` (beginner,
            intermediate, advanced), ``duration_min``, ``audience`` (all, new_hire, field,
            manager, developer; default all) and ``tool``. Titles and descriptions are
            embedded once, in one batch.

        Returns
        -------
        self : ContentRecommender

        Raises
        ------
        InvalidInputError
            A missing or empty catalogue, a missing column, a bad catalogue value, a bad users
            row, or bad ``weights``, ``event_weights`` or ``segment_by`` (the message names
            the culprit).
        ValueError
            Another parameter outside its constraints (scikit-learn's
            ``InvalidParameterError``).
        """
        self._validate_params()
        self.weights_ = self._check_weights()
        event_weights = self._check_event_weights()
        self._check_segment_by()
        catalogue = read_catalogue(items)
        events = read_interactions(
            interactions, catalogue, event_weights=event_weights, reference_time=self.reference_time
        )
        profiles = read_users(users)
        self.user_ids_ = np.array(sorted(set(events.user_ids) | set(profiles)), dtype=object)
        self._user_index = {user_id: row for row, user_id in enumerate(self.user_ids_)}
        shape = (len(self.user_ids_) + 1, len(catalogue))  # the last row: no history
        rows = np.array([self._user_index[u] for u in events.user_ids], dtype=np.int64)
        history = sp.csr_matrix((events.weight, (rows, events.item)), shape=shape)
        done = events.completed
        completed = sp.csr_matrix(
            (np.ones(done.sum()), (rows[done], events.item[done])), shape=shape
        )
        listed = self._listed_completions(profiles, catalogue, shape)
        self._complete_weight = float(event_weights.get("complete", 1.0))
        self._history = history.maximum(listed * self._complete_weight).tocsr()
        self._completed = (completed + listed).astype(bool).tocsr()
        self._profiles = profiles
        self._catalogue = catalogue
        self._groups = catalogue.groups()
        self._tiers: dict[str, np.ndarray] = {}  # memo by "language:maturity"
        self._popularity = RecencyPopularity(
            self.recency_half_life_days, tuple(self.segment_by), self.segment_shrinkage
        ).fit(events, profiles, n_items=len(catalogue))
        # The tie order: most popular first, then catalogue order.
        self._by_popularity = np.argsort(-self._popularity.table_[0], kind="stable")
        self._tier_gap = sum(self.weights_.values()) + 1.0  # above any blended score
        self._similarity = None
        if self.weights_["collaborative"] > 0:
            self._similarity = ItemSimilarity(self.item_similarity, self.ease_l2).fit(self._history)
        self._priors = ProfilePriors(catalogue, self.short_minutes)
        self._fit_blend(events, rows, catalogue)
        self.embedder_ = self.item_vectors_ = None
        if self.weights_["content"] > 0 or self.weights_["context"] > 0:
            self.embedder_ = make_embedder(self.embedder)
            self.item_vectors_ = np.asarray(self.embedder_.encode(catalogue.texts), np.float32)
        self.item_ids_ = catalogue.ids
        reference = events.reference_time
        self.reference_time_ = None if reference is None else reference.isoformat()
        self.skipped_interactions_ = events.skipped
        logger.info(
            "ContentRecommender fitted on %d items, %d users and %d interactions.",
            len(catalogue),
            len(self.user_ids_),
            len(events.item),
        )
        return self

    def _fit_blend(self, events, rows: np.ndarray, catalogue: Catalogue) -> None:
        """The learned blend (trained on the splits ``blend_horizon_days`` back, or given) and
        the recency features it reads at the reference time."""
        import pandas as pd

        n_items = len(catalogue)
        start_age = np.full(n_items, np.nan)
        if events.reference_time is not None:
            now = (events.reference_time - pd.Timestamp(0, tz="UTC")) / pd.Timedelta(days=1)
            start_age = now - catalogue.available_from
        self._segment = np.array(
            [self._segment_row(self._profiles.get(u)) for u in self.user_ids_] + [0], np.int64
        )
        n_segments = len(self._popularity.segments_) + 1
        self.blend_ = None
        if isinstance(self.blend, LearnedBlend):
            self.blend_ = self.blend
        elif self.blend == "learned" and len(events.item):
            self.blend_ = LearnedBlend(
                horizon_days=self._horizons(),
                n_popular=self.n_candidates,
                n_following=max(1, self.n_candidates // 4),
                ranker=self._ranker(),
                max_iter=self.blend_max_iter,
                max_leaf_nodes=31,
                negative_share=0.25,
                max_train_users=20_000,
                n_bags=self.blend_bags,
                random_trees=self.blend_random_trees,
                random_state=self.random_state,
            ).fit(
                rows,
                events.item,
                events.age_days,
                self._segment,
                n_segments,
                n_items=n_items,
                start_age=start_age,
                kind=catalogue.kind,
            )
        self._activity = None
        if self.blend_ is not None:
            activity = Activity(
                rows, events.item, events.age_days, n_users=len(self._segment), n_items=n_items
            )
            self._activity = ActivityFeatures(
                activity,
                self._segment,
                n_segments,
                start_age=start_age,
                kind=self.blend_.kind_codes(catalogue.kind, n_items),
            )

    def _horizons(self) -> tuple[float, ...]:
        """``blend_horizon_days`` as a tuple of positive floats."""
        horizons = np.atleast_1d(np.asarray(self.blend_horizon_days, dtype=float))
        if not len(horizons) or not (horizons > 0).all():
            raise InvalidInputError(
                "The 'blend_horizon_days' parameter of ContentRecommender must be a positive "
                f"number or a non-empty sequence of them. Got {self.blend_horizon_days!r}."
            )
        return tuple(horizons.tolist())

    def _ranker(self) -> str:
        """The learned blend's model: ``blend_ranker``, "auto" resolved."""
        if self.blend_ranker != "auto":
            return self.blend_ranker
        return "lambdarank" if importlib.util.find_spec("lightgbm") else "classifier"

    def _segment_row(self, profile: UserProfile | None) -> int:
        return self._popularity.row(segment_key(profile, self.segment_by))

    def _check_weights(self) -> dict[str, float]:
        weights = dict(DEFAULT_WEIGHTS)
        for part, weight in (self.weights or {}).items():
            if part not in PARTS:
                raise InvalidInputError(
                    f"The 'weights' parameter of ContentRecommender has an unknown part "
                    f"{part!r}; valid parts: {list(PARTS)}."
                )
            if not (isinstance(weight, Real) and 0 <= weight < float("inf")):
                raise InvalidInputError(
                    f"The 'weights' parameter of ContentRecommender must map {part!r} to a "
                    f"finite float, 0 or more. Got {weight!r} instead."
                )
            weights[part] = float(weight)
        if not any(weights.values()):
            raise InvalidInputError(
                "The 'weights' parameter of ContentRecommender switches every part off; "
                "give at least one part a positive weight."
            )
        return weights

    def _check_event_weights(self) -> dict[str, float]:
        if self.event_weights is None:
            return dict(DEFAULT_EVENT_WEIGHTS)
        for event, weight in self.event_weights.items():
            if not (isinstance(weight, Real) and 0 <= weight < float("inf")):
                raise InvalidInputError(
                    f"The 'event_weights' parameter of ContentRecommender must map {event!r} "
                    f"to a finite float, 0 or more. Got {weight!r} instead."
                )
        return {str(event).lower(): float(w) for event, w in self.event_weights.items()}

    def _check_segment_by(self) -> None:
        unknown = [field for field in self.segment_by if field not in SEGMENT_FIELDS]
        if unknown:
            raise InvalidInputError(
                f"The 'segment_by' parameter of ContentRecommender must hold fields among "
                f"{list(SEGMENT_FIELDS)}. Got {unknown[0]!r} instead."
            )

    def _listed_completions(
        self, profiles: Mapping[str, UserProfile], catalogue: Catalogue, shape: tuple[int, int]
    ) -> sp.csr_matrix:
        """The users table's ``completed_items`` as a 0/1 user × item matrix."""
        rows, cols, n_unknown = [], [], 0
        for user_id, profile in profiles.items():
            for item_id in profile.completed_items:
                if item_id in catalogue.index:
                    rows.append(self._user_index[user_id])
                    cols.append(catalogue.index[item_id])
                else:
                    n_unknown += 1
        if n_unknown:
            logger.warning("%d completed_items of users are not in the catalogue.", n_unknown)
        matrix = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
        return matrix.astype(bool).astype(np.float64)

    # ------------------------------------------------------------ recommend
    def recommend(
        self,
        user,
        n: int = 10,
        *,
        context=None,
        language=None,
        exclude_completed: bool = True,
        exclude_items=None,
        only_items=None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """The top ``n`` items for a user (or a batch of users), best first.

        Parameters
        ----------
        user : str, UserProfile, or list / tuple / ndarray of them
            A user id, or a profile (its ``completed_items`` that are in the catalogue and,
            when its ``user_id`` was seen in ``fit``, that user's history count). A user id
            never seen in ``fit`` is not an error: it is a cold start, served from
            ``UserProfile(user_id=...)`` (profile priors and global popularity). A list,
            tuple or array is a batch.
        n : int, default=10
            Length of each list (shorter when fewer items are eligible).
        context : array-like of shape (dim,), or (n_users, dim) for a batch, default=None
            The request's embedding, from :attr:`embedder_`'s model; drives the ``"context"``
            part (ignored when its weight is 0).
        language : str, sequence of str or None, default=None
            The request's language (``"fr"``, ``"en"``), used for users whose profile has no
            language; a sequence gives one per user of a batch.
        exclude_completed : bool, default=True
            Leave out the items the user completed.
        exclude_items : sequence of str, default=None
            Item ids never to return.
        only_items : sequence of str, default=None
            Item ids to choose from (all the catalogue when None).

        Returns
        -------
        item_ids : ndarray of shape (n,), dtype object; (n_users, n) for a batch
        scores : ndarray of shape (n,), float32; (n_users, n) for a batch
            The blended score of each item. Lists are ordered by constraint tier first, so a
            fill-in item may have a higher score than one above it. In a batch, rows shorter
            than ``n`` (too few eligible items) are padded with None ids and NaN scores.

        Raises
        ------
        NotFittedError
            Before ``fit``.
        InvalidInputError
            A bad ``n``, ``user``, ``context`` or ``language``; an item id of ``exclude_items``
            or ``only_items`` missing from the catalogue; an id in both (the message names
            them).
        """
        self._check_fitted()
        check_positive_int(n, "n", owner="ContentRecommender.recommend")
        batch = isinstance(user, list | tuple | np.ndarray)
        users = list(user) if batch else [user]
        queries = self._queries(users, language, batch=batch)
        allowed = self._allowed(exclude_items, only_items)
        contexts = self._contexts(context, len(users), batch=batch)
        if not batch:
            with one_thread():  # one user's products are small: waking BLAS threads costs more
                total, _ = self._score(queries, contexts)
            picked = self._select(
                queries[0], total[0], allowed, n, exclude_completed=exclude_completed
            )
            return self.item_ids_[picked], total[0, picked].astype(np.float32)
        width = min(n, len(self.item_ids_))
        item_ids = np.full((len(users), width), None, dtype=object)
        scores = np.full((len(users), width), np.nan, dtype=np.float32)
        for start in range(0, len(users), _CHUNK_USERS):  # bounded memory for large batches
            chunk = slice(start, start + _CHUNK_USERS)
            total, _ = self._score(queries[chunk], None if contexts is None else contexts[chunk])
            for row, (query, blended) in enumerate(zip(queries[chunk], total, strict=True), start):
                picked = self._select(
                    query, blended, allowed, n, exclude_completed=exclude_completed
                )
                item_ids[row, : len(picked)] = self.item_ids_[picked]
                scores[row, : len(picked)] = blended[picked]
        return item_ids, scores

    def explain(self, user, item_id, *, context=None) -> str:
        """A short reason for recommending an item, from the part that contributed most.

        Parameters
        ----------
        user : str or UserProfile
        item_id : str
        context : array-like of shape (dim,), default=None
            The request's embedding, as given to :meth:`recommend`.

        Returns
        -------
        reason : str
            e.g. ``"popular this week with new hires in Sales"``, ``"follows 'Share a
            folder' you completed"``, ``"matches your request"``, ``"a short video for field
            teams"``; ``" (no history for you yet)"`` is added for a user without history.

        Raises
        ------
        NotFittedError
            Before ``fit``.
        InvalidInputError
            An item id missing from the catalogue, a batch of users, or a bad ``context``.
        """
        self._check_fitted()
        if isinstance(user, list | tuple | np.ndarray):
            raise InvalidInputError("explain takes one user, not a batch.")
        item = self._catalogue.index.get(str(item_id))
        if item is None:
            raise InvalidInputError(f"Item {item_id!r} is not in the catalogue.")
        [query] = self._queries([user], None, batch=False)
        _, parts = self._score([query], self._contexts(context, 1, batch=False))
        part = max(parts, key=lambda name: parts[name][0, item], default=None)  # first wins ties
        history = self._histories([query])[0]
        reason = "to complete your list"  # no part sets this item apart
        if part is not None and parts[part][0, item] > 0:
            reason = self._reason(part, query, history, item)
        return reason if history.any() else f"{reason} (no history for you yet)"

    def item_vectors(self, item_ids) -> np.ndarray:
        """The text embeddings of catalogue items, one row per id, as the content part uses them.

        Raises
        ------
        NotFittedError
            Before ``fit``.
        InvalidInputError
            An id missing from the catalogue (named).

        Examples
        --------
        >>> import pandas as pd
        >>> catalogue = pd.DataFrame({"item_id": ["c1", "c2"],
        ...                           "title": ["Share a folder", "Reset a password"]})
        >>> model = ContentRecommender(embedder="hashing").fit(
        ...     pd.DataFrame(columns=["user_id", "item_id", "timestamp"]), items=catalogue)
        >>> model.item_vectors(["c2", "c1"]).shape[0]
        2
        """
        self._check_fitted()
        return self.item_vectors_[self._catalogue.positions(item_ids, name="item_ids")]

    # ------------------------------------------------------------ internals
    def _check_fitted(self) -> None:
        if not self.__sklearn_is_fitted__():
            raise NotFittedError(
                "This ContentRecommender is not fitted yet; call fit before using it."
            )

    def _queries(self, users: list, language, *, batch: bool) -> list[_Query]:
        if batch and not (language is None or isinstance(language, str)):
            languages = list(language)
            if len(languages) != len(users):
                raise InvalidInputError(
                    f"language has {len(languages)} values for {len(users)} users."
                )
        else:
            languages = [language] * len(users)
        return [
            self._query(user, lang, f"user[{i}]" if batch else "user")
            for i, (user, lang) in enumerate(zip(users, languages, strict=True))
        ]

    def _query(self, user, language, name: str) -> _Query:
        if language is not None and not isinstance(language, str):
            raise InvalidInputError(f"language must be a str or None; got {language!r}.")
        nobody = len(self.user_ids_)
        if isinstance(user, UserProfile):
            profile = user
            row = self._user_index.get(profile.user_id, nobody)
            index = self._catalogue.index
            extra = tuple(index[i] for i in profile.completed_items if i in index)
        elif isinstance(user, str | Integral) and not isinstance(user, bool):
            user = str(user)
            row = self._user_index.get(user, nobody)
            if row == nobody:
                logger.debug("Unknown user %r: cold start from a default profile.", user)
            profile = self._profiles.get(user) or UserProfile(user_id=user)
            extra = ()
        else:
            raise InvalidInputError(
                f"{name} must be a user id (str) or a UserProfile; got {type(user).__name__}."
            )
        request_language = language.strip().lower() if language else None
        return _Query(profile, row, extra, profile.language or request_language)

    def _contexts(self, context, n_users: int, *, batch: bool) -> np.ndarray | None:
        if self.weights_["context"] == 0:
            return None
        return read_context(context, n_users, self.item_vectors_.shape[1], batch=batch)

    def _allowed(self, exclude_items, only_items) -> np.ndarray:
        catalogue = self._catalogue
        allowed = np.ones(len(catalogue), dtype=bool)
        if only_items is not None:
            allowed[:] = False
            allowed[catalogue.positions(only_items, name="only_items")] = True
        if exclude_items is not None:
            excluded = catalogue.positions(exclude_items, name="exclude_items")
            if only_items is not None:
                both = np.intersect1d(excluded, np.flatnonzero(allowed))
                if both.size:
                    raise InvalidInputError(
                        f"Item {catalogue.ids[both[0]]!r} is in both only_items and "
                        "exclude_items; give each item to one of them only."
                    )
            allowed[excluded] = False
        return allowed

    def _histories(self, queries: Sequence[_Query]) -> np.ndarray:
        """Each query's interaction weights, its profile's completions counted as completed:
        dense (n_queries, n_items), at most ``_CHUNK_USERS`` rows (sparse products on a few rows
        cost more in scipy's checks than in arithmetic)."""
        histories = self._history[[query.row for query in queries]].toarray()
        for row, query in enumerate(queries):
            if query.extra_completed:
                items = list(query.extra_completed)
                histories[row, items] = np.maximum(histories[row, items], self._complete_weight)
        return histories

    def _score(
        self, queries: Sequence[_Query], contexts: np.ndarray | None
    ) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """Blended scores (n_queries, n_items), and each part's weighted, rescaled share."""
        weights = self.weights_
        raw: dict[str, np.ndarray] = {}
        histories = self._histories(queries)
        if weights["popularity"] > 0:
            keys = [segment_key(query.profile, self.segment_by) for query in queries]
            raw["popularity"] = self._popularity.scores(keys)
        if self._similarity is not None:
            raw["collaborative"] = self._similarity.scores(histories)
        if weights["content"] > 0:
            interests = interest_vectors(histories, self.item_vectors_)
            raw["content"] = (self.item_vectors_ @ interests.T).T
        if contexts is not None:
            similarity = (self.item_vectors_ @ contexts.T).T
            best = similarity.max(axis=1, keepdims=True)
            raw["context"] = np.exp((similarity - best) / self.context_temperature)
        if weights["profile"] > 0:
            raw["profile"] = self._priors.scores([query.profile for query in queries])
        parts = {name: _rescale(values, weights[name]) for name, values in raw.items()}
        total = np.zeros((len(queries), len(self.item_ids_)))
        for name, values in parts.items():
            if name != "context":
                total += values
        if self._activity is not None:
            total = self._learned(queries, total)
        if "context" in parts:
            total += parts["context"]
        return total, parts

    def _learned(self, queries: Sequence[_Query], linear: np.ndarray) -> np.ndarray:
        """The learned blend's scores, at the scale of the parts it replaces: its candidates
        above every other item, which keep the linear blend's order below them."""
        rows = np.array([query.row for query in queries], dtype=np.int64)
        segments = np.array([self._segment_row(query.profile) for query in queries], np.int64)
        candidates, proba = self.blend_.score(self._activity, rows, segments)
        scale = sum(w for name, w in self.weights_.items() if name != "context")
        learned = _rescale(linear, 1.0)
        for k, (items, p) in enumerate(zip(candidates, proba, strict=True)):
            learned[k, items] = 2.0 + p
        return _rescale(learned, scale)

    def _select(
        self,
        query: _Query,
        scores: np.ndarray,
        allowed: np.ndarray,
        n: int,
        *,
        exclude_completed: bool,
    ) -> np.ndarray:
        eligible = allowed.copy()
        if exclude_completed:
            start, stop = self._completed.indptr[query.row : query.row + 2]
            eligible[self._completed.indices[start:stop]] = False
            eligible[list(query.extra_completed)] = False
        candidates = self._by_popularity[eligible[self._by_popularity]]
        tier = self._tier(query)
        # Tier first, then score; the stable sort keeps popularity order among equal keys.
        key = tier[candidates] * self._tier_gap - scores[candidates]
        order = candidates[np.argsort(key, kind="stable")]
        picked = select(
            order,
            tier,
            self._groups,
            n,
            max_per_group=self.max_per_group,
            mobile=self._priors.mobile if query.profile.field_team else None,
            mobile_share=self.field_mobile_share,
        )
        return np.asarray(picked, dtype=np.int64)

    def _tier(self, query: _Query) -> np.ndarray:
        language, maturity = query.language, query.profile.digital_maturity
        key = f"{language}:{maturity}"
        if key not in self._tiers:
            self._tiers[key] = tiers(self._catalogue, language, maturity)
        return self._tiers[key]

    def _reason(self, part: str, query: _Query, history: np.ndarray, item: int) -> str:
        if part == "popularity":
            return self._popularity.reason(segment_key(query.profile, self.segment_by), item)
        if part == "context":
            return "matches your request"
        if part == "profile":
            return self._priors.reason(query.profile, item)
        if part == "collaborative":
            source = self._similarity.source(history, item)
            if source is None:
                return "opened by colleagues with interests like yours"
            return f"follows '{self._catalogue.titles[source]}' you {self._verb(query, source)}"
        if history[item] > 0:
            return "you opened it: pick up where you left off"
        source = closest_item(history, self.item_vectors_, item)
        if source is None:
            return "close to your interests"
        return f"like '{self._catalogue.titles[source]}' you {self._verb(query, source)}"

    def _verb(self, query: _Query, item: int) -> str:
        done = item in query.extra_completed or item in self._completed[query.row].indices
        return "completed" if done else "opened"

    def __sklearn_is_fitted__(self) -> bool:
        return hasattr(self, "item_ids_")


def _rescale(values: np.ndarray, weight: float) -> np.ndarray:
    """Min-max rescale each row to [0, weight], as float64; a constant row becomes 0."""
    scaled = values.astype(np.float64)  # a copy, rescaled in place
    low = scaled.min(axis=1, keepdims=True)
    span = scaled.max(axis=1, keepdims=True) - low
    flat = span[:, 0] <= 1e-12
    span[flat] = 1.0
    scaled -= low
    scaled *= weight / span
    scaled[flat] = 0.0
    return scaled
