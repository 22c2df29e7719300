"""The champion/challenger gate, the registry's history and loading models:/ URIs."""

from __future__ import annotations

import mlflow
import pandas as pd
import pytest

from supportml.exceptions import InvalidInputError
from supportml.routing import Router
from supportml.tracking import (
    champion_history,
    decisions_to_frame,
    evaluate_router,
    load_training_data,
    promote,
)

NAME = "supportml-router"


def test_first_challenger_becomes_champion(local_registry):
    first = local_registry.gates[0]
    assert first["promoted"] is True
    assert first["reason"] == "no champion yet"
    assert first["challenger_version"] == local_registry.first["model_version"] == "1"


def test_weak_challenger_is_refused(local_registry):
    weak = local_registry.gates[1]
    assert local_registry.weak.model_version == weak["challenger_version"] == "2"
    assert weak["promoted"] is False
    assert weak["champion_version"] == "1"
    # the same evaluation set for both: the weak model scores below the champion
    challenger, champion = weak["challenger_metrics"], weak["champion_metrics"]
    assert challenger["n_eval"] == champion["n_eval"]
    assert challenger["tier_macro_f1"] < champion["tier_macro_f1"]
    assert "tier_macro_f1" in weak["reason"]


def test_normal_challenger_is_promoted(local_registry):
    normal = local_registry.gates[2]
    assert normal["challenger_version"] == local_registry.second["model_version"] == "3"
    assert normal["promoted"] is True
    assert normal["champion_version"] == "1"
    # same data, same seeds: the retrain is reproducible, scores equal the first model's
    first = local_registry.gates[1]["champion_metrics"]
    assert normal["challenger_metrics"]["tier_macro_f1"] == pytest.approx(first["tier_macro_f1"])


def test_aliases_and_decision_tags(local_registry):
    client = mlflow.MlflowClient(local_registry.tracking_uri)
    assert str(client.get_model_version_by_alias(NAME, "champion").version) == "3"
    assert str(client.get_model_version_by_alias(NAME, "challenger").version) == "3"
    refused = client.get_model_version(NAME, "2").tags
    assert refused["supportml.promotion.decision"] == "refused"
    assert float(refused["supportml.promotion.challenger.tier_macro_f1"]) < float(
        refused["supportml.promotion.champion.tier_macro_f1"]
    )
    assert "supportml.champion_since" not in refused
    promoted = client.get_model_version(NAME, "3").tags
    assert promoted["supportml.promotion.decision"] == "promoted"
    assert promoted["supportml.promotion.champion_version"] == "1"
    assert promoted["data.sha256"] == local_registry.weak.fingerprint.sha256


def test_champion_history_lists_every_champion(local_registry, registry_uri):
    history = champion_history(NAME)
    assert [h["version"] for h in history] == ["1", "3"]
    assert history[0]["reason"] == "no champion yet"
    assert 0 < history[1]["challenger.tier_macro_f1"] <= 1


def test_router_load_accepts_a_models_uri(local_registry, registry_uri):
    champion = Router.load(f"models:/{NAME}@champion")
    folder = Router.load(local_registry.root / "v3")
    test = load_training_data(_config(local_registry).data).test.head(40)
    assert evaluate_router(champion, test).metrics == evaluate_router(folder, test).metrics
    texts = list(test["text"])
    pd.testing.assert_frame_equal(
        decisions_to_frame(champion.route_many(texts)), decisions_to_frame(folder.route_many(texts))
    )


def test_gate_refuses_bad_settings(local_registry, registry_uri):
    test = pd.DataFrame({"text": ["x"], "intent": ["outage"], "tier": ["support"]})
    with pytest.raises(InvalidInputError, match="primary_metric"):
        promote(test, primary_metric="accuracy")
    with pytest.raises(InvalidInputError, match="unsafe_tolerance"):
        promote(test, unsafe_tolerance=2)
    with pytest.raises(InvalidInputError, match="same version"):
        promote(test, challenger="champion")


def _config(local_registry):
    from supportml.tracking import RetrainConfig

    return RetrainConfig.from_toml(local_registry.config_file)
