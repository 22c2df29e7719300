from __future__ import annotations

import multiprocessing
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from supportml.embed import CachedEmbedder, EmbeddingCache, HashingEmbedder


class CountingEmbedder(HashingEmbedder):
    """A hashing embedder that remembers which texts it was asked to embed."""

    def __init__(self):
        super().__init__(dim=32)
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        return super().encode(texts)


def test_each_distinct_normalised_text_is_embedded_once(tmp_path):
    inner = CountingEmbedder()
    embedder = CachedEmbedder(inner, EmbeddingCache(tmp_path / "c.sqlite3"))
    vectors = embedder.encode(["Sync  error", "sync error", "Sync error", "quota"])
    assert sorted(inner.seen) == ["Sync error", "quota", "sync error"]
    np.testing.assert_array_equal(vectors[0], vectors[2])
    embedder.encode(["quota", "Sync error"])
    assert len(inner.seen) == 3


def test_cache_persists_across_instances_and_keys_on_model_name(tmp_path):
    path = tmp_path / "c.sqlite3"
    CachedEmbedder(HashingEmbedder(dim=32), EmbeddingCache(path)).encode(["a", "b"])
    again = CountingEmbedder()
    CachedEmbedder(again, EmbeddingCache(path)).encode(["a", "b"])
    assert again.seen == []
    other_model = CountingEmbedder()
    other_model.ngram_range = (1, 3)  # another name, so nothing is shared
    CachedEmbedder(other_model, EmbeddingCache(path)).encode(["a"])
    assert other_model.seen == ["a"]


def test_cached_vectors_equal_fresh_ones(tmp_path):
    texts = [f"request number {i}" for i in range(50)]
    cached = CachedEmbedder(HashingEmbedder(dim=32), EmbeddingCache(tmp_path / "c.sqlite3"))
    cached.encode(texts[:25])
    np.testing.assert_array_equal(cached.encode(texts), HashingEmbedder(dim=32).encode(texts))


def test_threads_share_one_cache(tmp_path):
    embedder = CachedEmbedder(HashingEmbedder(dim=32), EmbeddingCache(tmp_path / "c.sqlite3"))
    batches = [[f"text {i % 40}" for i in range(k, k + 30)] for k in range(16)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(embedder.encode, batches))
    for batch, vectors in zip(batches, results, strict=True):
        np.testing.assert_array_equal(vectors, HashingEmbedder(dim=32).encode(batch))


def _fill(path: str, start: int) -> None:
    CachedEmbedder(HashingEmbedder(dim=32), EmbeddingCache(path)).encode(
        [f"text {i}" for i in range(start, start + 200)]
    )


def test_processes_write_and_read_concurrently(tmp_path):
    path = str(tmp_path / "c.sqlite3")
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_fill, args=(path, k * 100)) for k in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert len(EmbeddingCache(path)) == 500


def test_cache_stores_no_text(tmp_path):
    path = tmp_path / "c.sqlite3"
    CachedEmbedder(HashingEmbedder(dim=32), EmbeddingCache(path)).encode(["jean@corp.fr"])
    assert b"jean@corp.fr" not in path.read_bytes()


def test_a_stored_vector_does_not_wait_for_the_disk(tmp_path):
    # WAL with synchronous=NORMAL: no fsync per insert (routing one request paid ~8 ms for it)
    cache = EmbeddingCache(tmp_path / "cache.sqlite3")
    cache.put("m", ["a"], np.ones((1, 2), dtype=np.float32))
    connection = cache._connect()
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_cached_embedder_offers_the_wrapped_models_full_precision_twin(tmp_path):
    from supportml.embed import OnnxEmbedder

    cache = EmbeddingCache(tmp_path / "cache.sqlite3")
    twin = CachedEmbedder(OnnxEmbedder(precision="int8"), cache).full_precision()
    assert twin.name.endswith(":onnx-fp32")
    assert twin.cache is cache
    fp32 = CachedEmbedder(OnnxEmbedder(precision="fp32"), cache)
    assert fp32.full_precision() is fp32
    assert CachedEmbedder(HashingEmbedder(dim=8), cache).full_precision() is None
