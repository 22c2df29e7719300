"""Bad input: refused with a message naming the culprit, or reported and skipped."""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd
import pytest

from supportml import InvalidInputError, NotFittedError
from supportml.recommend import PARTS, ContentRecommender


def test_empty_catalogue_is_refused(interactions, embedder, items):
    with pytest.raises(InvalidInputError, match=r"catalogue .* is empty"):
        ContentRecommender(embedder).fit(interactions, items=items.iloc[:0])


def test_catalogue_is_required(interactions, embedder):
    with pytest.raises(InvalidInputError, match="needs the catalogue as items="):
        ContentRecommender(embedder).fit(interactions)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "webinar"}, r"Item 'share-fr' .* format 'webinar'; valid: \['elearning'"),
        ({"level": "expert"}, "Item 'share-fr' .* level 'expert'"),
        ({"audience": "everyone"}, "Item 'share-fr' .* audience 'everyone'"),
        ({"duration_min": "long"}, "Item 'share-fr' .* duration_min 'long'"),
        ({"title": None}, "Item 'share-fr' of the catalogue has no title"),
        ({"item_id": "share-en"}, "lists item_id 'share-en' more than once"),
    ],
)
def test_bad_catalogue_values_name_the_item(interactions, embedder, items, change, message):
    bad = items.astype(object)
    for column, value in change.items():
        bad.loc[0, column] = value
    with pytest.raises(InvalidInputError, match=message):
        ContentRecommender(embedder).fit(interactions, items=bad)


def test_missing_columns_are_named(interactions, embedder, items):
    with pytest.raises(InvalidInputError, match=r"lacks the columns \['title'\]"):
        ContentRecommender(embedder).fit(interactions, items=items.drop(columns="title"))
    with pytest.raises(InvalidInputError, match=r"interactions lacks the columns \['timestamp'\]"):
        ContentRecommender(embedder).fit(interactions.drop(columns="timestamp"), items=items)


def test_numeric_timestamps_are_refused(interactions, embedder, items):
    with pytest.raises(InvalidInputError, match="not numbers"):
        ContentRecommender(embedder).fit(interactions.assign(timestamp=3), items=items)


def test_bad_users_row_names_the_user(interactions, embedder, items, users):
    bad = users.assign(digital_maturity=[3, 3, 3, 3, 3, 9, 3])
    with pytest.raises(InvalidInputError, match=r"users row for 'gaston'.*digital_maturity"):
        ContentRecommender(embedder).fit(interactions, bad, items)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"weights": {"collab": 1.0}}, r"unknown part 'collab'; valid parts: \['popularity'"),
        ({"weights": {"content": -1}}, "must map 'content' to a finite float"),
        ({"weights": dict.fromkeys(PARTS, 0)}, "switches every part off"),
        ({"segment_by": ("team",)}, "must hold fields among .* Got 'team' instead"),
        ({"event_weights": {"open": float("nan")}}, "must map 'open' to a finite float"),
        ({"recency_half_life_days": 0}, "'recency_half_life_days' parameter"),
        ({"item_similarity": "svd"}, "'item_similarity' parameter"),
    ],
)
def test_bad_parameters_are_refused_at_fit(interactions, embedder, items, params, message):
    with pytest.raises(ValueError, match=message):
        ContentRecommender(embedder, **params).fit(interactions, items=items)


def test_predict_before_fit():
    with pytest.raises(NotFittedError, match="call fit"):
        ContentRecommender("hashing").recommend("claire")
    with pytest.raises(NotFittedError):
        ContentRecommender("hashing").explain("claire", "share-fr")


def test_contradictory_filters_name_the_item(fitted):
    with pytest.raises(ValueError, match="'share-en' is in both only_items and exclude_items"):
        fitted.recommend("claire", only_items=["share-en", "api-en"], exclude_items=["share-en"])


def test_unknown_item_ids_are_named(fitted):
    with pytest.raises(InvalidInputError, match="only_items names 'nope'"):
        fitted.recommend("claire", only_items=["share-en", "nope"])
    with pytest.raises(InvalidInputError, match="exclude_items names 'nope'"):
        fitted.recommend("claire", exclude_items=["nope"])
    with pytest.raises(InvalidInputError, match="single str"):
        fitted.recommend("claire", exclude_items="share-en")
    with pytest.raises(InvalidInputError, match="Item 'nope' is not in the catalogue"):
        fitted.explain("claire", "nope")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n": 0}, r"'n' parameter of ContentRecommender\.recommend must be an int >= 1; got 0"),
        ({"context": np.ones(3)}, r"shape \(256,\); got shape \(3,\)"),
        ({"context": np.full(256, np.nan)}, "NaN or infinite"),
        ({"context": np.zeros(256)}, "zero vector"),
        ({"language": 3}, "language must be a str or None"),
    ],
)
def test_bad_recommend_arguments(fitted, kwargs, message):
    with pytest.raises(InvalidInputError, match=message):
        fitted.recommend("claire", **kwargs)


def test_bad_users_are_refused(fitted):
    with pytest.raises(InvalidInputError, match=r"user must be a user id \(str\) or a UserProfile"):
        fitted.recommend(3.5)
    with pytest.raises(InvalidInputError, match=r"user\[1\] must be"):
        fitted.recommend(["claire", None])
    with pytest.raises(InvalidInputError, match="one user, not a batch"):
        fitted.explain(["claire"], "share-fr")
    with pytest.raises(InvalidInputError, match=r"shape \(2, 256\)"):
        fitted.recommend(["claire", "john"], context=np.ones(256))


def test_bad_interaction_rows_are_reported_and_skipped(
    interactions, users, items, embedder, fitted, caplog
):
    bad = pd.DataFrame(
        {
            "user_id": ["claire", "claire", None, "claire"],
            "item_id": ["retired-course", "share-en", "share-en", "api-en"],
            "timestamp": pd.Timestamp("2025-03-20"),
            "event": ["open", "like", "open", "open"],
        }
    )
    messy = pd.concat([interactions, interactions.iloc[:3], bad], ignore_index=True)
    with caplog.at_level(logging.WARNING, logger="supportml.recommend"):
        model = ContentRecommender(embedder).fit(messy, users, items)
    assert model.skipped_interactions_ == {
        "missing user, item or timestamp": 1,
        "unknown event or missing weight": 1,
        "unknown item": 1,
        "duplicated event": 3,
    }
    assert "retired-course" in caplog.text
    weighted = interactions.assign(weight=1.0)
    weighted.loc[0, "weight"] = np.nan
    model = ContentRecommender(embedder).fit(weighted, users, items)
    assert model.skipped_interactions_ == {"unknown event or missing weight": 1}


def test_events_after_the_reference_time_count_as_current(interactions, users, items, embedder):
    model = ContentRecommender(embedder, reference_time="2025-03-15")
    model.fit(interactions, users, items)
    assert model.reference_time_ == "2025-03-15T00:00:00+00:00"
    ids, scores = model.recommend("nadia", n=3)
    assert len(ids) == 3 and np.isfinite(scores).all()


def test_empty_interactions_leave_profile_and_content(users, items, embedder, interactions):
    model = ContentRecommender(embedder).fit(interactions.iloc[:0], users, items)
    assert model.reference_time_ is None
    assert model.recommend("nadia", n=1)[0].tolist() == ["welcome-fr"]
    assert "share-fr" not in model.recommend("claire", n=12)[0]  # completed, from the users table
