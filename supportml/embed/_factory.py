"""Turning what a user passes as ``embedder=`` into an :class:`Embedder`."""

from __future__ import annotations

from pathlib import Path

from supportml.embed._cache import CachedEmbedder
from supportml.embed._hashing import HashingEmbedder
from supportml.embed._models import DEFAULT_MODEL
from supportml.embed._onnx import OnnxEmbedder
from supportml.embed._protocol import Embedder
from supportml.embed._sentence_transformers import SentenceTransformerEmbedder

__all__ = ["default_embedder", "make_embedder"]

_ONNX_SPECS = {"onnx": "int8", "onnx-fp32": "fp32"}


def default_embedder() -> Embedder:
    """The library's default: all-MiniLM-L6-v2 behind the on-disk embedding cache.

    Examples
    --------
    >>> default_embedder().name
    'sentence-transformers/all-MiniLM-L6-v2'
    """
    return CachedEmbedder(SentenceTransformerEmbedder(DEFAULT_MODEL))


def make_embedder(spec: Embedder | str | Path | None) -> Embedder:
    """Build an embedder from an estimator's ``embedder`` parameter.

    Parameters
    ----------
    spec : Embedder, str, Path or None
        None for :func:`default_embedder`; ``"hashing"`` for a :class:`HashingEmbedder`;
        ``"onnx"`` / ``"onnx-fp32"`` for the default model run by :class:`OnnxEmbedder` in int8 /
        fp32 (cached on disk); any other string or path is a sentence-transformers model (cached
        on disk); an object following the :class:`Embedder` protocol is used as it is.

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
    if isinstance(spec, str | Path):
        return CachedEmbedder(SentenceTransformerEmbedder(spec))
    if callable(getattr(spec, "encode", None)):  # not isinstance: it would load a lazy model
        return spec
    raise TypeError(
        "embedder must be None, a model name or folder, 'hashing', 'onnx', 'onnx-fp32', or an "
        f"object with name, dim and encode(texts); got {type(spec).__name__}."
    )
