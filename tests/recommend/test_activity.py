"""The learned blend's candidates and features, computed without dense users x items arrays."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from supportml.recommend._activity import FEATURE_NAMES, Activity, ActivityFeatures
from supportml.recommend._collaborative import ItemSimilarity

N_USERS, N_ITEMS = 60, 30


@pytest.fixture(scope="module")
def features():
    """Two segments; item k is mostly opened around day 3 * (k % 10) before the reference."""
    rng = np.random.default_rng(0)
    user = rng.integers(0, N_USERS, 900)
    item = rng.integers(0, N_ITEMS, 900)
    age = 3.0 * (item % 10) + rng.integers(0, 3, 900)
    segment = 1 + np.arange(N_USERS) % 2
    activity = Activity(user, item, age, n_users=N_USERS, n_items=N_ITEMS)
    return ActivityFeatures(activity, segment, 3, kind=np.arange(N_ITEMS) % 3)


def test_popular_candidates_follow_the_segment_order_without_opened_items(features):
    rows = np.arange(0, N_USERS, 3)
    segments = features.segment[rows]
    candidates = features.candidates(rows, segments, n_popular=5, n_following=0)
    assert (np.diff(candidates.user) >= 0).all() and (candidates.counts(len(rows)) == 5).all()
    score = features.table[14] + 1e-6 * features.ever
    for k, row in enumerate(rows):
        mine = candidates.item[candidates.user == k]
        opened = features.history[row].indices
        order = np.lexsort((np.arange(N_ITEMS), -score[segments[k]]))  # ties: lowest index
        assert mine.tolist() == [i for i in order if i not in opened][:5]


def test_following_candidates_are_new_and_ranked_by_transition_score(features):
    rows = np.arange(N_USERS)
    candidates = features.candidates(rows, features.segment[rows], n_popular=3, n_following=4)
    following = candidates.following.toarray()
    for k in rows:
        mine = candidates.item[candidates.user == k]
        popular, after = mine[:3], mine[3:]
        assert len(after) <= 4 and not set(after) & set(popular)
        assert not set(mine) & set(features.history[k].indices)
        assert (following[k, after] > 0).all()
        assert (np.diff(following[k, after]) <= 1e-6).all()


def test_the_features_of_kept_pairs_do_not_depend_on_the_others(features):
    rows = np.arange(N_USERS)
    segments = features.segment[rows]
    candidates = features.candidates(rows, segments, n_popular=8, n_following=3)
    keep = np.random.default_rng(1).random(len(candidates.item)) < 0.3
    every = features.features(rows, segments, candidates)
    kept = features.features(rows, segments, candidates, keep)
    assert every.dtype == np.float32 and every.shape[0] == len(candidates.item)
    np.testing.assert_array_equal(kept, every[keep])


def test_item_knn_scores_of_dense_and_sparse_histories_agree():
    rng = np.random.default_rng(2)
    X = sp.csr_matrix(rng.random((40, 25)) < 0.2)
    similarity = ItemSimilarity("cosine", 0.0).fit(X)
    histories = (rng.random((6, 25)) < 0.1).astype(float)
    dense = similarity.scores(histories)
    np.testing.assert_allclose(dense, similarity.scores(sp.csr_matrix(histories)), rtol=1e-6)
    np.testing.assert_allclose(dense, histories @ similarity.weights_, rtol=1e-5)


def test_leaders_are_the_segment_s_most_active_fifth():
    """Ten users in one segment, user u with items 0..u three weeks ago: users 8 and 9 are its
    leaders. Two days ago, user 9 (a leader) and user 0 (not one) first opened item 11."""
    user = np.r_[np.repeat(np.arange(10), np.arange(1, 11)), 9, 0]
    item = np.r_[np.concatenate([np.arange(u + 1) for u in range(10)]), 11, 11]
    age = np.r_[np.full(55, 21.0), 2.0, 2.0]
    activity = Activity(user, item, age, n_users=10, n_items=12)
    features = ActivityFeatures(activity, np.ones(10, int), 2)
    assert np.flatnonzero(features.percentile > 0.8).tolist() == [8, 9]
    assert features.leaders_first[1, 11] == pytest.approx(0.5)  # 1 of the 2 leaders
    assert features.leaders_recent[1, 11] == pytest.approx(0.5)
    assert features.first_table[7][1, 11] == pytest.approx(0.2)  # 2 of the 10 users
    assert features.leaders_first[1, :11].sum() == 0.0  # their other items are three weeks old


def test_the_feature_matrix_has_one_column_per_feature_name(features):
    rows = np.arange(6)
    candidates = features.candidates(rows, features.segment[rows], n_popular=4, n_following=2)
    matrix = features.features(rows, features.segment[rows], candidates)
    assert matrix.shape == (len(candidates.item), len(FEATURE_NAMES))
    assert np.isnan(matrix[:, FEATURE_NAMES.index("user_activity_percentile")]).sum() == 0
