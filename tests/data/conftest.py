"""Small synthetic organisations, generated once per seed for the whole run."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest

from supportml.data import EnterpriseData, generate_enterprise

N_USERS = 300
N_REQUESTS = 1500


@cache
def _small_enterprise(random_state: int) -> EnterpriseData:
    return generate_enterprise(n_users=N_USERS, n_requests=N_REQUESTS, random_state=random_state)


@pytest.fixture(scope="session")
def small_enterprise() -> Callable[[int], EnterpriseData]:
    """Seed -> the 300-user, 1500-request organisation (the committed sample for seed 0).

    Cached for the run: tests must not modify its frames.
    """
    return _small_enterprise


@pytest.fixture
def data(seed, small_enterprise) -> EnterpriseData:
    return small_enterprise(seed)
