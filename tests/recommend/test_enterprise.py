"""Business constraints on the synthetic enterprise: new hires, ghost users, field teams."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from supportml.data import generate_enterprise
from supportml.embed import HashingEmbedder
from supportml.recommend import ContentRecommender
from supportml.recommend._catalogue import LEVELS
from supportml.recommend._constraints import suited_levels

N = 10


@pytest.fixture(scope="module")
def enterprise():
    return generate_enterprise(n_users=800, n_requests=400, random_state=3)


@pytest.fixture(scope="module", params=["learned", "linear"])
def model(request, enterprise):
    users = enterprise.users
    return ContentRecommender(
        HashingEmbedder(dim=64),
        blend=request.param,
        blend_horizon_days=60.0,
        blend_max_iter=20,
        n_candidates=30,
    ).fit(enterprise.interactions, users, enterprise.catalogue)


def _completed(enterprise, user_id) -> set[str]:
    events = enterprise.interactions
    done = events[(events.user_id == user_id) & (events.event == "complete")]
    return set(done.item_id)


def test_the_learned_blend_is_trained_when_the_logs_allow_it(model):
    if model.blend == "learned":
        assert model.blend_ is not None and model.blend_.n_train_pairs_ > 0
    else:
        assert model.blend_ is None


@pytest.mark.parametrize("state", ["new_hire", "ghost"])
def test_new_hires_and_ghosts_get_their_language_and_level_never_a_completed_item(
    model, enterprise, state
):
    catalogue = enterprise.catalogue.set_index("item_id")
    users = enterprise.users[enterprise.users.adoption_state == state]
    assert len(users) >= 5
    ids, _ = model.recommend(users.user_id.to_numpy(dtype=object), n=N)
    for row, user in zip(ids, users.itertuples(), strict=True):
        assert None not in row
        assert not _completed(enterprise, user.user_id) & set(row)
        suited = {LEVELS[k] for k in suited_levels(user.digital_maturity)}
        fits = (catalogue.language == user.language) & catalogue.level.isin(suited)
        available = set(catalogue.index[fits]) - _completed(enterprise, user.user_id)
        assert len(available) >= N  # so every item of the list must fit
        assert set(row) <= available


def test_field_teams_get_mostly_mobile_short_formats(model, enterprise):
    catalogue = enterprise.catalogue.set_index("item_id")
    mobile = catalogue.format.isin(["video", "podcast"]) & (catalogue.duration_min <= 10)
    users = enterprise.users[enterprise.users.field_team]
    ids, _ = model.recommend(users.user_id.to_numpy(dtype=object), n=N)
    checked = 0
    for row, user in zip(ids, users.itertuples(), strict=True):
        suited = {LEVELS[k] for k in suited_levels(user.digital_maturity)}
        fits = (catalogue.language == user.language) & catalogue.level.isin(suited)
        available = set(catalogue.index[fits & mobile]) - _completed(enterprise, user.user_id)
        if len(available) >= N // 2:
            checked += 1
            assert sum(mobile[item] for item in row) >= N // 2
    assert checked >= 10


def test_batch_equals_one_by_one_with_the_learned_blend(model, enterprise):
    users = enterprise.users.user_id.to_numpy(dtype=object)[:40]
    ids, scores = model.recommend(users, n=N)
    for row, user in enumerate(users[:8]):
        one_ids, one_scores = model.recommend(user, n=N)
        assert ids[row].tolist() == one_ids.tolist()
        np.testing.assert_allclose(scores[row], one_scores, rtol=1e-5)


def test_a_learned_blend_serves_another_model(enterprise):
    teacher = ContentRecommender(
        HashingEmbedder(dim=64),
        blend="learned",
        blend_horizon_days=60.0,
        blend_max_iter=10,
        n_candidates=20,
    ).fit(enterprise.interactions, enterprise.users, enterprise.catalogue)
    late = enterprise.interactions[
        pd.to_datetime(enterprise.interactions.timestamp) >= pd.Timestamp("2024-10-01")
    ]
    other = ContentRecommender(HashingEmbedder(dim=64), blend=teacher.blend_)
    other.fit(late, enterprise.users, enterprise.catalogue)
    assert teacher.blend_ is not None and other.blend_ is teacher.blend_
    ids, scores = other.recommend(enterprise.users.user_id.iloc[0], n=N)
    assert len(ids) == N and np.isfinite(scores).all()


def test_too_few_recent_openings_fall_back_to_the_linear_blend(enterprise):
    early = enterprise.interactions.iloc[:30]
    model = ContentRecommender(HashingEmbedder(dim=64), blend="learned").fit(
        early, enterprise.users, enterprise.catalogue
    )
    assert model.blend_ is None
    assert len(model.recommend(enterprise.users.user_id.iloc[0], n=N)[0]) == N


def test_bad_blend_is_refused(enterprise):
    with pytest.raises(ValueError, match="'blend' parameter"):
        ContentRecommender("hashing", blend="magic").fit(
            enterprise.interactions, enterprise.users, enterprise.catalogue
        )
