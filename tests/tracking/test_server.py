"""Against real servers: an ``mlflow server`` (SQLite, artifacts in a temporary folder) and
``mlflow models serve`` answering REST requests. Each test starts and stops its servers."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import mlflow
import pandas as pd
import pytest

from supportml.routing import Router
from supportml.tracking import (
    decisions_to_frame,
    load_training_data,
    promote_challenger,
    requests_from_frame,
    retrain,
)

from .conftest import free_port, quick_config, subprocess_env

MLFLOW = str(Path(sys.executable).with_name("mlflow"))


@contextlib.contextmanager
def running(command: list[str], url: str, *, env: dict[str, str], timeout: float = 120):
    """Start ``command``, wait until ``url`` answers 200, stop it (and its workers) at exit."""
    process = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise AssertionError(f"{command[:3]} exited: {process.stderr.read()[-3000:]}")
            try:
                with urllib.request.urlopen(url, timeout=5) as answer:
                    if answer.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"{url} did not answer within {timeout} s")
            time.sleep(0.5)
        yield process
    finally:
        import os
        import signal

        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="module")
def tracking_server(tmp_path_factory):
    """``mlflow server`` on 127.0.0.1 with a SQLite store and artifacts in a temporary folder."""
    root = tmp_path_factory.mktemp("server")
    port = free_port()
    command = [
        MLFLOW, "server",
        "--backend-store-uri", f"sqlite:///{root / 'mlflow.db'}",
        "--artifacts-destination", str(root / "artifacts"),
        "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
    ]  # fmt: skip
    uri = f"http://127.0.0.1:{port}"
    with running(command, f"{uri}/health", env=subprocess_env()):
        yield uri, root
    mlflow.set_tracking_uri(None)


@pytest.fixture(scope="module")
def champion(tracking_server):
    """A retrain against the server, promoted: what the server's registry serves."""
    uri, root = tracking_server
    config = quick_config(root, tracking_uri=uri)
    result = retrain(config)
    decision = promote_challenger(config)
    return config, result, decision


def test_retrain_promote_and_load_through_the_server(tracking_server, champion, monkeypatch):
    uri, root = tracking_server
    _, result, decision = champion
    assert result.tracking_uri == uri
    assert decision.promoted and decision.challenger_version == result.model_version == "1"
    assert list((root / "artifacts").rglob("router.npz"))  # the server stored the artifacts
    monkeypatch.setenv("MLFLOW_TRACKING_URI", uri)
    router = Router.load("models:/supportml-router@champion")
    text = "Teams is down for the whole site, error 500"
    assert router.route(text) == Router.load(result.model_folder).route(text)
    run = mlflow.MlflowClient(uri).get_run(result.run_id)
    assert run.data.metrics["tier_macro_f1"] == pytest.approx(result.metrics["tier_macro_f1"])


def test_models_serve_answers_as_the_router_in_process(tracking_server, champion, tmp_path):
    uri, _ = tracking_server
    config, result, _ = champion
    frame = load_training_data(config.data).test[["text", "user_id"]].head(20)
    frame = pd.concat(
        [frame, pd.DataFrame({"text": ["je suis nouvelle, comment partager un fichier ?"],
                              "adoption_state": ["new_hire"], "digital_maturity": [1]})],
        ignore_index=True,
    )  # fmt: skip
    port = free_port()
    command = [
        MLFLOW, "models", "serve", "-m", "models:/supportml-router@champion",
        "--env-manager", "local", "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
    ]  # fmt: skip
    env = subprocess_env(MLFLOW_TRACKING_URI=uri, MLFLOW_ALLOW_PICKLE_DESERIALIZATION="false")
    with running(command, f"http://127.0.0.1:{port}/ping", env=env):
        body = json.dumps({"dataframe_split": frame.to_dict(orient="split")}).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/invocations",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as answer:
            served = pd.DataFrame(json.loads(answer.read())["predictions"])
    router = Router.load(result.model_folder)
    router.book_ambassadors = False
    texts, users = requests_from_frame(frame)
    expected = decisions_to_frame(router.route_many(texts, users=users))
    pd.testing.assert_frame_equal(served, expected, check_dtype=False)
    assert set(served["tier"]) <= {"chatbot", "elearning", "ambassador", "support"}
