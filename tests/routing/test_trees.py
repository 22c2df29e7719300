"""TierModel's numpy evaluation equals scikit-learn's, and its calibration behaves."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import StratifiedKFold

from supportml.routing._tier_model import _isotonic_curves
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
def test_calibration_equals_calibrated_classifier_cv(n_classes):
    X, y = _data(n_classes)
    folds = StratifiedKFold(3, shuffle=True, random_state=0)
    boosting = HistGradientBoostingClassifier(max_iter=20, random_state=0)
    reference = CalibratedClassifierCV(boosting, method="isotonic", cv=folds, ensemble=False)
    reference.fit(X, y)
    held_out = np.zeros((len(X), n_classes)) if n_classes > 2 else np.zeros(len(X))
    for train, test in folds.split(X, y):
        held_out[test] = boosting.fit(X[train], y[train]).decision_function(X[test])
    curves = _isotonic_curves(held_out, y, np.unique(y))
    calibrated = reference.calibrated_classifiers_[0].calibrators
    assert len(curves) == len(calibrated)
    for (knots_x, knots_y), isotonic in zip(curves, calibrated, strict=True):
        np.testing.assert_allclose(knots_x, isotonic.X_thresholds_)
        np.testing.assert_allclose(knots_y, isotonic.y_thresholds_)
