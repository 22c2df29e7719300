"""The pooling weights: fixed ones are kept, "auto" ones are chosen from the training data."""

from __future__ import annotations

import numpy as np
import pytest

from supportml import IntentClassifier
from supportml.intents._pooling import NEIGHBOR_WEIGHTS, NGRAM_WEIGHTS, choose_weights, pool


def _texts_and_noise(seed: int, n_per_class: int = 8):
    """Texts whose words give the class away, with embeddings that are pure noise."""
    words = {"share": "partage dossier", "password": "mot de passe", "meeting": "réunion visio"}
    rng = np.random.default_rng(seed)
    texts, labels = [], []
    for label, phrase in words.items():
        for i in range(n_per_class):
            texts.append(f"{phrase} {rng.choice(['svp', 'merci', 'urgent', 'help'])} {i}")
            labels.append(label)
    return texts, labels, rng.normal(size=(len(texts), 16)).astype(np.float32)


def test_auto_trusts_the_ngrams_when_the_embeddings_are_noise(seed):
    texts, labels, noise = _texts_and_noise(seed)
    clf = IntentClassifier(embedder="hashing").fit(texts, labels, embeddings=noise)
    assert clf.ngram_weight_ == max(NGRAM_WEIGHTS)
    assert clf.neighbor_weight_ in NEIGHBOR_WEIGHTS
    assert clf.predict(texts, embeddings=noise).tolist() == labels


def test_fixed_weights_are_kept_and_cross_validation_skipped(monkeypatch):
    texts, labels, noise = _texts_and_noise(0)
    monkeypatch.setattr(IntentClassifier, "_cross_validate", None)  # would fail if called
    clf = IntentClassifier(embedder="hashing", ngram_weight=0.7, neighbor_weight=0.1)
    clf.fit(texts, labels, embeddings=noise)
    assert (clf.ngram_weight_, clf.neighbor_weight_) == (0.7, 0.1)


def test_one_auto_weight_leaves_the_other_fixed():
    texts, labels, noise = _texts_and_noise(0)
    clf = IntentClassifier(embedder="hashing", neighbor_weight=0.05)
    clf.fit(texts, labels, embeddings=noise)
    assert clf.neighbor_weight_ == 0.05
    assert clf.ngram_weight_ == max(NGRAM_WEIGHTS)


def test_a_class_seen_once_falls_back_to_the_default_weights():
    texts, labels, noise = _texts_and_noise(0)
    clf = IntentClassifier(embedder="hashing").fit(
        [*texts, "teams plante"], [*labels, "crash"], embeddings=np.vstack([noise, noise[:1]])
    )
    assert (clf.ngram_weight_, clf.neighbor_weight_) == (0.43, 0.2)


def test_numeric_input_has_no_ngram_expert():
    _, labels, noise = _texts_and_noise(0)
    clf = IntentClassifier().fit(noise, labels)
    assert clf.ngram_weight_ == 0.0
    assert clf.neighbor_weight_ in NEIGHBOR_WEIGHTS


def test_ngram_weight_zero_fits_no_ngram_expert():
    texts, labels, noise = _texts_and_noise(0)
    clf = IntentClassifier(embedder="hashing", ngram_weight=0).fit(texts, labels, embeddings=noise)
    assert clf.ngram_weight_ == 0.0 and clf._ngram_expert is None


@pytest.mark.parametrize("bad", [{"ngram_weight": "best"}, {"neighbor_weight": 1.5}, {"cv": 1}])
def test_bad_weight_parameters_are_rejected(bad):
    texts, labels, noise = _texts_and_noise(0)
    with pytest.raises(ValueError, match=next(iter(bad))):
        IntentClassifier(embedder="hashing", **bad).fit(texts, labels, embeddings=noise)


def test_choose_weights_prefers_accuracy_then_log_loss():
    target = np.array([0, 1, 0, 1])
    embedding = np.log(np.full((4, 2), 0.5))  # no opinion
    ngram = np.log([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4], [0.3, 0.7]])  # always right
    votes = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])  # always wrong
    ngram_weight, neighbor_weight = choose_weights(
        embedding, ngram, votes, target, embedding_weight=1.0
    )
    assert neighbor_weight == 0.0
    assert ngram_weight == max(NGRAM_WEIGHTS)  # all weights are right; the sharpest wins


def test_pool_is_a_distribution():
    rng = np.random.default_rng(0)
    log_p = np.log(rng.dirichlet(np.ones(5), size=3))
    votes = rng.dirichlet(np.ones(5), size=3)
    proba = pool(log_p, log_p, votes, embedding_weight=1.0, ngram_weight=0.5, neighbor_weight=0.2)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
