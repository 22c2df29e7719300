"""Fixtures for the tracking tests: small retrains with the hashing embedder, one registry.

Every retrain here uses 60 users / 200 requests and the hashing embedder, and scikit-learn runs
on one thread: on a shared 2-core machine OpenMP threads that outnumber the free cores make the
tier model's boosting dozens of times slower.
"""

from __future__ import annotations

import dataclasses
import os
import socket
import sys
from pathlib import Path

import mlflow
import pytest
from threadpoolctl import threadpool_limits

from supportml.tracking import RetrainConfig

QUICK = {
    "data": {"n_users": 60, "n_requests": 200, "random_state": 0},
    "model": {"embedder": "hashing", "n_folds": 2},
}


@pytest.fixture(scope="session", autouse=True)
def _one_thread():
    with threadpool_limits(1):
        yield


def quick_config(tmp_path, *, tracking_uri: str = "", train_fraction: float = 1.0, **tracking):
    """The quick config, writing its router under ``tmp_path``."""
    config = RetrainConfig.from_dict(
        {
            **QUICK,
            "tracking": {
                "tracking_uri": tracking_uri,
                "output_dir": str(tmp_path / "router"),
                **tracking,
            },
        }
    )
    data = dataclasses.replace(config.data, train_fraction=train_fraction)
    return dataclasses.replace(config, data=data)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment for servers started by the tests: the venv's commands (uvicorn) on the
    PATH, one thread, no inherited tracking URI."""
    env = {k: v for k, v in os.environ.items() if k != "MLFLOW_TRACKING_URI"}
    path = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return {**env, "PATH": path, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", **extra}


@pytest.fixture
def isolated_mlflow(monkeypatch, tmp_path):
    """No tracking URI set, the working directory a fresh temporary folder; reset afterwards."""
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    mlflow.set_tracking_uri(None)
    monkeypatch.chdir(tmp_path)
    yield tmp_path
    mlflow.set_tracking_uri(None)


@pytest.fixture
def registry_uri(local_registry, monkeypatch):
    """MLflow pointed at the local registry for one test."""
    monkeypatch.setenv("MLFLOW_TRACKING_URI", local_registry.tracking_uri)
    yield local_registry.tracking_uri
    mlflow.set_tracking_uri(None)


@dataclasses.dataclass
class LocalRegistry:
    """Three retrains in one local store (no URI configured), and the gate after each."""

    root: object
    tracking_uri: str
    config_file: object
    first: dict
    weak: object
    second: dict
    gates: list


QUICK_TOML = """
[data]
n_users = 60
n_requests = 200

[model]
embedder = "hashing"
n_folds = 2

[tracking]
output_dir = "outputs/router"
"""


@pytest.fixture(scope="session")
def local_registry(tmp_path_factory) -> LocalRegistry:
    """v1 by ``supportml train --config`` (then ``supportml promote``), v2 trained on 10 % of
    the data by :func:`retrain` (then :func:`promote_challenger`), v3 by
    ``python -m training.retrain --promote`` in a subprocess; all with nothing configured, so
    they land in ``sqlite:///mlflow.db`` in the working directory."""
    import contextlib
    import io
    import json
    import subprocess
    import sys
    from pathlib import Path

    from supportml.cli import main as cli_main
    from supportml.tracking import promote_challenger, retrain

    root = tmp_path_factory.mktemp("local-registry")
    config_file = root / "quick.toml"
    config_file.write_text(QUICK_TOML, encoding="utf-8")
    repo = Path(__file__).resolve().parents[2]

    def cli(*argv: str) -> dict:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert cli_main(list(argv)) == 0
        return json.loads(out.getvalue())

    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("MLFLOW_TRACKING_URI", raising=False)
        mlflow.set_tracking_uri(None)
        mp.chdir(root)
        try:
            first = cli("train", "--config", str(config_file))
            gates = [cli("promote", "--config", str(config_file))]
            base = RetrainConfig.from_toml(config_file)
            weak = retrain(
                dataclasses.replace(base, data=dataclasses.replace(base.data, train_fraction=0.1))
            )
            gates.append(promote_challenger(base).to_dict())
            tracking_uri = f"sqlite:///{root / 'mlflow.db'}"
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "training.retrain",
                    "--config",
                    str(config_file),
                    "--set",
                    f"tracking.tracking_uri={json.dumps(tracking_uri)}",
                    "--set",
                    f"tracking.output_dir={json.dumps(str(root / 'v3'))}",
                    "--promote",
                    "--quiet",
                ],
                cwd=repo,
                env=subprocess_env(),
                capture_output=True,
                text=True,
                timeout=600,
            )
            assert done.returncode == 0, done.stderr[-3000:]
            second = json.loads(done.stdout)
            gates.append(second["promotion"])
        finally:
            mlflow.set_tracking_uri(None)
    return LocalRegistry(
        root=root,
        tracking_uri=tracking_uri,
        config_file=config_file,
        first=first,
        weak=weak,
        second=second,
        gates=gates,
    )
