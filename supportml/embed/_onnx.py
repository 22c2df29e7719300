"""The fast backend: an ONNX export of the model run by ONNX Runtime, without torch at run time."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from supportml._checks import check_positive_int
from supportml._deps import require
from supportml.embed._batching import length_sorted_batches
from supportml.embed._models import DEFAULT_MODEL, canonical_model_name
from supportml.embed._onnx_export import UNFUSED_OPTIMIZERS, OnnxExport, Precision, ensure_export
from supportml.exceptions import InvalidInputError
from supportml.text import validate_texts

__all__ = ["OnnxEmbedder"]

logger = logging.getLogger(__name__)

_CALLER = "OnnxEmbedder"
_WIDE_MIN_TOKENS = 64
"""A lone text at least this long runs on every core: each matrix product is then big enough to
split (a short text spends more on waking a second thread than it saves)."""


class OnnxEmbedder:
    """Embeds texts with ONNX Runtime, from the model exported by :func:`export_onnx`.

    On first use it finds the export in the cache, checks the SHA-256 of its files against the
    manifest and the manifest against the model's current weights, and exports again (with a
    warning) when the export is missing, truncated, replaced or stale. It then keeps one ONNX
    Runtime session for its whole life. When the export exists, only ``onnxruntime``,
    ``tokenizers`` and numpy are imported: no torch.

    Texts are tokenised without padding, sorted by token count and run in batches padded to
    their own longest text (see :func:`~supportml.embed._batching.length_sorted_batches`); the
    mean pooling and L2 normalisation are inside the graph.

    Parameters
    ----------
    model : str or Path, default="sentence-transformers/all-MiniLM-L6-v2"
        The packaged default, a local model folder, or a hub id already in the local cache: a BERT
        encoder with mean pooling. Its weights must be on disk (they are hashed to check the
        export); nothing is ever downloaded.
    precision : {"int8", "fp32"}, default="int8"
        ``"int8"``: weights quantised per channel, about 1.7× the fp32 speed on AVX2 CPUs, vectors
        at cosine ~0.99 to sentence-transformers'; ``"fp32"``: the same vectors as
        sentence-transformers (cosine > 0.9999). The name differs, so the two never share a
        cache entry or a saved model.
    num_threads : int or None, default=None
        Texts (or batches) run at once; None uses every core this process may run on. On a shared
        host keep threads per process × processes ≤ cores.
    batch_size : int or None, default=None
        Texts per session run, after sorting by token count; None is 1 for int8 (see Notes) and
        32 for fp32 (the fastest measured).
    max_seq_length : int, default=256
        Tokens kept per text, [CLS] and [SEP] included; longer texts are truncated.
    cache_dir : str, Path or None, default=None
        Root of the export cache; None uses ``$SUPPORTML_CACHE_DIR/onnx``, else
        ``~/.cache/supportml/onnx``.

    Notes
    -----
    int8 activations are quantised on the fly with one scale per session run, so a batched text's
    int8 vector would depend on its batch-mates (measured: cosine 0.992 on average, min 0.98,
    between batched and lone vectors of the same text, as far apart as int8 is from fp32). int8
    therefore runs each text on its own by default (``batch_size=None``): a text gets the same
    vector in ``route``, ``route_many``, a backlog and the cache. One text per run costs little
    here: nothing is padded, and the texts run concurrently on ``num_threads`` threads (measured
    within the noise of token-sorted batches of 32). fp32 vectors do not depend on batching beyond
    float rounding, so fp32 runs token-sorted batches of 32.

    The session itself is single-threaded: the one thread pool is this embedder's, which runs
    whole texts (or batches) side by side instead of splitting each matrix product. A lone text
    of 64 tokens or more (a single request, as ``Router.route`` embeds) is the exception: it runs
    on a second session that splits each product over ``num_threads`` threads, opened on first
    need; its vector is bit-identical to the single-threaded one.

    See Also
    --------
    export_onnx : Builds the export ahead of time (e.g. in a Docker build step).
    SentenceTransformerEmbedder : The torch reference backend.

    Examples
    --------
    >>> from supportml.embed import OnnxEmbedder
    >>> emb = OnnxEmbedder(precision="int8", num_threads=1)
    >>> emb.name
    'sentence-transformers/all-MiniLM-L6-v2:onnx-int8'
    >>> emb.encode(["How do I share a folder?", "Mot de passe oublié"]).shape  # doctest: +SKIP
    (2, 384)
    """

    def __init__(
        self,
        model: str | Path = DEFAULT_MODEL,
        *,
        precision: Precision = "int8",
        num_threads: int | None = None,
        batch_size: int | None = None,
        max_seq_length: int = 256,
        cache_dir: str | Path | None = None,
    ) -> None:
        self.model = model
        self.precision = precision
        self.num_threads = num_threads
        self.batch_size = batch_size
        self.max_seq_length = max_seq_length
        self.cache_dir = cache_dir
        self._runtime: _Runtime | None = None
        self._twin: OnnxEmbedder | None = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return f"{canonical_model_name(self.model)}:onnx-{self.precision}"

    @property
    def dim(self) -> int:
        return self._loaded().dim

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts; see :class:`~supportml.embed.Embedder`."""
        texts = validate_texts(texts)
        runtime = self._loaded()
        encodings = runtime.tokenizer.encode_batch(texts)
        vectors = np.empty((len(texts), runtime.dim), dtype=np.float32)
        lengths = [len(encoding.ids) for encoding in encodings]
        batches = list(length_sorted_batches(lengths, self._batch_size()))

        def run(batch: np.ndarray, wide: bool = False) -> np.ndarray:
            return runtime.run([encodings[i] for i in batch], wide=wide)

        if len(batches) == 1:
            outputs = [run(batches[0], wide=max(lengths) >= _WIDE_MIN_TOKENS)]
        elif runtime.threads == 1:
            outputs = map(run, batches)
        else:
            # ONNX Runtime releases the GIL and its session is safe to run from many threads.
            with ThreadPoolExecutor(runtime.threads, thread_name_prefix="supportml-onnx") as pool:
                outputs = list(pool.map(run, batches))
        for batch, output in zip(batches, outputs, strict=True):
            vectors[batch] = output
        return vectors

    def count_tokens(self, texts: Sequence[str]) -> np.ndarray:
        """How many tokens the model sees per text ([CLS] and [SEP] included, truncated).

        What a text costs to embed grows with this count; the router skips the full-precision
        recheck of long texts with it.

        Examples
        --------
        >>> OnnxEmbedder().count_tokens(["Where is my file?", "Hi"]).tolist()
        [7, 3]
        """
        encodings = self._loaded().tokenizer.encode_batch(validate_texts(texts))
        return np.array([len(encoding.ids) for encoding in encodings], dtype=np.int64)

    def full_precision(self) -> OnnxEmbedder:
        """The same model in fp32 with the same settings (itself when already fp32).

        The router decides close calls on these vectors (see ``Router(recheck_margin=...)``).
        The twin is made once and kept; its export is built or checked on its first use.

        Examples
        --------
        >>> embedder = OnnxEmbedder(precision="int8")
        >>> embedder.full_precision().name
        'sentence-transformers/all-MiniLM-L6-v2:onnx-fp32'
        >>> embedder.full_precision() is embedder.full_precision()
        True
        """
        if self.precision == "fp32":
            return self
        with self._lock:
            if self._twin is None:
                self._twin = OnnxEmbedder(
                    self.model,
                    precision="fp32",
                    num_threads=self.num_threads,
                    max_seq_length=self.max_seq_length,
                    cache_dir=self.cache_dir,
                )
        return self._twin

    def _batch_size(self) -> int:
        if self.batch_size is not None:
            return self.batch_size
        return 1 if self.precision == "int8" else 32

    def _loaded(self) -> _Runtime:
        if self._runtime is None:
            with self._lock:
                if self._runtime is None:
                    self._runtime = self._load()
        return self._runtime

    def _load(self) -> _Runtime:
        self._check_params()
        ort = require("onnxruntime", extra="onnx", caller=_CALLER)
        tokenizers = require("tokenizers", extra="onnx", caller=_CALLER)
        export = ensure_export(
            self.model, precision=self.precision, cache_dir=self.cache_dir, caller=_CALLER
        )
        self._check_max_seq_length(export)
        tokenizer = tokenizers.Tokenizer.from_file(str(export.tokenizer_path))
        tokenizer.enable_truncation(self.max_seq_length)
        tokenizer.no_padding()
        threads = self.num_threads or _available_cores()
        session = _session(ort, export.onnx_path, threads=1)
        logger.info("Loaded %s from %s (%d threads)", self.name, export.folder, threads)
        inputs = frozenset(node.name for node in session.get_inputs())
        dim = int(export.manifest["dim"])
        return _Runtime(session, tokenizer, dim, inputs, threads, ort, export.onnx_path)

    def _check_params(self) -> None:
        check_positive_int(self.batch_size, "batch_size", owner=_CALLER, allow_none=True)
        check_positive_int(self.max_seq_length, "max_seq_length", owner=_CALLER)
        check_positive_int(self.num_threads, "num_threads", owner=_CALLER, allow_none=True)

    def _check_max_seq_length(self, export: OnnxExport) -> None:
        limit = export.manifest.get("max_position_embeddings")
        if limit is not None and self.max_seq_length > limit:
            raise InvalidInputError(
                f"The 'max_seq_length' parameter of {_CALLER} must be at most {limit}, the "
                f"model's max_position_embeddings. Got {self.max_seq_length!r} instead."
            )

    def __getstate__(self) -> dict[str, Any]:
        # An ONNX Runtime session cannot be pickled: copies reload it lazily.
        return {k: v for k, v in self.__dict__.items() if k not in ("_runtime", "_twin", "_lock")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, _runtime=None, _twin=None, _lock=threading.Lock())

    def __repr__(self) -> str:
        return f"OnnxEmbedder(model={str(self.model)!r}, precision={self.precision!r})"


@dataclass(frozen=True)
class _Runtime:
    """What a loaded :class:`OnnxEmbedder` runs: the sessions, the tokenizer and their shapes.

    ``session`` runs on one thread (texts run side by side on the embedder's threads);
    ``wide_session``, opened on the first long lone text, splits each run over ``threads``
    threads. Both give bit-identical vectors: ONNX Runtime splits rows and heads across threads,
    never a sum.
    """

    session: Any
    tokenizer: Any
    dim: int
    inputs: frozenset[str]
    threads: int
    ort: Any
    path: Path

    @cached_property
    def wide_session(self) -> Any:
        return _session(self.ort, self.path, threads=self.threads)

    def run(self, encodings: Sequence[Any], *, wide: bool = False) -> np.ndarray:
        """Embed one batch of tokenizer encodings, padded to the longest of them.

        ``wide`` runs it on every thread, for a batch that is the caller's only one.
        """
        feeds = {k: v for k, v in _padded(encodings).items() if k in self.inputs}
        session = self.wide_session if wide and self.threads > 1 else self.session
        return session.run(None, feeds)[0]


def _padded(encodings: Sequence[Any]) -> dict[str, np.ndarray]:
    """Right-pad token ids (with 0) to the batch's longest text, with the matching mask.

    Examples
    --------
    >>> from types import SimpleNamespace as Encoding
    >>> feeds = _padded([Encoding(ids=[101, 7, 102], type_ids=[0, 0, 0]),
    ...                  Encoding(ids=[101, 102], type_ids=[0, 0])])
    >>> feeds["input_ids"].tolist(), feeds["attention_mask"].tolist()
    ([[101, 7, 102], [101, 102, 0]], [[1, 1, 1], [1, 1, 0]])
    """
    width = max(len(encoding.ids) for encoding in encodings)
    ids = np.zeros((len(encodings), width), dtype=np.int64)
    type_ids = np.zeros_like(ids)
    mask = np.zeros_like(ids)
    for row, encoding in enumerate(encodings):
        n = len(encoding.ids)
        ids[row, :n] = encoding.ids
        type_ids[row, :n] = encoding.type_ids
        mask[row, :n] = 1
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": type_ids}


def _available_cores() -> int:
    """Cores this process may run on (its CPU affinity), not the machine's count."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _session(ort: Any, path: Path, *, threads: int) -> Any:
    """An ONNX Runtime CPU session splitting each run over ``threads``, set up as measured best.

    Idle threads sleep instead of spinning, so a busy neighbour process keeps its core.
    """
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(
        str(path),
        options,
        providers=["CPUExecutionProvider"],
        disabled_optimizers=list(UNFUSED_OPTIMIZERS),
    )
