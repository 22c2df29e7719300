"""Per-user features as of a cut-off date, for the propensity to convert."""

from __future__ import annotations

import numpy as np

from supportml.adoption._logs import ACTIONS, Directory
from supportml.adoption._snapshot import DAY, Snapshot

__all__ = ["UserFeatures"]

_WINDOWS = (7, 30, 180)


class UserFeatures:
    """Turns a :class:`Snapshot` into a feature matrix: activity, dates and profile.

    Activity: actions over the last 7, 30, `window_days` and 180 days and ever, posts ever
    (log1p), active days in the window, days since the last action (log1p; days since
    registration for users never active, flagged ``never_active``). Dates: days since
    registration (log1p, with ``registered``), tenure (log1p days since hire). State: ``ghost``
    (else dormant). Profile: digital maturity, field team, and one-hot department and role,
    with the categories of the users seen in ``fit`` (an unseen one is all zeros).

    Parameters
    ----------
    directory : Directory
        The users of ``fit``: their departments and roles are the categories.
    window_days : int

    Examples
    --------
    >>> import pandas as pd
    >>> from supportml.adoption._logs import read_activity, read_directory
    >>> directory = read_directory(pd.DataFrame({
    ...     "user_id": ["ann", "bob"], "hire_date": ["2020-01-06"] * 2,
    ...     "registered_at": ["2021-09-01", None], "department": ["Sales", "HR"]}))
    >>> log = read_activity(pd.DataFrame({"user_id": ["ann"], "timestamp": ["2024-03-01"],
    ...                                   "action": ["post"]}), directory)
    >>> features = UserFeatures(directory, 90)
    >>> X = features.transform(Snapshot(log, directory, np.datetime64("2024-03-11", "s")),
    ...                        np.array(["dormant", "ghost"]))
    >>> dict(zip(features.names, X[0]))["log_days_since_last"].round(2)
    np.float64(2.4)
    >>> [name for name in features.names if name.startswith("department=")]
    ['department=HR', 'department=Sales']
    """

    def __init__(self, directory: Directory, window_days: int) -> None:
        self.window_days = window_days
        self.departments = sorted({p.department for p in directory.profiles})
        self.roles = sorted({p.role for p in directory.profiles})
        self.names = [
            *(f"log_actions_{days}d" for days in (7, 30, window_days, 180)),
            "log_actions_ever",
            "log_posts_ever",
            "active_days_window",
            "log_days_since_last",
            "never_active",
            "log_days_since_registered",
            "registered",
            "log_tenure_days",
            "ghost",
            "digital_maturity",
            "field_team",
            *(f"department={name}" for name in self.departments),
            *(f"role={name}" for name in self.roles),
        ]

    def transform(self, snapshot: Snapshot, states: np.ndarray) -> np.ndarray:
        """The feature matrix of every user of the snapshot, shape (n_users, n_features)."""
        directory = snapshot.directory
        since_registered = (snapshot.as_of - directory.registered_at) / DAY
        since_registered = np.where(snapshot.registered, np.nan_to_num(since_registered), 0.0)
        tenure = np.nan_to_num((snapshot.as_of - directory.hire_date) / DAY).clip(0)
        never = ~np.isfinite(snapshot.days_since_last)
        since_last = np.where(never, since_registered, snapshot.days_since_last)
        profiles = directory.profiles
        department = np.array([p.department for p in profiles], dtype=object)
        role = np.array([p.role for p in profiles], dtype=object)
        columns = [np.log1p(snapshot.actions(days)) for days in (7, 30, self.window_days, 180)]
        columns += [
            np.log1p(snapshot.ever),
            np.log1p(snapshot.by_action_ever[:, ACTIONS.index("post")]),
            snapshot.active_days(self.window_days),
            np.log1p(since_last),
            never,
            np.log1p(since_registered),
            snapshot.registered,
            np.log1p(tenure),
            states == "ghost",
            [p.digital_maturity for p in profiles],
            [p.field_team for p in profiles],
        ]
        columns += [department == name for name in self.departments]
        columns += [role == name for name in self.roles]
        return np.column_stack(columns).astype(np.float64)
