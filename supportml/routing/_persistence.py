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

from pathlib import Path

from supportml._folder import (
    check_embedder,
    embedder_manifest,
    read_graph,
    read_manifest,
    write_folder,
)
from supportml.exceptions import ModelFormatError
from supportml.routing._policy import TierPolicy

__all__ = ["FORMAT_VERSION", "load_router", "save_router"]

FORMAT_VERSION = 3  # 3: the tier model is bagged and calibrated by a logistic regression


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
    embedder, policy = router.embedder_, router.policy_
    manifest = {
        "format_version": FORMAT_VERSION,
        **embedder_manifest(router.embedder, embedder),
        "tiers": [str(t) for t in router.tier_model_.classes_],
        "intents": [str(c) for c in router.intents_.classes_],
    }
    return write_folder(
        path,
        router,
        stem="router",
        manifest=manifest,
        externals={"embedder": embedder, "policy": policy},
        texts={"policy.toml": policy.source},
    )


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
    manifest = read_manifest(path, kind="router", format_version=FORMAT_VERSION)
    embedder = check_embedder(manifest, embedder, kind="router")
    try:
        policy = TierPolicy.from_toml((path / "policy.toml").read_text(encoding="utf-8"))
    except OSError as e:
        raise ModelFormatError(f"{path} is not a complete saved supportml router: {e}") from e
    return read_graph(
        path, stem="router", kind="router", externals={"embedder": embedder, "policy": policy}
    )
