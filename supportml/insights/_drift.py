"""DriftMonitor: has a window of recent requests drifted from the training data?"""

from __future__ import annotations

import logging
from numbers import Integral, Real
from typing import Any

import numpy as np

from supportml.exceptions import InvalidInputError
from supportml.insights._drift_report import DriftReport, DriftTest
from supportml.insights._inputs import classifier_of, read_requests, vectors_for
from supportml.insights._two_sample import (
    label_mix_test,
    median_bandwidth,
    mmd_permutation_test,
)

__all__ = ["DriftMonitor"]

logger = logging.getLogger(__name__)


class DriftMonitor:
    """Compares a window of recent requests with a reference sample, and says if it drifted.

    Four two-sample tests, each comparing the window with the reference:

    - ``embedding``: kernel maximum mean discrepancy between the request vectors (Gaussian
      kernel, median-distance bandwidth), with a permutation p-value;
    - ``intent_mix``: chi-square test on the counts of predicted intents;
    - ``confidence``: one-sided Mann-Whitney U test that the in-scope scores fell;
    - ``abstention``: one-sided Fisher's exact test that the abstention rate rose (when the
      classifier has an abstention threshold).

    The last two look for a model less sure of itself: a window where it is surer than on
    the reference is no cause for alarm.

    The window drifted when one test's p-value is below ``alpha`` divided by the number of
    tests (Bonferroni), so that the chance of a false alarm stays below ``alpha``. The last
    three tests need a classifier; without one only the vectors are compared.

    The reference should be requests the classifier was **not** fitted on (a validation split,
    or a previous window): on its own training examples the classifier is more confident than
    on any new request, which the confidence test would report as drift.

    Parameters
    ----------
    classifier : Router, IntentClassifier or None, default=None
        The fitted model whose inputs are watched.
    alpha : float, default=0.05
        Accepted false-alarm rate of the verdict.
    n_permutations : int, default=200
        Permutations of the embedding test.
    max_reference : int, default=1000
        The reference is subsampled to this many requests (the embedding test is quadratic).
    min_window : int, default=30
        Fewest requests in the reference and in a window.
    retrain_min_change : float, default=0.05
        Rise of the abstention rate, or fall of the mean in-scope score, from which a drift
        comes with a retraining recommendation.
    random_state : int, default=0
        Seeds the reference subsample and the permutations.

    Attributes
    ----------
    n_reference_ : int
    bandwidth_ : float
        Kernel bandwidth, from the reference.

    Examples
    --------
    >>> import numpy as np
    >>> from supportml.insights import DriftMonitor
    >>> rng = np.random.default_rng(0)
    >>> before = [f"request {i}" for i in range(60)]
    >>> monitor = DriftMonitor(n_permutations=99).fit(before, embeddings=rng.normal(size=(60, 8)))
    >>> report = monitor.check(before[:40], embeddings=rng.normal(loc=0.8, size=(40, 8)))
    >>> report.drift, report.tests[0].name
    (True, 'embedding')
    """

    def __init__(
        self,
        classifier: Any = None,
        *,
        alpha: float = 0.05,
        n_permutations: int = 200,
        max_reference: int = 1000,
        min_window: int = 30,
        retrain_min_change: float = 0.05,
        random_state: int = 0,
    ) -> None:
        self.classifier = classifier
        self.alpha = alpha
        self.n_permutations = n_permutations
        self.max_reference = max_reference
        self.min_window = min_window
        self.retrain_min_change = retrain_min_change
        self.random_state = random_state

    def fit(self, reference: Any, *, embeddings: Any = None) -> DriftMonitor:
        """Remember the reference sample.

        Parameters
        ----------
        reference : sequence of str, or DataFrame with a ``text`` column
            Requests like those the model was trained for, not the ones it was fitted on.
        embeddings : array-like of shape (n_reference, dim), default=None
            Their vectors; by default the classifier's embedder encodes them (required when
            there is no classifier).

        Returns
        -------
        self : DriftMonitor

        Raises
        ------
        InvalidInputError
            Fewer than ``min_window`` requests, a bad text or parameter.
        """
        self._check_params()
        self._classifier = None if self.classifier is None else classifier_of(self.classifier)
        vectors, predicted, score = self._observe(reference, embeddings, "reference")
        rng = np.random.default_rng(self.random_state)
        if len(vectors) > self.max_reference:
            keep = np.sort(rng.choice(len(vectors), size=self.max_reference, replace=False))
            vectors = vectors[keep]
            predicted = None if predicted is None else predicted[keep]
            score = None if score is None else score[keep]
        self._reference = (vectors, predicted, score)
        self.n_reference_ = len(vectors)
        self.bandwidth_ = median_bandwidth(vectors)
        return self

    def check(
        self, window: Any, *, embeddings: Any = None, tracking_uri: str | None = None
    ) -> DriftReport:
        """Test a window of requests against the reference.

        The metrics are logged to MLflow when a run is active, or to a new run on
        ``tracking_uri`` (see :meth:`DriftReport.log_to_mlflow`).

        Parameters
        ----------
        window : sequence of str, or DataFrame with a ``text`` column
        embeddings : array-like of shape (n_window, dim), default=None
        tracking_uri : str, default=None

        Returns
        -------
        report : DriftReport

        Raises
        ------
        NotFittedError
            Before :meth:`fit`.
        InvalidInputError
            An empty window, one smaller than ``min_window``, or vectors of another size than
            the reference's.
        """
        if not hasattr(self, "_reference"):
            from supportml.exceptions import NotFittedError  # built with scikit-learn's

            raise NotFittedError("This DriftMonitor is not fitted yet; call fit with a reference.")
        vectors, predicted, score = self._observe(window, embeddings, "window")
        ref_vectors, ref_predicted, ref_score = self._reference
        if vectors.shape[1] != ref_vectors.shape[1]:
            raise InvalidInputError(
                f"window vectors have {vectors.shape[1]} columns, the reference's "
                f"{ref_vectors.shape[1]}: embed both with the same embedder."
            )
        rng = np.random.default_rng(self.random_state)
        results = [
            (
                "embedding",
                *mmd_permutation_test(
                    ref_vectors,
                    vectors,
                    bandwidth=self.bandwidth_,
                    n_permutations=self.n_permutations,
                    rng=rng,
                ),
            )
        ]
        stats = {"n_reference": float(len(ref_vectors)), "n_window": float(len(vectors))}
        if self._classifier is not None:
            results += self._model_tests(ref_predicted, ref_score, predicted, score, stats)
        report = self._verdict(results, stats, ref_predicted, predicted)
        report.log_to_mlflow(tracking_uri)
        return report

    # ------------------------------------------------------------ internals
    def _observe(self, requests, embeddings, name):
        """Vectors, predicted intents and in-scope scores of a sample."""
        texts, _ = read_requests(requests, name=name)
        if len(texts) < self.min_window:
            raise InvalidInputError(
                f"{name} has {len(texts)} requests; the drift tests need at least "
                f"{self.min_window} (min_window)."
            )
        vectors = vectors_for(texts, self._classifier, embeddings, name="embeddings")
        if self._classifier is None:
            return vectors, None, None
        if getattr(self._classifier, "embedder_", True) is None:  # fitted on vectors
            proba, score = self._classifier.predict_proba_with_scope(vectors)
        else:
            proba, score = self._classifier.predict_proba_with_scope(texts, embeddings=vectors)
        return vectors, self._classifier.classes_[proba.argmax(axis=1)], score

    def _model_tests(self, ref_predicted, ref_score, predicted, score, stats):
        from scipy.stats import fisher_exact, mannwhitneyu

        results = [("intent_mix", *label_mix_test(ref_predicted, predicted))]
        lower = mannwhitneyu(ref_score, score, alternative="greater")  # window scores lower
        results.append(("confidence", float(lower.statistic), float(lower.pvalue)))
        stats["mean_confidence_reference"] = float(ref_score.mean())
        stats["mean_confidence_window"] = float(score.mean())
        threshold = self._classifier.threshold_
        if np.isfinite(threshold):
            ref_abstained, abstained = ref_score < threshold, score < threshold
            table = [
                [int(ref_abstained.sum()), int((~ref_abstained).sum())],
                [int(abstained.sum()), int((~abstained).sum())],
            ]
            odds, p_value = fisher_exact(table, alternative="less")  # window abstains more
            results.append(("abstention", float(odds), float(p_value)))
            stats["abstention_rate_reference"] = float(ref_abstained.mean())
            stats["abstention_rate_window"] = float(abstained.mean())
        return results

    def _verdict(self, results, stats, ref_predicted, predicted) -> DriftReport:
        level = self.alpha / len(results)
        tests = tuple(
            DriftTest(name, statistic, p_value, p_value < level)
            for name, statistic, p_value in results
        )
        drift = any(test.significant for test in tests)
        abstention_rise = stats.get("abstention_rate_window", 0.0) - stats.get(
            "abstention_rate_reference", 0.0
        )
        confidence_fall = stats.get("mean_confidence_reference", 0.0) - stats.get(
            "mean_confidence_window", 0.0
        )
        harmful = max(abstention_rise, confidence_fall) >= self.retrain_min_change
        retrain = drift and (harmful or self._classifier is None)
        ordered = sorted(tests, key=lambda t: (not t.significant, t.p_value))
        evidence = [
            f"{t.name}: statistic {t.statistic:.4g}, p {t.p_value:.4g}"
            + (f" < {level:.4g}" if t.significant else "")
            for t in ordered
        ]
        if "abstention_rate_window" in stats:
            evidence.append(
                f"abstention rate {stats['abstention_rate_reference']:.3f} → "
                f"{stats['abstention_rate_window']:.3f}"
            )
        if "mean_confidence_window" in stats:
            evidence.append(
                f"mean in-scope score {stats['mean_confidence_reference']:.3f} → "
                f"{stats['mean_confidence_window']:.3f}"
            )
        if predicted is not None:
            evidence.append("intents gaining share: " + _gaining(ref_predicted, predicted))
        return DriftReport(drift, retrain, tests, stats, tuple(evidence))

    def _check_params(self) -> None:
        checks = {
            "alpha": (isinstance(self.alpha, Real) and 0 < self.alpha < 1, "a float in (0, 1)"),
            "n_permutations": (_is_int(self.n_permutations, 19), "an int >= 19"),
            "max_reference": (_is_int(self.max_reference, 2), "an int >= 2"),
            "min_window": (_is_int(self.min_window, 2), "an int >= 2"),
            "retrain_min_change": (
                isinstance(self.retrain_min_change, Real) and self.retrain_min_change >= 0,
                "a float >= 0",
            ),
            "random_state": (isinstance(self.random_state, Integral), "an int"),
        }
        for name, (ok, expected) in checks.items():
            if not ok:
                raise InvalidInputError(
                    f"The {name!r} parameter of DriftMonitor must be {expected}. "
                    f"Got {getattr(self, name)!r} instead."
                )

    def __repr__(self) -> str:
        return f"DriftMonitor(alpha={self.alpha}, n_permutations={self.n_permutations})"


def _is_int(value: Any, minimum: int) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool) and value >= minimum


def _gaining(reference: np.ndarray, window: np.ndarray, n: int = 3) -> str:
    """The intents whose share grew most from the reference to the window."""
    labels = np.unique(np.concatenate([reference, window]).astype(str))
    share_ref = np.array([np.mean(reference.astype(str) == label) for label in labels])
    share_win = np.array([np.mean(window.astype(str) == label) for label in labels])
    gain = share_win - share_ref
    order = np.lexsort((labels, -gain))[:n]
    return ", ".join(f"{labels[i]} {share_ref[i]:.1%} → {share_win[i]:.1%}" for i in order)
