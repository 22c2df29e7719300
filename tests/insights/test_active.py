from __future__ import annotations

import numpy as np
import pytest

from supportml.exceptions import InvalidInputError
from supportml.insights import select_for_labelling
from supportml.intents import IntentClassifier


@pytest.fixture(scope="module")
def vector_model():
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(3, 8)) * 3
    X = np.vstack([c + rng.normal(size=(20, 8)) for c in centres])
    return IntentClassifier(C=1.0).fit(X, np.repeat(["a", "b", "c"], 20)), centres


def test_picks_uncertain_and_diverse_requests(vector_model, seed):
    model, centres = vector_model
    rng = np.random.default_rng(seed)
    confident = np.vstack([c + 0.1 * rng.normal(size=(30, 8)) for c in centres])
    between = [(centres[i] + centres[j]) / 2 for i, j in ((0, 1), (1, 2), (0, 2))]
    unsure = np.vstack([b + 0.05 * rng.normal(size=(10, 8)) for b in between])
    pool = np.vstack([confident, unsure])
    picked = select_for_labelling(pool, 3, classifier=model, random_state=seed)
    assert len(set(picked)) == 3 and (picked >= len(confident)).all()
    assert len({(p - len(confident)) // 10 for p in picked}) == 3  # one per confusing pair
    again = select_for_labelling(pool, 3, classifier=model, random_state=seed)
    assert picked.tolist() == again.tolist()


def test_texts_with_the_classifier_embedder(classifier, split_requests):
    _, new = split_requests
    texts = [r["text"] for r in new]
    picked = select_for_labelling(texts, 5, classifier=classifier)
    assert len(set(picked.tolist())) == 5 and picked.max() < len(texts)


def test_k_larger_than_the_pool_returns_everything(vector_model):
    model, centres = vector_model
    assert sorted(select_for_labelling(centres, 10, classifier=model)) == [0, 1, 2]


@pytest.mark.parametrize(
    ("pool", "k", "message"),
    [
        (np.zeros((0, 8)), 2, "non-empty array"),
        ([], 2, "requests is empty"),
        (np.zeros((4, 8)), 0, "'k' parameter"),
        (np.zeros((4, 8)), 2.5, "'k' parameter"),
    ],
)
def test_bad_input_is_refused(vector_model, pool, k, message):
    model, _ = vector_model
    with pytest.raises(InvalidInputError, match=message):
        select_for_labelling(pool, k, classifier=model)
