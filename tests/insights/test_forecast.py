from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from supportml.exceptions import InvalidInputError
from supportml.insights import MIN_HISTORY_DAYS, daily_counts, forecast_workload

HOLIDAYS = ["2024-05-01", "2024-05-08", "2024-05-20", "2024-07-14"]


def _weekly(days: int = 70, seed: int = 0) -> pd.Series:
    rng = np.random.default_rng(seed)
    index = pd.date_range("2024-04-01", periods=days, freq="D")
    mean = np.where(index.day_of_week < 5, 60.0, 6.0)
    mean = np.where(index.isin(pd.to_datetime(HOLIDAYS)), 8.0, mean)
    return pd.Series(rng.poisson(mean), index=index)


def test_weekly_pattern_holidays_and_intervals():
    series = _weekly(105)
    history = series.iloc[:-14]
    result = forecast_workload(history, holidays=HOLIDAYS, level=0.9)
    assert len(result) == 14 and result["date"].iloc[0] == history.index[-1] + pd.Timedelta("1D")
    assert (result["lower"] <= result["forecast"]).all()
    assert (result["forecast"] <= result["upper"]).all()
    weekday = result["date"].dt.day_of_week < 5
    holiday = result["date"].isin(pd.to_datetime(HOLIDAYS))
    assert holiday.sum() == 1  # 2024-07-14 falls in the horizon
    assert result.loc[weekday & ~holiday, "forecast"].min() > 40
    assert result.loc[~weekday | holiday, "forecast"].max() < 20
    actual = series.iloc[-14:].to_numpy()
    inside = (actual >= result["lower"]) & (actual <= result["upper"])
    assert inside.mean() >= 0.7


def test_one_series_per_tier_from_requests():
    rng = np.random.default_rng(0)
    times = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.uniform(0, 35, 600), unit="D")
    requests = pd.DataFrame({"created_at": times, "tier": rng.choice(["chatbot", "support"], 600)})
    counts = daily_counts(requests)
    assert set(counts["tier"]) == {"chatbot", "support"}
    assert counts.groupby("tier").size().nunique() == 1 and counts["count"].sum() == 600
    result = forecast_workload(counts, horizon=7)
    assert result.groupby("tier").size().to_dict() == {"chatbot": 7, "support": 7}


def test_constant_series_is_forecast_as_that_constant():
    days = pd.date_range("2024-01-01", periods=35, freq="D")
    result = forecast_workload(pd.Series(4, index=days), horizon=5)
    assert result["forecast"].tolist() == [4.0] * 5
    assert (result["lower"] == result["upper"]).all()
    zeros = forecast_workload(pd.Series(0, index=days), horizon=3)
    assert zeros["upper"].tolist() == [0.0] * 3


def test_missing_days_count_as_zero():
    series = _weekly(70)
    gappy = pd.DataFrame({"date": series.index, "count": series.to_numpy()})
    gappy = gappy[gappy["date"].dt.day_of_week != 6]  # no row on Sundays
    result = forecast_workload(gappy, horizon=7)
    sunday = result[result["date"].dt.day_of_week == 6]
    assert sunday["forecast"].iloc[0] < 3


@pytest.mark.parametrize(
    ("counts", "kwargs", "message"),
    [
        (pd.DataFrame({"date": [], "count": []}), {}, "counts is empty"),
        (_weekly(MIN_HISTORY_DAYS - 1), {}, r"27 days of history; .* at least 28"),
        (pd.DataFrame({"day": ["2024-01-01"], "count": [1]}), {}, r"lacks the columns \['date'\]"),
        (pd.DataFrame({"date": ["2024-01-01"] * 2, "count": [1, 2]}), {}, "several rows"),
        (pd.DataFrame({"date": ["2024-01-01"], "count": [-1]}), {}, "numbers >= 0"),
        (pd.DataFrame({"date": ["2024-01-01"], "count": [None]}), {}, "numbers >= 0"),
        ([1, 2, 3], {}, "DataFrame"),
        (_weekly(), {"horizon": 0}, "'horizon' parameter"),
        (_weekly(), {"level": 1.0}, "'level' parameter"),
        (_weekly(), {"holidays": ["not a date"]}, "holidays must be dates"),
    ],
)
def test_bad_input_is_refused_clearly(counts, kwargs, message):
    with pytest.raises(InvalidInputError, match=message):
        forecast_workload(counts, **kwargs)


def test_daily_counts_needs_dates():
    with pytest.raises(InvalidInputError, match="created_at"):
        daily_counts(pd.DataFrame({"tier": ["support"]}))
    with pytest.raises(InvalidInputError, match="requests is empty"):
        daily_counts(pd.DataFrame({"created_at": [], "tier": []}))
