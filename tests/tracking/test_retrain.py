"""A retrain's run as MLflow stores it, the logged model, and tracking failures."""

from __future__ import annotations

import time
from pathlib import Path

import mlflow
import pandas as pd
import pytest

from supportml.routing import Router
from supportml.tracking import (
    DECISION_COLUMNS,
    RetrainConfig,
    TrackingUnavailableError,
    check_tracking_server,
    decisions_to_frame,
    load_training_data,
    retrain,
)

from .conftest import free_port, quick_config

METRICS = {
    "intent_accuracy",
    "intent_macro_f1",
    "tier_macro_f1",
    "unsafe_self_service_rate",
    "intent_ece",
    "tier_ece",
    "abstention_rate",
    "fit_seconds",
}
FIGURES = {
    "evaluation/confusion_matrix_tier.png",
    "evaluation/confusion_matrix_intent.png",
    "evaluation/reliability_diagram.png",
}


@pytest.fixture
def client(local_registry):
    return mlflow.MlflowClient(local_registry.tracking_uri)


@pytest.fixture
def first_run(local_registry, client):
    return client.get_run(local_registry.first["run_id"])


def _artifacts(client, run_id: str, path: str | None = None) -> list[str]:
    found = []
    for info in client.list_artifacts(run_id, path):
        found += _artifacts(client, run_id, info.path) if info.is_dir else [info.path]
    return found


def test_default_store_is_sqlite_in_the_working_directory(local_registry):
    root = Path(local_registry.root)
    assert local_registry.tracking_uri == f"sqlite:///{root / 'mlflow.db'}"
    assert (root / "mlflow.db").is_file()
    assert list((root / "mlruns").rglob("*.png"))  # artifacts next to it, in ./mlruns
    assert (root / "outputs" / "router" / "manifest.json").is_file()


def test_run_holds_params_metrics_tags(first_run, local_registry):
    params, metrics, tags = first_run.data.params, first_run.data.metrics, first_run.data.tags
    config = RetrainConfig.from_toml(local_registry.config_file)
    for key, value in config.to_params().items():
        assert params[key] == str(value)
    assert params["data.sha256"] == local_registry.weak.fingerprint.sha256  # same data
    assert int(params["data.n_train"]) + int(params["data.n_test"]) == 200
    assert set(metrics) >= METRICS
    assert 0 <= metrics["unsafe_self_service_rate"] <= 1
    assert metrics["fit_seconds"] > 0
    assert metrics == pytest.approx(local_registry.first["metrics"])
    assert len(tags["git_commit"]) == 40 or tags["git_commit"] == "unknown"
    assert tags["version.supportml"] and tags["version.mlflow"] == mlflow.__version__


def test_run_holds_figures_report_card_and_datasets(client, first_run):
    artifacts = set(_artifacts(client, first_run.info.run_id))
    assert artifacts >= FIGURES
    assert {"evaluation/per_class_report.json", "model_card.md", "data/fingerprint.json"} <= (
        artifacts
    )
    for figure in FIGURES:
        local = client.download_artifacts(first_run.info.run_id, figure)
        assert Path(local).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    card = Path(client.download_artifacts(first_run.info.run_id, "model_card.md")).read_text()
    assert "tier_macro_f1" in card and first_run.data.params["data.sha256"] in card
    inputs = {d.dataset.name: d for d in first_run.inputs.dataset_inputs}
    assert set(inputs) == {"requests-train", "requests-test"}
    contexts = {
        name: {t.value for t in d.tags if t.key == "mlflow.data.context"}
        for name, d in inputs.items()
    }
    assert contexts == {"requests-train": {"training"}, "requests-test": {"evaluation"}}


def test_logged_model_holds_no_pickle(registry_uri, tmp_path):
    local = Path(
        mlflow.artifacts.download_artifacts(
            artifact_uri="models:/supportml-router/1",
            dst_path=str(tmp_path),
        )
    )
    files = sorted(str(p.relative_to(local)) for p in local.rglob("*") if p.is_file())
    assert "artifacts/router/router.json" in files
    assert "artifacts/router/router.npz" in files
    assert "MLmodel" in files
    assert not [f for f in files if f.endswith((".pkl", ".pickle", ".cloudpickle", ".joblib"))]
    for f in files:  # no pickle stream under another name either (protocol 2+ magic byte)
        assert (local / f).read_bytes()[:1] != b"\x80", f
    assert "model_code_path" in (local / "MLmodel").read_text()


def test_pyfunc_loads_with_pickle_disallowed_and_decides_as_the_router(local_registry, monkeypatch):
    monkeypatch.setenv("MLFLOW_ALLOW_PICKLE_DESERIALIZATION", "false")
    monkeypatch.setenv("MLFLOW_TRACKING_URI", local_registry.tracking_uri)
    try:
        model = mlflow.pyfunc.load_model("models:/supportml-router/2")
    finally:
        mlflow.set_tracking_uri(None)
    test = load_training_data(RetrainConfig.from_toml(local_registry.config_file).data).test
    frame = test[["text", "user_id"]].head(50).reset_index(drop=True)
    predicted = model.predict(frame)
    assert list(predicted.columns) == list(DECISION_COLUMNS)
    router = Router.load(local_registry.weak.model_folder)
    router.book_ambassadors = False
    expected = decisions_to_frame(router.route_many(list(frame["text"]), users=frame["user_id"]))
    pd.testing.assert_frame_equal(predicted, expected)
    # deterministic: the rows in another order get the same decisions
    shuffled = model.predict(frame.iloc[::-1].reset_index(drop=True))
    pd.testing.assert_frame_equal(shuffled.iloc[::-1].reset_index(drop=True), predicted)


def test_unreachable_server_fails_naming_it_after_saving_the_router(isolated_mlflow):
    uri = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(TrackingUnavailableError, match=uri):
        retrain(quick_config(isolated_mlflow, tracking_uri=uri))
    assert (isolated_mlflow / "router" / "manifest.json").is_file()  # nothing lost
    assert Router.load(isolated_mlflow / "router").route("Teams is down").tier
    assert not (isolated_mlflow / "mlflow.db").exists()  # no silent fallback


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "10.255.255.1:5000"])
def test_unreachable_server_is_reported_within_30_seconds(host):
    uri = "http://" + host.format(port=free_port())
    start = time.perf_counter()
    with pytest.raises(TrackingUnavailableError, match=uri.replace(".", r"\.")):
        check_tracking_server(uri)
    assert time.perf_counter() - start < 30
