"""Reading what the insight tools take: requests, a router or classifier, and their vectors."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from supportml.exceptions import InvalidInputError
from supportml.text import validate_texts

__all__ = ["classifier_of", "embed_once", "read_requests", "vectors_for"]


def read_requests(requests: Any, *, name: str = "requests") -> tuple[list[str], Any]:
    """Texts and, when known, creation times of a batch of requests.

    Parameters
    ----------
    requests : sequence of str, or DataFrame
        Texts, or a table with a ``text`` column and an optional ``created_at`` column.
    name : str, default="requests"
        How errors name the argument.

    Returns
    -------
    texts : list of str
        Normalised texts (see :func:`supportml.text.validate_texts`).
    created_at : DatetimeIndex or None

    Raises
    ------
    InvalidInputError
        When there are no requests, a text is bad, or a table has no ``text`` column.

    Examples
    --------
    >>> read_requests(["  share a folder "])
    (['share a folder'], None)
    """
    created_at = None
    if hasattr(requests, "columns"):
        import pandas as pd

        if "text" not in requests.columns:
            raise InvalidInputError(f"{name} has no 'text' column; columns: {list(requests)}.")
        if "created_at" in requests.columns:
            created_at = pd.DatetimeIndex(pd.to_datetime(requests["created_at"]))
        requests = requests["text"].tolist()
    elif isinstance(requests, str) or not isinstance(requests, Sequence | np.ndarray):
        raise InvalidInputError(
            f"{name} must be a sequence of texts or a table with a 'text' column; "
            f"got {type(requests).__name__}."
        )
    if len(requests) == 0:
        raise InvalidInputError(f"{name} is empty.")
    return validate_texts(list(requests)), created_at


def classifier_of(router: Any) -> Any:
    """The intent classifier behind a :class:`~supportml.routing.Router`, or the classifier.

    Raises
    ------
    InvalidInputError
        When ``router`` is neither a fitted router nor an intent classifier.

    Examples
    --------
    >>> classifier_of(object())
    Traceback (most recent call last):
    ...
    supportml.exceptions.InvalidInputError: router must be a fitted Router or IntentClassifier; got object.
    """  # noqa: E501
    classifier = getattr(router, "intents_", router)
    if not callable(getattr(classifier, "predict_proba_with_scope", None)):
        raise InvalidInputError(
            f"router must be a fitted Router or IntentClassifier; got {type(router).__name__}."
        )
    return classifier


def embed_once(texts: list[str], embedder: Any) -> np.ndarray:
    """Vectors of ``texts``, each distinct text encoded once.

    Examples
    --------
    >>> from supportml.embed import HashingEmbedder
    >>> embed_once(["a b", "a b", "c d"], HashingEmbedder(dim=8)).shape
    (3, 8)
    """
    unique = list(dict.fromkeys(texts))
    position = {text: i for i, text in enumerate(unique)}
    vectors = np.asarray(embedder.encode(unique), dtype=np.float32)
    return vectors[[position[text] for text in texts]]


def vectors_for(texts: list[str], router: Any, embeddings: Any, *, name: str) -> np.ndarray:
    """Precomputed ``embeddings`` checked against ``texts``, else the router's own vectors.

    Raises
    ------
    InvalidInputError
        Embeddings of the wrong shape or with non-finite values, or no way to embed.
    """
    if embeddings is not None:
        vectors = np.asarray(embeddings, dtype=np.float32)
        if vectors.ndim != 2 or len(vectors) != len(texts):
            raise InvalidInputError(
                f"{name} must have shape ({len(texts)}, dim), one row per request; "
                f"got shape {vectors.shape}."
            )
        bad = np.flatnonzero(~np.isfinite(vectors).all(axis=1))
        if bad.size:
            raise InvalidInputError(f"{name}[{bad[0]}] contains NaN or infinite values.")
        return vectors
    embedder = getattr(router, "embedder_", None)
    if embedder is None:
        raise InvalidInputError(
            f"Pass {name}=: the model was fitted on vectors and cannot embed texts."
        )
    return embed_once(texts, embedder)
