"""The synthetic year: its dates, its weekly and yearly rhythm, and timestamps drawn from it.

Times are handled as ``datetime64[s]`` arrays; frames convert them at the end.
"""

from __future__ import annotations

import numpy as np

__all__ = ["AS_OF", "DAY", "PERIOD_START", "ROLLOUT", "sample_times"]

PERIOD_START = np.datetime64("2024-01-01T00:00:00", "s")
"""First instant of the twelve months of requests and interactions."""
AS_OF = np.datetime64("2025-01-01T00:00:00", "s")
"""Snapshot date: end of the period, date of the user profiles."""
ROLLOUT = np.datetime64("2021-09-01T00:00:00", "s")
"""Day the collaboration tools were rolled out; nobody registered before."""

DAY = np.timedelta64(1, "D").astype("timedelta64[s]")
"""One day, in seconds."""
_N_DAYS = int((AS_OF - PERIOD_START) // DAY)

# Monday to Sunday: fewer requests on Friday, very few at the weekend.
_WEEKDAY_WEIGHTS = np.array([1.2, 1.1, 1.0, 1.0, 0.8, 0.12, 0.06])
# January to December: summer holidays in August, a peak when people come back in September.
_MONTH_WEIGHTS = np.array([1.1, 1.0, 1.0, 1.0, 0.95, 0.9, 0.8, 0.5, 1.2, 1.05, 1.0, 0.75])
_HOLIDAYS = np.array(
    [
        "2024-01-01",
        "2024-04-01",
        "2024-05-01",
        "2024-05-08",
        "2024-05-09",
        "2024-05-20",
        "2024-07-14",
        "2024-08-15",
        "2024-11-01",
        "2024-11-11",
        "2024-12-25",
    ],
    dtype="datetime64[D]",
)
_HOLIDAY_WEIGHT = 0.15
# Hour of day for office staff (two peaks) and for field teams (early starts).
# Each is two rows: midnight to 11:00, then noon to 23:00.
_OFFICE_HOURS = np.concatenate(
    [
        [0, 0, 0, 0, 0, 0, 0.1, 0.4, 1.2, 1.6, 1.5, 1.2],
        [0.6, 0.9, 1.4, 1.3, 1.1, 0.8, 0.4, 0.15, 0.1, 0.05, 0.02, 0],
    ]
)
_FIELD_HOURS = np.concatenate(
    [
        [0, 0, 0, 0, 0, 0.3, 1.2, 1.5, 1.2, 0.8, 0.7, 0.7],
        [1.0, 1.1, 0.8, 0.6, 0.5, 0.3, 0.15, 0.1, 0.05, 0.02, 0, 0],
    ]
)


def _day_cdf() -> np.ndarray:
    days = PERIOD_START.astype("datetime64[D]") + np.arange(_N_DAYS)
    weekday = (days.astype("int64") + 3) % 7  # 1970-01-01 was a Thursday
    month = days.astype("datetime64[M]").astype("int64") % 12
    weights = _WEEKDAY_WEIGHTS[weekday] * _MONTH_WEIGHTS[month]
    weights[np.isin(days, _HOLIDAYS)] *= _HOLIDAY_WEIGHT
    return np.concatenate([[0.0], np.cumsum(weights) / weights.sum()])


_DAY_CDF = _day_cdf()


def _day_index(times: np.ndarray) -> np.ndarray:
    """Index in the period of the day of each time, clipped to ``[0, _N_DAYS]``."""
    days = (times.astype("datetime64[s]") - PERIOD_START) // DAY
    return np.clip(days.astype("int64"), 0, _N_DAYS)


def sample_times(
    rng: np.random.Generator, not_before: np.ndarray, field_team: np.ndarray
) -> np.ndarray:
    """Draw one timestamp per row, in the period, on or after the day of ``not_before``.

    Days follow the weekly and yearly rhythm; hours follow office or field-team habits.

    Parameters
    ----------
    rng : numpy.random.Generator
        Source of randomness.
    not_before : ndarray of datetime64 of shape (n,)
        Earliest day of each draw, e.g. the hire date; earlier than the period means no bound.
    field_team : ndarray of bool of shape (n,)
        Whether each row follows field-team hours.

    Returns
    -------
    ndarray of datetime64[s] of shape (n,)
    """
    first = np.minimum(_day_index(not_before), _N_DAYS - 1)
    low = _DAY_CDF[first]
    u = low + rng.random(first.shape) * (1.0 - low)
    day = np.clip(np.searchsorted(_DAY_CDF, u, side="right") - 1, first, _N_DAYS - 1)
    office = rng.choice(24, size=first.shape, p=_OFFICE_HOURS / _OFFICE_HOURS.sum())
    field = rng.choice(24, size=first.shape, p=_FIELD_HOURS / _FIELD_HOURS.sum())
    hour = np.where(field_team, field, office)
    seconds = day * 86_400 + hour * 3_600 + rng.integers(3_600, size=first.shape)
    return PERIOD_START + seconds.astype("timedelta64[s]")
