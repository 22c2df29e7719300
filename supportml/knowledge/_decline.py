"""Choosing the score below which a knowledge base declines to answer."""

from __future__ import annotations

import logging
from typing import Literal

import numpy as np

from supportml.exceptions import InvalidInputError

__all__ = ["DeclineRule", "choose_decline_threshold"]

logger = logging.getLogger(__name__)

DeclineRule = Literal["balanced", "keep_answers", "min_accuracy"]
"""How :func:`choose_decline_threshold` trades correct answers against declined queries."""

_RULES = ("balanced", "keep_answers", "min_accuracy")
_KEPT_SHARE = 0.90  # "keep_answers": declining may lose at most 10 % of the correct answers


def choose_decline_threshold(
    scores,
    correct,
    answerable,
    *,
    rule: DeclineRule = "min_accuracy",
    min_accuracy: float = 0.90,
) -> float:
    """Pick the decline threshold on a development set of queries.

    A query is answered when its score is at least the threshold ``t``, else declined. On the
    development set, **AC(t)** is the share of answerable queries answered with their right
    entry (declining one, or answering it with a wrong entry, both count as failures) and
    **DU(t)** the share of unanswerable queries declined. The candidates are ``-inf`` (never
    decline) and every distinct score of the set.

    - ``"balanced"``: the threshold maximising the balanced accuracy ``(AC + DU) / 2``; on a
      tie, the smallest.
    - ``"keep_answers"``: the largest threshold whose AC is at least 0.90 × AC(-inf), i.e.
      declining loses at most 10 % of the correct answers.
    - ``"min_accuracy"``: the largest threshold whose AC is at least `min_accuracy`, i.e. decline
      as much as possible while that share of answerable queries still gets its right answer;
      ``-inf`` with a warning when even answering everything misses it. The threshold sits on
      the development set's boundary, so on new queries AC lands around `min_accuracy`, half
      of the time a little below.

    Parameters
    ----------
    scores : array-like of shape (n_queries,)
        The decline score of each query (higher = more confident).
    correct : array-like of bool of shape (n_queries,)
        Whether the entry the query would get is its right entry (False when unanswerable).
    answerable : array-like of bool of shape (n_queries,)
        Whether the knowledge base holds the query's right entry.
    rule : {"balanced", "keep_answers", "min_accuracy"}, default="min_accuracy"
        How to trade correct answers against declined unanswerable queries. The default
        states the chatbot's contract (at least `min_accuracy` of the answerable queries get
        their right answer; decline all it can beyond that) and needs no unanswerable query;
        on StackFAQ it is the one rule meeting AC >= 0.90 with DU >= 0.80 (0.904 / 0.834,
        where "balanced" gives 0.876 / 0.888).
    min_accuracy : float, default=0.90
        The AC to keep under ``rule="min_accuracy"``; not used by the other rules.

    Returns
    -------
    threshold : float
        ``-inf`` when the rule keeps every answer.

    Raises
    ------
    InvalidInputError
        When the arrays differ in length, hold no answerable query, hold no unanswerable query
        under ``rule="balanced"``, when a correct query is marked unanswerable, or when `rule`
        or `min_accuracy` is invalid.

    Examples
    --------
    >>> from supportml.knowledge import choose_decline_threshold
    >>> scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4]
    >>> correct = [True, True, False, True, False, False]
    >>> answerable = [True, True, False, True, False, True]
    >>> choose_decline_threshold(scores, correct, answerable, rule="balanced")
    0.8
    >>> choose_decline_threshold(scores, correct, answerable, min_accuracy=0.75)
    0.6
    """
    if rule not in _RULES:
        raise InvalidInputError(
            f"The 'rule' parameter of choose_decline_threshold must be one of {list(_RULES)}. "
            f"Got {rule!r} instead."
        )
    if isinstance(min_accuracy, bool) or not 0 <= min_accuracy <= 1:
        raise InvalidInputError(
            "The 'min_accuracy' parameter of choose_decline_threshold must be a float in the "
            f"range [0, 1]. Got {min_accuracy!r} instead."
        )
    scores = np.asarray(scores, dtype=np.float64)
    correct = np.asarray(correct, dtype=bool)
    answerable = np.asarray(answerable, dtype=bool)
    if not scores.ndim == correct.ndim == answerable.ndim == 1 or not (
        len(scores) == len(correct) == len(answerable)
    ):
        raise InvalidInputError(
            "scores, correct and answerable must be one-dimensional and of the same length; "
            f"got shapes {scores.shape}, {correct.shape} and {answerable.shape}."
        )
    if (correct & ~answerable).any():
        raise InvalidInputError("A query marked correct is also marked unanswerable.")
    n_answerable, n_unanswerable = int(answerable.sum()), int((~answerable).sum())
    if n_answerable == 0:
        raise InvalidInputError("Choosing a decline threshold needs answerable queries; got none.")
    if rule == "balanced" and n_unanswerable == 0:
        raise InvalidInputError(
            "rule='balanced' needs unanswerable queries (gold entry None) to measure declining; "
            "got none. Add some, or use rule='keep_answers' or 'min_accuracy'."
        )

    order = np.argsort(-scores, kind="stable")
    ranked = scores[order]
    last_of_tie = np.flatnonzero(np.r_[ranked[1:] != ranked[:-1], True])
    # Candidates in ascending order: -inf, then each distinct score from the smallest up.
    thresholds = np.r_[-np.inf, ranked[last_of_tie][::-1]]
    answered_correct = np.r_[correct.sum(), np.cumsum(correct[order])[last_of_tie][::-1]]
    answered_unanswerable = np.r_[n_unanswerable, np.cumsum(~answerable[order])[last_of_tie][::-1]]
    accuracy = answered_correct / n_answerable
    if rule == "balanced":
        declined = 1 - answered_unanswerable / n_unanswerable
        balanced = (accuracy + declined) / 2
        threshold = thresholds[np.flatnonzero(balanced == balanced.max())[0]]
    else:
        floor = _KEPT_SHARE * accuracy[0] if rule == "keep_answers" else min_accuracy
        feasible = np.flatnonzero(accuracy >= floor)
        if feasible.size == 0:
            logger.warning(
                "No decline threshold keeps %.3f of the answerable queries answered right "
                "(%.3f without declining); declining is off.",
                floor,
                accuracy[0],
            )
            return float("-inf")
        threshold = thresholds[feasible[-1]]
    return float(threshold)
