"""Held-out evaluation of a router: the metrics the run logs and the promotion gate compares."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from supportml.text import validate_texts

if TYPE_CHECKING:
    import pandas as pd

    from supportml.routing import Router

__all__ = ["SELF_SERVICE", "Evaluation", "evaluate_router", "unsafe_self_service_rate"]

SELF_SERVICE = frozenset({"chatbot", "elearning"})
"""Tiers where nobody checks the answer: a support request sent there is unsafe."""


@dataclasses.dataclass(frozen=True, eq=False)
class Evaluation:
    """A router's decisions on held-out requests, and what they score.

    Attributes
    ----------
    metrics : dict of str to float
        ``intent_accuracy``, ``intent_macro_f1``, ``tier_accuracy``, ``tier_macro_f1``,
        ``unsafe_self_service_rate``, ``intent_ece``, ``tier_ece``, ``abstention_rate`` and
        ``n_eval``.
    true_intents, predicted_intents, true_tiers, routed_tiers : ndarray of str
    intent_confidence : ndarray of float
        Top intent probability of each request.
    intent_correct : ndarray of bool
        Whether that top intent is the true one.
    tier_confidence : ndarray of float
        The tier model's top probability for each request.
    tier_correct : ndarray of bool
        Whether the tier model's most likely tier is the true one.
    """

    metrics: dict[str, float]
    true_intents: np.ndarray
    predicted_intents: np.ndarray
    true_tiers: np.ndarray
    routed_tiers: np.ndarray
    intent_confidence: np.ndarray
    intent_correct: np.ndarray
    tier_confidence: np.ndarray
    tier_correct: np.ndarray

    def report(self) -> dict[str, Any]:
        """Per-class precision, recall, F1 and support, for intents and tiers."""
        from sklearn.metrics import classification_report

        return {
            kind: classification_report(true, predicted, output_dict=True, zero_division=0)
            for kind, true, predicted in (
                ("intent", self.true_intents, self.predicted_intents),
                ("tier", self.true_tiers, self.routed_tiers),
            )
        }


def unsafe_self_service_rate(true_tiers: Sequence[str], routed: Sequence[str]) -> float:
    """Share of requests whose true tier is ``support`` that were routed to self-service.

    Examples
    --------
    >>> unsafe_self_service_rate(["support", "support", "chatbot"], ["chatbot", "support", "x"])
    0.5
    """
    support = [r for t, r in zip(true_tiers, routed, strict=True) if t == "support"]
    return sum(r in SELF_SERVICE for r in support) / max(len(support), 1)


def evaluate_router(router: Router, requests: pd.DataFrame) -> Evaluation:
    """Route held-out requests and score the decisions against their labels.

    Requests are routed with their senders' profiles (``user_id``) and without booking
    ambassadors, so the scores do not depend on the order of the rows.

    Parameters
    ----------
    router : Router
        A fitted router.
    requests : DataFrame
        Labelled requests: ``text``, ``intent``, ``tier``, optionally ``user_id``.

    Returns
    -------
    evaluation : Evaluation

    Examples
    --------
    >>> from supportml.data import generate_enterprise
    >>> from supportml.routing import Router
    >>> data = generate_enterprise(n_users=60, n_requests=200)
    >>> split = data.requests["split"]
    >>> router = Router(embedder="hashing").fit(
    ...     data.requests[split == "train"], **data.reference_tables())
    >>> metrics = evaluate_router(router, data.requests[split == "test"]).metrics
    >>> sorted(metrics)[:4]
    ['abstention_rate', 'intent_accuracy', 'intent_ece', 'intent_macro_f1']
    """
    from sklearn.metrics import accuracy_score, f1_score

    from supportml.metrics import expected_calibration_error

    texts = validate_texts(list(requests["text"]), name="requests.text")
    users = list(requests["user_id"]) if "user_id" in requests.columns else None
    booking, router.book_ambassadors = router.book_ambassadors, False
    try:
        decisions = router.route_many(texts, users=users)
    finally:
        router.book_ambassadors = booking
    true_intents = requests["intent"].astype(str).to_numpy()
    true_tiers = requests["tier"].astype(str).to_numpy()
    predicted = np.array([d.intent for d in decisions], dtype=object).astype(str)
    routed = np.array([d.tier for d in decisions], dtype=object).astype(str)
    intent_classes = router.intents_.classes_
    intent_proba = router.intents_.predict_proba(texts, embeddings=router.embedder_.encode(texts))
    tiers = [str(t) for t in router.tier_model_.classes_]
    tier_proba = np.array([[dict(d.alternatives).get(t, 0.0) for t in tiers] for d in decisions])
    metrics = {
        "intent_accuracy": accuracy_score(true_intents, predicted),
        "intent_macro_f1": f1_score(true_intents, predicted, average="macro", zero_division=0),
        "tier_accuracy": accuracy_score(true_tiers, routed),
        "tier_macro_f1": f1_score(true_tiers, routed, average="macro", zero_division=0),
        "unsafe_self_service_rate": unsafe_self_service_rate(true_tiers, routed),
        "intent_ece": expected_calibration_error(true_intents, intent_proba, intent_classes),
        "tier_ece": expected_calibration_error(true_tiers, tier_proba, tiers),
        "abstention_rate": float(np.mean([d.abstained for d in decisions])),
        "n_eval": len(decisions),
    }
    return Evaluation(
        metrics={k: float(v) for k, v in metrics.items()},
        true_intents=true_intents,
        predicted_intents=predicted,
        true_tiers=true_tiers,
        routed_tiers=routed,
        intent_confidence=intent_proba.max(axis=1),
        intent_correct=np.asarray(intent_classes)[intent_proba.argmax(axis=1)] == true_intents,
        tier_confidence=tier_proba.max(axis=1),
        tier_correct=np.asarray(tiers)[tier_proba.argmax(axis=1)] == true_tiers,
    )
