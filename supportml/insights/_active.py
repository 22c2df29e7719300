"""Active learning: the requests whose labels would teach the classifier most."""

from __future__ import annotations

import logging
from numbers import Integral
from typing import Any

import numpy as np

from supportml.exceptions import InvalidInputError
from supportml.insights._inputs import classifier_of, read_requests, vectors_for

__all__ = ["select_for_labelling"]

logger = logging.getLogger(__name__)


def select_for_labelling(
    requests: Any,
    k: int,
    *,
    classifier: Any,
    embeddings: Any = None,
    candidates_per_pick: int = 10,
    random_state: int = 0,
) -> np.ndarray:
    """Pick the ``k`` requests whose labels would help the classifier most.

    Uncertainty and diversity, as in *diverse mini-batch active learning* (Zhdanov, 2019):
    the ``candidates_per_pick · k`` requests with the smallest margin between the two most
    probable intents are clustered into ``k`` groups by k-means on their embeddings, each
    request weighted by its uncertainty (one minus the margin); from each group the request
    closest to its centre is picked. Uncertainty alone would pick near-duplicates from the
    same confusing corner.

    Parameters
    ----------
    requests : sequence of str, DataFrame with a ``text`` column, or array of shape (n, dim)
        The unlabelled pool (vectors when the classifier was fitted on vectors).
    k : int
        How many to pick; all of them, most uncertain first, when ``k`` >= the pool's size.
    classifier : Router or IntentClassifier
        The fitted model to improve.
    embeddings : array-like of shape (n, dim), default=None
        Precomputed vectors of text requests.
    candidates_per_pick : int, default=10
        Size of the uncertain shortlist, per request picked.
    random_state : int, default=0
        Seeds k-means.

    Returns
    -------
    positions : ndarray of shape (min(k, n),)
        Positions in ``requests``, most uncertain first.

    Raises
    ------
    InvalidInputError
        An empty pool, ``k`` < 1, or a bad parameter.

    Examples
    --------
    >>> import numpy as np
    >>> from supportml import IntentClassifier
    >>> from supportml.insights import select_for_labelling
    >>> rng = np.random.default_rng(0)
    >>> X = np.vstack([rng.normal(-2, 1, (20, 4)), rng.normal(2, 1, (20, 4))])
    >>> clf = IntentClassifier().fit(X, ["a"] * 20 + ["b"] * 20)
    >>> pool = rng.normal(0, 2, (50, 4))
    >>> select_for_labelling(pool, 5, classifier=clf).shape
    (5,)
    """
    for name, value, minimum in (("k", k, 1), ("candidates_per_pick", candidates_per_pick, 1)):
        if not isinstance(value, Integral) or isinstance(value, bool) or value < minimum:
            raise InvalidInputError(
                f"The {name!r} parameter of select_for_labelling must be an int >= {minimum}. "
                f"Got {value!r}."
            )
    from supportml.intents._inputs import is_numeric_input

    model = classifier_of(classifier)
    if is_numeric_input(requests):
        vectors = np.asarray(requests, dtype=np.float32)
        if vectors.ndim != 2 or len(vectors) == 0:
            raise InvalidInputError(
                f"requests must be a non-empty array of shape (n, dim); got {vectors.shape}."
            )
        proba = model.predict_proba(vectors)
    else:
        texts, _ = read_requests(requests)
        vectors = vectors_for(texts, classifier, embeddings, name="embeddings")
        proba = model.predict_proba(texts, embeddings=vectors)
    top2 = np.sort(proba, axis=1)[:, -2:] if proba.shape[1] > 1 else np.ones((len(proba), 2))
    uncertainty = 1.0 - (top2[:, 1] - top2[:, 0])
    by_uncertainty = np.lexsort((np.arange(len(proba)), -uncertainty))
    if k >= len(proba):
        return by_uncertainty
    shortlist = by_uncertainty[: min(len(proba), candidates_per_pick * k)]
    picked = _centres(vectors[shortlist], uncertainty[shortlist], k, random_state)
    chosen = shortlist[picked]
    return chosen[np.lexsort((chosen, -uncertainty[chosen]))]


def _centres(vectors: np.ndarray, weights: np.ndarray, k: int, random_state: int) -> np.ndarray:
    """For each of ``k`` weighted k-means clusters, the row closest to its centre."""
    from sklearn.cluster import KMeans

    unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    kmeans = KMeans(n_clusters=k, n_init=1, random_state=random_state)
    labels = kmeans.fit_predict(unit, sample_weight=np.maximum(weights, 1e-6))
    distances = kmeans.transform(unit)[np.arange(len(unit)), labels]
    picked = []
    for cluster in np.unique(labels):
        members = np.flatnonzero(labels == cluster)
        picked.append(members[np.argmin(distances[members])])
    if len(picked) < k:  # fewer distinct clusters than asked (duplicates): fill by uncertainty
        rest = np.setdiff1d(np.arange(len(unit)), picked)
        picked.extend(rest[np.argsort(-weights[rest], kind="stable")][: k - len(picked)])
    return np.asarray(picked, dtype=np.intp)
