from __future__ import annotations

import pandas as pd
import pytest

from supportml.data import ADOPTION_STATES, adoption_state
from supportml.exceptions import InvalidInputError

AS_OF = pd.Timestamp("2025-01-01")


def _user(**overrides) -> dict:
    user = {
        "hire_date": pd.Timestamp("2020-01-01"),
        "registered_at": pd.Timestamp("2021-10-01"),
        "last_active_at": pd.Timestamp("2024-12-20"),
        "n_posts_90d": 1,
        "n_messages_90d": 60,
        "n_files_90d": 10,
    }
    return {**user, **overrides}


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({}, "active"),
        ({"hire_date": AS_OF - pd.Timedelta(days=89)}, "new_hire"),
        ({"hire_date": AS_OF - pd.Timedelta(days=90)}, "active"),
        # A new hire is a new hire even if not registered yet.
        ({"hire_date": pd.Timestamp("2024-12-01"), "registered_at": pd.NaT}, "new_hire"),
        ({"registered_at": pd.NaT, "last_active_at": pd.NaT, "n_messages_90d": 0}, "ghost"),
        (
            {"last_active_at": pd.NaT, "n_posts_90d": 0, "n_messages_90d": 0, "n_files_90d": 0},
            "ghost",
        ),
        ({"n_posts_90d": 0, "n_messages_90d": 3, "n_files_90d": 1}, "dormant"),
        ({"n_posts_90d": 0, "n_messages_90d": 4, "n_files_90d": 1}, "active"),
        ({"n_posts_90d": 5, "n_messages_90d": 300, "n_files_90d": 45}, "power_user"),
        ({"n_posts_90d": 4, "n_messages_90d": 900, "n_files_90d": 45}, "active"),
        ({"n_posts_90d": 40, "n_messages_90d": 200, "n_files_90d": 10}, "active"),
    ],
)
def test_adoption_state_rule(overrides, expected):
    users = pd.DataFrame([_user(**overrides)])
    assert adoption_state(users, as_of=AS_OF).tolist() == [expected]


def test_adoption_state_keeps_the_index_and_needs_its_columns():
    users = pd.DataFrame([_user(), _user(n_messages_90d=0)], index=[10, 20])
    states = adoption_state(users, as_of=AS_OF)
    assert states.index.tolist() == [10, 20] and states.name == "adoption_state"
    with pytest.raises(InvalidInputError, match=r"missing: \['n_files_90d'\]"):
        adoption_state(users.drop(columns="n_files_90d"), as_of=AS_OF)


def test_generated_states_follow_the_rule(data):
    users = data.users
    assert users["adoption_state"].tolist() == adoption_state(users, as_of=data.as_of).tolist()
    assert set(users["adoption_state"]) == set(ADOPTION_STATES)


def test_profiles_are_consistent(data):
    users = data.users
    assert users["digital_maturity"].between(1, 5).all()
    assert set(users["language"]) == {"fr", "en"}
    assert {"employee", "manager", "developer", "field_worker", "assistant"} <= set(users["role"])
    assert users.loc[users["role"] == "field_worker", "field_team"].all()
    registered = users["registered_at"].notna()
    assert 0.8 < registered.mean() < 1.0
    assert (users.loc[registered, "registered_at"] >= users.loc[registered, "hire_date"]).all()
    assert users.loc[~registered, "last_active_at"].isna().all()
    active = users["last_active_at"].notna()
    assert (users.loc[active, "last_active_at"] >= users.loc[active, "registered_at"]).all()
    assert (users["last_active_at"].dropna() < data.as_of).all()
    assert (users["hire_date"] < data.as_of).all()


def test_field_teams_are_less_mature(data):
    maturity = data.users.groupby("field_team")["digital_maturity"].mean()
    assert maturity[True] < maturity[False] - 0.5


def test_completed_items_match_the_interactions(data):
    done = data.interactions.loc[data.interactions["event"] == "complete"]
    expected = done.groupby("user_id")["item_id"].agg(lambda ids: ";".join(sorted(set(ids))))
    completed = data.users.set_index("user_id")["completed_items"]
    assert completed[completed != ""].to_dict() == expected.to_dict()
