"""Each user's activity as of a date, and the adoption state it gives."""

from __future__ import annotations

import numpy as np

from supportml.adoption._logs import ACTIONS, ActivityLog, Directory
from supportml.adoption._thresholds import AdoptionThresholds
from supportml.data._profiles import adoption_state

__all__ = ["DAY", "Snapshot"]

DAY = np.timedelta64(1, "D").astype("timedelta64[s]")


class Snapshot:
    """The activity of every user of the directory up to ``as_of`` (events after it ignored).

    Parameters
    ----------
    log : ActivityLog
    directory : Directory
    as_of : numpy.datetime64

    Examples
    --------
    >>> import pandas as pd
    >>> from supportml.adoption._logs import read_activity, read_directory
    >>> directory = read_directory(pd.DataFrame({
    ...     "user_id": ["ann", "bob"], "hire_date": ["2020-01-06"] * 2,
    ...     "registered_at": ["2021-09-01", None]}))
    >>> log = read_activity(pd.DataFrame({
    ...     "user_id": ["ann"] * 3, "timestamp": ["2024-01-05", "2024-03-01", "2024-03-02"],
    ...     "action": ["post", "message", "file"], "count": [1, 4, 2]}), directory)
    >>> snapshot = Snapshot(log, directory, np.datetime64("2024-03-01T12:00", "s"))
    >>> snapshot.actions(30).tolist(), snapshot.ever.tolist()
    ([4, 0], [5, 0])
    >>> snapshot.states(AdoptionThresholds()).tolist()  # 5 actions in 90 days
    ['active', 'ghost']
    >>> snapshot.states(AdoptionThresholds(active_min_actions=6)).tolist()
    ['dormant', 'ghost']
    """

    def __init__(self, log: ActivityLog, directory: Directory, as_of: np.datetime64) -> None:
        self.as_of = np.datetime64(as_of, "s")
        self.directory = directory
        past = log.time <= self.as_of
        self._user = log.user[past]
        self._age = (self.as_of - log.time[past]) / DAY  # days before as_of, 0 or more
        self._action = log.action[past]
        self._count = log.count[past]
        n_users = len(directory)
        self.by_action_ever = self._by_action(np.ones(len(self._user), dtype=bool))
        self.ever = self.by_action_ever.sum(axis=1)
        acted = self._count > 0
        last_age = np.full(n_users, np.inf)
        np.minimum.at(last_age, self._user[acted], self._age[acted])
        self.days_since_last = last_age  # inf: never active
        registered = directory.registered_at
        self.registered = ~np.isnat(registered) & (registered <= self.as_of)

    def _by_action(self, mask: np.ndarray) -> np.ndarray:
        n_users, n_actions = len(self.directory), len(ACTIONS)
        cells = self._user[mask] * n_actions + self._action[mask]
        counts = np.bincount(cells, weights=self._count[mask], minlength=n_users * n_actions)
        return counts.reshape(n_users, n_actions).astype(np.int64)

    def by_action(self, days: float) -> np.ndarray:
        """Actions of each kind over the last ``days`` days, shape (n_users, n_actions)."""
        return self._by_action(self._age < days)

    def actions(self, days: float) -> np.ndarray:
        """Actions over the last ``days`` days, per user."""
        return self.by_action(days).sum(axis=1)

    def active_days(self, days: float) -> np.ndarray:
        """Distinct days with an action over the last ``days`` days, per user."""
        mask = (self._age < days) & (self._count > 0)
        keys = np.unique(self._user[mask] * 100_000 + np.floor(self._age[mask]).astype(np.int64))
        return np.bincount(keys // 100_000, minlength=len(self.directory))

    def states(self, thresholds: AdoptionThresholds) -> np.ndarray:
        """The adoption state of every user, by :func:`supportml.data.adoption_state`."""
        import pandas as pd

        window = self.by_action(thresholds.window_days)
        last = np.where(
            np.isfinite(self.days_since_last),
            self.as_of
            - (np.nan_to_num(self.days_since_last, posinf=0.0) * 86_400).astype("timedelta64[s]"),
            np.datetime64("NaT", "s"),
        )
        not_a_time = np.datetime64("NaT", "s")
        table = pd.DataFrame(
            {
                "hire_date": self.directory.hire_date,
                "registered_at": np.where(
                    self.registered, self.directory.registered_at, not_a_time
                ),
                "last_active_at": last,
                "n_posts_90d": window[:, ACTIONS.index("post")],
                "n_messages_90d": window[:, ACTIONS.index("message")],
                "n_files_90d": window[:, ACTIONS.index("file")],
                "n_actions_ever": self.ever,
            }
        )
        states = adoption_state(table, as_of=self.as_of, **thresholds.rule_arguments())
        return states.to_numpy(dtype=object)
