"""The retraining pipeline: data, fit, save, evaluate, then track and register."""

from __future__ import annotations

import dataclasses
import logging
import subprocess
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

from supportml._deps import require
from supportml.exceptions import InvalidInputError
from supportml.tracking._card import model_card
from supportml.tracking._config import RetrainConfig
from supportml.tracking._data import DataFingerprint, TrainingData, load_training_data
from supportml.tracking._evaluate import Evaluation, evaluate_router
from supportml.tracking._figures import confusion_figure, reliability_figure
from supportml.tracking._model import log_router
from supportml.tracking._registry import PromotionDecision, promote
from supportml.tracking._store import check_tracking_server, resolve_tracking_uri

if TYPE_CHECKING:
    from supportml.routing import Router

__all__ = ["RetrainResult", "promote_challenger", "retrain"]

logger = logging.getLogger(__name__)

_VERSIONED = (
    "supportml",
    "mlflow",
    "numpy",
    "scipy",
    "scikit-learn",
    "pandas",
    "sentence-transformers",
    "torch",
    "onnxruntime",
)
_STAGES = ("load data", "fit", "save", "evaluate", "track")


@dataclasses.dataclass(frozen=True)
class RetrainResult:
    """What a retrain produced.

    Attributes
    ----------
    model_folder : Path
        The trained router, saved before any tracking call.
    run_id : str
    model_uri : str
        The logged MLflow model (``models:/m-...``).
    model_version : str or None
        Its version in the registry (None when not registered).
    metrics : dict of str to float
        Everything logged as metrics.
    fingerprint : DataFingerprint
    tracking_uri : str
    """

    model_folder: Path
    run_id: str
    model_uri: str
    model_version: str | None
    metrics: dict[str, float]
    fingerprint: DataFingerprint
    tracking_uri: str


def retrain(
    config: RetrainConfig | None = None, *, show_progress_bar: bool | None = None
) -> RetrainResult:
    """Retrain the router and track the run in MLflow.

    Steps: load the requests (:func:`load_training_data`: fingerprint, deterministic split),
    fit a :class:`~supportml.routing.Router` (embeddings through the on-disk cache), save it to
    ``config.tracking.output_dir``, evaluate it on the held-out split, and only then talk to
    MLflow: check the tracking server answers, log params (the config), metrics, the dataset
    inputs, tags (git commit, library versions), figures, the per-class report, the model card
    and the model (:func:`log_router`), register it and give it ``config.tracking.alias``.

    Parameters
    ----------
    config : RetrainConfig or None, default=None
        None uses the defaults (synthetic data, the real embedder).
    show_progress_bar : bool or None, default=None
        Show the stages as a progress bar; None shows it when this module's logger is at
        INFO or DEBUG.

    Returns
    -------
    result : RetrainResult

    Raises
    ------
    TrackingUnavailableError
        The tracking server does not answer (within seconds); the model folder is saved.

    Examples
    --------
    >>> from supportml.tracking import RetrainConfig
    >>> tmp = getfixture("tmp_path")
    >>> config = RetrainConfig.from_dict({
    ...     "data": {"n_users": 60, "n_requests": 200},
    ...     "model": {"embedder": "hashing"},
    ...     "tracking": {"tracking_uri": f"sqlite:///{tmp}/mlflow.db",
    ...                  "output_dir": str(tmp / "router")}})
    >>> result = retrain(config)
    >>> result.model_version, (result.model_folder / "manifest.json").is_file()
    ('1', True)
    >>> import mlflow; mlflow.set_tracking_uri(None)
    """
    config = config or RetrainConfig()
    if show_progress_bar is None:
        show_progress_bar = logger.isEnabledFor(logging.INFO)
    tqdm = require("tqdm", extra="mlflow", caller="retrain").tqdm
    seconds: dict[str, float] = {}
    with tqdm(total=len(_STAGES), desc="retrain", disable=not show_progress_bar) as bar:

        def stage(name: str) -> None:
            seconds[name] = time.perf_counter()
            bar.set_postfix_str(name)
            logger.info("retrain: %s", name)

        stage("load data")
        data = load_training_data(config.data)
        bar.update()
        stage("fit")
        router = _fit(config, data)
        bar.update()
        stage("save")
        folder = router.save(Path(config.tracking.output_dir).resolve())
        logger.info("retrain: router saved in %s", folder)
        bar.update()
        stage("evaluate")
        evaluation = evaluate_router(router, data.test)
        bar.update()
        stage("track")
        seconds["end"] = time.perf_counter()
        metrics = {
            **evaluation.metrics,
            "fit_seconds": seconds["save"] - seconds["fit"],
            "load_seconds": seconds["fit"] - seconds["load data"],
            "evaluate_seconds": seconds["end"] - seconds["evaluate"],
        }
        uri = resolve_tracking_uri(config.tracking.tracking_uri)
        check_tracking_server(uri)
        result = _track(config, data, router, evaluation, metrics, folder, uri)
        bar.update()
    return result


def _fit(config: RetrainConfig, data: TrainingData) -> Router:
    from supportml.routing import Router

    router = Router(
        embedder=config.model.embedder_spec,
        n_folds=config.model.n_folds,
        random_state=config.model.random_state,
    )
    return router.fit(data.train, **data.tables)


def _track(config, data, router, evaluation: Evaluation, metrics, folder, uri) -> RetrainResult:
    mlflow = require("mlflow", extra="mlflow", caller="retrain")
    mlflow_data = require("mlflow.data", extra="mlflow", caller="retrain")

    from supportml.routing import TIERS

    mlflow.set_tracking_uri(uri)
    mlflow.set_experiment(config.tracking.experiment)
    fp = data.fingerprint
    registered = config.tracking.registered_model or None
    with mlflow.start_run(run_name=f"router-{fp.sha256[:8]}") as run:
        mlflow.log_params(config.to_params())
        mlflow.log_params(
            {
                "data.sha256": fp.sha256,
                "data.n_rows": fp.n_rows,
                "data.n_train": len(data.train),
                "data.n_test": len(data.test),
                "model.embedder_name": router.embedder_.name,
            }
        )
        mlflow.log_metrics(metrics)
        mlflow.set_tags(_tags())
        for frame, name, context in (
            (data.train, "requests-train", "training"),
            (data.test, "requests-test", "evaluation"),
        ):
            source = None if data.source == "synthetic" else data.source
            dataset = mlflow_data.from_pandas(frame, source=source, targets="tier", name=name)
            mlflow.log_input(dataset, context=context, tags={"sha256_all": fp.sha256})
        intents = sorted(set(evaluation.true_intents) | set(evaluation.predicted_intents))
        for fig, file in (
            (
                confusion_figure(
                    evaluation.true_tiers,
                    evaluation.routed_tiers,
                    labels=TIERS,
                    title="Tiers (held out)",
                ),
                "confusion_matrix_tier.png",
            ),
            (
                confusion_figure(
                    evaluation.true_intents,
                    evaluation.predicted_intents,
                    labels=intents,
                    title="Intents (held out)",
                ),
                "confusion_matrix_intent.png",
            ),
            (reliability_figure(evaluation), "reliability_diagram.png"),
        ):
            mlflow.log_figure(fig, f"evaluation/{file}")
        mlflow.log_dict(evaluation.report(), "evaluation/per_class_report.json")
        mlflow.log_dict(fp.to_dict(), "data/fingerprint.json")
        card = model_card(
            config, data, evaluation, metrics=metrics, embedder_name=router.embedder_.name
        )
        mlflow.log_text(card, "model_card.md")
        info = log_router(router, registered_model_name=registered)
    model_version = None
    if registered:
        model_version = str(info.registered_model_version)
        client = mlflow.MlflowClient()
        client.set_registered_model_alias(registered, config.tracking.alias, model_version)
        for key, value in (("data.sha256", fp.sha256), ("run_id", run.info.run_id)):
            client.set_model_version_tag(registered, model_version, key, value)
    logger.info("retrain: run %s, model %s version %s", run.info.run_id, registered, model_version)
    return RetrainResult(
        model_folder=Path(folder),
        run_id=run.info.run_id,
        model_uri=info.model_uri,
        model_version=model_version,
        metrics=metrics,
        fingerprint=fp,
        tracking_uri=uri,
    )


def _tags() -> dict[str, str]:
    """The source's git commit (when run from a clone) and the libraries' versions."""
    import supportml

    tags = {}
    root = Path(supportml.__file__).resolve().parents[1]
    try:
        commit = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        tags.update({"mlflow.source.git.commit": commit, "git_commit": commit})
        tags["git_dirty"] = str(bool(dirty)).lower()
    except (OSError, subprocess.SubprocessError):
        tags["git_commit"] = "unknown"
    for package in _VERSIONED:
        try:
            tags[f"version.{package}"] = version(package)
        except PackageNotFoundError:
            continue
    return tags


def promote_challenger(config: RetrainConfig | None = None) -> PromotionDecision:
    """Run the champion/challenger gate for the model a retrain config registers.

    The evaluation set is the held-out split of ``config.data`` (the one the challenger was
    evaluated on); name, alias, primary metric, tolerance and tracking URI come from
    ``config.tracking``. See :func:`promote`.

    Returns
    -------
    decision : PromotionDecision
    """
    config = config or RetrainConfig()
    tracking = config.tracking
    if not tracking.registered_model:
        raise InvalidInputError("[tracking] registered_model is empty: nothing to promote.")
    return promote(
        load_training_data(config.data).test,
        name=tracking.registered_model,
        challenger=tracking.alias,
        primary_metric=tracking.primary_metric,
        unsafe_tolerance=tracking.unsafe_tolerance,
        tracking_uri=tracking.tracking_uri or None,
    )
