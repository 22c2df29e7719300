"""IntentClassifier with the real all-MiniLM-L6-v2 on the shipped bilingual sample."""

from __future__ import annotations

import numpy as np
import pytest

from supportml import IntentClassifier

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def trained(real_embedder, sample_requests):
    train = [r for i, r in enumerate(sample_requests) if i % 4]
    clf = IntentClassifier(embedder=real_embedder)
    return clf.fit([r["text"] for r in train], [r["intent"] for r in train])


def test_real_model_beats_the_hashing_embedder(trained, sample_requests):
    test = [r for i, r in enumerate(sample_requests) if not i % 4]
    texts, labels = [r["text"] for r in test], [r["intent"] for r in test]
    hashing = IntentClassifier(embedder="hashing").fit(
        [r["text"] for i, r in enumerate(sample_requests) if i % 4],
        [r["intent"] for i, r in enumerate(sample_requests) if i % 4],
    )
    assert trained.score(texts, labels) > 0.65
    assert trained.score(texts, labels) > hashing.score(texts, labels)


def test_english_and_french_requests_land_on_their_intent(trained):
    predicted = trained.predict(
        [
            "I forgot my password and my account is locked",
            "j'ai oublié mon mot de passe",
            "my files are not syncing on my laptop",
            "mes fichiers ne se synchronisent plus",
        ]
    )
    assert predicted.tolist() == ["password_reset", "password_reset", "sync_error", "sync_error"]


def test_probabilities_are_a_distribution(trained):
    proba = trained.predict_proba(["Teams is down for everyone", "comment créer une communauté"])
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert np.all((proba >= 0) & (proba <= 1))
