from __future__ import annotations

import numpy as np

from supportml.intents import choose_threshold


def test_margin_raises_the_threshold(seed):
    rng = np.random.default_rng(seed)
    scores = rng.random(3000)
    correct = rng.random(3000) < scores + 0.2  # surer predictions are right more often
    loose = choose_threshold(scores, correct, target_accuracy=0.6, confidence_level=0.5)
    strict = choose_threshold(scores, correct, target_accuracy=0.6, confidence_level=0.99)
    assert strict <= loose  # a margin keeps more examples
    accepted = scores >= loose
    assert np.sum(correct & accepted) / len(scores) >= 0.6


def test_unreachable_target_disables_abstention():
    assert choose_threshold(np.array([0.9, 0.8]), np.array([True, False]), target_accuracy=0.9) == (
        float("-inf")
    )


def test_ties_are_accepted_together():
    scores = np.array([0.9, 0.5, 0.5, 0.1])
    correct = np.array([True, True, True, False])
    threshold = choose_threshold(scores, correct, target_accuracy=0.75, confidence_level=0.5)
    assert threshold == 0.5
