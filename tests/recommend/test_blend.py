"""The learned blend's two models: LightGBM's lambdarank and scikit-learn's classifier."""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd
import pytest

from supportml import InvalidInputError
from supportml.recommend import ContentRecommender
from supportml.recommend._persistence import load_recommender, save_recommender

pytest.importorskip("lightgbm")

START = pd.Timestamp("2025-01-06")
NOW = START + pd.Timedelta(weeks=4)


@pytest.fixture(scope="module")
def programme():
    """Item k is opened in week k // 5 by most of 150 users, each a few days late."""
    rng = np.random.default_rng(1)
    rows = [
        (f"u{user}", f"i{item}", START + pd.Timedelta(days=int(7 * (item // 5) + lag + day)))
        for user, lag in enumerate(rng.integers(0, 4, 150))
        for item, day in enumerate(rng.integers(0, 7, 40))
        if rng.random() < 0.8
    ]
    events = pd.DataFrame(rows, columns=["user_id", "item_id", "timestamp"])
    items = pd.DataFrame({"item_id": [f"i{k}" for k in range(40)], "title": "Step"})
    return events[events.timestamp < NOW], items


def _fit(programme, **params):
    events, items = programme
    return ContentRecommender(
        None,
        weights={"content": 0.0, "context": 0.0},
        blend="learned",
        blend_max_iter=20,
        n_candidates=20,
        reference_time=NOW,
        **{"blend_horizon_days": (5.0, 7.0, 10.0)} | params,
    ).fit(events, items=items)


@pytest.mark.parametrize(("asked", "used"), [("auto", "lambdarank"), ("classifier", "classifier")])
def test_auto_ranks_with_lightgbm_when_installed(programme, asked, used):
    model = _fit(programme, blend_ranker=asked)
    assert model.blend_.ranker == used
    events = programme[0]
    ids, scores = model.recommend(model.user_ids_[:5], n=10)
    assert (np.diff(scores, axis=1) <= 0).all() and np.isfinite(scores).all()
    for user, row in zip(model.user_ids_[:5], ids, strict=True):
        assert not set(row) & set(events.item_id[events.user_id == user])


def test_a_lambdarank_blend_is_saved_without_pickle_and_loads_equal(programme, tmp_path):
    model = _fit(programme)
    loaded = load_recommender(save_recommender(model, tmp_path / "model"))
    assert all(isinstance(text, str) for text in model.blend_.__getstate__()["models_"])
    users = model.user_ids_[:20]
    assert loaded.recommend(users, n=10)[0].tolist() == model.recommend(users, n=10)[0].tolist()


def test_a_recommender_saved_before_the_bagging_parameters_loads_with_their_old_values(
    programme, tmp_path
):
    old = copy.copy(_fit(programme, blend_bags=1, blend_random_trees=False))
    del old.__dict__["blend_bags"], old.__dict__["blend_random_trees"]
    loaded = load_recommender(save_recommender(old, tmp_path / "old"))
    assert {k: loaded.get_params()[k] for k in ("blend_bags", "blend_random_trees")} == {
        "blend_bags": 1,
        "blend_random_trees": False,
    }
    assert "ContentRecommender(" in repr(loaded)


def test_the_lambdarank_fit_is_deterministic(programme):
    first, second = _fit(programme), _fit(programme)
    texts = [[m.model_to_string() for m in fit.blend_.models_] for fit in (first, second)]
    assert len(texts[0]) == 6 and texts[0] == texts[1]


@pytest.mark.parametrize(("bags", "randomized"), [(1, 0), (2, 3), (3, 3)])
def test_every_other_bag_grows_randomized_trees(programme, bags, randomized):
    model = _fit(programme, blend_bags=bags)
    flags = ["extra_trees: 1" in m.model_to_string() for m in model.blend_.models_]
    assert len(flags) == 3 * bags and sum(flags) == randomized
    assert not any(
        "extra_trees: 1" in m.model_to_string()
        for m in _fit(programme, blend_random_trees=False).blend_.models_
    )


@pytest.mark.parametrize("horizons", [(), (7.0, -1.0)])
def test_bad_horizons_are_refused(programme, horizons):
    with pytest.raises(InvalidInputError, match="'blend_horizon_days'"):
        _fit(programme, blend_horizon_days=horizons)


def test_bags_train_one_ranker_per_horizon_and_sample(programme):
    model = _fit(programme, blend_bags=2)
    texts = [booster.model_to_string() for booster in model.blend_.models_]
    assert len(texts) == 6 and len(set(texts)) == 6  # each bag its own sample and seed
    _, scores = model.recommend(model.user_ids_[:5], n=10)
    assert (np.diff(scores, axis=1) <= 0).all() and np.isfinite(scores).all()


def test_bad_bags_are_refused(programme):
    with pytest.raises(ValueError, match="'blend_bags'"):
        _fit(programme, blend_bags=0)


def test_a_split_with_too_few_openings_is_reported_once_for_all_its_samples(programme, caplog):
    with caplog.at_level("INFO", logger="supportml.recommend._blend"):
        model = _fit(programme, blend_horizon_days=(0.1, 7.0), blend_bags=3)
    skipped = [r.getMessage() for r in caplog.records if r.getMessage().startswith("No ranker")]
    assert skipped == [skipped[0]] and "3 of 3 samples of the last 0.1 days" in skipped[0]
    assert len(model.blend_.models_) == 3  # the 7-day split still trains its three rankers
