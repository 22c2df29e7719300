"""How the experts' opinions are pooled, and how the pooling weights are chosen from data."""

from __future__ import annotations

import itertools

import numpy as np
from scipy.special import log_softmax

__all__ = ["NEIGHBOR_WEIGHTS", "NGRAM_WEIGHTS", "choose_weights", "pool"]

NGRAM_WEIGHTS = (0.25, 0.43, 0.7, 1.0, 1.5)
"""Candidate exponents of the n-gram expert (0.43 was best on Banking77's training split)."""
NEIGHBOR_WEIGHTS = (0.0, 0.1, 0.2, 0.3)
"""Candidate shares of the neighbours' votes (0.2 was best on Banking77's training split)."""


def pool(
    embedding_log_proba: np.ndarray,
    ngram_log_proba: np.ndarray | None,
    votes: np.ndarray,
    *,
    embedding_weight: float,
    ngram_weight: float,
    neighbor_weight: float,
) -> np.ndarray:
    """Product of the two regressions, mixed with the neighbours' votes.

    ``log p ∝ embedding_weight · log p_emb + ngram_weight · log p_ngram``, then
    ``(1 − neighbor_weight) · p + neighbor_weight · votes``.

    Parameters
    ----------
    embedding_log_proba, ngram_log_proba : ndarray of shape (n_samples, n_classes)
        Log-probabilities of each expert; ``ngram_log_proba`` None leaves n-grams out.
    votes : ndarray of shape (n_samples, n_classes)
        The neighbours' vote shares.

    Returns
    -------
    proba : ndarray of shape (n_samples, n_classes)

    Examples
    --------
    >>> import numpy as np
    >>> log_p = np.log([[0.6, 0.4]])
    >>> pool(log_p, log_p, np.array([[0.0, 1.0]]), embedding_weight=1.0, ngram_weight=1.0,
    ...      neighbor_weight=0.5).round(3).tolist()
    [[0.346, 0.654]]
    """
    log_pool = embedding_weight * np.asarray(embedding_log_proba, dtype=np.float64)
    if ngram_log_proba is not None:
        log_pool = log_pool + ngram_weight * ngram_log_proba
    proba = np.exp(log_softmax(log_pool, axis=1))
    if neighbor_weight > 0:
        proba = (1 - neighbor_weight) * proba + neighbor_weight * votes
    return proba


def choose_weights(
    embedding_log_proba: np.ndarray,
    ngram_log_proba: np.ndarray | None,
    votes: np.ndarray,
    target: np.ndarray,
    *,
    embedding_weight: float,
    ngram_weights: tuple[float, ...] = NGRAM_WEIGHTS,
    neighbor_weights: tuple[float, ...] = NEIGHBOR_WEIGHTS,
) -> tuple[float, float]:
    """The n-gram exponent and neighbour share that pool out-of-fold opinions best.

    Best = highest accuracy; among equally accurate pairs, the lowest log-loss.

    Parameters
    ----------
    embedding_log_proba, ngram_log_proba, votes : ndarray of shape (n_samples, n_classes)
        Out-of-fold opinions of the experts on the training examples (see :func:`pool`).
    target : ndarray of int of shape (n_samples,)
        Class index of each example.
    embedding_weight : float
        Exponent of the embedding expert, fixed.
    ngram_weights, neighbor_weights : tuple of float
        Candidates; without n-grams the n-gram weight returned is the first candidate.

    Returns
    -------
    ngram_weight, neighbor_weight : float

    Examples
    --------
    >>> import numpy as np
    >>> emb = np.log([[0.9, 0.1], [0.9, 0.1]])   # always says class 0
    >>> ngram = np.log([[0.8, 0.2], [0.1, 0.9]])  # right both times
    >>> choose_weights(emb, ngram, np.full((2, 2), 0.5), np.array([0, 1]),
    ...                embedding_weight=1.0)
    (1.5, 0.0)
    """
    rows = np.arange(len(target))
    candidates = itertools.product(
        ngram_weights if ngram_log_proba is not None else ngram_weights[:1], neighbor_weights
    )
    best, best_key = None, None
    for ngram_weight, neighbor_weight in candidates:
        proba = pool(
            embedding_log_proba,
            ngram_log_proba,
            votes,
            embedding_weight=embedding_weight,
            ngram_weight=ngram_weight,
            neighbor_weight=neighbor_weight,
        )
        accuracy = np.mean(proba.argmax(axis=1) == target)
        log_loss = -np.mean(np.log(np.clip(proba[rows, target], 1e-12, None)))
        key = (-accuracy, log_loss)
        if best_key is None or key < best_key:
            best, best_key = (float(ngram_weight), float(neighbor_weight)), key
    return best
