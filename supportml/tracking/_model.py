"""Logging a fitted Router as an MLflow pyfunc model, from code, with no pickle."""

from __future__ import annotations

import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

from supportml._deps import require
from supportml.tracking._frames import DECISION_COLUMNS, PROFILE_COLUMNS

if TYPE_CHECKING:
    import pandas as pd
    from mlflow.models.model import ModelInfo
    from mlflow.models.signature import ModelSignature

    from supportml.routing import Router

__all__ = ["MODEL_CODE", "log_router", "router_signature"]

MODEL_CODE = Path(__file__).with_name("_model_code.py")
"""The models-from-code file given to MLflow as ``python_model``."""

# digital_maturity takes any value: MLflow's schema check refuses int64 for a double and NaN
# (a missing value in a batch) for a long; UserProfile reads 2, 2.0 and "2" alike.
_INPUT_TYPES = {"field_team": "boolean", "digital_maturity": "any"}
_OUTPUT_TYPES = {"confidence": "double", "abstained": "boolean"}
_REQUIREMENTS = ("supportml", "mlflow", "numpy", "scipy", "scikit-learn", "pandas")


def router_signature() -> ModelSignature:
    """The model's signature: ``text`` required, profile columns optional; decision columns out.

    Examples
    --------
    >>> sig = router_signature()
    >>> sig.inputs.input_names()[:2], sig.outputs.input_names()[0]
    (['text', 'user_id'], 'tier')
    """
    require("mlflow", extra="mlflow", caller="router_signature")
    from mlflow.models.signature import ModelSignature
    from mlflow.types import ColSpec, Schema
    from mlflow.types.schema import AnyType

    def input_type(column: str):
        kind = _INPUT_TYPES.get(column, "string")
        return AnyType() if kind == "any" else kind

    inputs = [ColSpec("string", "text")] + [
        ColSpec(input_type(c), c, required=False) for c in ("user_id", *PROFILE_COLUMNS)
    ]
    outputs = [ColSpec(_OUTPUT_TYPES.get(c, "string"), c) for c in DECISION_COLUMNS]
    return ModelSignature(inputs=Schema(inputs), outputs=Schema(outputs))


def default_input_example() -> pd.DataFrame:
    """Two requests, French and English, one with a profile: the logged input example."""
    import pandas as pd

    return pd.DataFrame(
        {
            "text": [
                "je n'arrive pas à partager un dossier avec un collègue",
                "Teams is down for the whole site, error 500",
            ],
            "role": ["employee", "manager"],
            "digital_maturity": [2, 4],
            "adoption_state": ["new_hire", "power_user"],
        }
    )


def log_router(
    router: Router,
    *,
    name: str = "router",
    input_example: pd.DataFrame | None = None,
    registered_model_name: str | None = None,
) -> ModelInfo:
    """Log a fitted router as an MLflow pyfunc model (models from code, no pickle).

    The router is saved as a folder (manifest, JSON, npz, policy TOML) and logged as the model's
    ``router`` artifact; the model's code is :data:`MODEL_CODE`. Its ``predict`` takes a
    DataFrame with ``text`` and optional ``user_id`` and profile columns and returns one
    decision per row (:data:`~supportml.tracking.DECISION_COLUMNS`). Loading it needs
    supportml installed and never unpickles anything, so it works with
    ``MLFLOW_ALLOW_PICKLE_DESERIALIZATION=false``.

    Parameters
    ----------
    router : Router
        A fitted router.
    name : str, default="router"
        Name of the logged model (MLflow's ``name``).
    input_example : DataFrame or None, default=None
        Logged with the model; None logs a built-in French/English example.
    registered_model_name : str or None, default=None
        Also register the model under this name in the model registry.

    Returns
    -------
    model_info : mlflow.models.model.ModelInfo
        Its ``model_uri`` loads the model with ``mlflow.pyfunc.load_model``.

    Examples
    --------
    >>> import mlflow
    >>> from supportml.data import generate_enterprise
    >>> from supportml.routing import Router
    >>> mlflow.set_tracking_uri(f"sqlite:///{getfixture('tmp_path')}/mlflow.db")
    >>> _ = mlflow.set_experiment("log_router")
    >>> data = generate_enterprise(n_users=60, n_requests=150)
    >>> router = Router(embedder="hashing").fit(data.requests, **data.reference_tables())
    >>> with mlflow.start_run():
    ...     info = log_router(router)
    >>> mlflow.pyfunc.load_model(info.model_uri).predict(default_input_example())["tier"].size
    2
    >>> mlflow.set_tracking_uri(None)
    """
    mlflow = require("mlflow", extra="mlflow", caller="log_router")
    if input_example is None:
        input_example = default_input_example()
    with tempfile.TemporaryDirectory(prefix="supportml-router-") as tmp:
        folder = router.save(Path(tmp) / "router")
        return log_folder_model(
            mlflow,
            name=name,
            code=MODEL_CODE,
            artifacts={"router": folder},
            signature=router_signature(),
            input_example=input_example,
            registered_model_name=registered_model_name,
        )


def log_folder_model(
    mlflow, *, name, code, artifacts, signature, input_example, registered_model_name
):
    """Log a models-from-code pyfunc whose fitted state is saved folders (no pickle)."""
    return mlflow.pyfunc.log_model(
        name=name,
        python_model=str(code),
        artifacts={key: str(folder) for key, folder in artifacts.items()},
        signature=signature,
        input_example=input_example,
        registered_model_name=registered_model_name,
        pip_requirements=_pip_requirements(),
    )


def _pip_requirements() -> list[str]:
    """Pinned versions of what the model's code imports, read from this environment."""
    pinned = []
    for package in _REQUIREMENTS:
        try:
            pinned.append(f"{package}=={version(package)}")
        except PackageNotFoundError:
            pinned.append(package)
    return pinned
