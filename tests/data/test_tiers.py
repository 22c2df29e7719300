from __future__ import annotations

import pandas as pd
import pytest

from supportml.data import INTENTS, TIERS, true_tier
from supportml.exceptions import InvalidInputError

# A tiny organisation: FAQ for share_file in English only, content for share_file in both
# languages, one ambassador for integration_api (IT department or London site, English).
_KB = pd.DataFrame(
    {"intent": ["share_file"], "language": ["en"], "question": ["q"], "answer": ["a"]}
)
_CATALOGUE = pd.DataFrame(
    {"intents": ["share_file;permissions", "share_file"], "language": ["en", "fr"]}
)
_AMBASSADORS = pd.DataFrame(
    {
        "expertise": ["integration_api;share_file"],
        "departments": ["IT;R&D"],
        "languages": ["en"],
        "site": ["London"],
    }
)
_MATURE = {
    "language": "en",
    "department": "Sales",
    "site": "Paris",
    "adoption_state": "active",
    "digital_maturity": 4,
    "field_team": False,
}


def _tier(intent: str, **profile) -> str:
    return true_tier(
        intent,
        {**_MATURE, **profile},
        knowledge_base=_KB,
        catalogue=_CATALOGUE,
        ambassadors=_AMBASSADORS,
    )


@pytest.mark.parametrize(
    "intent", [name for name, spec in INTENTS.items() if spec.tier == "support"]
)
def test_incidents_and_access_always_go_to_support(intent):
    assert _tier(intent) == "support"
    assert _tier(intent, adoption_state="new_hire", digital_maturity=1) == "support"


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        ({}, "chatbot"),  # mature, FAQ in their language
        ({"adoption_state": "power_user", "digital_maturity": 5}, "chatbot"),
        ({"adoption_state": "new_hire"}, "elearning"),
        ({"adoption_state": "ghost", "digital_maturity": 5}, "elearning"),
        ({"digital_maturity": 2}, "elearning"),
        ({"field_team": True, "digital_maturity": 3}, "elearning"),
        ({"field_team": True, "digital_maturity": 4}, "chatbot"),
        ({"digital_maturity": 3}, "chatbot"),
        ({"language": "fr"}, "elearning"),  # no French FAQ entry
    ],
)
def test_how_to_tier_depends_on_the_profile(profile, expected):
    assert _tier("share_file", **profile) == expected


def test_learning_falls_back_to_the_faq_then_to_support():
    # permissions: English content only, no FAQ -> a French newcomer has nothing to self-serve.
    assert _tier("permissions", digital_maturity=1) == "elearning"
    assert _tier("permissions", digital_maturity=1, language="fr") == "support"
    # share_file in English with content removed: the FAQ answers instead.
    no_content = _CATALOGUE.iloc[1:]
    user = {**_MATURE, "digital_maturity": 1}
    frames = {"knowledge_base": _KB, "catalogue": no_content, "ambassadors": _AMBASSADORS}
    assert true_tier("share_file", user, **frames) == "chatbot"


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        ({"department": "IT"}, "ambassador"),
        ({"department": "R&D", "site": "Lyon"}, "ambassador"),
        ({"site": "London"}, "ambassador"),
        ({}, "support"),  # neither department nor site
        ({"department": "IT", "language": "fr"}, "support"),  # the ambassador speaks English
    ],
)
def test_complex_requests_go_to_a_matching_ambassador_or_support(profile, expected):
    assert _tier("integration_api", **profile) == expected
    assert _tier("governance_retention", **profile) == "support"  # nobody has the expertise


def test_learning_intents_go_to_elearning_when_content_exists():
    catalogue = pd.DataFrame({"intents": ["training_request"], "language": ["en"]})
    frames = {"knowledge_base": _KB, "catalogue": catalogue, "ambassadors": _AMBASSADORS}
    assert true_tier("training_request", _MATURE, **frames) == "elearning"


def test_accepts_a_row_of_the_users_frame(data):
    frames = {
        "knowledge_base": data.knowledge_base,
        "catalogue": data.catalogue,
        "ambassadors": data.ambassadors,
    }
    assert true_tier("outage", data.users.iloc[0], **frames) == "support"


def test_refuses_unknown_intents_and_incomplete_profiles():
    with pytest.raises(InvalidInputError, match="Unknown intent 'coffee_machine'"):
        _tier("coffee_machine")
    with pytest.raises(InvalidInputError, match=r"\['field_team'\]"):
        true_tier(
            "share_file",
            {k: v for k, v in _MATURE.items() if k != "field_team"},
            knowledge_base=_KB,
            catalogue=_CATALOGUE,
            ambassadors=_AMBASSADORS,
        )


# --- the generated labels ------------------------------------------------------------------------


def test_generated_tiers_follow_the_rule_up_to_noise(data):
    frames = {
        "knowledge_base": data.knowledge_base,
        "catalogue": data.catalogue,
        "ambassadors": data.ambassadors,
    }
    users = data.users.set_index("user_id")
    sample = data.requests.iloc[::10]
    written = sample["template_id"].str.split(".").str[0]
    expected = [
        true_tier(intent, users.loc[user_id], **frames)
        for intent, user_id in zip(written, sample["user_id"], strict=True)
    ]
    assert (sample["tier"] == expected).mean() > 0.9  # ~3 % of tiers are noise


def test_same_intent_gets_different_tiers_for_different_profiles(data):
    requests = data.requests
    written = requests["template_id"].str.split(".").str[0]
    shares = pd.crosstab(written, requests["tier"], normalize="index")
    assert set(requests["tier"]) == set(TIERS)
    how_to = [name for name, spec in INTENTS.items() if spec.tier == "chatbot"]
    # Mature users get the FAQ, newcomers and low-maturity users get e-learning.
    assert (
        (shares.loc[how_to, "chatbot"] > 0.15) & (shares.loc[how_to, "elearning"] > 0.15)
    ).mean() > 0.8
    # Field teams get e-learning more often than office staff.
    field = requests["user_id"].map(data.users.set_index("user_id")["field_team"])
    is_how_to = written.isin(how_to)
    elearning = requests["tier"] == "elearning"
    assert elearning[is_how_to & field].mean() > elearning[is_how_to & ~field].mean() + 0.15
