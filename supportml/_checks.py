"""Shared parameter checks, raising :class:`~supportml.exceptions.InvalidInputError`."""

from __future__ import annotations

from numbers import Integral

from supportml.exceptions import InvalidInputError

__all__ = ["check_positive_int"]


def check_positive_int(
    value: object, name: str, *, owner: str | None = None, allow_none: bool = False
) -> int | None:
    """``value`` as a Python int, or raise unless it is an int >= 1 (or None, with ``allow_none``).

    Parameters
    ----------
    value : object
        The value to check. Python and numpy integers pass; bool does not.
    name : str
        The parameter's name, for the message.
    owner : str, default=None
        The class or function the parameter belongs to, for the message.
    allow_none : bool, default=False
        Whether None passes.

    Returns
    -------
    int or None
        ``value`` as a Python int (a numpy integer converted, e.g. for a JSON file), or None.

    Raises
    ------
    InvalidInputError
        ``value`` is a bool, not an integer, or below 1.

    Examples
    --------
    >>> import numpy as np
    >>> check_positive_int(np.int64(3), "k")
    3
    >>> check_positive_int(0, "k", owner="search")
    Traceback (most recent call last):
    ...
    supportml.exceptions.InvalidInputError: The 'k' parameter of search must be an int >= 1; got 0.
    """
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, Integral) or value < 1:
        subject = f"{name!r}" if owner is None else f"The {name!r} parameter of {owner}"
        also = " or None" if allow_none else ""
        raise InvalidInputError(f"{subject} must be an int >= 1{also}; got {value!r}.")
    return int(value)
