"""Optional item metadata of the learned blend: a scheduled start and a kind per item."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from supportml import InvalidInputError
from supportml.recommend import ContentRecommender
from supportml.recommend._activity import FEATURE_NAMES

START = pd.Timestamp("2025-01-06")
N_USERS, N_ITEMS = 150, 40


@pytest.fixture(scope="module")
def programme():
    """An onboarding programme: item k starts in week k // 5 and most users open it then."""
    rng = np.random.default_rng(0)
    rows = []
    for user in range(N_USERS):
        lag = rng.integers(0, 4)  # days behind the schedule
        for item in range(N_ITEMS):
            if rng.random() < 0.8:
                day = 7 * (item // 5) + lag + rng.integers(0, 7)
                rows.append((f"u{user}", f"i{item}", START + pd.Timedelta(days=int(day))))
    events = pd.DataFrame(rows, columns=["user_id", "item_id", "timestamp"])
    items = pd.DataFrame(
        {
            "item_id": [f"i{k}" for k in range(N_ITEMS)],
            "title": [f"Step {k}" for k in range(N_ITEMS)],
            "kind": ["quiz" if k % 5 == 4 else "lesson" for k in range(N_ITEMS)],
            "available_from": [START + pd.Timedelta(weeks=k // 5) for k in range(N_ITEMS)],
        }
    )
    return events, items


def _fit(events, items, now):
    return ContentRecommender(
        None,
        weights={"content": 0.0, "context": 0.0},
        blend="learned",
        blend_horizon_days=7.0,
        blend_max_iter=20,
        n_candidates=20,
        reference_time=now,
    ).fit(events[events.timestamp < now], items=items)


def test_schedule_and_kind_become_features(programme):
    events, items = programme
    model = _fit(events, items, START + pd.Timedelta(weeks=4))
    used = [FEATURE_NAMES[c] for c in model.blend_.columns_]
    assert {"days_since_start", "kind", "kind_popular_7d"} <= set(used)
    assert model.blend_.kinds_ == ["lesson", "quiz"]


def test_without_metadata_those_features_are_left_out(programme):
    events, items = programme
    model = _fit(events, items[["item_id", "title"]], START + pd.Timedelta(weeks=4))
    used = {FEATURE_NAMES[c] for c in model.blend_.columns_}
    assert not used & {"days_since_start", "kind", "kind_popular_7d", "kind_first_open_7d"}
    assert model.blend_.kinds_ == []


def test_a_bad_start_date_names_the_item(programme):
    _, items = programme
    bad = items.astype(object)
    bad.loc[3, "available_from"] = "next monday"
    with pytest.raises(InvalidInputError, match=r"Item 'i3' .* available_from 'next monday'"):
        ContentRecommender(None, weights={"content": 0.0, "context": 0.0}).fit(
            programme[0], items=bad
        )
