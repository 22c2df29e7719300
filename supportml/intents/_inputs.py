"""Reading what users pass as ``X``: texts, or precomputed embeddings."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from supportml.exceptions import InvalidInputError
from supportml.text import validate_texts

__all__ = ["is_numeric_input", "validate_labels", "validate_texts_and_embeddings"]


def is_numeric_input(X) -> bool:
    """True when ``X`` holds precomputed vectors rather than texts.

    Examples
    --------
    >>> import numpy as np
    >>> is_numeric_input(np.zeros((2, 3))), is_numeric_input(["a text"])
    (True, False)
    """
    if isinstance(X, str):
        return False
    if sp.issparse(X):
        return True  # scikit-learn's validation then refuses it with its own message
    if hasattr(X, "__array__"):  # an array: numeric, or 2-D of any dtype (left to scikit-learn)
        array = np.asarray(X)
        return array.ndim == 2 or array.dtype.kind in "biufc"
    if isinstance(X, Sequence) and len(X) > 0:
        return not isinstance(X[0], str | bytes) and X[0] is not None and _is_row(X[0])
    return False


def _is_row(value) -> bool:
    return isinstance(value, Sequence | np.ndarray) and not isinstance(value, str | bytes)


def validate_texts_and_embeddings(texts, embeddings, *, dim: int | None = None):
    """Check texts and, when given, their precomputed embeddings, row for row.

    Returns
    -------
    texts : list of str
        Normalised texts.
    embeddings : ndarray of shape (n_samples, dim) or None

    Raises
    ------
    InvalidInputError
        When a text is bad, or the embeddings have the wrong shape or non-finite values.
    """
    texts = validate_texts(texts)
    if embeddings is None:
        return texts, None
    embeddings = np.asarray(embeddings, dtype=np.float32)
    if embeddings.ndim != 2 or embeddings.shape[0] != len(texts):
        raise InvalidInputError(
            f"embeddings must have shape ({len(texts)}, dim), one row per text; "
            f"got shape {embeddings.shape}."
        )
    if dim is not None and embeddings.shape[1] != dim:
        raise InvalidInputError(
            f"embeddings have {embeddings.shape[1]} columns but the model was fitted on {dim}."
        )
    bad = np.flatnonzero(~np.isfinite(embeddings).all(axis=1))
    if bad.size:
        raise InvalidInputError(f"embeddings[{bad[0]}] contains NaN or infinite values.")
    return texts, embeddings


def validate_labels(y, n_samples: int) -> np.ndarray:
    """Check one hashable scalar label per sample.

    Raises
    ------
    InvalidInputError
        When lengths differ, a label is None or NaN, or a label is not a str or int.

    Examples
    --------
    >>> validate_labels(["a", "b"], 2)
    array(['a', 'b'], dtype='<U1')
    """
    if isinstance(y, str):
        raise InvalidInputError("y must be a sequence of labels, got a single str.")
    labels = list(y)
    if len(labels) != n_samples:
        raise InvalidInputError(
            f"X and y have different lengths: {n_samples} samples but {len(labels)} labels."
        )
    for i, label in enumerate(labels):
        if label is None or (isinstance(label, float) and np.isnan(label)):
            raise InvalidInputError(f"y[{i}] is missing ({label!r}).")
        if not isinstance(label, str | int | np.integer | np.str_):
            raise InvalidInputError(
                f"y[{i}] must be a str or int label, got {type(label).__name__}."
            )
    return np.asarray(labels)
