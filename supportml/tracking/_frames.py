"""Tables in, tables out: the pyfunc's request frame and its decision frame.

The MLflow model (and through it ``mlflow models serve`` and ``mlflow.pyfunc.spark_udf``) takes
and returns plain columns: strings, floats and booleans only, so that every consumer (JSON,
Arrow, Spark) reads them the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from supportml._profile import UserProfile, _is_missing
from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

    from supportml.routing import RoutingDecision

__all__ = ["DECISION_COLUMNS", "PROFILE_COLUMNS", "decisions_to_frame", "requests_from_frame"]

logger = logging.getLogger(__name__)

PROFILE_COLUMNS: tuple[str, ...] = (
    "role",
    "department",
    "site",
    "field_team",
    "language",
    "digital_maturity",
    "adoption_state",
)
"""Optional profile columns of the request frame, besides ``text`` and ``user_id``."""

DECISION_COLUMNS: tuple[str, ...] = (
    "tier",
    "confidence",
    "intent",
    "abstained",
    "explanation",
    "kb_entry_id",
    "content_ids",
    "ambassador_id",
)
"""Columns of the decision frame, in order."""


def requests_from_frame(frame: pd.DataFrame) -> tuple[list, list]:
    """The texts and senders of a request frame, as :meth:`Router.route_many` takes them.

    A row whose profile columns hold any value is routed with the :class:`UserProfile` built
    from them (and its ``user_id``); a row with only a ``user_id`` is routed with the profile
    the router learned for that id; a row with neither is anonymous. A row whose profile
    values cannot be read (say ``digital_maturity="high"``) falls back to its ``user_id``
    alone, with a warning, so that one bad row never stops a batch.

    Parameters
    ----------
    frame : DataFrame
        A ``text`` column and optionally ``user_id`` and :data:`PROFILE_COLUMNS`.

    Returns
    -------
    texts : list
        One per row; unusable texts are kept (the router sends them to support).
    users : list of (UserProfile, str or None)

    Raises
    ------
    InvalidInputError
        When ``frame`` is not a DataFrame or has no ``text`` column.

    Examples
    --------
    >>> import pandas as pd
    >>> texts, users = requests_from_frame(
    ...     pd.DataFrame({"text": ["hello", "bonjour"], "user_id": ["u1", "u2"],
    ...                   "role": [None, "manager"]}))
    >>> users[0], users[1].role
    ('u1', 'manager')
    """
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):
        raise InvalidInputError(
            f"The model input must be a DataFrame with a 'text' column; got {type(frame).__name__}."
        )
    if "text" not in frame.columns:
        raise InvalidInputError(
            f"The model input lacks the 'text' column; columns present: {list(frame.columns)}."
        )
    columns = [c for c in PROFILE_COLUMNS if c in frame.columns]
    unreadable = 0
    users: list[UserProfile | str | None] = []
    for record in frame[[c for c in ("user_id", *columns) if c in frame.columns]].to_dict(
        "records"
    ):
        user_id = record.get("user_id")
        user_id = None if _is_missing(user_id) else str(user_id)
        user: UserProfile | str | None = user_id
        if any(not _is_missing(record[c]) for c in columns):
            try:
                user = UserProfile.from_dict({**record, "user_id": user_id})
            except InvalidInputError:
                unreadable += 1
        users.append(user)
    if unreadable:
        logger.warning("%d row(s) had unreadable profile values; routed by user_id", unreadable)
    texts = [None if _is_missing(t) else t for t in frame["text"]]
    return texts, users


def decisions_to_frame(decisions: Sequence[RoutingDecision]) -> pd.DataFrame:
    """The decisions as a frame of strings, floats and booleans (:data:`DECISION_COLUMNS`).

    Payload ids the tier does not serve are empty strings; content ids are ``;``-joined.

    Examples
    --------
    >>> from supportml.routing import RoutingDecision
    >>> d = RoutingDecision(tier="elearning", confidence=0.9, intent="share_file",
    ...     intent_probability=0.8, abstained=False, explanation="...", rule="tier model",
    ...     payload={"content_ids": ["c1", "c2"]})
    >>> decisions_to_frame([d]).loc[0, ["tier", "content_ids", "kb_entry_id"]].tolist()
    ['elearning', 'c1;c2', '']
    """
    import pandas as pd

    rows = [
        {
            "tier": str(d.tier),
            "confidence": float(d.confidence),
            "intent": str(d.intent),
            "abstained": bool(d.abstained),
            "explanation": str(d.explanation),
            "kb_entry_id": _text(d.payload.get("kb_entry_id")),
            "content_ids": ";".join(str(i) for i in d.payload.get("content_ids", ())),
            "ambassador_id": _text(d.payload.get("ambassador_id")),
        }
        for d in decisions
    ]
    return pd.DataFrame(rows, columns=list(DECISION_COLUMNS)).astype(
        {"confidence": "float64", "abstained": "bool"}
    )


def _text(value) -> str:
    return "" if value is None else str(value)
