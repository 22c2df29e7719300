"""The reference backend: a sentence-transformers model run by torch on the CPU."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from supportml._deps import require
from supportml.embed._models import DEFAULT_MODEL, canonical_model_name, resolve_model_path
from supportml.text import validate_texts

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

__all__ = ["SentenceTransformerEmbedder"]

logger = logging.getLogger(__name__)


class SentenceTransformerEmbedder:
    """Embeds texts with a sentence-transformers model, loaded offline on first use.

    Parameters
    ----------
    model : str or Path, default="sentence-transformers/all-MiniLM-L6-v2"
        The packaged default, a local model folder, or a hub id already in the local cache.
        Nothing is ever downloaded; a model not on disk raises
        :class:`~supportml.exceptions.ModelNotFoundError` on first use.
    batch_size : int, default=64
        Texts per forward pass (sentence-transformers sorts them by length).
    num_threads : int or None, default=None
        torch threads (``torch.set_num_threads``, which is process-wide); None keeps torch's
        default. On a shared 2-core host one thread gives the best latency.
    max_seq_length : int, default=256
        Tokens kept per text; longer texts are truncated by the tokenizer.

    Examples
    --------
    >>> from supportml.embed import SentenceTransformerEmbedder
    >>> emb = SentenceTransformerEmbedder()
    >>> emb.name
    'sentence-transformers/all-MiniLM-L6-v2'
    >>> emb.encode(["How do I share a folder?"]).shape  # doctest: +SKIP
    (1, 384)
    """

    def __init__(
        self,
        model: str | Path = DEFAULT_MODEL,
        *,
        batch_size: int = 64,
        num_threads: int | None = None,
        max_seq_length: int = 256,
    ) -> None:
        self.model = model
        self.batch_size = batch_size
        self.num_threads = num_threads
        self.max_seq_length = max_seq_length
        self._model: SentenceTransformer | None = None

    @property
    def name(self) -> str:
        return canonical_model_name(self.model)

    @property
    def dim(self) -> int:
        return int(self._loaded().get_sentence_embedding_dimension())

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts; see :class:`~supportml.embed.Embedder`."""
        texts = validate_texts(texts)
        vectors = self._loaded().encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=logger.isEnabledFor(logging.INFO),
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def _loaded(self) -> SentenceTransformer:
        if self._model is None:
            path = resolve_model_path(self.model)
            caller = "SentenceTransformerEmbedder"
            st = require("sentence_transformers", extra="embed", caller=caller)
            if self.num_threads is not None:
                require("torch", extra="embed", caller=caller).set_num_threads(self.num_threads)
            if not logger.isEnabledFor(logging.INFO):
                require("transformers", extra="embed", caller=caller).logging.disable_progress_bar()
            logger.info("Loading %s from %s", self.name, path)
            model = st.SentenceTransformer(str(path), device="cpu", local_files_only=True)
            model.max_seq_length = self.max_seq_length
            self._model = model
        return self._model

    def __repr__(self) -> str:
        return f"SentenceTransformerEmbedder(model={str(self.model)!r})"
