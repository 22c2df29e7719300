from __future__ import annotations

import copy

import numpy as np
import pytest

from supportml.exceptions import InvalidInputError, NotFittedError
from supportml.insights import DriftMonitor


def _sample(rows, size, rng):
    return [rows[i]["text"] for i in rng.choice(len(rows), size=size, replace=True)]


@pytest.fixture(scope="module")
def monitor(classifier, split_requests):
    seen, _ = split_requests
    classifier = copy.deepcopy(classifier)
    classifier.threshold_ = 0.2  # abstain on the least sure requests
    texts = [r["text"] for r in seen]
    return DriftMonitor(classifier, n_permutations=99).fit(texts)


def test_no_change_is_not_flagged(monitor, split_requests):
    seen, _ = split_requests
    report = monitor.check([r["text"] for r in seen][::2])
    assert not report.drift and not report.retrain_recommended
    assert {t.name for t in report.tests} == {"embedding", "intent_mix", "confidence", "abstention"}


def test_unseen_intents_are_flagged_with_evidence(monitor, split_requests):
    seen, new = split_requests
    rng = np.random.default_rng(0)
    report = monitor.check(_sample(seen, 40, rng) + [r["text"] for r in new])
    assert report.drift and report.retrain_recommended
    assert report.stats["abstention_rate_window"] > report.stats["abstention_rate_reference"]
    assert "DRIFT (retrain recommended)" in report.summary()
    assert any("p " in line and "<" in line for line in report.evidence)
    metrics = report.metrics()
    assert metrics["drift"] == 1.0 and "confidence_p_value" in metrics


def test_vectors_only_without_a_classifier():
    rng = np.random.default_rng(1)
    texts = [f"request {i}" for i in range(80)]
    monitor = DriftMonitor(n_permutations=99).fit(texts, embeddings=rng.normal(size=(80, 16)))
    same = monitor.check(texts[:40], embeddings=rng.normal(size=(40, 16)))
    moved = monitor.check(texts[:40], embeddings=rng.normal(loc=0.5, size=(40, 16)))
    assert [t.name for t in same.tests] == ["embedding"]
    assert not same.drift and moved.drift and moved.retrain_recommended
    with pytest.raises(InvalidInputError, match="Pass embeddings="):
        monitor.check(texts[:40])
    with pytest.raises(InvalidInputError, match="16"):
        monitor.check(texts[:40], embeddings=rng.normal(size=(40, 8)))


def test_same_seed_same_report(monitor, split_requests):
    seen, _ = split_requests
    window = [r["text"] for r in seen][1::3]
    assert monitor.check(window) == monitor.check(window)


def test_empty_and_small_windows_are_refused(monitor):
    with pytest.raises(InvalidInputError, match="window is empty"):
        monitor.check([])
    with pytest.raises(InvalidInputError, match=r"window has 5 requests; .* at least 30"):
        monitor.check(["share a folder"] * 5)


def test_check_before_fit_and_bad_parameters(classifier):
    with pytest.raises(NotFittedError):
        DriftMonitor(classifier).check(["x"] * 40)
    with pytest.raises(InvalidInputError, match=r"'alpha' parameter of DriftMonitor"):
        DriftMonitor(classifier, alpha=1.5).fit(["x"] * 40)
    with pytest.raises(InvalidInputError, match="reference has 3 requests"):
        DriftMonitor(classifier).fit(["a", "b", "c"])


def test_metrics_go_to_mlflow(monitor, split_requests, tmp_path):
    mlflow = pytest.importorskip("mlflow")
    seen, _ = split_requests
    report = monitor.check([r["text"] for r in seen][::2])
    assert report.log_to_mlflow() is False  # no active run, no tracking URI: nothing logged
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    assert report.log_to_mlflow(uri) is True
    client = mlflow.MlflowClient(uri)
    [run] = client.search_runs([client.get_experiment_by_name("supportml-drift").experiment_id])
    assert run.data.metrics["drift_drift"] == 0.0
    assert "drift_embedding_p_value" in run.data.metrics
