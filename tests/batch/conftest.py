"""A small router on the hashing embedder, fitted once and saved, and a backlog to score."""

from __future__ import annotations

import pytest

from supportml.data import generate_enterprise
from supportml.routing import Router


@pytest.fixture(scope="session")
def enterprise():
    return generate_enterprise(n_users=60, n_requests=200, random_state=0)


@pytest.fixture(scope="session")
def router(enterprise):
    train = enterprise.requests[enterprise.requests["split"] == "train"]
    return Router(embedder="hashing", n_folds=2).fit(train, **enterprise.reference_tables())


@pytest.fixture(scope="session")
def router_dir(router, tmp_path_factory):
    return router.save(tmp_path_factory.mktemp("router") / "router")


@pytest.fixture(scope="session")
def backlog():
    """200 requests from another organisation: ``id``, ``user_id``, ``text``."""
    requests = generate_enterprise(n_users=60, n_requests=200, random_state=1).requests
    frame = requests[["request_id", "user_id", "text"]].rename(columns={"request_id": "id"})
    return frame.reset_index(drop=True)
