"""Vectorised categorical draws."""

from __future__ import annotations

import numpy as np

__all__ = ["choose_rows"]


def choose_rows(rng: np.random.Generator, weights: np.ndarray) -> np.ndarray:
    """Draw one column index per row of a (n, k) matrix of non-negative weights.

    Parameters
    ----------
    rng : numpy.random.Generator
        Source of randomness.
    weights : ndarray of shape (n, k)
        Unnormalised weights; every row needs a positive sum.

    Returns
    -------
    ndarray of int64 of shape (n,)

    Examples
    --------
    >>> import numpy as np
    >>> from supportml.data._sampling import choose_rows
    >>> choose_rows(np.random.default_rng(0), np.array([[0.0, 1.0], [5.0, 0.0]])).tolist()
    [1, 0]
    """
    cumulative = np.cumsum(weights, axis=1)
    draws = rng.random((len(weights), 1)) * cumulative[:, -1:]
    return (draws >= cumulative).sum(axis=1).astype("int64")
