"""TierModel: learns which tier resolved past requests, from the evidence and the profile."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.special import expit, softmax
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from supportml._checks import check_positive_int
from supportml._profile import ADOPTION_STATES, UserProfile
from supportml._threads import one_thread
from supportml.exceptions import InvalidInputError
from supportml.routing._evidence import Evidence
from supportml.routing._trees import TreeEnsemble

__all__ = ["TierModel"]

_N_FOLDS = 3  # folds whose held-out scores fit the calibration
_CALIBRATION_C = 1.0  # inverse L2 strength of the calibration regression (scikit-learn's default)


class TierModel:
    """Bagged, calibrated gradient-boosted trees over intent probabilities, evidence and profile.

    Features: the intent probabilities; the tier expected from the intent alone
    (:attr:`tier_given_intent_`); what the knowledge base, the catalogue and nearby ambassadors
    cover for the likely intents (``evidence.coverage``); the search scores; the profile
    (maturity, field team, adoption state, role).

    The tier that really solves a request depends on the request (its intent, whether the
    knowledge base has an answer, whether content or an ambassador fits) *and* on who asks (a
    new hire or a field worker needs e-learning where a power user takes the chatbot's
    answer); trees learn those interactions from resolved requests.

    Trees fitted on a few thousand requests are unstable: float differences of 1e-6 in their
    inputs moved the router's tier macro-F1 by 0.02. So ``n_bags`` boosted models, each fitted
    on its own bootstrap sample (Poisson weights), are averaged, and the averaged held-out
    scores are calibrated by a multinomial logistic regression (smooth, where isotonic steps
    made the policy's costs jump from one step to the next).

    Parameters
    ----------
    class_weight : dict of str to float or None, default=None
        Weight of the training requests of each tier (others: 1), so that the trees try harder
        not to miss that tier; the probabilities are still calibrated on unweighted held-out
        scores.
    n_bags : int, default=5
        Boosted models averaged; 1 fits one model on the requests as they are.
    random_state : int, default=0
        Seed of the bootstrap samples and of the boosting.

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
        self,
        *,
        class_weight: dict[str, float] | None = None,
        n_bags: int = 5,
        random_state: int = 0,
    ) -> None:
        self.class_weight = class_weight
        self.n_bags = n_bags
        self.random_state = random_state

    def fit(self, evidence: Evidence, users: Sequence[UserProfile | None], tiers) -> TierModel:
        """Learn the tier of each request from its evidence and its sender's profile."""
        check_positive_int(self.n_bags, "n_bags", owner="TierModel")
        self.roles_ = sorted({u.role for u in users if u is not None})
        tiers = np.asarray(tiers)
        classes, per_tier = np.unique(tiers, return_counts=True)
        rare = {str(t): int(c) for t, c in zip(classes, per_tier, strict=True) if c < _N_FOLDS}
        if rare:
            raise InvalidInputError(
                f"Each tier in the training requests needs at least {_N_FOLDS} of them (its "
                f"held-out scores are calibrated over {_N_FOLDS} folds); got {rare}. Add "
                "resolved requests of those tiers or relabel them."
            )
        counts = evidence.intent_proba.T @ (tiers[:, None] == classes[None, :]) + 1.0
        self.tier_given_intent_ = counts / counts.sum(axis=1, keepdims=True)
        features = self._features(evidence, users)
        weights = np.array([(self.class_weight or {}).get(str(t), 1.0) for t in tiers])
        rng = np.random.default_rng(self.random_state)
        bags = (
            [weights]
            if self.n_bags == 1
            else [weights * rng.poisson(1.0, len(tiers)) for _ in range(self.n_bags)]
        )
        folds = StratifiedKFold(_N_FOLDS, shuffle=True, random_state=self.random_state)
        with one_thread():
            held_out = np.mean(
                [
                    cross_val_predict(
                        self._boosting(seed),
                        features,
                        tiers,
                        cv=folds,
                        method="decision_function",
                        params={"sample_weight": bag},
                    )
                    for seed, bag in enumerate(bags)
                ],
                axis=0,
            )
            members = [
                self._boosting(seed).fit(features, tiers, sample_weight=bag)
                for seed, bag in enumerate(bags)
            ]
        self.classes_ = members[0].classes_
        self._trees = TreeEnsemble.average(map(TreeEnsemble.from_histogram_boosting, members))
        # Held-out scores, as CalibratedClassifierCV(ensemble=False) uses them; one multinomial
        # regression over all the tiers' scores rather than a curve per tier.
        calibration = LogisticRegression(C=_CALIBRATION_C, max_iter=1000)
        calibration.fit(held_out.reshape(len(tiers), -1), tiers)
        self._calibration_coef = calibration.coef_
        self._calibration_intercept = calibration.intercept_
        return self

    def predict_proba(self, evidence: Evidence, users: Sequence[UserProfile | None]) -> np.ndarray:
        """Probability of each tier, columns in :attr:`classes_` order."""
        scores = self._trees.decision_function(self._features(evidence, users))
        logits = scores.reshape(len(scores), -1) @ self._calibration_coef.T
        logits += self._calibration_intercept
        if logits.shape[1] == 1:  # two tiers: the logit of the second
            positive = expit(logits[:, 0])
            return np.column_stack([1.0 - positive, positive])
        return softmax(logits, axis=1)

    def _boosting(self, seed: int) -> HistGradientBoostingClassifier:
        # Histogram gradient boosting on one thread: 12x cheaper to fit than plain gradient
        # boosting here and 1.7 points of tier macro-F1 better; OpenMP threads made the fit 5x
        # slower, not faster, on a busy 2-core machine.
        return HistGradientBoostingClassifier(
            max_iter=60, learning_rate=0.15, random_state=self.random_state + seed
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
