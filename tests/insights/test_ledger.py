from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest

from supportml.ambassadors import CapacityLedger
from supportml.exceptions import InvalidInputError
from supportml.insights import ambassador_ledger, ledger_spread


def test_bookings_become_a_ledger_with_topics_time_and_satisfaction(tmp_path):
    capacity = CapacityLedger({"a1": 5, "a2": 5, "a3": 5})
    for request_id, ambassador, day in [
        ("r1", "a1", date(2025, 1, 6)),
        ("r2", "a1", date(2025, 1, 7)),
        ("r3", "a2", date(2025, 1, 8)),
        ("r4", "a1", date(2025, 1, 14)),
    ]:
        capacity.assign(ambassador, request_id=request_id, at=day)
    bookings = capacity.bookings()
    assert bookings.columns.tolist() == ["request_id", "ambassador_id", "period"]
    requests = pd.DataFrame(
        {
            "request_id": ["r1", "r2", "r3", "r4"],
            "intent": ["share_file", "sync_error", "share_file", "share_file"],
            "minutes": [45, None, 10, None],
            "satisfaction": [5, 3, None, None],
        }
    )
    ledger = ambassador_ledger(
        bookings.merge(requests, on="request_id"), minutes_per_request={"sync_error": 30}
    )
    first = ledger.iloc[0].to_dict()
    assert (first["ambassador_id"], first["period"], first["requests"]) == ("a1", "2025-W02", 2)
    assert first["minutes"] == 75.0 and first["hours"] == 1.25 and first["minutes_estimated"] == 1
    assert first["topics"] == "share_file (1); sync_error (1)"
    assert first["satisfaction"] == 4.0 and first["n_rated"] == 2
    assert ledger["period"].tolist() == ["2025-W02", "2025-W02", "2025-W03"]
    assert math.isnan(ledger.iloc[1]["satisfaction"])
    path = tmp_path / "ledger.csv"
    ledger.to_csv(path, index=False)
    assert pd.read_csv(path)["requests"].sum() == 4

    spread = ledger_spread(ledger, ambassador_ids=capacity.ambassador_ids)
    week2 = spread.iloc[0].to_dict()
    assert week2["n_ambassadors"] == 3 and week2["total"] == 3.0
    assert week2["max_over_mean"] == pytest.approx(2.0)
    by_minutes = ledger_spread(ledger, by="minutes")
    assert by_minutes.iloc[0]["n_ambassadors"] == 2


def test_months_from_dates_and_a_flat_estimate():
    handled = pd.DataFrame(
        {"ambassador_id": ["a1", "a1", "a2"], "at": ["2025-01-31", "2025-02-01", "2025-02-03"]}
    )
    ledger = ambassador_ledger(handled, period="month", minutes_per_request=15)
    assert ledger[["period", "requests", "minutes"]].values.tolist() == [
        ["2025-01", 1, 15.0],
        ["2025-02", 1, 15.0],
        ["2025-02", 1, 15.0],
    ]
    assert ledger["topics"].tolist() == ["", "", ""]


@pytest.mark.parametrize(
    ("handled", "kwargs", "message"),
    [
        (pd.DataFrame({"ambassador_id": [], "period": []}), {}, "handled is empty"),
        (pd.DataFrame({"period": ["2025-W01"]}), {}, "no 'ambassador_id' column"),
        (pd.DataFrame({"ambassador_id": ["a1"]}), {}, "needs a 'period' column"),
        (pd.DataFrame({"ambassador_id": ["a1"], "period": ["x"], "minutes": [-5]}), {},
         "negative minutes"),
        (pd.DataFrame({"ambassador_id": ["a1"], "period": ["x"]}), {"period": "day"},
         "'week' or 'month'"),
        (pd.DataFrame({"ambassador_id": ["a1"], "period": ["x"]}),
         {"minutes_per_request": -1}, "minutes_per_request"),
        ([{"ambassador_id": "a1"}], {}, "must be a DataFrame"),
    ],
)  # fmt: skip
def test_bad_input_is_refused(handled, kwargs, message):
    with pytest.raises(InvalidInputError, match=message):
        ambassador_ledger(handled, **kwargs)


def test_spread_needs_a_ledger():
    with pytest.raises(InvalidInputError, match="lacks the columns"):
        ledger_spread(pd.DataFrame({"period": ["x"]}))
