"""Scoring one chunk: bad rows become error rows, the others are routed together.

A row is bad when it could not be read, its id is missing or of a wrong type, or its text is
unusable (missing, not a string, empty, not valid UTF-8, or longer than ``max_text_chars``).
It still gets an output row: tier ``support`` (fail safe), confidence 0, ``abstained`` True and
the reason in ``error``. The other rows go to :meth:`Router.route_many` in one call, which embeds
each distinct text once (and, through the embedding cache, once across runs).
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from supportml._profile import UserProfile, _is_missing
from supportml.batch._sources import NOT_UTF8
from supportml.text import text_problem
from supportml.tracking import DECISION_COLUMNS, decisions_to_frame, requests_from_frame

if TYPE_CHECKING:
    import pandas as pd

    from supportml.routing import Router

__all__ = ["OUTPUT_COLUMNS", "CheckedChunk", "check_chunk", "score_chunk"]

OUTPUT_COLUMNS: tuple[str, ...] = ("row", "id", *DECISION_COLUMNS, "error")
"""Columns of the scored output, in order: the input position and id, the decision
(:data:`~supportml.tracking.DECISION_COLUMNS`), and ``error`` (empty when the row was routed)."""


@dataclass(frozen=True)
class CheckedChunk:
    """A chunk's rows after the checks: their ids, what is wrong with each (None: usable), and
    the usable rows' texts and senders, ready for the router."""

    chunk: pd.DataFrame
    ids: list[str]
    errors: list[str | None]
    good: list[int]
    texts: list[str]
    users: list[Any]


def check_chunk(
    chunk: pd.DataFrame, *, profiles: dict[str, UserProfile], max_text_chars: int
) -> CheckedChunk:
    """Check every row of a chunk; see the module docstring for what makes a row bad.

    Parameters
    ----------
    chunk : DataFrame
        A chunk from :func:`~supportml.batch._sources.open_source`.
    profiles : dict of str to UserProfile
        Profiles by user id, used before the router's own.
    max_text_chars : int
        Longer texts are error rows.
    """
    ids, errors = [], []
    for row_id, text, error in zip(chunk["id"], chunk["text"], chunk["error"], strict=True):
        row_id, id_problem = _checked_id(row_id)
        ids.append(row_id)
        errors.append(error or id_problem or _text_problem(text, max_text_chars))
    good = [i for i, error in enumerate(errors) if error is None]
    texts, users = [], []
    if good:
        routed = chunk.iloc[good]
        texts, users = requests_from_frame(routed)
        given = routed["user"].tolist()  # profiles passed directly win
        users = [
            g or (profiles.get(u, u) if isinstance(u, str) else u)
            for u, g in zip(users, given, strict=True)
        ]
    return CheckedChunk(chunk, ids, errors, good, list(texts), users)


def score_chunk(router: Router, checked: CheckedChunk, *, embeddings=None) -> pd.DataFrame:
    """Score the rows of one checked chunk; one output row per input row, in input order.

    Parameters
    ----------
    router : Router
        Routes the usable rows.
    checked : CheckedChunk
        From :func:`check_chunk`.
    embeddings : ndarray of shape (len(checked.texts), dim), optional
        The usable texts' vectors, computed ahead; None embeds them here.

    Returns
    -------
    DataFrame
        Columns :data:`OUTPUT_COLUMNS`.
    """
    import pandas as pd

    out = pd.DataFrame({"row": checked.chunk["row"].to_numpy(), "id": checked.ids})
    decisions = _error_decisions(len(checked.chunk), checked.errors)
    if checked.good:
        routed = router.route_many(checked.texts, users=checked.users, embeddings=embeddings)
        decisions.iloc[checked.good] = decisions_to_frame(routed).to_numpy()
    for name in DECISION_COLUMNS:
        out[name] = decisions[name].to_numpy()
    out["error"] = ["" if e is None else e for e in checked.errors]
    return out.astype({"confidence": "float64", "abstained": "bool"})


def _error_decisions(n: int, errors: list[str | None]) -> pd.DataFrame:
    """Decision columns of fail-safe rows (overwritten for the rows that are routed)."""
    import pandas as pd

    return pd.DataFrame(
        {
            "tier": "support",
            "confidence": 0.0,
            "intent": "unknown",
            "abstained": True,
            "explanation": [f"unusable row: {e} → support" if e else "" for e in errors],
            "kb_entry_id": "",
            "content_ids": "",
            "ambassador_id": "",
        },
        index=range(n),
        columns=list(DECISION_COLUMNS),
    ).astype(object)


def _checked_id(value: Any) -> tuple[str, str | None]:
    """The id as text, and what is wrong with it (None when fine).

    Examples
    --------
    >>> _checked_id("t-1"), _checked_id(7), _checked_id(7.0)
    (('t-1', None), ('7', None), ('7', None))
    >>> _checked_id(None), _checked_id(2.5)
    (('', 'id is missing'), ('2.5', 'id must be a string or an integer, got float'))
    """
    if _is_missing(value):
        return "", "id is missing"
    if isinstance(value, str):
        if _encodes(value):
            return value, None
        return value.encode("utf-8", "backslashreplace").decode("utf-8"), f"id {NOT_UTF8}"
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return str(int(value)), None
    if isinstance(value, float) and value.is_integer():
        return str(int(value)), None  # integer ids read as floats beside a missing value
    shown = repr(value)[:40]
    return shown, f"id must be a string or an integer, got {type(value).__name__}"


def _text_problem(text: Any, max_chars: int) -> str | None:
    """What makes a text unusable for routing, or None.

    Examples
    --------
    >>> _text_problem("how do I share a folder?", 100) is None
    True
    >>> _text_problem("x" * 101, 100)
    'text is longer than 100 characters (101)'
    >>> _text_problem("", 100)
    'text is empty or whitespace-only'
    """
    if isinstance(text, str):
        if len(text) > max_chars:
            return f"text is longer than {max_chars} characters ({len(text)})"
        if not _encodes(text):
            return f"text {NOT_UTF8}"
    if text is None or (isinstance(text, float) and text != text):
        return "text is missing"
    problem = text_problem(text)
    return None if problem is None else f"text {problem}"


def _encodes(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
