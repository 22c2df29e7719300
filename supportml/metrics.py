"""Evaluation metrics shared by the classifiers, the benchmarks and the tracking code."""

from __future__ import annotations

import numpy as np

__all__ = ["expected_calibration_error"]


def expected_calibration_error(y_true, proba, classes, *, n_bins: int = 15) -> float:
    """Expected calibration error of the top predicted probability.

    The confidence ``c = max_k p_k`` falls in bin ``b`` when ``c`` is in ``(b/n, (b+1)/n]``
    (``c = 0`` goes to bin 0); ECE is ``sum_b (n_b / N) |accuracy_b - mean confidence_b|``.

    Parameters
    ----------
    y_true : array-like of shape (n_samples,)
        True labels.
    proba : ndarray of shape (n_samples, n_classes)
        Predicted probabilities, columns in the order of ``classes``.
    classes : array-like of shape (n_classes,)
        Label of each column of ``proba``.
    n_bins : int, default=15
        Number of equal-width confidence bins.

    Returns
    -------
    ece : float

    Examples
    --------
    >>> import numpy as np
    >>> proba = np.array([[0.9, 0.1], [0.6, 0.4], [0.2, 0.8]])
    >>> round(expected_calibration_error(["a", "b", "b"], proba, ["a", "b"]), 3)
    0.3
    """
    proba = np.asarray(proba, dtype=float)
    confidence = proba.max(axis=1)
    correct = np.asarray(classes)[proba.argmax(axis=1)] == np.asarray(y_true)
    bins = np.clip(np.ceil(confidence * n_bins).astype(int) - 1, 0, n_bins - 1)
    ece = 0.0
    for b in np.unique(bins):
        in_bin = bins == b
        ece += in_bin.mean() * abs(correct[in_bin].mean() - confidence[in_bin].mean())
    return float(ece)
