from __future__ import annotations

import logging

import numpy as np
import pandas as pd
import pytest

from supportml.adoption import AdoptionAnalyzer, AdoptionThresholds, simulate_activity
from supportml.data import generate_enterprise
from supportml.exceptions import InvalidInputError, NotFittedError

USERS = pd.DataFrame(
    {
        "user_id": ["back", "never", "ann"],
        "hire_date": ["2019-01-07"] * 3,
        "registered_at": ["2021-09-01"] * 3,
    }
)
LOGS = pd.DataFrame(
    {
        "user_id": ["back", "back", "ann"],
        "timestamp": ["2023-01-02", "2024-12-31", "2024-06-03"],
        "action": ["message", "message", "file"],
        "count": [20, 10, 1],
    }
)


def _fit(logs=LOGS, users=USERS, **params):
    return AdoptionAnalyzer(horizon_days=30, **params).fit(logs, users=users)


@pytest.mark.parametrize("column", ["user_id", "timestamp", "action"])
def test_missing_activity_column_is_named(column):
    with pytest.raises(InvalidInputError, match=rf"activity log lacks the columns \['{column}'\]"):
        _fit(logs=LOGS.drop(columns=column))


@pytest.mark.parametrize("column", ["user_id", "hire_date", "registered_at"])
def test_missing_users_column_is_named(column):
    with pytest.raises(InvalidInputError, match=rf"users table lacks the columns \['{column}'\]"):
        _fit(users=USERS.drop(columns=column))


def test_users_are_required():
    with pytest.raises(InvalidInputError, match="needs users="):
        AdoptionAnalyzer().fit(LOGS)


def test_bad_timestamp_names_row_and_value():
    logs = LOGS.assign(timestamp=["2023-01-02", "last tuesday", "2024-06-03"])
    with pytest.raises(InvalidInputError, match=r"'last tuesday' in row 1, which is not a date"):
        _fit(logs=logs)


def test_bad_users_date_names_user():
    users = USERS.assign(hire_date=["2019-01-07", "2019-01-07", "soon"])
    with pytest.raises(InvalidInputError, match=r"hire_date 'soon' for user 'ann'"):
        _fit(users=users)


def test_bad_rows_are_skipped_and_reported(caplog):
    bad = pd.DataFrame(
        {
            "user_id": ["ghost-in-logs", "ann", None, "ann", "ann", "ann"],
            "timestamp": ["2024-06-01", None] + ["2024-06-01"] * 4,
            "action": ["post", "post", "post", "like", "post", "post"],
            "count": [1, 1, 1, 1, np.nan, -2],
        }
    )  # fmt: skip
    with caplog.at_level(logging.WARNING, logger="supportml.adoption"):
        analyzer = _fit(logs=pd.concat([LOGS, bad], ignore_index=True))
    assert analyzer.skipped_activity_ == {
        "missing value": 3,
        "unknown action": 1,
        "bad count": 1,
        "unknown user": 1,
    }
    assert "Skipped activity rows" in caplog.text
    # The skipped rows changed nothing: the same states as without them.
    assert analyzer.states().equals(_fit().states())


def test_duplicated_or_missing_user_ids_are_refused():
    with pytest.raises(InvalidInputError, match="'ann' more than once"):
        _fit(users=pd.concat([USERS, USERS.tail(1)]))
    with pytest.raises(InvalidInputError, match="missing user_id in row 2"):
        _fit(users=USERS.assign(user_id=["back", "never", None]))


def test_time_zones_are_converted_to_utc():
    logs = LOGS.assign(timestamp=["2023-01-02T01:00+02:00", "2024-12-31T12:00Z", "2024-06-03"])
    assert _fit(logs=logs).as_of_ == pd.Timestamp("2024-12-31T12:00")


def test_nothing_to_learn_is_an_error():
    with pytest.raises(InvalidInputError, match="nothing to learn a propensity from"):
        _fit(logs=LOGS.iloc[[0, 2]])
    with pytest.raises(InvalidInputError, match="no past cut-off"):
        _fit(logs=LOGS.iloc[[1]])
    with pytest.raises(InvalidInputError, match="no usable row"):
        _fit(logs=LOGS.iloc[:0])


def test_bad_parameters_and_arguments():
    with pytest.raises(
        InvalidInputError, match=r"AdoptionThresholds\.window_days must be 1 or more"
    ):
        AdoptionThresholds(window_days=0)
    with pytest.raises(InvalidInputError, match=r"Unknown AdoptionThresholds fields \['days'\]"):
        _fit(thresholds={"days": 3})
    with pytest.raises(ValueError, match="horizon_days"):
        AdoptionAnalyzer(horizon_days=0).fit(LOGS, users=USERS)
    with pytest.raises(InvalidInputError, match="'licence', which is not a column"):
        _fit(value_column="licence")
    with pytest.raises(InvalidInputError, match="licence 'free' in row 1"):
        _fit(users=USERS.assign(licence=[1, "free", 2]), value_column="licence")
    analyzer = _fit()
    with pytest.raises(InvalidInputError, match=r"n.*must be an int >= 1 or None"):
        analyzer.conversion_plan(0)
    with pytest.raises(InvalidInputError, match="as_of must be a date"):
        analyzer.states("someday")
    with pytest.raises(InvalidInputError, match=r"lacks; it has|columns \['team'\]"):
        analyzer.counts(by=["team"])
    with pytest.raises(InvalidInputError, match="both activity= and users="):
        analyzer.propensity(users=USERS)


def test_not_fitted():
    with pytest.raises(NotFittedError, match="not fitted yet"):
        AdoptionAnalyzer().states()


def test_simulation_is_deterministic():
    data = generate_enterprise(n_users=100, n_requests=1, random_state=0)
    again = simulate_activity(data.users, start="2023-01-01", random_state=0).activity
    same = simulate_activity(data.users, start="2023-01-01", random_state=0).activity
    assert again.equals(same) and not again.equals(
        simulate_activity(data.users, start="2023-01-01", random_state=1).activity
    )
    with pytest.raises(InvalidInputError, match="must be after start"):
        simulate_activity(data.users, start="2024-01-01", end="2023-01-01")
