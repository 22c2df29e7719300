"""The learned blend: a gradient-boosted ranker trained on an earlier split of the logs."""

from __future__ import annotations

import logging

import numpy as np
from scipy.special import expit

from supportml._deps import require
from supportml.recommend._activity import (
    FEATURE_NAMES,
    Activity,
    ActivityFeatures,
    Candidates,
)

__all__ = ["LearnedBlend"]

logger = logging.getLogger(__name__)

_MIN_POSITIVES = 50  # fewer new openings in the training window: no ranker, the linear blend
_MAX_KINDS = 250  # item kinds the ranker tells apart (a categorical feature of < 255 values)
# Training runs on one thread, fixed so that a fit gives the same booster on any machine, and
# one because LightGBM's OpenMP threads wait for each other at every step: on a busy 2-core
# machine a 2-thread fit took 17.1 s where one thread took 4.6 s. Prediction (rows apart) uses 2.
_TRAIN_THREADS = 1
_PREDICT_THREADS = 2


class LearnedBlend:
    """Scores candidates with a gradient-boosted ranker over recency features.

    Training replays the logs as they were ``horizon_days`` before the reference time: the
    features are computed from the older events only, and the label of a (user, candidate)
    pair is whether the user opened the item for the first time within the horizon. Several
    horizons give as many rankers, whose raw scores are averaged: each sees the calendar from
    another distance, and the average ranks better than any of them (on OULAD validation
    S(15,15), NDCG@10 0.591 for the best single horizon, 0.597 for three). The
    features describe popularity windows, first openings, a user's lag behind their segment
    and item-to-item transitions (:class:`ActivityFeatures`), never an item's identity, so a
    blend learned on one catalogue can serve another (``prefit``).

    Parameters
    ----------
    horizon_days : tuple of float
        Lengths of the training windows before the reference time, one ranker each.
    n_popular, n_following : int
        Candidates per user: the top items by 14-day popularity in the user's segment, and
        the top items by transition score after the user's recent items.
    ranker : {"lambdarank", "classifier"}
        ``"lambdarank"``: LightGBM's listwise objective, each user's candidates one query
        ordered for NDCG@10 (the ``rank`` extra). ``"classifier"``: scikit-learn's
        ``HistGradientBoostingClassifier`` on the label "opened", pair by pair.
    max_iter, max_leaf_nodes : int
        Boosting iterations and leaves per tree.
    negative_share : float
        Share of negative training pairs kept (all positives are), to bound the fit time.
    max_train_users : int
        Users sampled for training at most.
    n_bags : int, default=1
        Rankers per horizon, each trained on its own sample of users and negative pairs
        (and its own boosting seed); all rankers' raw scores are averaged.
    random_trees : bool, default=False
        With lambdarank, every other bag (the second, fourth, ...) grows extremely randomized
        trees (LightGBM's ``extra_trees``: one random threshold per feature at each split):
        rankers that err differently average better than two of a kind.
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
    >>> blend = LearnedBlend(horizon_days=(7, 10), n_popular=10, n_following=5,
    ...                      ranker="classifier", max_iter=20, max_leaf_nodes=7,
    ...                      negative_share=1.0, max_train_users=1000, random_state=0)
    >>> blend = blend.fit(user, item, 60.0 - day, np.zeros(300, int), 1)
    >>> features = ActivityFeatures(activity_of(day < 60), np.zeros(300, int), 1)
    >>> items, scores = blend.score(features, np.array([0, 1]), np.zeros(2, int))
    >>> len(items), items[0].dtype.kind, scores[0].shape == items[0].shape
    (2, 'i', True)
    """

    def __init__(
        self,
        *,
        horizon_days: tuple[float, ...],
        n_popular: int,
        n_following: int,
        ranker: str,
        max_iter: int,
        max_leaf_nodes: int,
        negative_share: float,
        max_train_users: int,
        n_bags: int = 1,
        random_trees: bool = False,
        random_state: int,
    ) -> None:
        self.horizon_days = horizon_days
        self.n_popular = n_popular
        self.n_following = n_following
        self.ranker = ranker
        self.max_iter = max_iter
        self.max_leaf_nodes = max_leaf_nodes
        self.negative_share = negative_share
        self.max_train_users = max_train_users
        self.n_bags = n_bags
        self.random_trees = random_trees
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
        """Train on the splits ``horizon_days`` back; None when they have too few labels.

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
        n_items = int(item.max()) + 1 if n_items is None else n_items
        known = [k for k in ([] if kind is None else kind) if k is not None]
        names, counts = np.unique(np.array(known, dtype=str), return_counts=True)
        self.kinds_ = names[np.argsort(-counts, kind="stable")][:_MAX_KINDS].tolist()
        codes = self.kind_codes(kind, n_items)
        rng = np.random.default_rng(self.random_state)
        splits = []
        for horizon in self.horizon_days:
            features, new_user, new_item = self._replay(
                horizon, user, item, age, segment, n_segments, n_items, start_age, codes
            )
            too_few = []
            for bag in range(self.n_bags):
                rows, segments, candidates, labels = self._sample(
                    features, new_user, new_item, segment, n_items, rng
                )
                if labels.sum() < _MIN_POSITIVES:
                    too_few.append(int(labels.sum()))
                    continue
                keep = labels | (rng.random(len(labels)) < self.negative_share)
                X = features.features(rows, segments, candidates, keep)
                query = candidates.user[keep]
                randomized = self.random_trees and bag % 2 == 1
                seed = int(rng.integers(2**31 - 1))
                splits.append((X, labels[keep], query, seed, randomized))
            if too_few:
                logger.info(
                    "No ranker on %d of %d samples of the last %g days: at most %d new openings "
                    "(fewer than %d).",
                    len(too_few),
                    self.n_bags,
                    horizon,
                    max(too_few),
                    _MIN_POSITIVES,
                )
        if not splits:
            return None
        # Columns never known (no schedule, no kinds) are left out: nothing to split on.
        known = np.any([~np.isnan(X).all(axis=0) for X, *_ in splits], axis=0)
        self.columns_ = np.flatnonzero(known)
        categorical = self.columns_ == len(FEATURE_NAMES) - 1
        self.models_ = [
            self._train(X[:, self.columns_], labels, query, categorical, seed, randomized)
            for X, labels, query, seed, randomized in splits
        ]
        self.n_train_pairs_ = sum(len(labels) for _, labels, *_ in splits)
        logger.info(
            "Learned blend: %d %s ranker(s) trained on %d pairs (%d positives).",
            len(self.models_),
            self.ranker,
            self.n_train_pairs_,
            sum(int(labels.sum()) for _, labels, *_ in splits),
        )
        return self

    def _train(
        self,
        X: np.ndarray,
        labels: np.ndarray,
        query: np.ndarray,
        categorical: np.ndarray,
        seed: int,
        randomized: bool,
    ):
        """One ranker: LightGBM's lambdarank booster, each user's candidates a query ordered
        for NDCG@10 (deterministic, on one thread; ``randomized``: extremely randomized trees), or
        scikit-learn's classifier (which has no randomized trees)."""
        if self.ranker == "classifier":
            from sklearn.ensemble import HistGradientBoostingClassifier

            return HistGradientBoostingClassifier(
                max_iter=self.max_iter,
                max_leaf_nodes=self.max_leaf_nodes,
                learning_rate=0.1,
                l2_regularization=1.0,
                early_stopping=False,
                categorical_features=categorical,
                random_state=seed,
            ).fit(X, labels)
        lightgbm = require("lightgbm", extra="rank", caller='LearnedBlend(ranker="lambdarank")')
        sizes = np.bincount(query)  # pairs per user, in order; some users have none left
        data = lightgbm.Dataset(
            X,
            labels.astype(np.int64),
            group=sizes[sizes > 0],
            categorical_feature=np.flatnonzero(categorical).tolist(),
            params={"verbose": -1},
        )
        params = {
            "objective": "lambdarank",
            "lambdarank_truncation_level": 20,
            "num_leaves": self.max_leaf_nodes,
            "learning_rate": 0.1,
            "lambda_l2": 1.0,
            "extra_trees": randomized,
            "num_threads": _TRAIN_THREADS,
            "deterministic": True,
            "force_row_wise": True,
            "seed": seed,
            "verbose": -1,
        }
        return lightgbm.train(params, data, num_boost_round=self.max_iter)

    def _replay(
        self,
        shift: float,
        user: np.ndarray,
        item: np.ndarray,
        age: np.ndarray,
        segment: np.ndarray,
        n_segments: int,
        n_items: int,
        start_age: np.ndarray | None,
        codes: np.ndarray,
    ) -> tuple[ActivityFeatures, np.ndarray, np.ndarray]:
        """The replay ``shift`` days back: its features (what was known then) and the
        (user, item) pairs opened for the first time since."""
        n_users = len(segment)
        old = age > shift
        past = Activity(user[old], item[old], age[old] - shift, n_users=n_users, n_items=n_items)
        recent = ~old
        features = ActivityFeatures(
            past,
            segment,
            n_segments,
            start_age=None if start_age is None else start_age - shift,
            kind=codes,
        )
        opened = np.unique(user[recent].astype(np.int64) * n_items + item[recent])
        opened_user, opened_item = opened // n_items, opened % n_items
        first = ~features.has_opened(opened_user, opened_item)
        return features, opened_user[first], opened_item[first]

    def _sample(
        self,
        features: ActivityFeatures,
        new_user: np.ndarray,
        new_item: np.ndarray,
        segment: np.ndarray,
        n_items: int,
        rng: np.random.Generator,
    ) -> tuple[np.ndarray, np.ndarray, Candidates, np.ndarray]:
        """One training sample of a replay: the sampled users (rows) and their segments, their
        candidates and the labels of the candidate pairs (first opened since the replay)."""
        rows = np.unique(new_user)
        if len(rows) > self.max_train_users:
            rows = np.sort(rng.choice(rows, self.max_train_users, replace=False))
        segments = segment[rows]
        candidates = features.candidates(rows, segments, self.n_popular, self.n_following)
        position = np.searchsorted(rows, new_user)
        sampled = np.isin(new_user, rows)
        labels = np.isin(
            candidates.user * n_items + candidates.item,
            position[sampled] * n_items + new_item[sampled],
        )
        return rows, segments, candidates, labels

    def __getstate__(self) -> dict:
        """The attributes, LightGBM boosters as their text models (saved without pickle)."""
        state = dict(self.__dict__)
        if self.ranker == "lambdarank" and "models_" in state:
            state["models_"] = [booster.model_to_string() for booster in state["models_"]]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        if self.ranker == "lambdarank" and "models_" in state:
            lightgbm = require("lightgbm", extra="rank", caller="Loading a lambdarank blend")
            self.models_ = [lightgbm.Booster(model_str=text) for text in state["models_"]]

    def kind_codes(self, kind: np.ndarray | None, n_items: int) -> np.ndarray:
        """The code of each item's kind in :attr:`kinds_`; -1 when unknown or None."""
        codes = {name: code for code, name in enumerate(self.kinds_)}
        if kind is None:
            return np.full(n_items, -1, dtype=np.int64)
        return np.array([codes.get(k, -1) for k in kind], dtype=np.int64)

    def score(
        self, features: ActivityFeatures, rows: np.ndarray, segments: np.ndarray
    ) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Each user's candidates and their scores in (0, 1): higher, more likely opened next
        (the logistic of the models' mean raw score)."""
        candidates = features.candidates(rows, segments, self.n_popular, self.n_following)
        proba = np.zeros(0)
        if len(candidates.item):
            X = features.features(rows, segments, candidates)[:, self.columns_]
            raw = np.mean([self._raw(model, X) for model in self.models_], axis=0)
            proba = expit(raw)
        splits = np.cumsum(candidates.counts(len(rows)))[:-1]
        return np.split(candidates.item, splits), np.split(proba, splits)

    def _raw(self, model, X: np.ndarray) -> np.ndarray:
        if self.ranker == "lambdarank":
            return model.predict(X, num_threads=_PREDICT_THREADS)
        return model.decision_function(X)
