"""Choosing the abstention threshold from a validation set."""

from __future__ import annotations

import logging
from statistics import NormalDist

import numpy as np

__all__ = ["choose_threshold"]

logger = logging.getLogger(__name__)


def choose_threshold(
    scores: np.ndarray,
    correct: np.ndarray,
    *,
    target_accuracy: float = 0.95,
    confidence_level: float = 0.95,
) -> float:
    """Largest confidence threshold that keeps in-scope accuracy above a target, with a margin.

    In-scope accuracy at threshold ``t`` is the fraction of in-scope validation examples that
    are accepted (``score >= t``) *and* correctly labelled. Any threshold whose accuracy merely
    reaches the target on validation lands below it on new data about half of the time, so the
    threshold kept is the largest one whose one-sided lower confidence bound (normal
    approximation at ``confidence_level``) still reaches ``target_accuracy``.

    Parameters
    ----------
    scores : ndarray of shape (n_samples,)
        In-scope confidence of each in-scope validation example (higher = more in scope).
    correct : ndarray of bool of shape (n_samples,)
        Whether the predicted intent of each example is right.
    target_accuracy : float, default=0.95
        In-scope accuracy to keep.
    confidence_level : float, default=0.95
        How sure to be that accuracy reaches the target; 0.5 means no margin.

    Returns
    -------
    threshold : float
        ``-inf`` (never abstain) when even accepting everything misses the target.

    Examples
    --------
    >>> import numpy as np
    >>> scores = np.array([0.9, 0.8, 0.7, 0.6, 0.2])
    >>> correct = np.array([True, True, True, True, False])
    >>> float(choose_threshold(scores, correct, target_accuracy=0.8, confidence_level=0.5))
    0.6
    """
    scores = np.asarray(scores, dtype=float)
    correct = np.asarray(correct, dtype=bool)
    order = np.argsort(-scores, kind="stable")
    accuracy = np.cumsum(correct[order]) / len(scores)  # accuracy when accepting the top k+1
    z = NormalDist().inv_cdf(confidence_level)
    lower = accuracy - z * np.sqrt(accuracy * (1 - accuracy) / len(scores))
    # A threshold can only sit at the last of tied scores, so count ties together.
    sorted_scores = scores[order]
    last_of_tie = np.r_[sorted_scores[1:] != sorted_scores[:-1], True]
    feasible = np.flatnonzero((lower >= target_accuracy) & last_of_tie)
    if feasible.size == 0:
        logger.warning(
            "No threshold reaches in-scope accuracy %.3f on validation; abstention is off.",
            target_accuracy,
        )
        return float("-inf")
    return float(sorted_scores[feasible[0]])
