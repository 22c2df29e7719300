"""Saved model folders: an object graph as JSON + npz next to a manifest, written atomically.

A folder holds ``manifest.json`` (format version, library version, embedder name and spec, plus
what the caller adds), ``<stem>.json`` and ``<stem>.npz`` (the graph, see
:mod:`supportml._state`; the npz is deflated, and an uncompressed one reads as well) and any text
files the caller adds. It is written in a staging folder
next to its destination, then swapped in, so a reader never sees half a model. The embedder is
never stored: it is rebuilt from its spec (or passed by the caller) and must have the name it
had at training time. :mod:`supportml.routing._persistence` (the router) and
:mod:`supportml.recommend._persistence` (the recommender) both write this layout.

Examples
--------
>>> import numpy as np
>>> folder = write_folder(getfixture("tmp_path") / "m", {"w": np.arange(3.0)}, stem="m",
...                       manifest={"format_version": 1})
>>> manifest = read_manifest(folder, kind="model", format_version=1)
>>> read_graph(folder, stem="m", kind="model")["w"].tolist()
[0.0, 1.0, 2.0]
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Mapping
from pathlib import Path

import numpy as np

import supportml
from supportml._state import decode, encode
from supportml.embed import make_embedder
from supportml.exceptions import ModelFormatError

__all__ = ["check_embedder", "embedder_manifest", "read_graph", "read_manifest", "write_folder"]


def embedder_manifest(spec, embedder) -> dict:
    """The manifest entries that let a load rebuild ``embedder`` from the estimator's ``spec``.

    Examples
    --------
    >>> from supportml.embed import HashingEmbedder
    >>> embedder_manifest("hashing", HashingEmbedder())["embedder_spec"]
    'hashing'
    >>> embedder_manifest(None, None)
    {'embedder_name': None, 'embedder_spec': None}
    """
    return {
        "embedder_name": None if embedder is None else embedder.name,
        "embedder_spec": spec if isinstance(spec, str) else None,
    }


def write_folder(
    path: str | Path,
    graph,
    *,
    stem: str,
    manifest: Mapping,
    externals: Mapping[str, object] | None = None,
    texts: Mapping[str, str] | None = None,
) -> Path:
    """Write ``graph`` as ``<stem>.json`` + ``<stem>.npz``, ``texts`` and ``manifest.json`` in
    the folder ``path``, replaced atomically if it exists.

    Raises
    ------
    TypeError
        When the graph holds a type the format does not store (nothing is written then).
    """
    path = Path(path)
    document, arrays = encode(graph, externals=externals or {})
    manifest = {**manifest, "supportml_version": supportml.__version__}
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{path.name}-", dir=path.parent))
    try:
        text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
        (staging / f"{stem}.json").write_text(text, encoding="utf-8")
        # Deflated: a router's n-gram coefficients and example vectors take 18 MB, not 26.
        np.savez_compressed(staging / f"{stem}.npz", **arrays)
        for name, content in (texts or {}).items():
            (staging / name).write_text(content, encoding="utf-8")
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if path.exists():
        shutil.rmtree(path)
    os.replace(staging, path)
    return path


def read_manifest(path: str | Path, *, kind: str, format_version: int) -> dict:
    """The folder's manifest, once its format version is the one this supportml reads.

    Raises
    ------
    ModelFormatError
        No readable manifest (the message calls the folder "not a saved supportml ``kind``"),
        or another format version (with a hint to retrain).
    """
    path = Path(path)
    try:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ModelFormatError(f"{path} is not a saved supportml {kind}: {e}") from e
    if manifest.get("format_version") != format_version:
        raise ModelFormatError(
            f"{path} has format version {manifest.get('format_version')!r}; this supportml "
            f"({supportml.__version__}) reads version {format_version}. Retrain the {kind} and "
            "save it again."
        )
    return manifest


def check_embedder(manifest: Mapping, embedder, *, kind: str):
    """The embedder to load with: ``embedder``, else one rebuilt from the manifest's spec;
    None when the model was saved without one.

    Raises
    ------
    ModelFormatError
        The embedder's name differs from the one the model was trained with.
    """
    if manifest.get("embedder_name") is None:
        return None
    if embedder is None:
        embedder = make_embedder(manifest.get("embedder_spec"))
    if embedder.name != manifest["embedder_name"]:
        raise ModelFormatError(
            f"This {kind} was trained with embedder {manifest['embedder_name']!r}; got "
            f"{embedder.name!r}. Vectors from another model would be meaningless to it."
        )
    return embedder


def read_graph(
    path: str | Path, *, stem: str, kind: str, externals: Mapping[str, object] | None = None
):
    """Rebuild the graph :func:`write_folder` wrote (allow-listed types, no pickle).

    Raises
    ------
    ModelFormatError
        A missing or broken file, a type outside the allow-list, an array that needs pickle.
    """
    path = Path(path)
    try:
        document = json.loads((path / f"{stem}.json").read_text(encoding="utf-8"))
        arrays = np.load(path / f"{stem}.npz", allow_pickle=False)
    except (OSError, json.JSONDecodeError, zipfile.BadZipFile) as e:
        raise ModelFormatError(f"{path} is not a complete saved supportml {kind}: {e}") from e
    if not isinstance(arrays, np.lib.npyio.NpzFile):
        raise ModelFormatError(f"{path / f'{stem}.npz'} is not an .npz archive.")
    with arrays:
        return decode(document, arrays, externals=externals or {})
