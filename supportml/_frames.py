"""The one check every table input gets first: the columns it must have."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from supportml.exceptions import InvalidInputError

__all__ = ["require_columns"]


def require_columns(frame: Any, columns: Sequence[str], what: str) -> None:
    """Raise when the DataFrame ``frame`` lacks any of ``columns``, listing those it has.

    Parameters
    ----------
    frame : DataFrame
    columns : sequence of str
        The required columns.
    what : str
        The table as the message names it, e.g. ``"interactions"``.

    Raises
    ------
    InvalidInputError
        Naming the missing columns and the columns present.

    Examples
    --------
    >>> import pandas as pd
    >>> require_columns(pd.DataFrame({"text": []}), ["text"], "requests")
    >>> require_columns(pd.DataFrame({"body": []}), ["text", "tier"], "requests")
    Traceback (most recent call last):
    ...
    supportml.exceptions.InvalidInputError: requests lacks the columns ['text', 'tier']; it has \
['body'].
    """
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise InvalidInputError(
            f"{what} lacks the columns {missing}; it has {list(frame.columns)}."
        )
