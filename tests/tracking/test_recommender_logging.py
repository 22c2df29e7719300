"""A ContentRecommender fit logged to MLflow: params, metrics, tags, a pickle-free pyfunc that
recommends as the recommender does in process."""

from __future__ import annotations

import json
from pathlib import Path

import mlflow
import numpy as np
import pandas as pd
import pytest

from supportml.data import generate_enterprise
from supportml.embed import HashingEmbedder
from supportml.exceptions import InvalidInputError, ModelFormatError
from supportml.recommend import ContentRecommender
from supportml.recommend._persistence import load_recommender, save_recommender
from supportml.tracking import RECOMMENDATION_COLUMNS, log_recommender

METRICS = {"ndcg_at_10": 0.42, "fit_seconds": 0.05}


@pytest.fixture(scope="module")
def data():
    return generate_enterprise(n_users=200, n_requests=600)


@pytest.fixture(scope="module")
def recommender(data):
    return ContentRecommender(embedder="hashing").fit(data.interactions, data.users, data.catalogue)


@pytest.fixture(scope="module")
def logged(recommender, tmp_path_factory):
    """The recommender logged and registered in a fresh SQLite store."""
    root = tmp_path_factory.mktemp("recommender-store")
    uri = f"sqlite:///{root / 'mlflow.db'}"
    try:
        info = log_recommender(
            recommender,
            params={"data.n_users": 200},
            metrics=METRICS,
            registered_model_name="supportml-recommender",
            tracking_uri=uri,
            experiment="recommender-test",
        )
    finally:
        mlflow.set_tracking_uri(None)
    return info, uri


def _artifacts(client, run_id: str, path: str | None = None) -> list[str]:
    found = []
    for info in client.list_artifacts(run_id, path):
        found += _artifacts(client, run_id, info.path) if info.is_dir else [info.path]
    return found


def test_run_holds_params_metrics_and_tags(logged, recommender):
    info, uri = logged
    run = mlflow.MlflowClient(uri).get_run(info.run_id)
    params, metrics, tags = run.data.params, run.data.metrics, run.data.tags
    assert params["embedder"] == "hashing"
    assert params["embedder_name"] == recommender.embedder_.name
    assert params["recency_half_life_days"] == "14.0"
    assert json.loads(params["segment_by"]) == ["adoption_state", "department"]
    assert params["weights"] == "None" and params["blend"] == "linear"
    assert params["n_items"] == str(len(recommender.item_ids_))
    assert params["data.n_users"] == "200"
    assert metrics == pytest.approx(METRICS)
    assert len(tags["git_commit"]) == 40 or tags["git_commit"] == "unknown"
    assert tags["version.supportml"] and tags["version.mlflow"] == mlflow.__version__


def test_logged_model_holds_no_pickle(logged, tmp_path):
    info, uri = logged
    client = mlflow.MlflowClient(uri)
    mlflow.set_tracking_uri(uri)
    try:
        local = Path(
            mlflow.artifacts.download_artifacts(artifact_uri=info.model_uri, dst_path=str(tmp_path))
        )
    finally:
        mlflow.set_tracking_uri(None)
    files = sorted(str(p.relative_to(local)) for p in local.rglob("*") if p.is_file())
    assert {"MLmodel", "artifacts/recommender/recommender.json"} <= set(files)
    assert "artifacts/recommender/recommender.npz" in files
    assert not [f for f in files if f.endswith((".pkl", ".pickle", ".cloudpickle", ".joblib"))]
    for f in files:  # no pickle stream under another name either (protocol 2+ magic byte)
        assert (local / f).read_bytes()[:1] != b"\x80", f
    assert "model_code_path" in (local / "MLmodel").read_text()
    run_files = _artifacts(client, info.run_id)  # nothing pickled among the run's artifacts
    assert not [f for f in run_files if f.endswith((".pkl", ".pickle", ".joblib"))]
    version = client.get_model_version("supportml-recommender", "1")
    assert version.run_id == info.run_id


def test_pyfunc_loads_without_pickle_and_recommends_as_in_process(logged, recommender):
    _, uri = logged
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MLFLOW_ALLOW_PICKLE_DESERIALIZATION", "false")
        mp.setenv("MLFLOW_TRACKING_URI", uri)
        try:
            model = mlflow.pyfunc.load_model("models:/supportml-recommender/1")
        finally:
            mlflow.set_tracking_uri(None)
    users = [str(u) for u in recommender.user_ids_[:40]] + ["nobody-seen"]
    predicted = model.predict(pd.DataFrame({"user_id": users}))
    assert list(predicted.columns) == list(RECOMMENDATION_COLUMNS)
    assert predicted["user_id"].tolist() == users
    ids, scores = recommender.recommend(users, n=10)
    for row in range(len(users)):
        kept = ids[row] != None  # noqa: E711
        assert predicted.loc[row, "item_ids"] == ids[row][kept].tolist()
        assert predicted.loc[row, "scores"] == scores[row][kept].astype(float).tolist()
    # per-row n and a profile-only user, batched as recommend batches them
    frame = pd.DataFrame(
        {
            "user_id": [users[0], users[1], None],
            "language": [None, None, "fr"],
            "digital_maturity": [None, None, 2],
            "adoption_state": [None, None, "new_hire"],
            "n": [3, 5, 3],
        }
    )
    out = model.predict(frame)
    assert out["item_ids"].map(len).tolist() == [3, 5, 3]
    assert out.loc[1, "item_ids"] == recommender.recommend(users[1], n=5)[0].tolist()
    from supportml import UserProfile

    cold = UserProfile(language="fr", digital_maturity=2, adoption_state="new_hire")
    assert out.loc[2, "item_ids"] == recommender.recommend(cold, n=3)[0].tolist()
    assert out.loc[2, "user_id"] == ""


def test_saved_recommender_round_trips_and_checks_its_embedder(recommender, tmp_path):
    folder = save_recommender(recommender, tmp_path / "model")
    loaded = load_recommender(folder)
    users = list(recommender.user_ids_[:30])
    for got, expected in zip(loaded.recommend(users), recommender.recommend(users), strict=True):
        np.testing.assert_array_equal(got, expected)
    assert not list(tmp_path.glob(".model-*"))  # no staging folder left behind
    with pytest.raises(ModelFormatError, match="trained with embedder"):
        load_recommender(folder, embedder=HashingEmbedder(dim=64))
    with pytest.raises(ModelFormatError, match="not a saved supportml recommender"):
        load_recommender(tmp_path)


def test_recommender_without_embedder_saves_and_loads(data, tmp_path):
    weights = {"content": 0, "context": 0}
    model = ContentRecommender(weights=weights).fit(data.interactions, data.users, data.catalogue)
    assert model.embedder_ is None
    loaded = load_recommender(save_recommender(model, tmp_path / "m"))
    assert loaded.recommend("u00001")[0].tolist() == model.recommend("u00001")[0].tolist()


def test_bad_logging_input_is_refused(data, recommender, tmp_path):
    with pytest.raises(InvalidInputError, match="embedder object"):
        model = ContentRecommender(HashingEmbedder(dim=64))
        log_recommender(model.fit(data.interactions, data.users, data.catalogue))
    with pytest.raises(InvalidInputError, match="metric 'ndcg' must be a number"):
        log_recommender(recommender, metrics={"ndcg": "high"})
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    mlflow.set_tracking_uri(uri)
    try:
        mlflow.set_experiment("bad-input")
        with mlflow.start_run(), pytest.raises(InvalidInputError, match="is active"):
            log_recommender(recommender, tracking_uri=uri)
    finally:
        mlflow.set_tracking_uri(None)


def test_bad_model_input_names_the_problem(logged):
    info, uri = logged
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MLFLOW_TRACKING_URI", uri)
        try:
            model = mlflow.pyfunc.load_model(info.model_uri).unwrap_python_model()
        finally:
            mlflow.set_tracking_uri(None)
    with pytest.raises(InvalidInputError, match="lacks the 'user_id' column"):
        model.predict(None, pd.DataFrame({"role": ["manager"]}))
    with pytest.raises(InvalidInputError, match="Row 1: n must be an integer"):
        model.predict(None, pd.DataFrame({"user_id": ["a", "b"], "n": [2, 0]}))
