"""Reading the users table and the activity logs, with checks at the boundary."""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

import numpy as np

from supportml._frames import require_columns
from supportml._profile import UserProfile, read_users
from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ACTIONS", "ACTION_TOOLS", "ActivityLog", "Directory", "read_activity", "read_directory"]

logger = logging.getLogger(__name__)

ACTIONS: tuple[str, ...] = ("post", "message", "file")
"""Kinds of action in the activity logs: a post on the social network, a message, a file."""
ACTION_TOOLS: dict[str, str] = {
    "post": "social_network",
    "message": "messaging",
    "file": "cloud_storage",
}
"""The catalogue ``tool`` each kind of action belongs to."""

_USER_COLUMNS = ("user_id", "hire_date", "registered_at")
_ACTIVITY_COLUMNS = ("user_id", "timestamp", "action")
_SECOND = np.timedelta64(1, "s")


@dataclasses.dataclass(frozen=True, eq=False)
class Directory:
    """The users table: ids, profiles and dates as ``datetime64[s]`` (NaT when unknown)."""

    user_ids: np.ndarray
    profiles: list[UserProfile]
    hire_date: np.ndarray
    registered_at: np.ndarray
    table: pd.DataFrame
    index: dict[str, int]

    def __len__(self) -> int:
        return len(self.user_ids)


@dataclasses.dataclass(frozen=True, eq=False)
class ActivityLog:
    """Activity rows as arrays: the user's row in the directory, the time, the action, the count.

    ``skipped`` counts the rows left out, by reason.
    """

    user: np.ndarray
    time: np.ndarray
    action: np.ndarray
    count: np.ndarray
    skipped: dict[str, int]

    def __len__(self) -> int:
        return len(self.user)

    @property
    def latest(self) -> np.datetime64 | None:
        """The latest event, or None for empty logs."""
        return self.time.max() if len(self.time) else None


def read_directory(users: pd.DataFrame | None) -> Directory:
    """Check the users table and read it.

    Parameters
    ----------
    users : DataFrame
        One row per user: ``user_id``, ``hire_date`` and ``registered_at`` (NaT or empty: not
        registered) are required; the :class:`~supportml.UserProfile` fields (``role``,
        ``department``, ``site``, ``field_team``, ``language``, ``digital_maturity``,
        ``completed_items``) are read when present; other columns are kept for grouping.

    Returns
    -------
    Directory

    Raises
    ------
    InvalidInputError
        Not a DataFrame, a missing column, an empty table, a missing or duplicated id, a date
        that cannot be read or a bad profile value (the message names the user and column).

    Examples
    --------
    >>> import pandas as pd
    >>> directory = read_directory(pd.DataFrame({
    ...     "user_id": ["ann"], "hire_date": ["2020-01-06"], "registered_at": [None]}))
    >>> directory.user_ids.tolist(), directory.registered_at.tolist()
    (['ann'], [None])
    """
    import pandas as pd

    if not isinstance(users, pd.DataFrame):
        raise InvalidInputError(
            f"AdoptionAnalyzer needs users=, a DataFrame with the columns {list(_USER_COLUMNS)}; "
            f"got {type(users).__name__}."
        )
    require_columns(users, _USER_COLUMNS, "The users table")
    if users.empty:
        raise InvalidInputError("The users table is empty.")
    table = users.reset_index(drop=True)
    profiles = read_users(table)  # checks ids (missing, duplicated) and profile fields
    ids = np.array(list(profiles), dtype=object)
    return Directory(
        user_ids=ids,
        profiles=list(profiles.values()),
        hire_date=_dates(table, "hire_date", ids),
        registered_at=_dates(table, "registered_at", ids),
        table=table,
        index={user_id: row for row, user_id in enumerate(ids)},
    )


def read_activity(activity: pd.DataFrame, directory: Directory) -> ActivityLog:
    """Check the activity logs and read them, leaving out (and reporting) rows that cannot count.

    Parameters
    ----------
    activity : DataFrame
        One row per action, or per user, day and kind of action with a ``count``:
        ``user_id``, ``timestamp`` (datetimes or date strings; time zones are converted to
        UTC) and ``action`` (one of :data:`ACTIONS`) are required, ``count`` (actions the row
        stands for, default 1) is optional. May be empty.
    directory : Directory
        The users; rows of other users are skipped.

    Returns
    -------
    ActivityLog
        Rows with a missing value, an unknown action, a NaN, negative or non-integer count, or
        an unknown user are skipped, counted in ``skipped`` by reason and logged as a warning.

    Raises
    ------
    InvalidInputError
        Not a DataFrame, a missing column, or a timestamp that is not a date (the message
        names the row and the value).

    Examples
    --------
    >>> import pandas as pd
    >>> directory = read_directory(pd.DataFrame({
    ...     "user_id": ["ann"], "hire_date": ["2020-01-06"], "registered_at": ["2021-09-01"]}))
    >>> log = read_activity(pd.DataFrame({
    ...     "user_id": ["ann", "bob", "ann"], "timestamp": ["2024-03-01", "2024-03-01", None],
    ...     "action": ["message", "post", "file"]}), directory)
    >>> len(log), log.skipped
    (1, {'missing value': 1, 'unknown user': 1})
    """
    import pandas as pd

    if not isinstance(activity, pd.DataFrame):
        raise InvalidInputError(
            f"AdoptionAnalyzer needs the activity logs as a DataFrame with the columns "
            f"{list(_ACTIVITY_COLUMNS)}; got {type(activity).__name__}."
        )
    require_columns(activity, _ACTIVITY_COLUMNS, "The activity log")
    frame = activity.reset_index(drop=True)
    time = _timestamps(frame["timestamp"])
    has_count = "count" in frame.columns
    count = (
        pd.to_numeric(frame["count"], errors="coerce").to_numpy(np.float64)
        if has_count
        else np.ones(len(frame))
    )
    action = frame["action"].astype(str).str.strip().str.lower()
    action_code = pd.Index(ACTIONS).get_indexer(action).astype(np.int64)
    ids = pd.Index(directory.user_ids.astype(str))
    user = ids.get_indexer(frame["user_id"].astype(str)).astype(np.int64)
    missing_value = (frame["user_id"].isna() | frame["action"].isna()).to_numpy() | np.isnat(time)
    if has_count:
        missing_value |= frame["count"].isna().to_numpy()
    reasons = {
        "missing value": missing_value,
        "unknown action": action_code < 0,
        "bad count": np.isnan(count) | (count < 0) | (count != np.round(count)),
        "unknown user": user < 0,
    }
    keep = np.ones(len(frame), dtype=bool)
    skipped = {}
    for reason, bad in reasons.items():
        n_bad = int((bad & keep).sum())
        if n_bad:
            skipped[reason] = n_bad
        keep &= ~bad
    if skipped:
        logger.warning("Skipped activity rows: %s.", skipped)
    return ActivityLog(
        user=user[keep],
        time=time[keep],
        action=action_code[keep],
        count=count[keep].astype(np.int64),
        skipped=skipped,
    )


def _timestamps(values: pd.Series) -> np.ndarray:
    """``datetime64[s]`` in UTC without zone; NaT for missing values; a bad value is an error."""
    import pandas as pd

    parsed = pd.to_datetime(values, errors="coerce", utc=True, format="mixed")
    bad = parsed.isna().to_numpy() & values.notna().to_numpy()
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise InvalidInputError(
            f"The activity logs have timestamp {values.iloc[row]!r} in row {row}, which is not "
            "a date."
        )
    return parsed.dt.tz_localize(None).to_numpy("datetime64[s]")


def _dates(table: pd.DataFrame, column: str, ids: np.ndarray) -> np.ndarray:
    import pandas as pd

    values = table[column]
    parsed = pd.to_datetime(values, errors="coerce", utc=True, format="mixed")
    bad = parsed.isna().to_numpy() & values.notna().to_numpy() & (values.astype(str) != "")
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise InvalidInputError(
            f"The users table has {column} {values.iloc[row]!r} for user {ids[row]!r} (row "
            f"{row}), which is not a date."
        )
    return parsed.dt.tz_localize(None).to_numpy("datetime64[s]")
