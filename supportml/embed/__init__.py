"""Embedding layer: the :class:`Embedder` protocol, its backends, and the embedding cache.

Backends: :class:`SentenceTransformerEmbedder` (torch, the reference), :class:`OnnxEmbedder`
(ONNX Runtime, fp32 or int8, no torch at run time; :func:`export_onnx` builds its file),
:class:`MultilingualEmbedder` (multilingual-e5-small, French and English in one space) and
:class:`HashingEmbedder` (no model, for tests).

Every component past the first step of a request takes vectors, not texts; this package is
where texts become vectors, once.

Examples
--------
>>> from supportml.embed import HashingEmbedder
>>> HashingEmbedder(dim=16).encode(["hello"]).shape
(1, 16)
"""

from __future__ import annotations

from supportml.embed._cache import CachedEmbedder, EmbeddingCache, default_cache_path
from supportml.embed._factory import default_embedder, make_embedder
from supportml.embed._hashing import HashingEmbedder
from supportml.embed._models import DEFAULT_MODEL
from supportml.embed._multilingual import MULTILINGUAL_MODEL, MultilingualEmbedder
from supportml.embed._onnx import OnnxEmbedder
from supportml.embed._onnx_export import export_onnx
from supportml.embed._protocol import Embedder
from supportml.embed._sentence_transformers import SentenceTransformerEmbedder

__all__ = [
    "DEFAULT_MODEL",
    "MULTILINGUAL_MODEL",
    "CachedEmbedder",
    "Embedder",
    "EmbeddingCache",
    "HashingEmbedder",
    "MultilingualEmbedder",
    "OnnxEmbedder",
    "SentenceTransformerEmbedder",
    "default_cache_path",
    "default_embedder",
    "export_onnx",
    "make_embedder",
]
