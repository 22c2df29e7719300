from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from supportml import UserProfile
from supportml.exceptions import InvalidInputError
from supportml.recommend import PARTS, ContentRecommender

from .conftest import CATALOGUE, USERS

LANGUAGE = {item[0]: item[3] for item in CATALOGUE}
LEVEL = {item[0]: item[5] for item in CATALOGUE}
MOBILE = {item[0] for item in CATALOGUE if item[4] in ("video", "podcast") and item[6] <= 10}
ALL_USERS = [user[0] for user in USERS] + ["stranger"]


def _completed(user_id, interactions, users) -> set[str]:
    done = interactions[(interactions.user_id == user_id) & (interactions.event == "complete")]
    listed = users.set_index("user_id").completed_items.get(user_id, "")
    return set(done.item_id) | {item for item in listed.split(";") if item}


@pytest.mark.parametrize("user_id", ALL_USERS)
def test_completed_items_are_never_recommended(fitted, interactions, users, user_id):
    ids, scores = fitted.recommend(user_id, n=len(CATALOGUE))
    completed = _completed(user_id, interactions, users)
    assert not completed & set(ids)
    assert len(ids) == len(CATALOGUE) - len(completed) == len(scores)


def test_completed_items_of_a_profile_are_never_recommended(fitted):
    profile = UserProfile(user_id="stranger", completed_items=("password-fr", "share-fr"))
    ids, _ = fitted.recommend(profile, n=len(CATALOGUE))
    assert {"password-fr", "share-fr"}.isdisjoint(ids)


def test_completed_items_come_back_on_request(fitted):
    ids, _ = fitted.recommend("claire", n=len(CATALOGUE), exclude_completed=False)
    assert "share-fr" in ids


@pytest.mark.parametrize("user_id", ["claire", "john", "nadia", "fabien", "gaston", "dev"])
def test_the_users_language_comes_first(fitted, users, user_id):
    language = users.set_index("user_id").language[user_id]
    ids, _ = fitted.recommend(user_id, n=len(CATALOGUE))
    matches = [LANGUAGE[item] == language for item in ids]
    assert matches == sorted(matches, reverse=True)  # other languages only fill in
    assert matches[0]


def test_the_requests_language_serves_a_profile_without_one(fitted):
    for language in ("fr", "en"):
        ids, _ = fitted.recommend("stranger", n=4, language=language)
        assert {LANGUAGE[item] for item in ids} == {language}


def test_level_suits_the_digital_maturity(fitted):
    beginner = UserProfile(language="en", digital_maturity=1)
    ids, _ = fitted.recommend(beginner, n=len(CATALOGUE))
    english = [item for item in ids if LANGUAGE[item] == "en"]
    assert english[-2:] == ["recording-en", "api-en"]  # intermediate and advanced fill in last
    expert = UserProfile(language="en", digital_maturity=5)
    assert set(fitted.recommend(expert, n=2)[0]) == {"recording-en", "api-en"}


def test_field_team_gets_short_mobile_formats(fitted):
    ids, _ = fitted.recommend("fabien", n=4)
    assert sum(item in MOBILE for item in ids) >= 2
    office_twin = UserProfile(user_id="fabien", language="fr", digital_maturity=2)
    office_ids, _ = fitted.recommend(office_twin, n=len(CATALOGUE))
    for item in MOBILE & set(ids):
        assert list(ids).index(item) < list(office_ids).index(item)


def test_field_team_quota_holds_when_popularity_alone_would_miss_it(
    interactions, users, items, embedder
):
    popular = ContentRecommender(embedder, weights={p: 0 for p in PARTS} | {"popularity": 1})
    popular.fit(interactions, users, items)
    field_worker = UserProfile(language="fr", field_team=True, digital_maturity=2)
    office_worker = UserProfile(language="fr", digital_maturity=2)
    assert sum(item in MOBILE for item in popular.recommend(office_worker, n=4)[0]) < 2
    assert sum(item in MOBILE for item in popular.recommend(field_worker, n=4)[0]) >= 2


@pytest.mark.parametrize(
    ("user", "expected"),
    [
        ("nadia", "welcome-fr"),
        (UserProfile(language="fr", adoption_state="new_hire", department="Sales"), "welcome-fr"),
        (UserProfile(language="en", adoption_state="new_hire"), "welcome-en"),
    ],
)
def test_new_hires_get_onboarding_content(fitted, user, expected):
    assert fitted.recommend(user, n=1)[0].tolist() == [expected]


def test_unknown_user_is_a_cold_start_not_an_error(fitted):
    ids, scores = fitted.recommend("someone-new", n=3)
    same, _ = fitted.recommend(UserProfile(user_id="someone-new"), n=3)
    assert len(ids) == 3 and np.isfinite(scores).all()
    assert ids.tolist() == same.tolist()
    assert fitted.explain("someone-new", ids[0]).endswith("(no history for you yet)")


def test_context_moves_the_matching_item_to_the_top(fitted, embedder):
    request = embedder.encode(["comment réinitialiser mon mot de passe oublié"])[0]
    before, _ = fitted.recommend("nadia", n=3)
    after, _ = fitted.recommend("nadia", n=3, context=request)
    assert before[0] != "password-fr"
    assert after[0] == "password-fr"


def test_batch_equals_one_by_one(fitted, embedder):
    batch = ["claire", UserProfile(language="en", field_team=True), "stranger", "nadia"]
    contexts = embedder.encode(["partager un dossier", "reset password", "meeting", "bienvenue"])
    ids, scores = fitted.recommend(np.array(batch, dtype=object), n=5, context=contexts)
    assert ids.shape == scores.shape == (4, 5)
    for row, (user, context) in enumerate(zip(batch, contexts, strict=True)):
        one_ids, one_scores = fitted.recommend(user, n=5, context=context)
        assert ids[row].tolist() == one_ids.tolist()
        np.testing.assert_allclose(scores[row], one_scores, rtol=1e-6)


def test_batch_pads_short_rows(fitted):
    ids, scores = fitted.recommend(["claire", "john"], n=5, only_items=["share-fr", "share-en"])
    assert ids.tolist() == [["share-en", None, None, None, None], ["share-fr"] + [None] * 4]
    assert np.isnan(scores[:, 1:]).all()


def test_same_data_same_lists(interactions, users, items, embedder, fitted):
    refit = ContentRecommender(embedder).fit(
        interactions.sample(frac=1, random_state=0), users, items
    )
    for user_id in ALL_USERS:
        ids, scores = refit.recommend(user_id, n=6)
        expected_ids, expected_scores = fitted.recommend(user_id, n=6)
        assert ids.tolist() == expected_ids.tolist()
        np.testing.assert_allclose(scores, expected_scores, rtol=1e-6)


def test_at_most_two_items_of_the_same_tool_and_format(interactions, users, items, embedder):
    extra = (
        items[items.item_id == "share-fr"]
        .iloc[[0, 0]]
        .assign(
            item_id=["share-fr-2", "share-fr-3"], title=["Partager un dossier (2)", "Partager (3)"]
        )
    )
    catalogue = pd.concat([items, extra], ignore_index=True)
    model = ContentRecommender(embedder).fit(interactions, users, catalogue)
    ids, _ = model.recommend("x2", n=4)
    assert sum(item.startswith("share-fr") for item in ids) == 2  # a third one would rank here
    only = [*extra.item_id, "share-fr"]  # nothing else to fill in: the cap gives way
    assert len(model.recommend("x2", n=4, only_items=only)[0]) == 3


@pytest.mark.parametrize("part", PARTS)
def test_each_part_works_alone(interactions, users, items, embedder, part):
    model = ContentRecommender(embedder, weights={p: 0 for p in PARTS} | {part: 1})
    model.fit(interactions, users, items)
    context = embedder.encode(["mot de passe oublié"])[0]
    ids, _ = model.recommend("claire", n=5, context=context)
    assert len(ids) == 5 and "share-fr" not in ids
    assert all(LANGUAGE[item] == "fr" for item in ids)
    assert (model.embedder_ is None) == (part not in ("content", "context"))


def test_ease_item_similarity(interactions, users, items, embedder):
    model = ContentRecommender(
        embedder, item_similarity="ease", weights={p: 0 for p in PARTS} | {"collaborative": 1}
    ).fit(interactions, users, items)
    assert model.recommend("john", n=1)[0].tolist() == ["password-en"]
    assert model.explain("john", "password-en").startswith("follows 'Share a folder'")


def test_filters(fitted):
    ids, _ = fitted.recommend("claire", n=10, only_items=["password-fr", "welcome-en"])
    assert ids.tolist() == ["password-fr", "welcome-en"]
    ids, _ = fitted.recommend("claire", n=10, exclude_items=["password-fr"])
    assert "password-fr" not in ids


def test_explanations(interactions, users, items, embedder, fitted):
    def alone(part):
        model = ContentRecommender(embedder, weights={p: 0 for p in PARTS} | {part: 1})
        return model.fit(interactions, users, items)

    request = embedder.encode(["mot de passe oublié"])[0]
    assert fitted.explain("nadia", "welcome-fr") == "popular this week with new hires in Sales"
    assert fitted.explain("nadia", "password-fr", context=request) == "matches your request"
    assert alone("popularity").explain("stranger", "community-fr") == (
        "popular this week (no history for you yet)"
    )
    assert alone("collaborative").explain("john", "password-en") == (
        "follows 'Share a folder' you completed"
    )
    assert alone("content").explain("fabien", "share-video-fr") == (
        "like 'Partager un dossier' you completed"
    )
    assert alone("content").explain("claire", "password-fr") == (
        "you opened it: pick up where you left off"
    )
    assert alone("profile").explain("fabien", "share-video-fr") == "a short video for field teams"
    assert alone("profile").explain("nadia", "welcome-fr") == "onboarding content for new hires"


def test_context_alone_without_a_request_still_answers(interactions, users, items, embedder):
    model = ContentRecommender(embedder, weights={p: 0 for p in PARTS} | {"context": 1})
    model.fit(interactions, users, items)
    ids, scores = model.recommend("claire", n=3)
    assert len(ids) == 3 and not scores.any()
    assert model.explain("claire", ids[0]) == "to complete your list"


def test_item_vectors_follow_the_ids_given_and_refuse_an_unknown_one(fitted):
    first, second = fitted.item_ids_[0], fitted.item_ids_[1]
    vectors = fitted.item_vectors([second, first])
    assert np.array_equal(vectors, fitted.item_vectors_[[1, 0]])
    with pytest.raises(InvalidInputError, match="'nope', which is not in the catalogue"):
        fitted.item_vectors([first, "nope"])
