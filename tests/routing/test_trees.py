"""TierModel's numpy evaluation equals scikit-learn's, bagging averages, calibration behaves."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier

from supportml.routing._evidence import Evidence
from supportml.routing._tier_model import TierModel
from supportml.routing._trees import TreeEnsemble


def _data(n_classes, seed=0, n=400):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 6))
    y = (X[:, 0] * 2 + X[:, 1] + rng.normal(size=n) > 0).astype(int)
    if n_classes > 2:
        y = y + (X[:, 2] > 0.5) * 2
    return X, y


@pytest.mark.parametrize("n_classes", [2, 4])
def test_tree_ensemble_equals_decision_function(n_classes):
    X, y = _data(n_classes)
    model = HistGradientBoostingClassifier(max_iter=20, random_state=0).fit(X, y)
    X_new, _ = _data(n_classes, seed=1, n=600)  # more rows than one block of 256
    X_new[::7, 3] = np.nan  # missing values take the side the tree learned
    trees = TreeEnsemble.from_histogram_boosting(model)
    np.testing.assert_allclose(trees.decision_function(X_new), model.decision_function(X_new))


def test_tree_ensemble_with_missing_values_in_training():
    X, y = _data(3)
    X[::5, 0] = np.nan
    model = HistGradientBoostingClassifier(max_iter=10, random_state=0).fit(X, y)
    trees = TreeEnsemble.from_histogram_boosting(model)
    np.testing.assert_allclose(trees.decision_function(X), model.decision_function(X))


@pytest.mark.parametrize("n_classes", [2, 4])
def test_average_of_ensembles_scores_their_mean(n_classes):
    X, y = _data(n_classes)
    rng = np.random.default_rng(0)
    models = [
        HistGradientBoostingClassifier(max_iter=5 + 5 * seed, random_state=seed).fit(
            X, y, sample_weight=rng.poisson(1.0, len(y))
        )
        for seed in range(3)
    ]
    X_new, _ = _data(n_classes, seed=1, n=600)
    X_new[::7, 3] = np.nan
    average = TreeEnsemble.average(TreeEnsemble.from_histogram_boosting(m) for m in models)
    expected = np.mean([m.decision_function(X_new) for m in models], axis=0)
    np.testing.assert_allclose(average.decision_function(X_new), expected)


def test_average_of_nothing_is_refused():
    with pytest.raises(ValueError, match="at least one"):
        TreeEnsemble.average([])


def _evidence(intent_of_row: np.ndarray) -> Evidence:
    n = len(intent_of_row)
    return Evidence(
        intent_proba=np.eye(2)[intent_of_row],
        in_scope=np.ones(n),
        abstained=np.zeros(n, bool),
        kb_entry=np.full(n, None),
        kb_score=np.ones(n),
        content_ids=[[] for _ in range(n)],
        content_score=np.ones(n),
        ambassador_id=np.full(n, None),
        ambassador_score=np.zeros(n),
        language=np.full(n, "en", dtype=object),
        coverage=np.zeros((n, 3)),
    )


@pytest.mark.parametrize("n_bags", [1, 5])
def test_tier_probabilities_are_calibrated(n_bags):
    # intent 0 is solved by the chatbot 80 % of the time, intent 1 by support 70 % of the time
    rng = np.random.default_rng(0)
    intent = rng.integers(2, size=3000)
    chatbot_share = np.where(intent == 0, 0.8, 0.3)
    tiers = np.where(rng.random(3000) < chatbot_share, "chatbot", "support")
    model = TierModel(n_bags=n_bags).fit(_evidence(intent), [None] * 3000, tiers)
    proba = model.predict_proba(_evidence(np.array([0, 1])), [None, None])
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    np.testing.assert_allclose(proba[:, 0], [0.8, 0.3], atol=0.04)


def test_bagged_tier_model_is_reproducible_and_its_members_differ():
    rng = np.random.default_rng(1)
    intent = rng.integers(2, size=600)
    tiers = np.where(rng.random(600) < np.where(intent == 0, 0.8, 0.3), "chatbot", "support")
    users, evidence = [None] * 600, _evidence(intent)
    first = TierModel(n_bags=3).fit(evidence, users, tiers)
    again = TierModel(n_bags=3).fit(evidence, users, tiers)
    single = TierModel(n_bags=1).fit(evidence, users, tiers)
    np.testing.assert_array_equal(
        first.predict_proba(evidence, users), again.predict_proba(evidence, users)
    )
    assert len(first._trees.roots) == 3 * len(single._trees.roots)
    assert not np.allclose(first._trees.value, np.tile(single._trees.value, 3) / 3)


@pytest.mark.parametrize("n_bags", [0, -1, 2.0, True])
def test_tier_model_refuses_a_bad_number_of_bags(n_bags):
    with pytest.raises(ValueError, match="'n_bags' parameter of TierModel must be an int >= 1"):
        TierModel(n_bags=n_bags).fit(_evidence(np.array([0, 1])), [None] * 2, ["chatbot"] * 2)


def test_tier_model_names_a_tier_with_too_few_requests():
    intent = np.arange(40) % 2
    tiers = np.where(intent == 0, "chatbot", "support").astype(object)
    tiers[[3, 7]] = "ambassador"
    with pytest.raises(ValueError, match=r"at least 3 .*\{'ambassador': 2\}"):
        TierModel().fit(_evidence(intent), [None] * 40, tiers)
