from __future__ import annotations

import pytest

from supportml.data import INTENTS
from supportml.exceptions import InvalidInputError
from supportml.routing import TierPolicy

VALID = """version = 1
[thresholds]
min_confidence = 0.5

[[rules]]
name = "vip"
route = "support"
adoption_states = ["ghost"]
"""


def test_default_policy_sends_outages_to_support():
    rule = TierPolicy.default().first_matching_rule(
        text="panne générale de la messagerie",
        intent="outage",
        abstained=False,
        user=None,
        language="fr",
    )
    assert rule is not None and rule.route == "support"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I typed my password on a fake login page, help", "en"),
        ("my laptop was stolen on the train with OneDrive open", "en"),
        ("SharePoint montre une connexion depuis l'étranger, mon compte est compromis ?", "fr"),
        ("j'ai saisi mon mot de passe sur une fausse page de la DSI", "fr"),
        ("un fichier suspect a été posté dans le canal général", "fr"),
    ],
)
def test_default_policy_sends_a_compromised_account_or_device_to_support(text, language):
    """Even when the intent classifier reads it as a self-service question."""
    rule = TierPolicy.default().first_matching_rule(
        text=text, intent="password_reset", abstained=False, user=None, language=language
    )
    assert rule is not None and rule.name == "incident wording"


@pytest.mark.parametrize(
    "text", ["How do I share a folder with a supplier?", "Comment voler du temps à mes réunions ?"]
)
def test_default_policy_leaves_how_to_questions_to_the_tier_model(text):
    rule = TierPolicy.default().first_matching_rule(
        text=text, intent="share_file", abstained=False, user=None, language="en"
    )
    assert rule is None


@pytest.mark.parametrize(
    "intent", sorted(name for name, spec in INTENTS.items() if spec.tier == "support")
)
def test_default_policy_sends_every_support_only_intent_to_support(intent):
    rule = TierPolicy.default().first_matching_rule(
        text="x", intent=intent, abstained=False, user=None, language="en"
    )
    assert rule is not None and rule.route == "support"


def test_profile_conditions_never_match_an_unknown_user():
    policy = TierPolicy.from_toml(VALID)
    assert policy.min_confidence == 0.5
    assert (
        policy.first_matching_rule(
            text="x", intent="share_file", abstained=False, user=None, language="en"
        )
        is None
    )


def test_unknown_tier_names_its_line():
    text = VALID.replace('route = "support"', 'route = "helpdesk"')
    with pytest.raises(InvalidInputError, match="line 7: rule 'vip' routes to unknown tier"):
        TierPolicy.from_toml(text)


def test_syntax_error_names_its_line():
    with pytest.raises(InvalidInputError, match="line 3"):
        TierPolicy.from_toml('version = 1\n[[rules]]\nname = "broken\n')


def test_unknown_condition_and_threshold_are_refused():
    with pytest.raises(InvalidInputError, match="unknown condition 'colour'"):
        TierPolicy.from_toml(VALID + 'colour = "red"\n')
    with pytest.raises(InvalidInputError, match="unknown threshold 'min_confidance'"):
        TierPolicy.from_toml(VALID.replace("min_confidence", "min_confidance"))


def test_bad_regular_expression_is_refused():
    with pytest.raises(InvalidInputError, match="bad regular expression"):
        TierPolicy.from_toml(VALID + 'text_matches = ["(unclosed"]\n')


def test_default_costs_pick_the_likeliest_tier():
    policy = TierPolicy.from_toml("version = 1\n")
    assert policy.cheapest_tier({"chatbot": 0.6, "support": 0.4}) == "chatbot"
    assert policy.cheapest_tier({"elearning": 0.3, "ambassador": 0.7}) == "ambassador"


def test_costs_table_makes_a_doubtful_self_service_route_go_to_support():
    policy = TierPolicy.from_toml(
        "version = 1\n[costs]\nsupport = { chatbot = 4, elearning = 4 }\n"
    )
    assert policy.costs[3] == (4.0, 4.0, 1.0, 0.0)
    assert policy.cheapest_tier({"chatbot": 0.7, "support": 0.3}) == "support"
    assert policy.cheapest_tier({"chatbot": 0.85, "support": 0.15}) == "chatbot"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("helpdesk = { chatbot = 1 }", "line 3: costs of 'helpdesk'"),
        ("support = { helpdesk = 1 }", "unknown tier 'helpdesk'"),
        ("support = { chatbot = -1 }", "must be a number >= 0"),
        ("support = 3", "expected a table named after a tier"),
    ],
)
def test_bad_costs_are_refused_naming_the_line(table, message):
    with pytest.raises(InvalidInputError, match=message):
        TierPolicy.from_toml(f"version = 1\n[costs]\n{table}\n")
