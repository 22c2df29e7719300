"""The seam every component embeds through."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np

__all__ = ["Embedder"]


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors.

    Any object with these three members is an embedder: the real model, an ONNX export, the
    hashing embedder used in tests, or a cache in front of any of them.

    Attributes
    ----------
    name : str
        A stable identifier of the model *and* its settings; two embedders with the same name
        must give the same vectors, so caches and saved models key on it.
    dim : int
        The length of each vector.

    Examples
    --------
    >>> from supportml.embed import Embedder, HashingEmbedder
    >>> isinstance(HashingEmbedder(dim=64), Embedder)
    True
    """

    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return a float32 array of shape ``(len(texts), dim)`` with rows of unit L2 norm."""
        ...
