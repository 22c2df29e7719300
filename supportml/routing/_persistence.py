"""Saving a fitted Router as a folder, and loading it without pickle.

A saved router is a folder:

- ``manifest.json``: format version, library version, embedder name and how to rebuild it;
- ``router.json`` and ``router.npz``: the fitted components, as the object graph in JSON and
  its arrays (see :mod:`supportml._state`): only allow-listed classes are rebuilt, arrays load
  with ``allow_pickle=False``, and nothing in the files is executed;
- ``policy.toml``: the tier policy, as the support team wrote it.

The embedder and the policy are never stored in the graph: the embedder is rebuilt from its spec
(or passed by the caller) and must have the same name as at training time; the policy is read
from its TOML.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

import numpy as np

import supportml
from supportml._state import decode, encode
from supportml.embed import make_embedder
from supportml.exceptions import ModelFormatError
from supportml.routing._policy import TierPolicy

__all__ = ["FORMAT_VERSION", "load_router", "save_router"]

FORMAT_VERSION = 2


def save_router(router, path: str | Path) -> Path:
    """Write a fitted router to ``path`` (a folder, replaced atomically if it exists).

    Parameters
    ----------
    router : Router
        A fitted router.
    path : str or Path
        The folder to write.

    Returns
    -------
    path : Path
        The folder.

    Raises
    ------
    TypeError
        When a fitted attribute holds a type the format does not store (see
        :func:`supportml._state.encode`).
    """
    path = Path(path)
    embedder, policy = router.embedder_, router.policy_
    document, arrays = encode(router, externals={"embedder": embedder, "policy": policy})
    manifest = {
        "format_version": FORMAT_VERSION,
        "supportml_version": supportml.__version__,
        "embedder_name": embedder.name,
        "embedder_spec": router.embedder if isinstance(router.embedder, str) else None,
        "tiers": [str(t) for t in router.tier_model_.classes_],
        "intents": [str(c) for c in router.intents_.classes_],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{path.name}-", dir=path.parent))
    try:
        graph = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
        (staging / "router.json").write_text(graph, encoding="utf-8")
        np.savez(staging / "router.npz", **arrays)
        (staging / "policy.toml").write_text(policy.source, encoding="utf-8")
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if path.exists():
        shutil.rmtree(path)
    os.replace(staging, path)
    return path


def load_router(path: str | Path, *, embedder=None):
    """Read a router saved by :func:`save_router`.

    Parameters
    ----------
    path : str or Path
        The folder :func:`save_router` wrote.
    embedder : Embedder, optional
        Needed when the router was trained with an embedder object rather than a spec.

    Returns
    -------
    router : Router

    Raises
    ------
    ModelFormatError
        Missing files, another format version, a type outside the allow-list, an array that
        needs pickle, or an embedder whose name differs from the one the router was trained with.
    """
    path = Path(path)
    try:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ModelFormatError(f"{path} is not a saved supportml router: {e}") from e
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ModelFormatError(
            f"{path} has format version {manifest.get('format_version')!r}; this supportml "
            f"({supportml.__version__}) reads version {FORMAT_VERSION}. Retrain the router and "
            "save it again."
        )
    if embedder is None:
        embedder = make_embedder(manifest["embedder_spec"])
    if embedder.name != manifest["embedder_name"]:
        raise ModelFormatError(
            f"This router was trained with embedder {manifest['embedder_name']!r}; got "
            f"{embedder.name!r}. Vectors from another model would be meaningless to it."
        )
    try:
        document = json.loads((path / "router.json").read_text(encoding="utf-8"))
        policy = TierPolicy.from_toml((path / "policy.toml").read_text(encoding="utf-8"))
        arrays = np.load(path / "router.npz", allow_pickle=False)
    except (OSError, json.JSONDecodeError, zipfile.BadZipFile) as e:
        raise ModelFormatError(f"{path} is not a complete saved supportml router: {e}") from e
    if not isinstance(arrays, np.lib.npyio.NpzFile):
        raise ModelFormatError(f"{path / 'router.npz'} is not an .npz archive.")
    with arrays:
        return decode(document, arrays, externals={"embedder": embedder, "policy": policy})
