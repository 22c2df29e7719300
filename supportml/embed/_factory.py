"""Turning what a user passes as ``embedder=`` into an :class:`Embedder`."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from supportml.embed._cache import CachedEmbedder
from supportml.embed._hashing import HashingEmbedder
from supportml.embed._models import DEFAULT_MODEL
from supportml.embed._multilingual import MultilingualEmbedder
from supportml.embed._onnx import OnnxEmbedder
from supportml.embed._protocol import Embedder
from supportml.embed._sentence_transformers import SentenceTransformerEmbedder

__all__ = ["default_embedder", "make_embedder"]

_ONNX_SPECS = {"onnx": "int8", "onnx-fp32": "fp32"}


def default_embedder() -> Embedder:
    """The library's default: all-MiniLM-L6-v2 run by ONNX Runtime in int8, behind the cache.

    Chosen by measurement (``benchmarks/speed.py``, figures in the README): several times
    sentence-transformers' speed, no torch in the serving process, the same Banking77 and
    CLINC150 accuracy. Without the ``onnx`` extra it falls back to sentence-transformers (the
    reference). The ONNX export is built once on first use (needs torch then) and cached.

    Examples
    --------
    >>> default_embedder().name
    'sentence-transformers/all-MiniLM-L6-v2:onnx-int8'
    """
    if all(importlib.util.find_spec(module) for module in ("onnxruntime", "tokenizers")):
        return CachedEmbedder(OnnxEmbedder(DEFAULT_MODEL, precision="int8"))
    return CachedEmbedder(SentenceTransformerEmbedder(DEFAULT_MODEL))


def make_embedder(spec: Embedder | str | Path | None) -> Embedder:
    """Build an embedder from an estimator's ``embedder`` parameter.

    Parameters
    ----------
    spec : Embedder, str, Path or None
        None for :func:`default_embedder`; ``"hashing"`` for a :class:`HashingEmbedder`;
        ``"onnx"`` / ``"onnx-fp32"`` for the default model run by :class:`OnnxEmbedder` in int8 /
        fp32 (cached on disk); ``"multilingual"`` for :class:`MultilingualEmbedder` (French and
        English in one space, cached on disk); any other string or path is a sentence-transformers
        model (cached on disk); an object following the :class:`Embedder` protocol is used as it is.

    Returns
    -------
    embedder : Embedder

    Raises
    ------
    TypeError
        When ``spec`` is none of these.

    Examples
    --------
    >>> make_embedder("hashing")
    HashingEmbedder(dim=256, ngram_range=(2, 4))
    >>> make_embedder("onnx").name
    'sentence-transformers/all-MiniLM-L6-v2:onnx-int8'
    """
    if spec is None:
        return default_embedder()
    if spec == "hashing":
        return HashingEmbedder()
    if isinstance(spec, str) and spec in _ONNX_SPECS:
        return CachedEmbedder(OnnxEmbedder(precision=_ONNX_SPECS[spec]))
    if spec == "multilingual":
        return CachedEmbedder(MultilingualEmbedder())
    if isinstance(spec, str | Path):
        return CachedEmbedder(SentenceTransformerEmbedder(spec))
    if callable(getattr(spec, "encode", None)):  # not isinstance: it would load a lazy model
        return spec
    raise TypeError(
        "embedder must be None, a model name or folder, 'hashing', 'onnx', 'onnx-fp32', "
        "'multilingual', or an object with name, dim and encode(texts); "
        f"got {type(spec).__name__}."
    )
