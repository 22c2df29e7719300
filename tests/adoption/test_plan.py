from __future__ import annotations

import numpy as np
import pytest

from supportml.adoption import CHANNELS, PLAN_COLUMNS, AdoptionAnalyzer
from supportml.recommend._catalogue import read_catalogue
from supportml.recommend._priors import ProfilePriors


@pytest.fixture
def plan(organisation):
    data, _, analyzer = organisation
    return analyzer.conversion_plan(catalogue=data.catalogue, interactions=data.interactions)


def test_the_plan_holds_every_ghost_and_dormant_user_ranked(organisation, plan):
    _, _, analyzer = organisation
    states = analyzer.states()
    targets = set(states.index[states.isin(["ghost", "dormant"])])
    assert plan.columns.tolist() == list(PLAN_COLUMNS)
    assert set(plan["user_id"]) == targets and len(plan) == len(targets)
    assert (plan["state"] == states.loc[plan["user_id"]].to_numpy()).all()
    assert plan["rank"].tolist() == list(range(1, len(plan) + 1))
    assert (np.diff(plan["priority"].to_numpy()) <= 0).all()
    assert np.allclose(plan["priority"], plan["propensity"] * plan["value"])
    assert plan["propensity"].between(0, 1).all()
    top = analyzer.conversion_plan(5, catalogue=None)
    assert top["user_id"].tolist() == plan["user_id"].head(5).tolist()
    assert top["first_content_id"].isna().all()


def test_first_content_is_beginner_in_language_and_not_completed(organisation, plan):
    data, _, _ = organisation
    catalogue = data.catalogue.set_index("item_id")
    users = data.users.set_index("user_id")
    done = data.interactions[data.interactions["event"] == "complete"]
    completed = done.groupby("user_id")["item_id"].agg(set)
    assert plan["first_content_id"].notna().all()
    for user_id, item_id in zip(plan["user_id"], plan["first_content_id"], strict=True):
        item, user = catalogue.loc[item_id], users.loc[user_id]
        assert item["language"] == user["language"], user_id
        assert item["level"] == "beginner", user_id
        assert item_id not in completed.get(user_id, set()), user_id
        assert item_id not in user["completed_items"].split(";"), user_id
    # Short items come first: the synthetic catalogue has short beginner items in both languages.
    durations = catalogue.loc[plan["first_content_id"], "duration_min"].to_numpy()
    assert (durations <= 10).all()


def test_first_content_is_on_the_users_tool_when_there_is_one(organisation, plan):
    data, logs, _ = organisation
    catalogue = data.catalogue.set_index("item_id")
    main_action = logs.groupby(["user_id", "action"])["count"].sum().unstack(fill_value=0)
    tools = {"post": "social_network", "message": "messaging", "file": "cloud_storage"}
    items = data.catalogue
    checked = 0
    for user_id, item_id in zip(plan["user_id"], plan["first_content_id"], strict=True):
        if user_id not in main_action.index:
            continue
        counts = main_action.loc[user_id]
        if (counts == counts.max()).sum() > 1:  # a tie: the analyzer takes post, message, file
            continue
        tool = tools[counts.idxmax()]
        language = data.users.set_index("user_id").loc[user_id, "language"]
        fits = items[
            (items["tool"] == tool)
            & (items["language"] == language)
            & (items["level"] == "beginner")
            & (items["duration_min"] <= 10)
        ]
        if len(fits) > 3:  # enough left once the user's completed items are out
            assert catalogue.loc[item_id, "tool"] == tool, user_id
            checked += 1
    assert checked > 10


def test_channels_follow_the_rule(organisation, plan):
    data, _, _ = organisation
    field = data.users.set_index("user_id")["field_team"].loc[plan["user_id"]].to_numpy()
    assert set(plan["channel"]) <= set(CHANNELS)
    assert (plan["channel"][field] == "mobile_push").all()
    office = plan[~field]
    assert (office["channel"] == np.where(office["state"] == "ghost", "email", "esn_post")).all()
    assert field.any() and (~field).any()


def test_field_teams_get_a_mobile_format_when_one_fits(organisation, plan):
    data, _, _ = organisation
    field = data.users.set_index("user_id")["field_team"].loc[plan["user_id"]].to_numpy()
    mobile = ProfilePriors(read_catalogue(data.catalogue), 10.0).mobile
    is_mobile = dict(zip(data.catalogue["item_id"], mobile, strict=True))
    share = np.mean([is_mobile[item_id] for item_id in plan["first_content_id"][field]])
    assert share >= 0.8


def test_value_column_weighs_the_ranking(organisation):
    data, logs, _ = organisation
    users = data.users.assign(licence=np.where(data.users["field_team"], 0.0, 2.0))
    plan = AdoptionAnalyzer(value_column="licence").fit(logs, users=users).conversion_plan()
    field = users.set_index("user_id")["field_team"].loc[plan["user_id"]].to_numpy()
    assert not field[: int((~field).sum())].any()  # worthless conversions come last
    assert np.allclose(plan["priority"], 2.0 * plan["propensity"] * ~field)


def test_reasons_name_state_content_and_channel(organisation, plan):
    reason = plan["reason"].iloc[0]
    assert reason.startswith(plan["state"].iloc[0]) and "first: '" in reason
    assert plan["reason"].str.contains("field team|e-mail|post mentioning").all()


def test_same_data_same_plan(organisation):
    data, logs, analyzer = organisation
    again = AdoptionAnalyzer().fit(logs, users=data.users).conversion_plan(catalogue=data.catalogue)
    first = analyzer.conversion_plan(catalogue=data.catalogue)
    assert again.equals(first)
