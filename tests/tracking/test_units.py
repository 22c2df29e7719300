"""Fast checks of the configs, the request/decision frames and the overrides of the CLI."""

from __future__ import annotations

import logging
import math

import pandas as pd
import pytest

from supportml.exceptions import InvalidInputError
from supportml.routing import RoutingDecision, UserProfile
from supportml.tracking import (
    DECISION_COLUMNS,
    RetrainConfig,
    decisions_to_frame,
    fingerprint,
    requests_from_frame,
    resolve_tracking_uri,
    router_signature,
)


def test_config_round_trips_and_refuses_unknown_or_bad_values(tmp_path):
    config = RetrainConfig.from_dict({"data": {"n_requests": 500}})
    assert RetrainConfig.from_dict(config.to_dict()) == config
    with pytest.raises(InvalidInputError, match=r"Unknown key\(s\) \['n_request'\] in \[data\]"):
        RetrainConfig.from_dict({"data": {"n_request": 500}})
    with pytest.raises(InvalidInputError, match="'train_fraction' parameter of \\[data\\]"):
        RetrainConfig.from_dict({"data": {"train_fraction": 0}})
    with pytest.raises(InvalidInputError, match="primary_metric"):
        RetrainConfig.from_dict({"tracking": {"primary_metric": "accuracy"}})
    file = tmp_path / "c.toml"
    file.write_text('[data]\nsource = "tables"\n[model]\nembedder = "hashing"\n')
    assert RetrainConfig.from_toml(file).data.source == str(tmp_path / "tables")
    file.write_text("[data\n")
    with pytest.raises(InvalidInputError, match="not valid TOML"):
        RetrainConfig.from_toml(file)


def test_shipped_configs_load():
    from pathlib import Path

    for file in sorted((Path(__file__).parents[2] / "training" / "configs").glob("*.toml")):
        assert RetrainConfig.from_toml(file).tracking.registered_model == "supportml-router"


def test_overrides_of_the_training_entry_point():
    from training.retrain import build_config, parse_overrides

    assert parse_overrides(["data.n_users=100", "tracking.tracking_uri=http://h:5000"]) == {
        "data": {"n_users": 100},
        "tracking": {"tracking_uri": "http://h:5000"},
    }
    config = build_config(None, ["data.train_fraction=0.1", "model.embedder=hashing"])
    assert config.data.train_fraction == 0.1 and config.model.embedder == "hashing"
    with pytest.raises(InvalidInputError, match=r"section\.key=value"):
        parse_overrides(["train_fraction=0.1"])
    with pytest.raises(InvalidInputError, match="Unknown key"):
        build_config(None, ["data.fraction=0.1"])


def test_fingerprint_changes_with_any_cell():
    frame = pd.DataFrame({"text": ["a", "b"], "intent": ["x", "y"], "tier": ["chatbot"] * 2})
    changed = frame.assign(tier=["chatbot", "support"])
    assert fingerprint(frame) == fingerprint(frame.copy())
    assert fingerprint(changed).sha256 != fingerprint(frame).sha256
    assert fingerprint(changed).tiers == {"chatbot": 1, "support": 1}


def test_requests_from_frame_reads_profiles_ids_and_missing_values(caplog):
    frame = pd.DataFrame(
        {
            "text": ["a", "b", "c", None, "e"],
            "user_id": ["u1", "u2", None, "u4", "u5"],
            "digital_maturity": [None, 2, 5.0, math.nan, "high"],
            "field_team": [None, True, None, None, None],
        }
    )
    with caplog.at_level(logging.WARNING):
        texts, users = requests_from_frame(frame)
    assert texts == ["a", "b", "c", None, "e"]  # the router sends unusable texts to support
    assert users[0] == "u1"  # no profile values: the router's profile for that id
    assert users[1] == UserProfile(user_id="u2", digital_maturity=2, field_team=True)
    assert users[2] == UserProfile(digital_maturity=5)
    assert users[3] == "u4"
    assert users[4] == "u5"  # unreadable profile: falls back to the id, with a warning
    assert "1 row(s) had unreadable profile values" in caplog.text
    with pytest.raises(InvalidInputError, match="lacks the 'text' column"):
        requests_from_frame(pd.DataFrame({"body": ["x"]}))
    with pytest.raises(InvalidInputError, match="must be a DataFrame"):
        requests_from_frame(["x"])


def test_decision_frame_has_plain_types():
    decisions = [
        RoutingDecision("chatbot", 0.9, "share_file", 0.8, False, "e", "tier model",
                        payload={"kb_entry_id": "kb1", "kb_score": 0.7}),
        RoutingDecision("support", 0.0, "unknown", 0.0, True, "e", "invalid input",
                        payload={"priority": "normal"}),
    ]  # fmt: skip
    frame = decisions_to_frame(decisions)
    assert list(frame.columns) == list(DECISION_COLUMNS)
    assert frame["kb_entry_id"].tolist() == ["kb1", ""]
    assert frame["abstained"].dtype == bool and frame["confidence"].dtype == float
    assert list(decisions_to_frame([]).columns) == list(DECISION_COLUMNS)
    outputs = router_signature().outputs.input_names()
    assert outputs == list(DECISION_COLUMNS)


def test_tracking_uri_precedence(monkeypatch, tmp_path):
    import mlflow

    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    mlflow.set_tracking_uri(None)
    monkeypatch.chdir(tmp_path)
    assert resolve_tracking_uri() == f"sqlite:///{tmp_path / 'mlflow.db'}"
    monkeypatch.setenv("MLFLOW_TRACKING_URI", "http://example:5000")
    assert resolve_tracking_uri() == "http://example:5000"
    assert resolve_tracking_uri("sqlite:///x.db") == "sqlite:///x.db"
