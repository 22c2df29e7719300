"""TierModel: learns which tier resolved past requests, from the evidence and the profile."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.isotonic import IsotonicRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from supportml._profile import ADOPTION_STATES, UserProfile
from supportml._threads import one_thread
from supportml.routing._evidence import Evidence
from supportml.routing._trees import TreeEnsemble

__all__ = ["TierModel"]

_N_FOLDS = 3  # folds whose held-out scores fit the calibration curves


class TierModel:
    """Calibrated gradient-boosted trees over intent probabilities, evidence and profile.

    Features: the intent probabilities; the tier expected from the intent alone
    (:attr:`tier_given_intent_`); what the knowledge base, the catalogue and nearby ambassadors
    cover for the likely intents (``evidence.coverage``); the search scores; the profile
    (maturity, field team, adoption state, role).

    The tier that really solves a request depends on the request (its intent, whether the
    knowledge base has an answer, whether content or an ambassador fits) *and* on who asks (a
    new hire or a field worker needs e-learning where a power user takes the chatbot's
    answer); trees learn those interactions from resolved requests.

    Parameters
    ----------
    class_weight : dict of str to float or None, default=None
        Weight of the training requests of each tier (others: 1), so that the trees try harder
        not to miss that tier; the probabilities are still calibrated on unweighted held-out
        scores.
    random_state : int, default=0
        Seed of the boosting.

    Attributes
    ----------
    classes_ : ndarray of str
        The tiers seen in ``fit``.
    roles_ : list of str
        Roles seen in ``fit`` (one-hot encoded; other roles encode as all zeros).
    tier_given_intent_ : ndarray of shape (n_intents, n_tiers)
        How often each tier resolved each intent in ``fit`` (soft counts over the intent
        probabilities, add-one smoothed); ``intent_proba @ tier_given_intent_`` is a feature,
        the tier one would expect from the intent alone.

    Examples
    --------
    >>> import numpy as np
    >>> from supportml.routing._evidence import Evidence
    >>> n = 200
    >>> evidence = Evidence(
    ...     intent_proba=np.tile([[0.9, 0.1], [0.1, 0.9]], (n // 2, 1)),
    ...     in_scope=np.ones(n), abstained=np.zeros(n, bool), kb_entry=np.full(n, None),
    ...     kb_score=np.ones(n), content_ids=[[] for _ in range(n)], content_score=np.ones(n),
    ...     ambassador_id=np.full(n, None), ambassador_score=np.zeros(n),
    ...     language=np.full(n, "en", dtype=object), coverage=np.zeros((n, 3)))
    >>> tiers = np.tile(["chatbot", "support"], n // 2)
    >>> model = TierModel().fit(evidence, [None] * n, tiers)
    >>> model.predict_proba(evidence, [None] * n).argmax(axis=1)[:2].tolist()
    [0, 1]
    """

    def __init__(
        self, *, class_weight: dict[str, float] | None = None, random_state: int = 0
    ) -> None:
        self.class_weight = class_weight
        self.random_state = random_state

    class_weight = None  # tier models saved before it existed were fitted unweighted

    def fit(self, evidence: Evidence, users: Sequence[UserProfile | None], tiers) -> TierModel:
        """Learn the tier of each request from its evidence and its sender's profile."""
        self.roles_ = sorted({u.role for u in users if u is not None})
        tiers = np.asarray(tiers)
        classes = np.unique(tiers)
        counts = evidence.intent_proba.T @ (tiers[:, None] == classes[None, :]) + 1.0
        self.tier_given_intent_ = counts / counts.sum(axis=1, keepdims=True)
        features = self._features(evidence, users)
        weights = np.array([(self.class_weight or {}).get(str(t), 1.0) for t in tiers])
        # Trees fitted on near-deterministic labels are over-confident; isotonic curves fitted
        # on held-out folds' scores make "confidence" and the policy's probability thresholds
        # mean what they say (what CalibratedClassifierCV does with ensemble=False).
        folds = StratifiedKFold(_N_FOLDS, shuffle=True, random_state=self.random_state)
        with one_thread():
            held_out = cross_val_predict(
                self._boosting(),
                features,
                tiers,
                cv=folds,
                method="decision_function",
                params={"sample_weight": weights},
            )
            boosting = self._boosting().fit(features, tiers, sample_weight=weights)
        self.classes_ = boosting.classes_
        self._trees = TreeEnsemble.from_histogram_boosting(boosting)
        self._curves = _isotonic_curves(held_out, tiers, self.classes_)
        return self

    def predict_proba(self, evidence: Evidence, users: Sequence[UserProfile | None]) -> np.ndarray:
        """Probability of each tier, columns in :attr:`classes_` order."""
        scores = self._trees.decision_function(self._features(evidence, users))
        if scores.ndim == 1:  # two tiers: one curve, for the second
            positive = np.interp(scores, *self._curves[0])
            return np.column_stack([1.0 - positive, positive])
        proba = np.column_stack(
            [np.interp(scores[:, k], *curve) for k, curve in enumerate(self._curves)]
        )
        total = proba.sum(axis=1, keepdims=True)
        uniform = np.full_like(proba, 1.0 / proba.shape[1])
        return np.divide(proba, total, out=uniform, where=total > 0)

    def _boosting(self) -> HistGradientBoostingClassifier:
        # Histogram gradient boosting on one thread: 12x cheaper to fit than plain gradient
        # boosting here and 1.7 points of tier macro-F1 better; OpenMP threads made the fit 5x
        # slower, not faster, on a busy 2-core machine.
        return HistGradientBoostingClassifier(
            max_iter=60, learning_rate=0.15, random_state=self.random_state
        )

    def _features(self, evidence: Evidence, users: Sequence[UserProfile | None]) -> np.ndarray:
        return np.hstack(
            [
                evidence.intent_proba,
                evidence.intent_proba @ self.tier_given_intent_,
                evidence.coverage,
                np.column_stack(
                    [
                        evidence.in_scope,
                        evidence.abstained,
                        evidence.kb_score,
                        evidence.content_score,
                        evidence.ambassador_score,
                        evidence.ambassador_id != None,  # noqa: E711 (elementwise)
                        evidence.language == "fr",
                    ]
                ),
                np.array(
                    [
                        self._profile_features(u, lang)
                        for u, lang in zip(users, evidence.language, strict=True)
                    ]
                ),
            ]
        )

    def _profile_features(self, user: UserProfile | None, language: str) -> list[float]:
        known = user is not None
        user = user or UserProfile()
        return [
            float(known),
            user.digital_maturity / 5,
            float(user.field_team),
            float(user.language is None or user.language == language),
            *(float(user.adoption_state == s) for s in ADOPTION_STATES),
            *(float(user.role == r) for r in self.roles_),
        ]


def _isotonic_curves(scores: np.ndarray, tiers: np.ndarray, classes: np.ndarray) -> list:
    """Per tier, the (scores, probabilities) knots of an isotonic fit of "is this tier" on the
    held-out scores; ``np.interp`` on them is ``IsotonicRegression.predict`` (clipped)."""
    columns = scores[:, None] if scores.ndim == 1 else scores
    positives = classes[1:] if scores.ndim == 1 else classes
    curves = []
    for column, tier in zip(columns.T, positives, strict=True):
        curve = IsotonicRegression(out_of_bounds="clip").fit(column, tiers == tier)
        curves.append((curve.X_thresholds_, curve.y_thresholds_))
    return curves
