"""The model registry: loading a registered router, the champion/challenger gate, history."""

from __future__ import annotations

import dataclasses
import datetime
import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supportml._deps import require
from supportml.exceptions import InvalidInputError
from supportml.tracking._config import PRIMARY_METRICS
from supportml.tracking._evaluate import evaluate_router
from supportml.tracking._store import use_tracking_uri

if TYPE_CHECKING:
    import pandas as pd

    from supportml.routing import Router

__all__ = [
    "DEFAULT_MODEL_NAME",
    "PromotionDecision",
    "champion_history",
    "load_registered_router",
    "promote",
]

logger = logging.getLogger(__name__)

DEFAULT_MODEL_NAME = "supportml-router"
_TAG = "supportml.promotion"
_CHAMPION_SINCE = "supportml.champion_since"


@dataclasses.dataclass(frozen=True)
class PromotionDecision:
    """What the gate decided, and on which scores.

    Attributes
    ----------
    promoted : bool
        Whether the challenger became the champion.
    reason : str
        Why, in one line.
    challenger_version : str
    champion_version : str or None
        The champion before the decision (None when there was none).
    challenger_metrics, champion_metrics : dict of str to float
        Both routers' scores on the same evaluation set (the champion's empty when none).
    """

    promoted: bool
    reason: str
    challenger_version: str
    champion_version: str | None
    challenger_metrics: dict[str, float]
    champion_metrics: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        """The decision as a JSON-ready dict."""
        return dataclasses.asdict(self)


def load_registered_router(model_uri: str, *, embedder=None) -> Router:
    """Load the router inside a registered MLflow model, e.g. ``models:/supportml-router@champion``.

    The model's ``router`` artifact (a saved router folder) is downloaded to a temporary
    folder and read with :meth:`Router.load`: no pickle, no model code run.

    Parameters
    ----------
    model_uri : str
        ``models:/<name>@<alias>``, ``models:/<name>/<version>``, or any MLflow model URI
        logged by :func:`log_router`.
    embedder : Embedder, optional
        As for :meth:`Router.load`.

    The registry is MLflow's current one (:func:`resolve_tracking_uri`).

    Raises
    ------
    ModelFormatError
        The model holds no supportml router.
    """
    require("mlflow", extra="mlflow", caller="load_registered_router")
    import mlflow.artifacts

    from supportml.exceptions import ModelFormatError
    from supportml.routing import Router

    use_tracking_uri()
    with tempfile.TemporaryDirectory(prefix="supportml-model-") as tmp:
        local = Path(mlflow.artifacts.download_artifacts(artifact_uri=model_uri, dst_path=tmp))
        folder = local / "artifacts" / "router"
        if not (folder / "manifest.json").is_file():
            raise ModelFormatError(f"{model_uri} holds no supportml router (no artifacts/router).")
        return Router.load(folder, embedder=embedder)


def promote(
    eval_requests: pd.DataFrame,
    *,
    name: str = DEFAULT_MODEL_NAME,
    challenger: str = "challenger",
    champion: str = "champion",
    primary_metric: str = "tier_macro_f1",
    unsafe_tolerance: float = 0.01,
    tracking_uri: str | None = None,
    embedder=None,
) -> PromotionDecision:
    """Make the challenger the champion only if it is better: the champion/challenger gate.

    Both aliased versions of ``name`` are evaluated on the same ``eval_requests``
    (:func:`evaluate_router`). The ``champion`` alias moves to the challenger's version when
    the challenger is at least as good on ``primary_metric`` *and* its unsafe self-service
    rate is at most the champion's plus ``unsafe_tolerance``; with no champion yet, the
    challenger is promoted. Either way the decision, its reason and both scores are written as
    tags of the challenger's version (``supportml.promotion.*``), and a promoted version gets
    ``supportml.champion_since``, so that :func:`champion_history` lists every champion.

    Parameters
    ----------
    eval_requests : DataFrame
        Held-out labelled requests (``text``, ``intent``, ``tier``, optionally ``user_id``).
    name : str, default="supportml-router"
        Registered model name.
    challenger, champion : str, default="challenger", "champion"
        Aliases compared.
    primary_metric : {"tier_macro_f1", "intent_accuracy", "intent_macro_f1"}
    unsafe_tolerance : float, default=0.01
        Allowed increase of the unsafe self-service rate.
    tracking_uri : str or None, default=None
        The registry's tracking URI; None: :func:`resolve_tracking_uri`.
    embedder : Embedder, optional
        Passed to :meth:`Router.load` (only for routers trained with an embedder object).

    Returns
    -------
    decision : PromotionDecision

    Raises
    ------
    InvalidInputError
        Unknown ``primary_metric`` or a tolerance outside [0, 1].
    """
    if primary_metric not in PRIMARY_METRICS:
        raise InvalidInputError(
            f"The 'primary_metric' parameter of promote must be one of {list(PRIMARY_METRICS)}. "
            f"Got {primary_metric!r} instead."
        )
    if not 0 <= unsafe_tolerance <= 1:
        raise InvalidInputError(
            "The 'unsafe_tolerance' parameter of promote must be a float in the range [0, 1]. "
            f"Got {unsafe_tolerance!r} instead."
        )
    mlflow = require("mlflow", extra="mlflow", caller="promote")
    use_tracking_uri(tracking_uri)
    client = mlflow.MlflowClient()
    new = client.get_model_version_by_alias(name, challenger)
    current = _version_by_alias(client, name, champion)
    if current is not None and current.version == new.version:
        raise InvalidInputError(
            f"{name}@{challenger} and {name}@{champion} are the same version ({new.version})."
        )
    new_scores = _scores(f"models:/{name}/{new.version}", eval_requests, embedder)
    old_scores = {}
    if current is None:
        promoted, reason = True, f"no {champion} yet"
    else:
        old_scores = _scores(f"models:/{name}/{current.version}", eval_requests, embedder)
        promoted, reason = _gate(new_scores, old_scores, primary_metric, unsafe_tolerance)
    decision = PromotionDecision(
        promoted=promoted,
        reason=reason,
        challenger_version=str(new.version),
        champion_version=None if current is None else str(current.version),
        challenger_metrics=new_scores,
        champion_metrics=old_scores,
    )
    _record(client, name, decision)
    if promoted:
        client.set_registered_model_alias(name, champion, new.version)
    logger.info("%s version %s: %s (%s)", name, new.version, _verdict(promoted), reason)
    return decision


def champion_history(
    name: str = DEFAULT_MODEL_NAME, *, tracking_uri: str | None = None
) -> list[dict[str, Any]]:
    """Every version of ``name`` that was ever promoted, oldest first.

    ``tracking_uri`` as for :func:`promote`.

    Returns
    -------
    history : list of dict
        ``version``, ``champion_since`` (ISO time), ``reason``, ``run_id`` and the scores the
        gate saw (``challenger.<metric>``) for each promoted version.
    """
    mlflow = require("mlflow", extra="mlflow", caller="champion_history")
    use_tracking_uri(tracking_uri)
    versions = mlflow.MlflowClient().search_model_versions(f"name = '{name}'")
    history = []
    for v in versions:
        if _CHAMPION_SINCE not in v.tags:
            continue
        scores = {
            key.removeprefix(f"{_TAG}."): float(value)
            for key, value in v.tags.items()
            if key.startswith(f"{_TAG}.challenger.")
        }
        history.append(
            {
                "version": str(v.version),
                "champion_since": v.tags[_CHAMPION_SINCE],
                "reason": v.tags.get(f"{_TAG}.reason", ""),
                "run_id": v.run_id,
                **scores,
            }
        )
    return sorted(history, key=lambda h: (h["champion_since"], int(h["version"])))


def _version_by_alias(client, name: str, alias: str):
    from mlflow.exceptions import MlflowException

    try:
        return client.get_model_version_by_alias(name, alias)
    except MlflowException as e:
        if e.error_code in ("RESOURCE_DOES_NOT_EXIST", "INVALID_PARAMETER_VALUE"):
            return None
        raise


def _scores(model_uri: str, eval_requests, embedder) -> dict[str, float]:
    return evaluate_router(
        load_registered_router(model_uri, embedder=embedder), eval_requests
    ).metrics


def _gate(new: dict, old: dict, primary: str, tolerance: float) -> tuple[bool, str]:
    unsafe = "unsafe_self_service_rate"
    if new[primary] < old[primary]:
        return False, f"{primary} {new[primary]:.4f} < champion's {old[primary]:.4f}"
    if new[unsafe] > old[unsafe] + tolerance:
        return False, (
            f"{unsafe} {new[unsafe]:.4f} > champion's {old[unsafe]:.4f} + tolerance {tolerance}"
        )
    return True, (
        f"{primary} {new[primary]:.4f} >= {old[primary]:.4f} and {unsafe} "
        f"{new[unsafe]:.4f} <= {old[unsafe]:.4f} + {tolerance}"
    )


def _record(client, name: str, decision: PromotionDecision) -> None:
    now = datetime.datetime.now(datetime.UTC).isoformat(timespec="microseconds")
    tags = {
        f"{_TAG}.decision": _verdict(decision.promoted),
        f"{_TAG}.reason": decision.reason,
        f"{_TAG}.decided_at": now,
        f"{_TAG}.champion_version": decision.champion_version or "",
        **{f"{_TAG}.challenger.{k}": f"{v:.6f}" for k, v in decision.challenger_metrics.items()},
        **{f"{_TAG}.champion.{k}": f"{v:.6f}" for k, v in decision.champion_metrics.items()},
    }
    if decision.promoted:
        tags[_CHAMPION_SINCE] = now
    for key, value in tags.items():
        client.set_model_version_tag(name, decision.challenger_version, key, value)


def _verdict(promoted: bool) -> str:
    return "promoted" if promoted else "refused"
