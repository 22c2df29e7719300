"""Workload forecast: daily requests per tier, 14 days ahead, with intervals."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable
from numbers import Real
from typing import TYPE_CHECKING, Any

import numpy as np

from supportml._checks import check_positive_int
from supportml._deps import require
from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["MIN_HISTORY_DAYS", "daily_counts", "forecast_workload"]

logger = logging.getLogger(__name__)

MIN_HISTORY_DAYS = 28
"""Fewest days of history per series: four weekly cycles."""


def daily_counts(requests: pd.DataFrame, *, by: str | None = "tier") -> pd.DataFrame:
    """Requests per day (and per ``by`` value), days without requests counted as 0.

    Parameters
    ----------
    requests : DataFrame
        One row per request, with a ``created_at`` column (and the ``by`` column).
    by : str or None, default="tier"
        Column to split the counts by; None counts all requests together.

    Returns
    -------
    counts : DataFrame
        Columns ``date``, ``count`` and, with ``by``, ``tier`` (the ``by`` value), every day
        from the first request to the last for every value.

    Raises
    ------
    InvalidInputError
        No rows, or a missing column.

    Examples
    --------
    >>> import pandas as pd
    >>> requests = pd.DataFrame({"created_at": ["2024-01-01 09:00", "2024-01-03 10:00"],
    ...                          "tier": ["chatbot", "support"]})
    >>> daily_counts(requests).query("tier == 'support'")["count"].tolist()
    [0, 0, 1]
    """
    import pandas as pd

    needed = ["created_at"] + ([by] if by else [])
    missing = [column for column in needed if column not in requests.columns]
    if missing:
        raise InvalidInputError(f"requests lacks the columns {missing}; got {list(requests)}.")
    if len(requests) == 0:
        raise InvalidInputError("requests is empty: there is nothing to count.")
    day = pd.to_datetime(requests["created_at"]).dt.normalize()
    keys = requests[by].astype(str) if by else pd.Series("all", index=requests.index)
    counts = pd.crosstab(day, keys)
    days = pd.date_range(day.min(), day.max(), freq="D")
    counts = counts.reindex(days, fill_value=0)
    frame = counts.stack().rename("count").reset_index()
    frame.columns = ["date", "tier", "count"]
    frame = frame.sort_values(["tier", "date"], kind="stable").reset_index(drop=True)
    return frame[["date", "tier", "count"]].astype({"count": np.int64})


def forecast_workload(
    counts: Any,
    *,
    horizon: int = 14,
    holidays: Iterable[Any] = (),
    level: float = 0.9,
) -> pd.DataFrame:
    """Forecast daily request counts per tier, with prediction intervals.

    Each series is modelled on a log scale (``log(1 + count)``) by a structural time-series
    model (statsmodels' ``UnobservedComponents``): a local linear trend, so that a change of
    level or slope is followed rather than averaged away; a weekly seasonal component; and a
    holiday effect estimated from the holidays in the history and applied to those in the
    horizon. Forecasts and intervals are transformed back to counts (the point forecast is the
    median) and clipped at zero.

    Special cases: a day without a row counts as 0 requests; a constant series (all zeros
    included) is forecast as that constant with an interval of zero width; when no holiday
    falls in the history, the holiday effect cannot be estimated and is left out (logged).

    Parameters
    ----------
    counts : DataFrame or Series
        A table with columns ``date`` and ``count`` and optionally ``tier`` (one series per
        tier; see :func:`daily_counts`), or a Series of counts indexed by date.
    horizon : int, default=14
        Days to forecast after the last date.
    holidays : iterable of date-like, default=()
        Days off, in the history and in the horizon.
    level : float, default=0.9
        Coverage of the prediction intervals.

    Returns
    -------
    forecast : DataFrame
        Columns ``tier``, ``date``, ``forecast``, ``lower``, ``upper``; ``horizon`` rows per
        tier.

    Raises
    ------
    InvalidInputError
        An empty table, missing columns, a repeated date, negative or missing counts, a series
        shorter than :data:`MIN_HISTORY_DAYS` days, or a bad parameter.
    MissingDependencyError
        When statsmodels is not installed (``pip install "supportml[insights]"``).

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> days = pd.date_range("2024-01-01", periods=56, freq="D")
    >>> counts = pd.Series(np.where(days.day_of_week < 5, 40, 4), index=days)
    >>> counts.iloc[::9] += 3
    >>> result = forecast_workload(counts, horizon=7)
    >>> (result["forecast"] > 20).tolist()  # Monday to Sunday
    [True, True, True, True, True, False, False]
    >>> bool((result["lower"] <= result["forecast"]).all())
    True
    """
    _check_params(horizon, level)
    import pandas as pd

    series = _series_by_tier(counts)
    off = _holiday_days(holidays)
    frames = []
    for tier, values in series.items():
        future = pd.date_range(values.index[-1] + pd.Timedelta(days=1), periods=horizon)
        mean, lower, upper = _forecast_one(tier, values, future, off, level)
        frames.append(
            pd.DataFrame(
                {"tier": tier, "date": future, "forecast": mean, "lower": lower, "upper": upper}
            )
        )
    return pd.concat(frames, ignore_index=True)


def _check_params(horizon: Any, level: Any) -> None:
    check_positive_int(horizon, "horizon", owner="forecast_workload")
    if not isinstance(level, Real) or not 0 < level < 1:
        raise InvalidInputError(
            f"The 'level' parameter of forecast_workload must be a float in (0, 1). Got {level!r}."
        )


def _series_by_tier(counts: Any) -> dict[str, pd.Series]:
    """One daily series per tier, days without a row filled with 0."""
    import pandas as pd

    if isinstance(counts, pd.Series):
        counts = pd.DataFrame({"date": counts.index, "count": counts.to_numpy()})
    if not isinstance(counts, pd.DataFrame):
        raise InvalidInputError(
            f"counts must be a DataFrame (date, count[, tier]) or a Series indexed by date; "
            f"got {type(counts).__name__}."
        )
    missing = [column for column in ("date", "count") if column not in counts.columns]
    if missing:
        raise InvalidInputError(f"counts lacks the columns {missing}; got {list(counts)}.")
    if len(counts) == 0:
        raise InvalidInputError("counts is empty: there is no history to forecast from.")
    values = pd.to_numeric(counts["count"], errors="coerce")
    bad = np.flatnonzero(~np.isfinite(values.to_numpy(dtype=float)) | (values < 0).to_numpy())
    if bad.size:
        raise InvalidInputError(
            f"counts row {bad[0]} has count {counts['count'].iloc[bad[0]]!r}; counts must be "
            "numbers >= 0."
        )
    tiers = (
        counts["tier"].astype(str) if "tier" in counts.columns else pd.Series("all", counts.index)
    )
    frame = pd.DataFrame(
        {"tier": tiers, "date": pd.to_datetime(counts["date"]).dt.normalize(), "count": values}
    )
    repeated = frame.duplicated(["tier", "date"])
    if repeated.any():
        row = frame[repeated].iloc[0]
        raise InvalidInputError(
            f"counts has several rows for tier {row['tier']!r} on {row['date'].date()}."
        )
    series = {}
    for tier, group in frame.groupby("tier", sort=True):
        days = pd.date_range(group["date"].min(), group["date"].max(), freq="D")
        if len(days) < MIN_HISTORY_DAYS:
            raise InvalidInputError(
                f"tier {tier!r} has {len(days)} days of history; the forecast needs at least "
                f"{MIN_HISTORY_DAYS} (four weekly cycles)."
            )
        series[tier] = group.set_index("date")["count"].reindex(days, fill_value=0).astype(float)
    return series


def _holiday_days(holidays: Iterable[Any]) -> pd.DatetimeIndex:
    import pandas as pd

    if isinstance(holidays, str):
        holidays = [holidays]
    try:
        return pd.DatetimeIndex(pd.to_datetime(list(holidays))).normalize()
    except (ValueError, TypeError) as e:
        raise InvalidInputError(f"holidays must be dates; {e}") from None


def _forecast_one(tier, values, future, off, level):
    """Median forecast and interval bounds of one series."""
    if values.nunique() == 1:
        logger.info("tier %r is constant: forecast as that constant", tier)
        constant = np.full(len(future), float(values.iloc[0]))
        return constant, constant.copy(), constant.copy()
    statespace = require(
        "statsmodels.tsa.statespace.structural", extra="insights", caller="forecast_workload"
    )
    past = values.index.isin(off).astype(float)
    exog = ahead = None
    if past.any():
        exog, ahead = past[:, None], future.isin(off).astype(float)[:, None]
    elif future.isin(off).any():
        logger.info("tier %r: no holiday in the history, holiday effect left out", tier)
    model = statespace.UnobservedComponents(
        np.log1p(values.to_numpy()), level="local linear trend", seasonal=7, exog=exog
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # convergence chatter of the optimiser
        fitted = model.fit(disp=False, maxiter=200)
        prediction = fitted.get_forecast(len(future), exog=ahead)
    bounds = prediction.conf_int(alpha=1 - level)
    mean = np.expm1(prediction.predicted_mean)
    lower, upper = np.expm1(bounds[:, 0]), np.expm1(bounds[:, 1])
    return np.maximum(mean, 0.0), np.maximum(lower, 0.0), np.maximum(upper, 0.0)
