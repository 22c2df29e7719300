from __future__ import annotations

import pandas as pd
import pytest

from supportml.adoption import AdoptionThresholds
from supportml.data import ADOPTION_STATES

AS_OF = pd.Timestamp("2024-12-31")
OLD = {"hire_date": "2019-01-07", "registered_at": "2021-09-01"}


@pytest.fixture
def state(fit_small):
    """(rows of (timestamp, action, count), user overrides, thresholds) -> state of "x"."""
    return lambda logs, user=None, thresholds=None: _state(fit_small, logs, user, thresholds)


def _state(fit_small, logs, user, thresholds) -> str:
    users = [{"user_id": "x", **OLD, **(user or {})}]
    rows = [{"user_id": "x", "timestamp": t, "action": a, "count": c} for t, a, c in logs]
    analyzer = fit_small(users, rows, thresholds=thresholds)
    return analyzer.states(AS_OF)["x"]


def _days_before(days: float) -> str:
    return str(AS_OF - pd.Timedelta(days=days))


@pytest.mark.parametrize(
    ("logs", "expected"),
    [
        ([], "ghost"),
        ([("2022-01-03", "message", 2)], "ghost"),  # almost never active: 2 actions ever
        ([("2022-01-03", "message", 3)], "dormant"),  # 3 actions ever, none lately
        ([("2022-01-03", "message", 30), (_days_before(10), "file", 4)], "dormant"),
        ([("2022-01-03", "message", 30), (_days_before(10), "file", 5)], "active"),
        # The window is the last 90 days: an action exactly 90 days ago is out of it.
        ([("2022-01-03", "message", 30), (_days_before(90), "file", 5)], "dormant"),
        ([("2022-01-03", "message", 30), (_days_before(89.9), "file", 5)], "active"),
        ([(_days_before(5), "message", 345), (_days_before(5), "post", 5)], "power_user"),
        ([(_days_before(5), "message", 344), (_days_before(5), "post", 5)], "active"),
        ([(_days_before(5), "message", 400), (_days_before(5), "post", 4)], "active"),
        # Events after the date do not count.
        ([("2025-01-05", "message", 50)], "ghost"),
    ],
)
def test_state_at_the_threshold_edges(state, logs, expected):
    assert state(logs) == expected


def test_new_hire_edge_and_unregistered_users(state):
    assert state([], {"hire_date": _days_before(89)}) == "new_hire"
    assert state([], {"hire_date": _days_before(90)}) == "ghost"
    assert state([(_days_before(3), "message", 40)], {"registered_at": None}) == "ghost"
    # Registered after the date: not registered then.
    assert state([], {"registered_at": "2025-02-01"}) == "ghost"


def test_thresholds_are_configurable(state):
    logs = [("2022-01-03", "message", 30), (_days_before(40), "file", 6)]
    assert state(logs) == "active"
    assert state(logs, thresholds=AdoptionThresholds(active_min_actions=7)) == "dormant"
    assert state(logs, thresholds={"window_days": 30}) == "dormant"
    assert state([("2022-01-03", "message", 3)], thresholds={"ghost_max_actions": 3}) == "ghost"


def test_states_of_every_user_at_any_date(organisation):
    data, _, analyzer = organisation
    states = analyzer.states()
    assert states.index.tolist() == data.users["user_id"].tolist()
    assert set(states) <= set(ADOPTION_STATES) and states.name == "adoption_state"
    earlier = analyzer.states("2024-03-01")
    assert (earlier != states).any()  # people move between states over time


def test_counts_sum_to_the_users(organisation):
    data, _, analyzer = organisation
    counts = analyzer.counts()
    assert counts.columns.tolist() == [
        "department", "site", "new_hire", "ghost", "dormant", "active", "power_user", "n_users"
    ]  # fmt: skip
    assert counts["n_users"].sum() == len(data.users)
    states = counts[["new_hire", "ghost", "dormant", "active", "power_user"]]
    assert (states.sum(axis=1) == counts["n_users"]).all()
    assert states.sum().to_dict() == {
        state: int((analyzer.states() == state).sum()) for state in states.columns
    }
    by_department = analyzer.counts(by="department")
    expected = data.users["department"].value_counts().sort_index()
    assert by_department.set_index("department")["n_users"].to_dict() == expected.to_dict()
    total = analyzer.counts(by=())
    assert len(total) == 1 and int(total["n_users"].iloc[0]) == len(data.users)
