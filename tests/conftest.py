"""Shared fixtures: the hashing embedder for fast tests, the real model once per run."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from supportml.embed import CachedEmbedder, EmbeddingCache, HashingEmbedder

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(params=[0, 7, 42])
def seed(request) -> int:
    """Seeded tests must pass for any seed."""
    return request.param


@pytest.fixture
def hashing_embedder() -> HashingEmbedder:
    return HashingEmbedder(dim=256)


@pytest.fixture(scope="session")
def sample_requests() -> list[dict[str, str]]:
    """The bilingual sample shipped in datasets/ (text, intent, language)."""
    with open(ROOT / "datasets" / "sample_requests.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="session")
def real_embedder(tmp_path_factory) -> CachedEmbedder:
    """all-MiniLM-L6-v2 loaded once for the whole run, with a cache private to the run."""
    from supportml.embed import SentenceTransformerEmbedder

    cache = EmbeddingCache(tmp_path_factory.mktemp("cache") / "embeddings.sqlite3")
    return CachedEmbedder(SentenceTransformerEmbedder(num_threads=2), cache)
