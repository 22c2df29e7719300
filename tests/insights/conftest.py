"""Fixtures of the insights tests: a small intent classifier on the hashing embedder."""

from __future__ import annotations

import pytest

from supportml.embed import HashingEmbedder
from supportml.intents import IntentClassifier

HELD_OUT = ("meeting_recording", "storage_quota")


@pytest.fixture(scope="session")
def split_requests(sample_requests):
    """The sample requests of the seen intents, and those of two held-out intents."""
    seen = [r for r in sample_requests if r["intent"] not in HELD_OUT]
    new = [r for r in sample_requests if r["intent"] in HELD_OUT]
    return seen, new


@pytest.fixture(scope="session")
def classifier(split_requests) -> IntentClassifier:
    """Trained on every intent but two held out (embedding expert and neighbours only)."""
    seen, _ = split_requests
    model = IntentClassifier(embedder=HashingEmbedder(dim=256), C=1.0, ngram_weight=0.0)
    return model.fit([r["text"] for r in seen], [r["intent"] for r in seen])
