"""LinearHead: a fitted logistic regression reduced to its coefficients, predicted with numpy."""

from __future__ import annotations

import numpy as np
from scipy.special import log_softmax

__all__ = ["LinearHead"]


class LinearHead:
    """The log-probabilities of a fitted multinomial logistic regression, without scikit-learn.

    ``LogisticRegression.predict_log_proba`` validates its input on every call (about 0.15 ms),
    which is most of the cost of one request; the head computes the same numbers as
    ``log_softmax(X @ coef.T + intercept)`` in microseconds. It holds only arrays.

    Parameters
    ----------
    coef : ndarray of shape (n_classes, n_features), or (1, n_features) for two classes
    intercept : ndarray of shape (n_classes,), or (1,) for two classes
    classes : ndarray of shape (n_classes,)
        The class labels (here: class indices) the columns stand for.

    Examples
    --------
    >>> import numpy as np
    >>> from sklearn.linear_model import LogisticRegression
    >>> X, y = np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([0, 0, 1, 1])
    >>> model = LogisticRegression().fit(X, y)
    >>> head = LinearHead.from_estimator(model)
    >>> bool(np.allclose(head.predict_log_proba(X), model.predict_log_proba(X)))
    True
    """

    def __init__(self, coef, intercept, classes) -> None:
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.classes_ = np.asarray(classes)

    @classmethod
    def from_estimator(cls, estimator) -> LinearHead:
        """The head of a fitted ``LogisticRegression`` (or any model with ``coef_``,
        ``intercept_`` and ``classes_`` and a softmax/logistic link)."""
        return cls(estimator.coef_, estimator.intercept_, estimator.classes_)

    def predict_log_proba(self, X) -> np.ndarray:
        """Log-probability of each class, columns in :attr:`classes_` order.

        Parameters
        ----------
        X : ndarray or scipy sparse matrix of shape (n_samples, n_features)

        Returns
        -------
        log_proba : ndarray of shape (n_samples, n_classes)
        """
        scores = np.asarray(X @ self.coef.T) + self.intercept
        if self.coef.shape[0] == 1:  # two classes: one score, the second class's log-odds
            scores = np.hstack([np.zeros_like(scores), scores])
        return log_softmax(scores, axis=1)
