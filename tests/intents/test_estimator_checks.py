"""scikit-learn's estimator contract, on precomputed embeddings (numeric X).

No check is skipped: on numeric input the classifier is a plain multinomial logistic regression
with scikit-learn's own input validation.
"""

from __future__ import annotations

from sklearn.utils.estimator_checks import parametrize_with_checks

from supportml import IntentClassifier


@parametrize_with_checks([IntentClassifier()])
def test_sklearn_contract(estimator, check):
    check(estimator)
