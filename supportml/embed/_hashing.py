"""A deterministic, dependency-free embedder for tests and smoke runs."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from supportml.text import validate_texts

__all__ = ["HashingEmbedder"]


class HashingEmbedder:
    """Hashes character n-grams into a fixed-size, L2-normalised vector.

    Texts that share many character n-grams get close vectors, so classifiers trained on it
    learn something, yet it needs no model file and no torch: unit tests use it in place of the
    real model. It is stateless and gives the same vector for the same text in any process.

    Parameters
    ----------
    dim : int, default=256
        Length of the vectors.
    ngram_range : tuple of (int, int), default=(2, 4)
        Character n-gram lengths hashed, inside word boundaries.

    Examples
    --------
    >>> from supportml.embed import HashingEmbedder
    >>> emb = HashingEmbedder(dim=64)
    >>> vectors = emb.encode(["share a folder", "partager un dossier"])
    >>> vectors.shape, vectors.dtype
    ((2, 64), dtype('float32'))
    >>> emb.name
    'hashing-char2-4-64'
    """

    def __init__(self, dim: int = 256, *, ngram_range: tuple[int, int] = (2, 4)) -> None:
        self.dim = dim
        self.ngram_range = ngram_range

    @property
    def name(self) -> str:
        low, high = self.ngram_range
        return f"hashing-char{low}-{high}-{self.dim}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts; see :class:`~supportml.embed.Embedder`."""
        from sklearn.feature_extraction.text import HashingVectorizer  # keeps `import` light

        texts = validate_texts(texts)
        vectorizer = HashingVectorizer(
            n_features=self.dim,
            analyzer="char_wb",
            ngram_range=self.ngram_range,
            alternate_sign=False,
            norm="l2",
            lowercase=True,
        )
        vectors = vectorizer.transform(texts).toarray().astype(np.float32)
        empty = ~vectors.any(axis=1)
        vectors[empty, 0] = 1.0  # keep unit norm for texts without any n-gram
        return vectors

    def __repr__(self) -> str:
        return f"HashingEmbedder(dim={self.dim}, ngram_range={self.ngram_range})"
