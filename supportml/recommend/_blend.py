"""The learned blend: a gradient-boosted ranker trained on an earlier split of the logs."""

from __future__ import annotations

import logging

import numpy as np
import scipy.sparse as sp

from supportml.recommend._activity import FEATURE_NAMES, Activity, ActivityFeatures

__all__ = ["LearnedBlend"]

logger = logging.getLogger(__name__)

_MIN_POSITIVES = 50  # fewer new openings in the training window: no ranker, the linear blend
_MAX_KINDS = 250  # item kinds the ranker tells apart (a categorical feature of < 255 values)


class LearnedBlend:
    """Scores candidates with a gradient-boosted classifier over recency features.

    Training replays the logs as they were ``horizon_days`` before the reference time: the
    features are computed from the older events only, and the label of a (user, candidate)
    pair is whether the user opened the item for the first time within the horizon. The
    features describe popularity windows, first openings, a user's lag behind their segment
    and item-to-item transitions (:class:`ActivityFeatures`), never an item's identity, so a
    blend learned on one catalogue can serve another (``prefit``).

    Parameters
    ----------
    horizon_days : float
        Length of the training window before the reference time.
    n_popular, n_following : int
        Candidates per user: the top items by 14-day popularity in the user's segment, and
        the top items by transition score after the user's recent items.
    max_iter, max_leaf_nodes : int
        Size of scikit-learn's ``HistGradientBoostingClassifier``.
    negative_share : float
        Share of negative training pairs kept (all positives are), to bound the fit time.
    max_train_users : int
        Users sampled for training at most.
    random_state : int

    Examples
    --------
    >>> import numpy as np
    >>> rng = np.random.default_rng(0)
    >>> user = rng.integers(0, 300, 6000)
    >>> day = rng.integers(0, 60, 6000)
    >>> item = (day // 6 + rng.integers(0, 4, 6000)) % 20  # a course calendar: items follow days
    >>> activity_of = lambda keep: Activity(user[keep], item[keep], 60.0 - day[keep],
    ...                                     n_users=300, n_items=20)
    >>> blend = LearnedBlend(horizon_days=10, n_popular=10, n_following=5, max_iter=20,
    ...                      max_leaf_nodes=7, negative_share=1.0, max_train_users=1000,
    ...                      random_state=0)
    >>> blend = blend.fit(user, item, 60.0 - day, np.zeros(300, int), 1)
    >>> features = ActivityFeatures(activity_of(day < 60), np.zeros(300, int), 1)
    >>> items, scores = blend.score(features, np.array([0, 1]), np.zeros(2, int))
    >>> len(items), items[0].dtype.kind, scores[0].shape == items[0].shape
    (2, 'i', True)
    """

    def __init__(
        self,
        *,
        horizon_days: float,
        n_popular: int,
        n_following: int,
        max_iter: int,
        max_leaf_nodes: int,
        negative_share: float,
        max_train_users: int,
        random_state: int,
    ) -> None:
        self.horizon_days = horizon_days
        self.n_popular = n_popular
        self.n_following = n_following
        self.max_iter = max_iter
        self.max_leaf_nodes = max_leaf_nodes
        self.negative_share = negative_share
        self.max_train_users = max_train_users
        self.random_state = random_state

    def fit(
        self,
        user: np.ndarray,
        item: np.ndarray,
        age: np.ndarray,
        segment: np.ndarray,
        n_segments: int,
        *,
        n_items: int | None = None,
        start_age: np.ndarray | None = None,
        kind: np.ndarray | None = None,
    ) -> LearnedBlend | None:
        """Train on the split ``horizon_days`` back; None when the window has too few labels.

        Parameters
        ----------
        user, item : ndarray of shape (n_events,) of int
        age : ndarray of shape (n_events,)
            Days before the reference time.
        segment : ndarray of shape (n_users,) of int
        n_segments : int
        n_items : int, default=None
            Catalogue size (default: the largest item index plus one).
        start_age : ndarray of shape (n_items,) or None, default=None
            Days since each item's scheduled start at the reference time (NaN: none).
        kind : ndarray of shape (n_items,) of str or None, default=None
            Each item's kind (None: unknown); the most frequent become :attr:`kinds_`.
        """
        from sklearn.ensemble import HistGradientBoostingClassifier

        n_items = int(item.max()) + 1 if n_items is None else n_items
        known = [k for k in ([] if kind is None else kind) if k is not None]
        names, counts = np.unique(np.array(known, dtype=str), return_counts=True)
        self.kinds_ = names[np.argsort(-counts, kind="stable")][:_MAX_KINDS].tolist()
        codes = self.kind_codes(kind, n_items)
        rng = np.random.default_rng(self.random_state)
        X, labels, n_users = self._split(
            user, item, age, segment, n_segments, n_items, start_age, codes, rng
        )
        if labels.sum() < _MIN_POSITIVES:
            logger.info(
                "Only %d new openings in the last %g days: no learned blend.",
                labels.sum(),
                self.horizon_days,
            )
            return None
        # Columns never known (no schedule, no kinds) are left out: nothing to split on.
        self.columns_ = np.flatnonzero(~np.isnan(X).all(axis=0))
        X = X[:, self.columns_]
        self.model_ = HistGradientBoostingClassifier(
            max_iter=self.max_iter,
            max_leaf_nodes=self.max_leaf_nodes,
            learning_rate=0.1,
            l2_regularization=1.0,
            early_stopping=False,
            categorical_features=self.columns_ == len(FEATURE_NAMES) - 1,
            random_state=self.random_state,
        ).fit(X, labels)
        self.n_train_pairs_ = len(labels)
        self.n_train_users_ = n_users
        logger.info(
            "Learned blend trained on %d pairs of %d users (%d positives).",
            self.n_train_pairs_,
            self.n_train_users_,
            int(labels.sum()),
        )
        return self

    def _split(
        self,
        user: np.ndarray,
        item: np.ndarray,
        age: np.ndarray,
        segment: np.ndarray,
        n_segments: int,
        n_items: int,
        start_age: np.ndarray | None,
        codes: np.ndarray,
        rng: np.random.Generator,
    ) -> tuple[np.ndarray, np.ndarray, int]:
        """Features, labels and number of users of the replay ``horizon_days`` back: what was
        known then, and which candidates users opened for the first time since."""
        n_users = len(segment)
        shift = self.horizon_days
        old = age > shift
        past = Activity(user[old], item[old], age[old] - shift, n_users=n_users, n_items=n_items)
        recent = ~old
        opened = sp.csr_matrix(
            (np.ones(recent.sum(), bool), (user[recent], item[recent])), shape=(n_users, n_items)
        )
        features = ActivityFeatures(
            past,
            segment,
            n_segments,
            start_age=None if start_age is None else start_age - shift,
            kind=codes,
        )
        new = (opened.astype(np.int8) - opened.multiply(features.history > 0)).tocsr()
        new.eliminate_zeros()
        rows = np.flatnonzero(np.diff(new.indptr) > 0)
        if len(rows) > self.max_train_users:
            rows = np.sort(rng.choice(rows, self.max_train_users, replace=False))
        segments = segment[rows]
        candidates, following = features.candidates(
            rows, segments, self.n_popular, self.n_following
        )
        labels = np.concatenate(
            [
                np.isin(c, new.indices[new.indptr[r] : new.indptr[r + 1]])
                for r, c in zip(rows, candidates, strict=True)
            ]
            or [np.zeros(0, bool)]
        )
        keep = labels | (rng.random(len(labels)) < self.negative_share)
        if not keep.any():
            return np.zeros((0, len(FEATURE_NAMES)), np.float32), labels[keep], len(rows)
        X = features.features(rows, segments, candidates, following)[keep]
        return X, labels[keep], len(rows)

    def kind_codes(self, kind: np.ndarray | None, n_items: int) -> np.ndarray:
        """The code of each item's kind in :attr:`kinds_`; -1 when unknown or None."""
        codes = {name: code for code, name in enumerate(self.kinds_)}
        if kind is None:
            return np.full(n_items, -1, dtype=np.int64)
        return np.array([codes.get(k, -1) for k in kind], dtype=np.int64)

    def score(
        self, features: ActivityFeatures, rows: np.ndarray, segments: np.ndarray
    ) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Each user's candidates and their probability of being opened next."""
        candidates, following = features.candidates(
            rows, segments, self.n_popular, self.n_following
        )
        proba = np.zeros(0)
        if sum(len(c) for c in candidates):
            X = features.features(rows, segments, candidates, following)[:, self.columns_]
            proba = self.model_.predict_proba(X)[:, 1]
        splits = np.cumsum([len(c) for c in candidates])[:-1]
        return candidates, np.split(proba, splits)
