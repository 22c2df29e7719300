"""Votes of the nearest training examples, and how close a request is to known intents."""

from __future__ import annotations

import numpy as np

__all__ = ["NearestExamples"]

_VOTE_TEMPERATURE = 0.05  # cosine similarities are sharpened as exp(similarity / 0.05)
_SIMILARITY_NEIGHBORS = 5  # in-scope similarity = mean cosine to the 5 closest in-scope examples
_QUERY_CHUNK = 1024  # bounds the (queries x examples) similarity matrix held in memory


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


class NearestExamples:
    """The training examples' vectors, queried by cosine similarity.

    Parameters
    ----------
    vectors : ndarray of shape (n_examples, dim)
        Training embeddings (rows are L2-normalised on the way in).
    labels : ndarray of int of shape (n_examples,)
        Class index of each example.
    in_scope : ndarray of bool of shape (n_examples,)
        False for out-of-scope examples: they vote, but do not count as known intents.
    n_classes : int
        Number of classes.

    Examples
    --------
    >>> import numpy as np
    >>> memory = NearestExamples(np.eye(3), np.array([0, 1, 1]), np.ones(3, bool), 2)
    >>> proba, similarity = memory.query(np.array([[1.0, 0.1, 0.0]]), n_neighbors=2)
    >>> proba.argmax(axis=1).tolist()
    [0]
    """

    def __init__(self, vectors, labels, in_scope, n_classes: int) -> None:
        self.vectors = _unit_rows(vectors)
        self.labels = np.asarray(labels)
        self.in_scope = np.asarray(in_scope, dtype=bool)
        self.n_classes = n_classes

    def query(self, queries, *, n_neighbors: int) -> tuple[np.ndarray, np.ndarray]:
        """Class probabilities voted by the nearest examples, and the in-scope similarity.

        Returns
        -------
        proba : ndarray of shape (n_queries, n_classes)
            Each of the ``n_neighbors`` closest examples votes ``exp(cosine / 0.05)``.
        similarity : ndarray of shape (n_queries,)
            Mean cosine to the closest in-scope examples, clipped to [0, 1].
        """
        queries = _unit_rows(queries)
        proba = np.zeros((len(queries), self.n_classes))
        similarity = np.zeros(len(queries))
        k = min(n_neighbors, len(self.vectors))
        k_in = min(_SIMILARITY_NEIGHBORS, int(self.in_scope.sum()))
        for start in range(0, len(queries), _QUERY_CHUNK):
            rows = slice(start, start + _QUERY_CHUNK)
            cosine = queries[rows] @ self.vectors.T
            nearest = np.argpartition(-cosine, k - 1, axis=1)[:, :k]
            nearest_cosine = np.take_along_axis(cosine, nearest, axis=1)
            votes = np.exp((nearest_cosine - 1) / _VOTE_TEMPERATURE)
            block = proba[rows]
            np.add.at(block, (np.arange(len(block))[:, None], self.labels[nearest]), votes)
            block /= block.sum(axis=1, keepdims=True)
            if k_in:
                # every example in scope: the closest k_in are among the k nearest already found
                all_known = k_in <= k and bool(self.in_scope.all())
                known = nearest_cosine if all_known else cosine[:, self.in_scope]
                top = -np.partition(-known, k_in - 1, axis=1)[:, :k_in]
                similarity[rows] = np.clip(top.mean(axis=1), 0.0, 1.0)
        return proba, similarity
