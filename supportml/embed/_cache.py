"""A persistent embedding cache, so that no text is embedded twice by the same model."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from supportml.embed._protocol import Embedder
from supportml.text import validate_texts

__all__ = ["CachedEmbedder", "EmbeddingCache", "default_cache_path"]

logger = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    text_sha256 BLOB NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, text_sha256)
) WITHOUT ROWID
"""
_LOOKUP_CHUNK = 500  # keys per SELECT, below SQLite's bound-parameter limit


def default_cache_path() -> Path:
    """``$SUPPORTML_CACHE_DIR/embeddings.sqlite3``, else ``~/.cache/supportml/embeddings.sqlite3``.

    Examples
    --------
    >>> default_cache_path().name
    'embeddings.sqlite3'
    """
    root = os.environ.get("SUPPORTML_CACHE_DIR") or Path.home() / ".cache" / "supportml"
    return Path(root) / "embeddings.sqlite3"


def _text_key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class EmbeddingCache:
    """Vectors keyed by (model name, normalised text), stored in one SQLite file.

    SQLite in WAL mode lets many processes read while one writes; inside a process one
    connection is shared under a lock, so threads may use the same cache. Texts are stored only
    as SHA-256 digests: the cache holds no request text.

    Parameters
    ----------
    path : str or Path or None, default=None
        The database file (created with its folder when missing); None uses
        :func:`default_cache_path`; ``":memory:"`` keeps it in this process only.

    Examples
    --------
    >>> import numpy as np
    >>> from supportml.embed import EmbeddingCache
    >>> cache = EmbeddingCache(":memory:")
    >>> cache.put("model-a", ["hello"], np.ones((1, 2), dtype=np.float32))
    >>> cache.get("model-a", ["hello", "bye"])
    {0: array([1., 1.], dtype=float32)}
    >>> len(cache)
    1
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None

    def get(self, model: str, texts: Sequence[str]) -> dict[int, np.ndarray]:
        """Return ``{position in texts: vector}`` for the texts already cached for ``model``."""
        keys = [_text_key(text) for text in texts]
        unique_keys = list(dict.fromkeys(keys))
        found: dict[bytes, np.ndarray] = {}
        with self._lock:
            connection = self._connect()
            for start in range(0, len(unique_keys), _LOOKUP_CHUNK):
                chunk = unique_keys[start : start + _LOOKUP_CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = connection.execute(
                    "SELECT text_sha256, vector FROM embeddings "
                    f"WHERE model = ? AND text_sha256 IN ({marks})",
                    (model, *chunk),
                )
                found.update((key, np.frombuffer(blob, dtype=np.float32)) for key, blob in rows)
        return {i: found[key] for i, key in enumerate(keys) if key in found}

    def put(self, model: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Store one float32 vector per text for ``model`` (an existing entry is kept)."""
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        rows = [(model, _text_key(t), v.tobytes()) for t, v in zip(texts, vectors, strict=True)]
        with self._lock:
            connection = self._connect()
            with connection:
                connection.executemany("INSERT OR IGNORE INTO embeddings VALUES (?, ?, ?)", rows)

    def __len__(self) -> int:
        with self._lock:
            return self._connect().execute("SELECT COUNT(*) FROM embeddings").fetchone()[0]

    def close(self) -> None:
        """Close the database connection; the cache reopens it on next use."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            target = default_cache_path() if self.path is None else self.path
            if str(target) != ":memory:":
                Path(target).parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(str(target), timeout=30.0, check_same_thread=False)
            if str(target) != ":memory:":
                connection.execute("PRAGMA journal_mode=WAL")
                # No fsync per insert (it cost ~8 ms on every routed request): a power cut may
                # lose the last vectors stored, never corrupt the file; they are recomputed.
                connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(_SCHEMA)
            self._connection = connection
        return self._connection

    def __repr__(self) -> str:
        return f"EmbeddingCache(path={self.path!r})"


class CachedEmbedder:
    """Puts an :class:`EmbeddingCache` in front of any embedder.

    Each call normalises the texts, embeds only the distinct ones the cache lacks, stores them,
    and returns the vectors in input order. It is itself an :class:`~supportml.embed.Embedder`
    with the wrapped model's ``name`` and ``dim``.

    Parameters
    ----------
    embedder : Embedder
        The model to call for texts not yet cached.
    cache : EmbeddingCache or None, default=None
        Where vectors are kept; None uses ``EmbeddingCache()`` at its default path.

    Attributes
    ----------
    n_computed_ : int
        Texts sent to the wrapped embedder since creation (the rest came from the cache).

    Examples
    --------
    >>> from supportml.embed import CachedEmbedder, EmbeddingCache, HashingEmbedder
    >>> emb = CachedEmbedder(HashingEmbedder(dim=32), EmbeddingCache(":memory:"))
    >>> _ = emb.encode(["sync error", "sync error", "  sync   error "])
    >>> emb.n_computed_
    1
    >>> _ = emb.encode(["sync error"])
    >>> emb.n_computed_
    1
    """

    def __init__(self, embedder: Embedder, cache: EmbeddingCache | None = None) -> None:
        self.embedder = embedder
        self.cache = cache
        self.n_computed_ = 0
        self._default_cache: EmbeddingCache | None = None
        self._twin: CachedEmbedder | None = None

    @property
    def name(self) -> str:
        return self.embedder.name

    @property
    def dim(self) -> int:
        return self.embedder.dim

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts through the cache; see :class:`~supportml.embed.Embedder`."""
        texts = validate_texts(texts)
        unique = list(dict.fromkeys(texts))
        cache = self._cache()
        found = cache.get(self.name, unique)
        missing = [text for i, text in enumerate(unique) if i not in found]
        logger.debug("%d distinct texts, %d from the cache", len(unique), len(found))
        by_text = {unique[i]: vector for i, vector in found.items()}
        if missing:
            computed = self.embedder.encode(missing)
            cache.put(self.name, missing, computed)
            by_text.update(zip(missing, computed, strict=True))
            self.n_computed_ += len(missing)
        return np.stack([by_text[text] for text in texts]).astype(np.float32, copy=False)

    def count_tokens(self, texts: Sequence[str]) -> np.ndarray | None:
        """The wrapped model's token counts per text; None when it does not count tokens.

        Examples
        --------
        >>> from supportml.embed import CachedEmbedder, HashingEmbedder
        >>> CachedEmbedder(HashingEmbedder(dim=8)).count_tokens(["hello"]) is None
        True
        """
        count_tokens = getattr(self.embedder, "count_tokens", None)
        return None if count_tokens is None else count_tokens(texts)

    def full_precision(self) -> CachedEmbedder | None:
        """The wrapped model's full-precision twin behind the same cache; None when it has none.

        Examples
        --------
        >>> from supportml.embed import CachedEmbedder, HashingEmbedder
        >>> CachedEmbedder(HashingEmbedder(dim=8)).full_precision() is None
        True
        """
        full_precision = getattr(self.embedder, "full_precision", None)
        if full_precision is None:
            return None
        if self._twin is None:
            twin = full_precision()
            self._twin = self if twin is self.embedder else CachedEmbedder(twin, self._cache())
        return self._twin

    def _cache(self) -> EmbeddingCache:
        if self.cache is not None:
            return self.cache
        if self._default_cache is None:
            self._default_cache = EmbeddingCache()
        return self._default_cache

    def __repr__(self) -> str:
        return f"CachedEmbedder({self.embedder!r}, cache={self.cache!r})"
