"""The boundary check every component applies to request texts."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import NamedTuple

from supportml.exceptions import InvalidInputError
from supportml.text._normalize import normalize_text, truncate_text

__all__ = ["as_batch", "text_problem", "validate_texts"]


class _Problem(NamedTuple):
    """Why one text is refused, and the exception class that says so."""

    error: type[Exception]
    message: str


def _normalize_or_problem(text: object) -> str | _Problem:
    """Return the normalised text, or the problem that makes it unusable."""
    if text is None:
        return _Problem(InvalidInputError, "is None")
    if isinstance(text, float) and math.isnan(text):
        return _Problem(InvalidInputError, "is NaN (a missing value)")
    if isinstance(text, (bytes, bytearray)):
        return _Problem(
            TypeError,
            f"must be str, got {type(text).__name__}; decode it first, e.g. b.decode('utf-8')",
        )
    if not isinstance(text, str):
        return _Problem(TypeError, f"must be str, got {type(text).__name__}")
    normalized = normalize_text(text)
    if not normalized:
        return _Problem(InvalidInputError, "is empty or whitespace-only")
    return normalized


def text_problem(text: object) -> str | None:
    """Say what makes one text unusable, or return None when it is valid.

    Batch code uses it to turn bad rows into error rows instead of failing the whole batch; the
    rules are those of :func:`validate_texts`, which raises on the first problem instead.

    Parameters
    ----------
    text : object
        One candidate request text.

    Returns
    -------
    str or None
        The problem, worded to follow the row's name (``"is None"``, ``"must be str, got int"``,
        ``"is empty or whitespace-only"``, ``"is NaN (a missing value)"``), or None if `text`
        is a str that is not empty after :func:`normalize_text`.

    See Also
    --------
    validate_texts : Raise on the first unusable text of a batch.

    Examples
    --------
    >>> from supportml.text import text_problem
    >>> text_problem("comment partager un dossier ?") is None
    True
    >>> text_problem(None)
    'is None'
    >>> text_problem(42)
    'must be str, got int'
    >>> text_problem(" \\u200b\\n ")
    'is empty or whitespace-only'
    """
    result = _normalize_or_problem(text)
    return result.message if isinstance(result, _Problem) else None


def as_batch(texts: object, name: str = "texts", *, of: str = "str") -> list[object]:
    """Materialise a one-dimensional batch, refusing what would be silently misread.

    A lone string would be split into characters and a DataFrame would yield its column
    names: both are refused. The elements themselves are not checked (see
    :func:`text_problem`), so a batch can turn its bad rows into error rows.

    Parameters
    ----------
    texts : list, tuple, Series, ndarray of shape (n,) or iterable
    name : str, default="texts"
        Name of the argument in error messages.
    of : str, default="str"
        What the elements should be, in error messages.

    Returns
    -------
    list
        The elements, in order.

    Raises
    ------
    TypeError
        If `texts` is a single str or bytes, or not iterable.
    InvalidInputError
        If `texts` is not one-dimensional (a DataFrame, a matrix).

    Examples
    --------
    >>> from supportml.text import as_batch
    >>> as_batch(("Teams down", None))
    ['Teams down', None]
    >>> as_batch("Teams down", "requests")
    Traceback (most recent call last):
    ...
    TypeError: requests must be a sequence of str, got a single str; wrap it in a list
    >>> as_batch(7, "users", of="user ids")
    Traceback (most recent call last):
    ...
    TypeError: users must be a sequence of user ids, got int
    """
    if isinstance(texts, str):
        raise TypeError(f"{name} must be a sequence of {of}, got a single str; wrap it in a list")
    if isinstance(texts, (bytes, bytearray)) or not isinstance(texts, Iterable):
        raise TypeError(f"{name} must be a sequence of {of}, got {type(texts).__name__}")
    if getattr(texts, "ndim", 1) != 1:
        shape = getattr(texts, "shape", None)
        hint = "; pass one column, e.g. frame['text']" if hasattr(texts, "columns") else ""
        raise InvalidInputError(f"{name} must be one-dimensional, got shape {shape}{hint}")
    return list(texts)


def validate_texts(texts: Iterable[str], *, name: str = "texts") -> list[str]:
    """Check, normalise and truncate a batch of request texts.

    This is the boundary check every component applies before using texts. Each text goes
    through :func:`normalize_text`, then :func:`truncate_text` with ``MAX_CHARS``.

    Parameters
    ----------
    texts : list, tuple, ndarray of shape (n_texts,) or iterable of str
        Request texts. A single str is refused rather than split into characters.
    name : str, default="texts"
        Name of the argument in error messages, e.g. ``"queries"``.

    Returns
    -------
    list of str
        The normalised and truncated texts, in input order.

    Raises
    ------
    TypeError
        If `texts` is a single str or not iterable, or an element is not a str
        (e.g. ``"texts[3] must be str, got bytes; decode it first, e.g. b.decode('utf-8')"``).
    InvalidInputError
        If `texts` is empty or not one-dimensional, or an element is None, NaN, or empty or
        whitespace-only after normalisation (e.g. ``"texts[3] is None"``).

    See Also
    --------
    text_problem : The same check for one text, returning the problem instead of raising.

    Examples
    --------
    >>> from supportml.text import validate_texts
    >>> validate_texts(["  reset\\tpassword ", "mot de passe oublié"])
    ['reset password', 'mot de passe oublié']
    >>> validate_texts(["ok", None], name="queries")
    Traceback (most recent call last):
    ...
    supportml.exceptions.InvalidInputError: queries[1] is None
    >>> validate_texts("reset password")
    Traceback (most recent call last):
    ...
    TypeError: texts must be a sequence of str, got a single str; wrap it in a list
    """
    items = as_batch(texts, name)
    if not items:
        raise InvalidInputError(f"{name} is empty")
    validated = []
    for position, text in enumerate(items):
        result = _normalize_or_problem(text)
        if isinstance(result, _Problem):
            raise result.error(f"{name}[{position}] {result.message}")
        validated.append(truncate_text(result))
    return validated
