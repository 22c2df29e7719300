"""Synthetic daily activity logs with a documented conversion mechanism (a known ceiling)."""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

import numpy as np

from supportml.adoption._logs import ACTIONS, read_directory
from supportml.data._calendar import AS_OF, ROLLOUT
from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SimulatedActivity", "simulate_activity"]

logger = logging.getLogger(__name__)

_DEPARTMENT_INTEREST = {
    "IT": 0.5,
    "R&D": 0.4,
    "Marketing": 0.2,
    "Legal": -0.2,
    "Customer Service": -0.1,
    "Operations": -0.3,
    "Logistics": -0.4,
}
_MATURITY_INTEREST = 0.45
_FIELD_INTEREST = -0.5
_INTEREST_NOISE = 0.8
_CONVERT_BASE = -6.3
_CONVERT_INTEREST = 0.9
_CONVERT_NEW = 1.5  # a recent registrant is easier to convert...
_NEW_DAYS = 60.0
_CONVERT_RECENT = 2.0  # ...and so is someone who just did something
_RECENT_DAYS = 21.0
_START_ON = 0.5  # logit of starting active on registration, plus 0.8 * interest
_LAPSE_BASE = -6.5  # logit of the daily on -> off hazard, minus 0.8 * interest
_BURST_BASE = -5.5  # logit of a curious day while off, plus 0.8 * interest
_RATE_BASE = 0.8  # log actions per active day, plus 0.7 * interest
_ACTION_SHARES = np.array([0.05, 0.76, 0.19])  # post, message, file
_ACTIVE_DAY = np.array([0.7, 0.7, 0.7, 0.7, 0.65, 0.07, 0.04])  # Monday to Sunday


@dataclasses.dataclass(frozen=True, eq=False)
class SimulatedActivity:
    """Simulated activity logs and the hidden truth behind them.

    Attributes
    ----------
    activity : pandas.DataFrame
        ``user_id``, ``timestamp``, ``action`` (post, message, file) and ``count``: one row
        per user, day and kind of action, sorted by time.
    latent : pandas.DataFrame
        ``user_id``, ``interest`` (the hidden taste for the tools) and ``base_logit`` (the
        part of the conversion hazard's logit that does not change with time).
    """

    activity: pd.DataFrame
    latent: pd.DataFrame

    def hazard(self, as_of) -> np.ndarray:
        """The true daily conversion hazard of every user at ``as_of``, were they inactive.

        The ceiling of any propensity model: ranking ghost and dormant users by it is the best
        possible ranking (up to the noise of the days ahead).

        Examples
        --------
        >>> from supportml.adoption import simulate_activity
        >>> from supportml.data import generate_enterprise
        >>> users = generate_enterprise(n_users=60, n_requests=10).users
        >>> hazard = simulate_activity(users, random_state=0).hazard("2024-06-01")
        >>> hazard.shape, bool(((hazard >= 0) & (hazard < 1)).all())
        ((60,), True)
        """
        import pandas as pd

        as_of = pd.Timestamp(as_of)
        past = self.activity.loc[self.activity["timestamp"] <= as_of]
        last = past.groupby("user_id")["timestamp"].max()
        user_ids = self.latent["user_id"]
        since_last = (as_of - user_ids.map(last)).dt.total_seconds().to_numpy() / 86_400
        since_registered = (as_of - self._registered).dt.total_seconds().to_numpy() / 86_400
        return _conversion_hazard(
            self.latent["base_logit"].to_numpy(), since_registered, since_last
        ) * (since_registered >= 0)

    @property
    def _registered(self) -> pd.Series:
        return self.latent["registered_at"]


def _conversion_hazard(
    base_logit: np.ndarray, since_registered: np.ndarray, since_last: np.ndarray
) -> np.ndarray:
    """Daily off → on hazard; NaN ``since_*`` (never) add nothing."""
    new = np.nan_to_num(np.exp(-np.maximum(since_registered, 0) / _NEW_DAYS))
    recent = np.nan_to_num(np.exp(-np.maximum(since_last, 0) / _RECENT_DAYS))
    logit = base_logit + _CONVERT_NEW * new + _CONVERT_RECENT * recent
    return 1.0 / (1.0 + np.exp(-logit))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def simulate_activity(
    users: pd.DataFrame, *, start=None, end=None, random_state: int = 0
) -> SimulatedActivity:
    """Simulate the daily activity of users, from registration, with conversions that follow a
    documented mechanism.

    Each registered user has a hidden *interest* ``z = 0.45 (maturity − 3) − 0.5 field_team +
    department effect (IT +0.5, R&D +0.4, Marketing +0.2, Legal −0.2, Customer Service −0.1,
    Operations −0.3, Logistics −0.4) + N(0, 0.8)``. Day by day a user is on (active) or off:

    - on registration, on with probability ``sigmoid(0.5 + 0.8 z)``, else off (a ghost);
    - on → off (a lapse, they become dormant) with daily hazard ``sigmoid(−6.5 − 0.8 z)``;
    - off → on (a **conversion**) with daily hazard ``sigmoid(−6.3 + 0.9 z + 1.5
      exp(−days since registration / 60) + 2 exp(−days since their last action / 21))``:
      interest, recent registration and a recent burst of activity all raise it;
    - while off, a curious day (a burst of 1 + Poisson(1) messages or files) happens with
      probability ``sigmoid(−5.5 + 0.8 z)``: bursts reveal interest and make a conversion
      likelier in the following weeks;
    - while on, a working day is active with probability 0.7 (0.05 at the weekend), with
      Poisson(``exp(0.8 + 0.7 z + N(0, 0.4))``) actions: 5 % posts, 76 % messages, 19 % files.

    :meth:`SimulatedActivity.hazard` gives the true conversion hazard at a date: the ceiling a
    propensity model can reach.

    Parameters
    ----------
    users : DataFrame
        The users table (as :attr:`supportml.data.EnterpriseData.users`): ``user_id``,
        ``hire_date``, ``registered_at`` (NaT: never registered, never active), and
        ``department``, ``field_team``, ``digital_maturity`` when known. Snapshot columns
        (``last_active_at``, ``n_*_90d``) are ignored: the logs replace them.
    start : datetime, str or None, default=None
        First simulated day; None is the rollout (2021-09-01), so that logs hold every
        user's whole history.
    end : datetime, str or None, default=None
        End of the logs (excluded); None is :attr:`~supportml.data.EnterpriseData.as_of`
        (2025-01-01).
    random_state : int, default=0
        Seed; the same users and seed give the same logs.

    Returns
    -------
    SimulatedActivity

    Raises
    ------
    InvalidInputError
        A bad users table (see :class:`~supportml.adoption.AdoptionAnalyzer`), or ``end`` not
        after ``start``.

    Examples
    --------
    >>> from supportml.adoption import simulate_activity
    >>> from supportml.data import generate_enterprise
    >>> users = generate_enterprise(n_users=60, n_requests=10).users
    >>> logs = simulate_activity(users, start="2024-01-01", random_state=0).activity
    >>> list(logs.columns), sorted(logs["action"].unique())
    (['user_id', 'timestamp', 'action', 'count'], ['file', 'message', 'post'])
    """
    import pandas as pd

    directory = read_directory(users)
    start = np.datetime64(pd.Timestamp(ROLLOUT if start is None else start), "D")
    end = np.datetime64(pd.Timestamp(AS_OF if end is None else end), "D")
    if end <= start:
        raise InvalidInputError(f"simulate_activity: end ({end}) must be after start ({start}).")
    rng = np.random.default_rng(random_state)
    n_users = len(directory)
    profiles = directory.profiles
    maturity = np.array([p.digital_maturity for p in profiles], dtype=np.float64)
    field = np.array([p.field_team for p in profiles], dtype=np.float64)
    department = np.array([_DEPARTMENT_INTEREST.get(p.department, 0.0) for p in profiles])
    interest = (
        _MATURITY_INTEREST * (maturity - 3)
        + _FIELD_INTEREST * field
        + department
        + rng.normal(0.0, _INTEREST_NOISE, n_users)
    )
    base_logit = _CONVERT_BASE + _CONVERT_INTEREST * interest
    rate = np.exp(_RATE_BASE + 0.7 * interest + rng.normal(0.0, 0.4, n_users))

    registered = directory.registered_at.astype("datetime64[D]")
    never = np.isnat(registered)
    far = np.iinfo(np.int64).max // 4
    reg_day = np.where(never, far, (registered - start).astype(np.int64))
    first_day = np.maximum(reg_day, 0)
    n_days = int((end - start).astype(np.int64))
    on = np.zeros(n_users, dtype=bool)
    last_action = np.full(n_users, np.nan)
    users_out, days_out, actions_out, counts_out = [], [], [], []
    weekday0 = int((start.astype(np.int64) + 3) % 7)  # 1970-01-01 was a Thursday
    for day in range(n_days):
        starting = first_day == day
        on[starting] = rng.random(int(starting.sum())) < _sigmoid(
            _START_ON + 0.8 * interest[starting]
        )
        live = first_day <= day
        off = live & ~on & ~starting
        hazard = _conversion_hazard(base_logit, day - reg_day, day - last_action)
        draw = rng.random(n_users)
        convert = off & (draw < hazard)
        lapse = live & on & ~starting & (draw < _sigmoid(_LAPSE_BASE - 0.8 * interest))
        on = (on | convert) & ~lapse
        active = on & (rng.random(n_users) < _ACTIVE_DAY[(weekday0 + day) % 7])
        counts = rng.poisson(rate[:, None] * _ACTION_SHARES[None, :]) * active[:, None]
        burst = live & ~on & (rng.random(n_users) < _sigmoid(_BURST_BASE + 0.8 * interest))
        counts[burst, 1 + rng.integers(0, 2, int(burst.sum()))] += 1 + rng.poisson(
            1.0, int(burst.sum())
        )
        who, what = np.nonzero(counts)
        last_action[who] = day
        users_out.append(who)
        days_out.append(np.full(len(who), day))
        actions_out.append(what)
        counts_out.append(counts[who, what])
    who = np.concatenate(users_out)
    day = np.concatenate(days_out)
    field_hours = field[who] > 0
    hour = np.where(field_hours, rng.integers(6, 15, len(who)), rng.integers(8, 18, len(who)))
    seconds = day * 86_400 + hour * 3_600 + rng.integers(0, 3_600, len(who))
    timestamp = start.astype("datetime64[s]") + seconds.astype("timedelta64[s]")
    activity = pd.DataFrame(
        {
            "user_id": directory.user_ids[who],
            "timestamp": timestamp,
            "action": np.asarray(ACTIONS, dtype=object)[np.concatenate(actions_out)],
            "count": np.concatenate(counts_out).astype(np.int64),
        }
    )
    activity = activity.sort_values(["timestamp", "user_id"], kind="stable", ignore_index=True)
    latent = pd.DataFrame(
        {
            "user_id": directory.user_ids,
            "interest": interest,
            "base_logit": base_logit,
            "registered_at": pd.to_datetime(directory.registered_at),
        }
    )
    logger.info("Simulated %d activity rows for %d users.", len(activity), n_users)
    return SimulatedActivity(activity=activity, latent=latent)
