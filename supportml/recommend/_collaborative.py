"""Item-item collaborative filtering: items that the same users open together."""

from __future__ import annotations

from typing import Literal

import numpy as np
import scipy.sparse as sp

__all__ = ["ItemSimilarity"]


class ItemSimilarity:
    """Item-item weights learned from the binary user × item matrix ``X``.

    - ``"cosine"`` (item-kNN with every neighbour): ``C = XᵀX``,
      ``W_ij = C_ij / sqrt(C_ii C_jj)``, diagonal 0.
    - ``"ease"`` (Steck, 2019), a closed form for small catalogues:
      ``P = (XᵀX + l2·I)⁻¹``, ``W_ij = −P_ij / P_jj``, diagonal 0.

    A user's score for item ``i`` is ``Σ_j h_j W_ji`` over the items ``j`` of their binary
    history ``h``.

    Parameters
    ----------
    method : {"cosine", "ease"}
    l2 : float
        EASE's regularisation (unused by cosine).

    Examples
    --------
    >>> import numpy as np
    >>> import scipy.sparse as sp
    >>> X = sp.csr_matrix(np.array([[1, 1, 0], [1, 1, 0], [0, 0, 1]]))
    >>> similarity = ItemSimilarity("cosine", 0.0).fit(X)
    >>> similarity.scores(sp.csr_matrix(np.array([[1, 0, 0]]))).tolist()
    [[0.0, 1.0, 0.0]]
    >>> similarity.source(np.array([1.0, 0.0, 0.0]), 1)
    0
    """

    def __init__(self, method: Literal["cosine", "ease"], l2: float) -> None:
        self.method = method
        self.l2 = l2

    def fit(self, X: sp.spmatrix) -> ItemSimilarity:
        """Learn the item-item weights from the user × item matrix (binarised)."""
        X = sp.csr_matrix(X, dtype=np.float64)
        X.data[:] = 1.0
        gram = (X.T @ X).toarray()
        if self.method == "ease":
            precision = np.linalg.inv(gram + self.l2 * np.eye(len(gram)))
            weights = -precision / np.diag(precision)[np.newaxis, :]
        else:
            norms = np.sqrt(np.diag(gram))
            norms[norms == 0] = 1.0
            weights = gram / norms[:, np.newaxis] / norms[np.newaxis, :]
        np.fill_diagonal(weights, 0.0)
        self.weights_ = np.ascontiguousarray(weights, dtype=np.float32)
        return self

    def scores(self, histories: np.ndarray | sp.spmatrix) -> np.ndarray:
        """Scores of every item for each history row, shape (n_histories, n_items)."""
        binary = (histories > 0).astype(np.float32)
        if sp.issparse(binary):
            return np.asarray(binary @ self.weights_, dtype=np.float64)
        used = np.flatnonzero(binary.any(axis=0))  # the product needs only the opened items
        return np.asarray(binary[:, used] @ self.weights_[used], dtype=np.float64)

    def source(self, history: np.ndarray, item: int) -> int | None:
        """The history item that pulls ``item`` up most, or None when none does."""
        pull = np.where(history > 0, self.weights_[:, item], -np.inf)
        best = int(np.argmax(pull))
        return best if pull[best] > 0 else None
