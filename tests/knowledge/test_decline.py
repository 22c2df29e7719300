from __future__ import annotations

import logging

import numpy as np
import pytest

from supportml import InvalidInputError
from supportml.knowledge import choose_decline_threshold

# Eight development queries, by descending score: six answerable (four answered right, two
# with a wrong entry), two unanswerable.
SCORES = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2])
CORRECT = np.array([True, True, False, True, False, True, False, False])
ANSWERABLE = np.array([True, True, True, True, False, True, False, True])


def figures(threshold: float) -> tuple[float, float]:
    answered = threshold <= SCORES
    ac = np.mean((answered & CORRECT)[ANSWERABLE])
    du = np.mean(~answered[~ANSWERABLE])
    return float(ac), float(du)


def test_balanced_maximises_balanced_accuracy():
    threshold = choose_decline_threshold(SCORES, CORRECT, ANSWERABLE, rule="balanced")
    assert threshold == 0.6
    best = max(sum(figures(t)) for t in [-np.inf, *SCORES])
    assert sum(figures(threshold)) == best


def test_balanced_ties_go_to_the_smallest_threshold():
    # -inf and 0.2 answer both queries (BA 0.5); 0.9 declines the right answer too (BA 0).
    assert (
        choose_decline_threshold([0.2, 0.9], [True, False], [True, False], rule="balanced")
        == -np.inf
    )
    # Declining the unanswerable query at 0.2 reaches BA 1.
    assert (
        choose_decline_threshold([0.9, 0.2], [True, False], [True, False], rule="balanced") == 0.9
    )


def test_default_rule_keeps_ninety_percent_right_and_needs_no_unanswerable_query():
    scores = np.linspace(1.0, 0.1, 10)
    correct = np.array([True] * 9 + [False])
    threshold = choose_decline_threshold(scores, correct, np.ones(10, dtype=bool))
    assert threshold == scores[8]  # the nine right answers kept, the wrong one declined


def test_keep_answers_loses_at_most_ten_percent_of_correct_answers():
    threshold = choose_decline_threshold(SCORES, CORRECT, ANSWERABLE, rule="keep_answers")
    # 4 correct answers without declining; 0.9 x 4 = 3.6, so all 4 must be kept.
    assert threshold == 0.4
    assert figures(threshold)[0] >= 0.9 * figures(-np.inf)[0]


def test_min_accuracy_keeps_the_floor_and_declines_the_most():
    threshold = choose_decline_threshold(
        SCORES, CORRECT, ANSWERABLE, rule="min_accuracy", min_accuracy=0.5
    )
    assert threshold == 0.6  # AC 3/6; at 0.7, AC 2/6 misses the floor
    assert figures(threshold)[0] >= 0.5


def test_min_accuracy_out_of_reach_never_declines(caplog):
    with caplog.at_level(logging.WARNING):
        threshold = choose_decline_threshold(
            SCORES, CORRECT, ANSWERABLE, rule="min_accuracy", min_accuracy=0.9
        )
    assert threshold == -np.inf
    assert "declining is off" in caplog.text


def test_ties_in_scores_are_decided_together():
    # Two queries share 0.5: a threshold cannot answer one and decline the other.
    scores, correct, answerable = [0.9, 0.5, 0.5], [True, True, False], [True, True, False]
    assert choose_decline_threshold(scores, correct, answerable, rule="balanced") == 0.9
    # Keeping the second right answer means answering the tied unanswerable query too.
    assert choose_decline_threshold(scores, correct, answerable) == 0.5


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"rule": "strict"}, "'rule' parameter"),
        ({"min_accuracy": 1.5}, "'min_accuracy' parameter"),
    ],
)
def test_bad_parameters_are_refused(kwargs, message):
    with pytest.raises(InvalidInputError, match=message):
        choose_decline_threshold(SCORES, CORRECT, ANSWERABLE, **kwargs)


def test_inconsistent_inputs_are_refused():
    with pytest.raises(InvalidInputError, match="same length"):
        choose_decline_threshold(SCORES, CORRECT[:-1], ANSWERABLE)
    with pytest.raises(InvalidInputError, match="needs answerable queries"):
        choose_decline_threshold([0.5], [False], [False])
    with pytest.raises(InvalidInputError, match="needs unanswerable queries"):
        choose_decline_threshold([0.5], [True], [True], rule="balanced")
    with pytest.raises(InvalidInputError, match="also marked unanswerable"):
        choose_decline_threshold([0.5, 0.4], [True, True], [True, False])
    assert choose_decline_threshold([0.5], [True], [True], rule="keep_answers") == 0.5
