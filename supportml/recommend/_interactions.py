"""Reading the interactions and users tables: bad rows are reported and skipped."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np

from supportml._frames import require_columns
from supportml.exceptions import InvalidInputError
from supportml.recommend._catalogue import Catalogue

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Events", "read_interactions"]

logger = logging.getLogger(__name__)

_REQUIRED = ("user_id", "item_id", "timestamp")


@dataclasses.dataclass(frozen=True, eq=False)
class Events:
    """Usable interactions, one entry per event.

    Attributes
    ----------
    user_ids : ndarray of shape (n_events,), dtype object
    item : ndarray of shape (n_events,), dtype int64
        Position of the item in the catalogue.
    age_days : ndarray of shape (n_events,)
        Days between the event and the reference time, 0 or more.
    weight : ndarray of shape (n_events,)
        The row's weight times the weight of its event.
    completed : ndarray of shape (n_events,), dtype bool
    reference_time : Timestamp or None
        The time ages are counted from (None without events nor a given time).
    skipped : dict of str to int
        Rows left out, by reason.
    """

    user_ids: np.ndarray
    item: np.ndarray
    age_days: np.ndarray
    weight: np.ndarray
    completed: np.ndarray
    reference_time: pd.Timestamp | None
    skipped: dict[str, int]


def read_interactions(
    interactions: pd.DataFrame,
    catalogue: Catalogue,
    *,
    event_weights: Mapping[str, float],
    reference_time,
) -> Events:
    """Check the interactions table, skip (and report) the rows that cannot be used.

    Parameters
    ----------
    interactions : DataFrame
        Columns ``user_id``, ``item_id``, ``timestamp`` (datetimes or date strings), and
        optionally ``weight`` and ``event``.
    catalogue : Catalogue
    event_weights : mapping of str to float
        Weight of each known event; a ``"complete"`` event marks the item completed. Without an
        ``event`` column every interaction weighs 1 and counts as completed.
    reference_time : datetime, str or None
        The time ages are counted from; None takes the latest event.

    Returns
    -------
    events : Events

    Raises
    ------
    InvalidInputError
        Not a DataFrame, a missing column, or a numeric ``timestamp`` column.

    Examples
    --------
    >>> import pandas as pd
    >>> from supportml.recommend._catalogue import read_catalogue
    >>> catalogue = read_catalogue(pd.DataFrame({"item_id": ["a"], "title": ["A"]}))
    >>> frame = pd.DataFrame({"user_id": ["u1", "u2"], "item_id": ["a", "zz"],
    ...                       "timestamp": ["2025-01-01", "2025-01-03"]})
    >>> events = read_interactions(frame, catalogue, event_weights={},
    ...                            reference_time="2025-01-03")
    >>> events.item.tolist(), events.age_days.tolist(), events.skipped
    ([0], [2.0], {'unknown item': 1})
    """
    import pandas as pd

    if not isinstance(interactions, pd.DataFrame):
        raise InvalidInputError(
            f"interactions must be a DataFrame with the columns {list(_REQUIRED)}; "
            f"got {type(interactions).__name__}."
        )
    require_columns(interactions, _REQUIRED, "interactions")
    if pd.api.types.is_numeric_dtype(interactions["timestamp"]) and not interactions.empty:
        raise InvalidInputError(
            "interactions.timestamp must hold datetimes or date strings, not numbers; convert "
            "them first, e.g. pd.to_datetime(days, unit='D')."
        )
    frame = pd.DataFrame(
        {
            "user_id": interactions["user_id"],
            "item_id": interactions["item_id"],
            "timestamp": pd.to_datetime(interactions["timestamp"], utc=True, errors="coerce"),
            "weight": _weights(interactions, event_weights),
            "completed": (
                interactions["event"].astype(str).str.strip().str.lower() == "complete"
                if "event" in interactions.columns
                else True
            ),
        }
    )
    skipped: dict[str, int] = {}
    keep = frame["user_id"].notna() & frame["item_id"].notna() & frame["timestamp"].notna()
    frame = _drop(frame, keep, "missing user, item or timestamp", skipped)
    frame = _drop(frame, frame["weight"].notna(), "unknown event or missing weight", skipped)
    frame = _drop(frame, frame["weight"] >= 0, "negative weight", skipped)
    item_ids = frame["item_id"].astype(str)
    known = item_ids.isin(catalogue.index.keys())
    if not known.all():
        logger.warning(
            "Interactions name %d item ids missing from the catalogue (e.g. %s); skipped.",
            (~known).sum(),
            sorted(set(item_ids[~known]))[:3],
        )
    frame = _drop(frame, known, "unknown item", skipped)
    frame = frame.assign(user_id=frame["user_id"].astype(str), item_id=frame["item_id"].astype(str))
    duplicated = frame.duplicated(subset=["user_id", "item_id", "timestamp", "completed"])
    frame = _drop(frame, ~duplicated, "duplicated event", skipped)
    if skipped:
        logger.warning("Skipped interactions: %s.", skipped)
    if reference_time is not None:
        reference_time = pd.Timestamp(reference_time)
        if reference_time.tzinfo is None:
            reference_time = reference_time.tz_localize("UTC")
    elif not frame.empty:
        reference_time = frame["timestamp"].max()
    age_days = np.zeros(len(frame))
    if len(frame):
        age_days = ((reference_time - frame["timestamp"]) / pd.Timedelta(days=1)).to_numpy()
        if (age_days < 0).any():
            logger.warning(
                "%d interactions are later than the reference time; they count as current.",
                (age_days < 0).sum(),
            )
    return Events(
        user_ids=frame["user_id"].to_numpy(dtype=object),
        item=frame["item_id"].map(catalogue.index).to_numpy(dtype=np.int64),
        age_days=np.maximum(age_days, 0.0).astype(np.float64),
        weight=frame["weight"].to_numpy(dtype=np.float64),
        completed=frame["completed"].to_numpy(dtype=bool),
        reference_time=reference_time,
        skipped=skipped,
    )


def _weights(interactions: pd.DataFrame, event_weights: Mapping[str, float]):
    """The row weight times its event's weight; NaN where either is unusable."""
    import pandas as pd

    weight = pd.Series(1.0, index=interactions.index)
    if "weight" in interactions.columns:
        weight = pd.to_numeric(interactions["weight"], errors="coerce").astype(float)
    if "event" in interactions.columns:
        events = interactions["event"].astype(str).str.strip().str.lower()
        weight = weight * events.map(dict(event_weights)).astype(float)
    return weight


def _drop(frame: pd.DataFrame, keep, reason: str, skipped: dict[str, int]) -> pd.DataFrame:
    n_dropped = int((~keep).sum())
    if n_dropped:
        skipped[reason] = n_dropped
    return frame[keep]
