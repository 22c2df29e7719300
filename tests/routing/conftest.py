from __future__ import annotations

import pytest

from supportml.data import generate_enterprise
from supportml.routing import Router


@pytest.fixture(scope="session")
def enterprise():
    return generate_enterprise(n_users=200, n_requests=900, random_state=0)


@pytest.fixture(scope="session")
def router(enterprise):
    train = enterprise.requests[enterprise.requests["split"] == "train"]
    return Router(embedder="hashing").fit(train, **enterprise.reference_tables())


@pytest.fixture(scope="session")
def test_requests(enterprise):
    return enterprise.requests[enterprise.requests["split"] == "test"]
