"""Small simulated organisations and hand-made logs for the adoption tests."""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest

from supportml.adoption import AdoptionAnalyzer, simulate_activity
from supportml.data import generate_enterprise

N_USERS = 400


@cache
def _organisation(random_state: int):
    data = generate_enterprise(n_users=N_USERS, n_requests=300, random_state=random_state)
    logs = simulate_activity(data.users, start="2023-01-01", random_state=random_state).activity
    analyzer = AdoptionAnalyzer().fit(logs, users=data.users)
    return data, logs, analyzer


@pytest.fixture
def organisation(seed):
    """(EnterpriseData, activity logs, fitted AdoptionAnalyzer) for the seed; do not modify."""
    return _organisation(seed)


@pytest.fixture
def one_organisation():
    """The organisation of seed 0 only, for tests that do not depend on the seed."""
    return _organisation(0)


# Two background users give the propensity model one conversion and one non-conversion, so
# that hand-made logs can be fitted: "back" was dormant and came back in December 2024,
# "never" registered and never did anything.
BACKGROUND_USERS = [
    {"user_id": "back", "hire_date": "2019-01-07", "registered_at": "2021-09-01"},
    {"user_id": "never", "hire_date": "2019-01-07", "registered_at": "2021-09-01"},
]
BACKGROUND_LOGS = [
    {"user_id": "back", "timestamp": "2023-01-02", "action": "message", "count": 20},
    {"user_id": "back", "timestamp": "2024-12-31", "action": "message", "count": 10},
]


def _fit_small(users: list[dict], logs: list[dict], **params) -> AdoptionAnalyzer:
    return AdoptionAnalyzer(horizon_days=30, **params).fit(
        pd.DataFrame(BACKGROUND_LOGS + logs), users=pd.DataFrame(BACKGROUND_USERS + users)
    )


@pytest.fixture(scope="session")
def fit_small():
    """(users rows, log rows, **params) -> an analyzer fitted on them and the background."""
    return _fit_small
