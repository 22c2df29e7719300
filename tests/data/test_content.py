from __future__ import annotations

import pandas as pd

from supportml.data import INTENTS, TOOLS
from supportml.data._profiles import DEPARTMENTS

SELF_SERVICE = {name for name, spec in INTENTS.items() if spec.tier in ("chatbot", "elearning")}
LEARNABLE = {name for name, spec in INTENTS.items() if spec.tier != "support"}


def _split(column: pd.Series) -> pd.Series:
    return column.str.split(";").explode()


# --- knowledge base ----------------------------------------------------------------------------


def test_knowledge_base_covers_self_service_intents_in_both_languages(data):
    kb = data.knowledge_base
    counts = kb.groupby(["intent", "language"]).size()
    assert set(kb["intent"]) == SELF_SERVICE
    assert counts.between(2, 4).all()
    assert len(counts) == 2 * len(SELF_SERVICE)  # every intent in "en" and "fr"


def test_knowledge_base_has_no_entry_for_incidents(data):
    unsafe = {name for name, spec in INTENTS.items() if spec.tier == "support"}
    assert {"outage", "security_incident", "account_access"} <= unsafe
    assert not unsafe & set(data.knowledge_base["intent"])


def test_knowledge_base_entries_are_distinct(data):
    kb = data.knowledge_base
    assert kb["question"].is_unique and kb["answer"].is_unique
    assert (kb["answer"].str.len() > 40).all()


# --- catalogue ---------------------------------------------------------------------------------


def test_catalogue_values(data):
    catalogue = data.catalogue
    assert set(catalogue["format"]) == {"elearning", "video", "podcast", "guide"}
    assert set(catalogue["level"]) == {"beginner", "intermediate", "advanced"}
    assert set(catalogue["audience"]) == {"all", "new_hire", "field", "manager", "developer"}
    assert set(catalogue["tool"]) == set(TOOLS)
    assert set(_split(catalogue["intents"])) == LEARNABLE
    assert (catalogue["duration_min"] > 0).all()
    assert (catalogue["published_at"] < data.as_of).all()
    assert not catalogue.duplicated(["language", "title"]).any()


def test_catalogue_covers_every_learnable_intent_in_both_languages(data):
    catalogue = data.catalogue.assign(intent=data.catalogue["intents"].str.split(";"))
    covered = set(catalogue.explode("intent")[["intent", "language"]].itertuples(index=False))
    assert covered == {(intent, language) for intent in LEARNABLE for language in ("en", "fr")}


def test_field_content_is_short_and_mobile(data):
    catalogue = data.catalogue
    field = catalogue["audience"] == "field"
    assert (catalogue.loc[field, "duration_min"] <= 8).all()
    assert catalogue.loc[field, "format"].isin(["video", "podcast"]).mean() > 0.5


# --- ambassadors -------------------------------------------------------------------------------


def test_ambassadors_are_engaged_users_with_valid_expertise(data):
    ambassadors = data.ambassadors
    users = data.users.set_index("user_id")
    assert len(ambassadors) >= 5 and ambassadors["user_id"].is_unique
    profiles = users.loc[ambassadors["user_id"]]
    assert profiles["adoption_state"].isin(["active", "power_user"]).all()
    assert (profiles["site"].to_numpy() == ambassadors["site"].to_numpy()).all()
    assert set(_split(ambassadors["expertise"])) <= LEARNABLE
    assert set(_split(ambassadors["languages"])) <= {"en", "fr"}
    assert set(_split(ambassadors["departments"])) <= set(DEPARTMENTS)
    assert ambassadors["weekly_capacity"].between(1, 20).all()
    complex_intents = {name for name, spec in INTENTS.items() if spec.tier == "ambassador"}
    for expertise in ambassadors["expertise"]:
        assert complex_intents & set(expertise.split(";"))


# --- interactions ------------------------------------------------------------------------------


def test_interactions_reference_known_users_and_published_items(data):
    events = data.interactions
    assert set(events["event"]) == {"open", "complete"}
    assert set(events["user_id"]) <= set(data.users["user_id"])
    published = data.catalogue.set_index("item_id")["published_at"]
    assert (events["timestamp"].to_numpy() >= published[events["item_id"]].to_numpy()).all()
    assert events["timestamp"].is_monotonic_increasing
    assert events["timestamp"].min() >= pd.Timestamp("2024-01-01")
    assert events["timestamp"].max() < data.as_of


def test_every_completion_follows_an_open(data):
    events = data.interactions
    first_open = (
        events.loc[events["event"] == "open"].groupby(["user_id", "item_id"])["timestamp"].min()
    )
    completes = events.loc[events["event"] == "complete"].set_index(["user_id", "item_id"])
    assert completes.index.is_unique
    assert (completes["timestamp"] > first_open[completes.index]).all()


def test_popular_items_and_onboarding_for_new_hires(data):
    events = data.interactions
    opens = events.loc[events["event"] == "open", "item_id"].value_counts()
    top_decile = opens.iloc[: max(1, len(data.catalogue) // 10)].sum()
    assert top_decile > 0.25 * opens.sum()
    hired = data.users.loc[data.users["hire_date"] >= "2024-01-01", "user_id"]
    first = events[events["user_id"].isin(hired)].groupby("user_id")["item_id"].first()
    audience = data.catalogue.set_index("item_id")["audience"]
    assert (audience[first] == "new_hire").mean() > 0.5


def test_users_open_content_in_their_language(data):
    events = data.interactions.merge(data.users[["user_id", "language"]], on="user_id")
    language = data.catalogue.set_index("item_id")["language"]
    assert (language[events["item_id"]].to_numpy() == events["language"].to_numpy()).mean() > 0.8
