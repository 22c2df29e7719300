"""Saving a fitted ContentRecommender as a folder, and loading it without pickle.

A saved recommender is a folder (the layout of :mod:`supportml._folder`):

- ``manifest.json``: format version, library version, embedder name and how to rebuild it,
  catalogue and user counts;
- ``recommender.json`` and ``recommender.npz``: the fitted parts as the object graph in JSON
  and its arrays (see :mod:`supportml._state`): only allow-listed classes are rebuilt, arrays
  load with ``allow_pickle=False``, and nothing in the files is executed.

The embedder is never stored: it is rebuilt from its spec (or passed by the caller) and must
have the same name as at training time. A recommender without content nor context part has no
embedder and needs none.
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
from supportml.exceptions import NotFittedError

__all__ = ["FORMAT_VERSION", "load_recommender", "save_recommender"]

# 2: the learned blend's uptake features; 3: its leader and candidate-relative features
FORMAT_VERSION = 3
_STEM = "recommender"


def save_recommender(recommender, path: str | Path) -> Path:
    """Write a fitted recommender to ``path`` (a folder, replaced atomically if it exists).

    Parameters
    ----------
    recommender : ContentRecommender
        A fitted recommender.
    path : str or Path
        The folder to write.

    Returns
    -------
    path : Path
        The folder.

    Raises
    ------
    NotFittedError
        Before ``fit``.
    TypeError
        When a fitted attribute holds a type the format does not store (see
        :func:`supportml._state.encode`).

    Examples
    --------
    >>> from supportml.data import generate_enterprise
    >>> from supportml.recommend import ContentRecommender
    >>> data = generate_enterprise(n_users=60, n_requests=150)
    >>> model = ContentRecommender(embedder="hashing").fit(
    ...     data.interactions, data.users, data.catalogue)
    >>> folder = save_recommender(model, getfixture("tmp_path") / "recommender")
    >>> sorted(p.name for p in folder.iterdir())
    ['manifest.json', 'recommender.json', 'recommender.npz']
    >>> user = model.user_ids_[0]
    >>> load_recommender(folder).recommend(user)[0].tolist() == model.recommend(user)[0].tolist()
    True
    """
    if not hasattr(recommender, "item_ids_"):
        raise NotFittedError("This ContentRecommender is not fitted yet; call fit before saving.")
    embedder = recommender.embedder_
    manifest = {
        "format_version": FORMAT_VERSION,
        **embedder_manifest(recommender.embedder, embedder),
        "n_items": len(recommender.item_ids_),
        "n_users": len(recommender.user_ids_),
    }
    externals = {} if embedder is None else {"embedder": embedder}
    return write_folder(path, recommender, stem=_STEM, manifest=manifest, externals=externals)


def load_recommender(path: str | Path, *, embedder=None):
    """Read a recommender saved by :func:`save_recommender`.

    Parameters
    ----------
    path : str or Path
        The folder :func:`save_recommender` wrote.
    embedder : Embedder, optional
        Needed when the recommender was fitted with an embedder object rather than a spec.

    Returns
    -------
    recommender : ContentRecommender

    Raises
    ------
    ModelFormatError
        Missing files, another format version, a type outside the allow-list, an array that
        needs pickle, or an embedder whose name differs from the one it was fitted with.
    """
    manifest = read_manifest(path, kind=_STEM, format_version=FORMAT_VERSION)
    embedder = check_embedder(manifest, embedder, kind=_STEM)
    externals = {} if embedder is None else {"embedder": embedder}
    return read_graph(path, stem=_STEM, kind=_STEM, externals=externals)
