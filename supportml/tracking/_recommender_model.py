"""Logging a fitted ContentRecommender to MLflow: params, metrics, tags and the model as a
pyfunc from code, with no pickle."""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections.abc import Mapping
from numbers import Real
from pathlib import Path
from typing import TYPE_CHECKING

from supportml._deps import require
from supportml.exceptions import InvalidInputError, NotFittedError
from supportml.tracking._frames import PROFILE_COLUMNS
from supportml.tracking._model import log_folder_model, router_signature
from supportml.tracking._retrain import _tags
from supportml.tracking._store import check_tracking_server, use_tracking_uri

if TYPE_CHECKING:
    import pandas as pd
    from mlflow.models.model import ModelInfo
    from mlflow.models.signature import ModelSignature

    from supportml.recommend import ContentRecommender

__all__ = [
    "DEFAULT_N",
    "RECOMMENDATION_COLUMNS",
    "RECOMMENDER_CODE",
    "log_recommender",
    "recommender_params",
    "recommender_signature",
]

RECOMMENDER_CODE = Path(__file__).with_name("_recommender_code.py")
"""The models-from-code file given to MLflow as ``python_model`` for a recommender."""

RECOMMENDATION_COLUMNS: tuple[str, ...] = ("user_id", "item_ids", "scores")
"""Columns of the recommender model's output, in order."""

DEFAULT_N = 10
"""List length of a row without ``n``."""


def recommender_signature() -> ModelSignature:
    """The model's signature: ``user_id``, optional profile columns and ``n``; lists out.

    Examples
    --------
    >>> sig = recommender_signature()
    >>> sig.inputs.input_names()[0], sig.inputs.input_names()[-1], sig.outputs.input_names()
    ('user_id', 'n', ['user_id', 'item_ids', 'scores'])
    """
    require("mlflow", extra="mlflow", caller="recommender_signature")
    from mlflow.models.signature import ModelSignature
    from mlflow.types import ColSpec, DataType, Schema
    from mlflow.types.schema import Array

    profile = [c for c in router_signature().inputs.inputs if c.name in PROFILE_COLUMNS]
    inputs = [ColSpec("string", "user_id"), *profile, ColSpec("long", "n", required=False)]
    outputs = [
        ColSpec("string", "user_id"),
        ColSpec(Array(DataType.string), "item_ids"),
        ColSpec(Array(DataType.double), "scores"),
    ]
    return ModelSignature(inputs=Schema(inputs), outputs=Schema(outputs))


def recommender_params(recommender: ContentRecommender) -> dict[str, str]:
    """The recommender's parameters as MLflow params: ``get_params`` (the embedder by its spec
    only, containers as JSON), the embedder's name and the catalogue and user counts.

    Examples
    --------
    >>> from supportml.recommend import ContentRecommender
    >>> import pandas as pd
    >>> items = pd.DataFrame({"item_id": ["a", "b"], "title": ["Share", "Reset"]})
    >>> model = ContentRecommender(embedder="hashing").fit(
    ...     pd.DataFrame(columns=["user_id", "item_id", "timestamp"]), items=items)
    >>> params = recommender_params(model)
    >>> params["segment_by"], params["embedder"], params["n_items"]
    ('["adoption_state", "department"]', 'hashing', '2')
    """
    params = {}
    for key, value in recommender.get_params(deep=False).items():
        if key == "embedder" and not (value is None or isinstance(value, str)):
            continue  # an embedder object: its name is logged below
        if isinstance(value, Mapping | list | tuple):
            params[key] = json.dumps(value, sort_keys=True, default=str)
        else:
            params[key] = str(value)
    embedder = recommender.embedder_
    params["embedder_name"] = "none" if embedder is None else embedder.name
    params["n_items"] = str(len(recommender.item_ids_))
    params["n_users"] = str(len(recommender.user_ids_))
    return params


def default_input_example(recommender: ContentRecommender) -> pd.DataFrame:
    """Two users of the fit by id, and a French new hire by profile: the logged input example."""
    import pandas as pd

    known = [str(u) for u in recommender.user_ids_[:2]]
    unset = [None] * len(known)  # known users: the profile learned in fit
    return pd.DataFrame(
        {
            "user_id": [*known, "new-hire"],
            "language": [*unset, "fr"],
            "digital_maturity": [*unset, 2],
            "adoption_state": [*unset, "new_hire"],
            "n": [5] * (len(known) + 1),
        }
    )


def log_recommender(
    recommender: ContentRecommender,
    *,
    name: str = "recommender",
    params: Mapping[str, object] | None = None,
    metrics: Mapping[str, float] | None = None,
    input_example: pd.DataFrame | None = None,
    registered_model_name: str | None = None,
    tracking_uri: str | None = None,
    experiment: str | None = None,
) -> ModelInfo:
    """Log a fitted recommender to MLflow: params, metrics, tags, and the model (from code, no
    pickle).

    Logs into the active run, or starts one (in ``experiment``, at ``tracking_uri`` resolved as
    :func:`~supportml.tracking.resolve_tracking_uri` does: by default ``sqlite:///mlflow.db``
    in the working directory). Params are :func:`recommender_params` and ``params``; metrics
    are the caller's (say NDCG@10 on a held-out split, fit seconds); tags are the git commit
    and the libraries' versions, as a retrain's. The recommender is saved as a folder
    (manifest, JSON, npz; see :func:`supportml.recommend._persistence.save_recommender`) and
    logged as the model's ``recommender`` artifact; the model's code is
    :data:`RECOMMENDER_CODE`. Its ``predict`` takes a DataFrame with ``user_id``, optional
    profile columns and ``n`` and returns one row per input row
    (:data:`RECOMMENDATION_COLUMNS`). Loading it needs supportml installed and never unpickles
    anything, so it works with ``MLFLOW_ALLOW_PICKLE_DESERIALIZATION=false``.

    Parameters
    ----------
    recommender : ContentRecommender
        A fitted recommender whose embedder (if it has one) was given by spec (a string, or
        None for the default), so that loading can rebuild it.
    name : str, default="recommender"
        Name of the logged model (MLflow's ``name``).
    params : mapping or None, default=None
        More params (the data's fingerprint, the split...); they win over the recommender's.
    metrics : mapping of str to float or None, default=None
    input_example : DataFrame or None, default=None
        Logged with the model; None logs two users of the fit and a profile-only new hire.
    registered_model_name : str or None, default=None
        Also register the model under this name in the model registry.
    tracking_uri, experiment : str or None, default=None
        Where to start the run when none is active; refused when one is.

    Returns
    -------
    model_info : mlflow.models.model.ModelInfo
        Its ``model_uri`` loads the model with ``mlflow.pyfunc.load_model``; its ``run_id``
        names the run.

    Raises
    ------
    NotFittedError
        Before ``fit``.
    InvalidInputError
        An embedder object (it could not be rebuilt at load), a metric that is not a number,
        or ``tracking_uri`` / ``experiment`` with a run already active.
    TrackingUnavailableError
        The tracking server does not answer.

    Examples
    --------
    >>> import mlflow
    >>> import pandas as pd
    >>> from supportml.data import generate_enterprise
    >>> from supportml.recommend import ContentRecommender
    >>> data = generate_enterprise(n_users=60, n_requests=150)
    >>> model = ContentRecommender(embedder="hashing").fit(
    ...     data.interactions, data.users, data.catalogue)
    >>> info = log_recommender(
    ...     model, metrics={"fit_seconds": 0.1}, experiment="log_recommender",
    ...     tracking_uri=f"sqlite:///{getfixture('tmp_path')}/mlflow.db")
    >>> frame = pd.DataFrame({"user_id": [model.user_ids_[0]], "n": [3]})
    >>> len(mlflow.pyfunc.load_model(info.model_uri).predict(frame).loc[0, "item_ids"])
    3
    >>> mlflow.set_tracking_uri(None)
    """
    mlflow = require("mlflow", extra="mlflow", caller="log_recommender")
    if not hasattr(recommender, "item_ids_"):
        raise NotFittedError("This ContentRecommender is not fitted yet; call fit before logging.")
    if recommender.embedder_ is not None and not (
        recommender.embedder is None or isinstance(recommender.embedder, str)
    ):
        raise InvalidInputError(
            f"log_recommender: the recommender was fitted with an embedder object "
            f"({recommender.embedder_.name!r}), which the logged model cannot rebuild; fit it "
            "with embedder given by name ('hashing', 'onnx', a model name) or None."
        )
    for key, value in (metrics or {}).items():
        if isinstance(value, bool) or not isinstance(value, Real):
            raise InvalidInputError(
                f"log_recommender: metric {key!r} must be a number; got {value!r}."
            )
    active = mlflow.active_run()
    if active is None:
        check_tracking_server(use_tracking_uri(tracking_uri))
        if experiment:
            mlflow.set_experiment(experiment)
    elif tracking_uri or experiment:
        raise InvalidInputError(
            f"log_recommender: run {active.info.run_id} is active; tracking_uri and experiment "
            "only apply to a run log_recommender starts. End the run or leave them out."
        )
    if input_example is None:
        input_example = default_input_example(recommender)
    run = contextlib.nullcontext() if active else mlflow.start_run(run_name=name)
    with run, tempfile.TemporaryDirectory(prefix="supportml-recommender-") as tmp:
        mlflow.log_params({**recommender_params(recommender), **(params or {})})
        if metrics:
            mlflow.log_metrics({key: float(value) for key, value in metrics.items()})
        mlflow.set_tags(_tags())
        from supportml.recommend._persistence import save_recommender  # scikit-learn, scipy

        folder = save_recommender(recommender, Path(tmp) / "recommender")
        return log_folder_model(
            mlflow,
            name=name,
            code=RECOMMENDER_CODE,
            artifacts={"recommender": folder},
            signature=recommender_signature(),
            input_example=input_example,
            registered_model_name=registered_model_name,
        )
