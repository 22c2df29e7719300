"""Content-based scores: item text embeddings against a user's interests or a request."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from supportml.exceptions import InvalidInputError

__all__ = ["closest_item", "interest_vectors", "read_context"]


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)


def interest_vectors(histories: np.ndarray | sp.spmatrix, item_vectors: np.ndarray) -> np.ndarray:
    """Each user's interest: the weighted mean of their history items' vectors, unit length.

    Parameters
    ----------
    histories : ndarray or sparse matrix of shape (n_users, n_items)
        Interaction weights (opened, completed).
    item_vectors : ndarray of shape (n_items, dim)

    Returns
    -------
    interests : ndarray of shape (n_users, dim), float32
        Zero rows for users without history.

    Examples
    --------
    >>> import numpy as np
    >>> import scipy.sparse as sp
    >>> items = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> interests = interest_vectors(sp.csr_matrix([[1.0, 1.0], [0.0, 0.0]]), items)
    >>> interests.dtype, interests.astype(float).round(3).tolist()
    (dtype('float32'), [[0.707, 0.707], [0.0, 0.0]])
    """
    return _unit_rows(np.asarray(histories @ item_vectors, dtype=np.float32))


def read_context(context, n_users: int, dim: int, *, batch: bool) -> np.ndarray | None:
    """Check the request embeddings given as ``context`` and return them as unit rows.

    Parameters
    ----------
    context : array-like of shape (dim,) for one user, (n_users, dim) for a batch, or None
    n_users : int
    dim : int
        The embedder's dimension.
    batch : bool

    Returns
    -------
    context : ndarray of shape (n_users, dim), float32, or None

    Raises
    ------
    InvalidInputError
        A wrong shape, a NaN or infinite value, or a zero vector.

    Examples
    --------
    >>> read_context([3.0, 4.0], 1, 2, batch=False).astype(float).round(3).tolist()
    [[0.6, 0.8]]
    """
    if context is None:
        return None
    vectors = np.asarray(context, dtype=np.float64)
    expected = (n_users, dim) if batch else (dim,)
    if vectors.shape != expected:
        raise InvalidInputError(
            f"context must be the request embedding(s) of shape {expected}; "
            f"got shape {vectors.shape}."
        )
    vectors = vectors.reshape(n_users, dim)
    bad = ~np.isfinite(vectors).all(axis=1) | ~vectors.any(axis=1)
    if bad.any():
        where = f"context[{int(np.flatnonzero(bad)[0])}]" if batch else "context"
        raise InvalidInputError(f"{where} is a zero vector or contains NaN or infinite values.")
    return _unit_rows(vectors).astype(np.float32)


def closest_item(history: np.ndarray, item_vectors: np.ndarray, item: int) -> int | None:
    """The history item whose text is closest to ``item``'s, or None without history.

    Examples
    --------
    >>> import numpy as np
    >>> items = np.array([[1.0, 0.0], [0.0, 1.0], [0.8, 0.6]])
    >>> closest_item(np.array([1.0, 1.0, 0.0]), items, 2)
    0
    """
    mine = np.flatnonzero((history > 0) & (np.arange(len(history)) != item))
    if not mine.size:
        return None
    return int(mine[np.argmax(item_vectors[mine] @ item_vectors[item])])
