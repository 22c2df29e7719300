"""The verdict of :class:`~supportml.insights.DriftMonitor`, and its logging to MLflow."""

from __future__ import annotations

import dataclasses
import logging
import sys
from typing import Any

from supportml._deps import require

__all__ = ["DriftReport", "DriftTest"]

logger = logging.getLogger(__name__)

_EXPERIMENT = "supportml-drift"


@dataclasses.dataclass(frozen=True)
class DriftTest:
    """One two-sample test: its statistic, p-value and whether it is significant.

    Attributes
    ----------
    name : str
        ``"embedding"`` (kernel MMD), ``"intent_mix"`` (chi-square), ``"confidence"``
        (Mann-Whitney U on in-scope scores) or ``"abstention"`` (Fisher's exact test).
    statistic : float
    p_value : float
    significant : bool
        ``p_value`` below the monitor's ``alpha`` divided by the number of tests (Bonferroni).
    """

    name: str
    statistic: float
    p_value: float
    significant: bool


@dataclasses.dataclass(frozen=True)
class DriftReport:
    """Whether a window of requests drifted from the reference, and the evidence.

    Attributes
    ----------
    drift : bool
        At least one test is significant.
    retrain_recommended : bool
        Drift that hurts the model: the abstention rate rose, or the mean in-scope score fell,
        by at least the monitor's ``retrain_min_change`` (without a classifier: any drift).
    tests : tuple of DriftTest
    stats : dict of str to float
        ``n_reference``, ``n_window``, and with a classifier ``abstention_rate_reference``,
        ``abstention_rate_window``, ``mean_confidence_reference``, ``mean_confidence_window``.
    evidence : tuple of str
        Readable lines, significant tests first.
    """

    drift: bool
    retrain_recommended: bool
    tests: tuple[DriftTest, ...]
    stats: dict[str, float]
    evidence: tuple[str, ...]

    def metrics(self) -> dict[str, float]:
        """Every figure as a flat ``{name: float}``, as logged to MLflow.

        Examples
        --------
        >>> report = DriftReport(True, False, (DriftTest("embedding", 0.1, 0.001, True),),
        ...                      {"n_window": 50.0}, ())
        >>> report.metrics()
        {'drift': 1.0, 'retrain_recommended': 0.0, 'embedding_statistic': 0.1, \
'embedding_p_value': 0.001, 'n_window': 50.0}
        """
        values = {
            "drift": float(self.drift),
            "retrain_recommended": float(self.retrain_recommended),
        }
        for test in self.tests:
            values[f"{test.name}_statistic"] = test.statistic
            values[f"{test.name}_p_value"] = test.p_value
        values.update(self.stats)
        return values

    def summary(self) -> str:
        """The verdict and the evidence, one line each."""
        verdict = "DRIFT" if self.drift else "no drift"
        if self.retrain_recommended:
            verdict += " (retrain recommended)"
        return "\n".join([verdict, *self.evidence])

    def to_dict(self) -> dict[str, Any]:
        """The report as a JSON-ready dict."""
        return dataclasses.asdict(self)

    def log_to_mlflow(self, tracking_uri: str | None = None, *, step: int | None = None) -> bool:
        """Log :meth:`metrics` to MLflow, prefixed ``drift_``.

        With ``tracking_uri``, a new run of the experiment ``supportml-drift`` on that server
        receives them (through a client: the process's MLflow settings are left alone).
        Without it, the active run receives them, if there is one; nothing is logged
        otherwise.

        Returns
        -------
        logged : bool
        """
        metrics = {f"drift_{name}": value for name, value in self.metrics().items()}
        if tracking_uri is None:
            mlflow = sys.modules.get("mlflow")  # no run can be active if it was never imported
            if mlflow is None or mlflow.active_run() is None:
                return False
            mlflow.log_metrics(metrics, step=step)
            return True
        mlflow = require("mlflow", extra="mlflow", caller="DriftReport.log_to_mlflow")
        client = mlflow.MlflowClient(tracking_uri)
        experiment = client.get_experiment_by_name(_EXPERIMENT)
        experiment_id = (
            experiment.experiment_id if experiment else client.create_experiment(_EXPERIMENT)
        )
        run = client.create_run(experiment_id, run_name="drift check")
        for name, value in metrics.items():
            client.log_metric(run.info.run_id, name, value, step=step or 0)
        client.set_terminated(run.info.run_id)
        logger.info("Drift metrics logged to run %s", run.info.run_id)
        return True
