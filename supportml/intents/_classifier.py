"""IntentClassifier: a product of experts over sentence embeddings and n-grams, nearest-example
votes, and out-of-scope abstention."""

from __future__ import annotations

import logging
import os
from numbers import Integral, Real
from typing import ClassVar, Literal

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.utils._param_validation import HasMethods, Interval, StrOptions
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import validate_data

from supportml._threads import one_thread
from supportml.embed import make_embedder
from supportml.exceptions import InvalidInputError, NotFittedError
from supportml.intents._inputs import (
    is_numeric_input,
    validate_labels,
    validate_texts_and_embeddings,
)
from supportml.intents._linear import LinearHead
from supportml.intents._neighbors import NearestExamples
from supportml.intents._ngrams import NgramFeatures
from supportml.intents._pooling import choose_weights, pool
from supportml.intents._threshold import choose_threshold

__all__ = ["IntentClassifier"]

logger = logging.getLogger(__name__)

_FALLBACK_WEIGHTS = (0.43, 0.2)  # (ngram, neighbour): Banking77's 5-fold choice, when CV cannot run
_CV_MAX_SAMPLES = 3000  # weights are chosen on a stratified sample of at most this many examples


class IntentClassifier(ClassifierMixin, BaseEstimator):
    """Predicts the intent of a help request, and abstains on requests it should not answer.

    Three experts vote, each seeing the request differently:

    - a logistic regression on the sentence embedding (meaning, paraphrases);
    - a logistic regression on TF-IDF word 1–2-grams and character 2–5-grams (typos, product
      names, French morphology, which an English encoder handles poorly);
    - the nearest training examples by cosine similarity (rare phrasings seen once).

    The two regressions are pooled as a product of experts,
    ``log p ∝ embedding_weight · log p_emb + ngram_weight · log p_ngram``, and mixed with the
    neighbours' votes: ``(1 − neighbor_weight) · p_pool + neighbor_weight · p_neighbors``.
    Pooling beat one regression on the concatenated features on Banking77, and exponents summing
    to more than one sharpen the pool so that its probabilities are calibrated (cross-validated
    ECE 0.013 against 0.065 with exponents summing to one).

    **Weights from the data.** How much the n-grams and the neighbours should count depends on
    the data: with 15 French examples per intent and an English encoder, n-grams carry most of
    the signal; with 130 English examples per intent, the encoder does. With ``"auto"`` (the
    default), ``fit`` chooses ``ngram_weight`` and ``neighbor_weight`` by ``cv``-fold
    cross-validation on the training set (on a stratified sample of at most 3,000 examples):
    each expert is fitted on the other folds, and the pair of weights whose pooled out-of-fold
    predictions are the most accurate (then: the lowest log-loss) is kept. It costs about
    ``cv`` extra fits of each expert on that sample.

    ``X`` is a sequence of texts or a numeric array of precomputed embeddings. Texts may come
    with their precomputed embeddings (``embeddings=``), so that a caller who already embedded
    them (the router, a batch job) does not embed twice. On numeric ``X`` only the embedding
    expert and the neighbours vote.

    **Out of scope.** Training examples labelled ``unknown_label`` form a class of their own
    that absorbs requests unlike any intent. :meth:`in_scope_score` is the top probability times
    the request's mean cosine similarity to its closest in-scope training examples (0 when the
    top class is ``unknown_label``). After ``fit``, :meth:`fit_abstention` sets the threshold on
    that score from a validation set with in-scope and out-of-scope examples; :meth:`predict`
    then returns ``unknown_label`` below it.

    Parameters
    ----------
    embedder : Embedder, str, Path or None, default=None
        How texts become vectors (see :func:`supportml.embed.make_embedder`): None is the
        default model (all-MiniLM-L6-v2 behind the on-disk cache), ``"hashing"`` the fast
        test embedder. Not used when ``X`` is numeric.
    C : float, default=10.0
        Inverse regularisation strength of the embedding expert.
    ngram_C : float, default=30.0
        Inverse regularisation strength of the n-gram expert.
    embedding_weight : float, default=1.0
        Exponent of the embedding expert in the pool.
    ngram_weight : float or "auto", default="auto"
        Exponent of the n-gram expert in the pool; 0 leaves n-grams out (and unfitted);
        ``"auto"`` chooses it among :data:`~supportml.intents._pooling.NGRAM_WEIGHTS` by
        cross-validation.
    n_neighbors : int, default=20
        Training examples that vote for each request.
    neighbor_weight : float or "auto", default="auto"
        Share of the neighbours' votes in the final probabilities; 0 leaves them out;
        ``"auto"`` chooses it among :data:`~supportml.intents._pooling.NEIGHBOR_WEIGHTS` by
        cross-validation.
    cv : int, default=3
        Folds of the cross-validation that chooses the ``"auto"`` weights (fewer when a class
        has fewer examples; with fewer than 2 examples in some class the weights fall back to
        0.43 and 0.2, Banking77's choice).
    max_iter : int, default=3000
        Iterations of the lbfgs solver of each regression.
    unknown_label : str, default="unknown"
        Label of out-of-scope training examples, and the label predicted on abstention.
    threshold : float or None, default=None
        Fixed in-scope score below which :meth:`predict` abstains; None never abstains until
        :meth:`fit_abstention` sets a threshold.

    Attributes
    ----------
    classes_ : ndarray of shape (n_classes,)
        Labels seen in ``fit``, ``unknown_label`` included when present.
    threshold_ : float
        The in-scope score threshold in force (``-inf``: never abstain).
    embedder_ : Embedder or None
        The embedder used for texts (None when fitted on numeric input).
    n_features_in_ : int
        Number of columns of a numeric ``X`` (only when fitted on numeric input).
    n_iter_ : ndarray of shape (1,)
        Solver iterations of the embedding expert.
    ngram_weight_ : float
        The n-gram exponent in force (0 when there is no n-gram expert).
    neighbor_weight_ : float
        The neighbours' share in force.

    See Also
    --------
    supportml.intents.choose_threshold : how :meth:`fit_abstention` picks the threshold.

    Examples
    --------
    >>> from supportml import IntentClassifier
    >>> texts = ["share a folder", "share my file with a colleague",
    ...          "forgot my password", "reset password please"]
    >>> labels = ["share_file", "share_file", "password_reset", "password_reset"]
    >>> clf = IntentClassifier(embedder="hashing").fit(texts, labels)
    >>> clf.predict(["how do I share a folder", "I forgot my password"]).tolist()
    ['share_file', 'password_reset']
    >>> clf.predict_proba(["password"]).shape
    (1, 2)
    """

    _parameter_constraints: ClassVar[dict] = {
        "embedder": [None, str, os.PathLike, HasMethods(["encode"])],
        "C": [Interval(Real, 0, None, closed="neither")],
        "ngram_C": [Interval(Real, 0, None, closed="neither")],
        "embedding_weight": [Interval(Real, 0, None, closed="left")],
        "ngram_weight": [Interval(Real, 0, None, closed="left"), StrOptions({"auto"})],
        "n_neighbors": [Interval(Integral, 1, None, closed="left")],
        "neighbor_weight": [Interval(Real, 0, 1, closed="both"), StrOptions({"auto"})],
        "cv": [Interval(Integral, 2, None, closed="left")],
        "max_iter": [Interval(Integral, 1, None, closed="left")],
        "unknown_label": [str],
        "threshold": [None, Interval(Real, 0, 1, closed="both")],
    }

    def __init__(
        self,
        embedder=None,
        *,
        C: float = 10.0,
        ngram_C: float = 30.0,
        embedding_weight: float = 1.0,
        ngram_weight: float | Literal["auto"] = "auto",
        n_neighbors: int = 20,
        neighbor_weight: float | Literal["auto"] = "auto",
        cv: int = 3,
        max_iter: int = 3000,
        unknown_label: str = "unknown",
        threshold: float | None = None,
    ) -> None:
        self.embedder = embedder
        self.C = C
        self.ngram_C = ngram_C
        self.embedding_weight = embedding_weight
        self.ngram_weight = ngram_weight
        self.n_neighbors = n_neighbors
        self.neighbor_weight = neighbor_weight
        self.cv = cv
        self.max_iter = max_iter
        self.unknown_label = unknown_label
        self.threshold = threshold

    # ------------------------------------------------------------------ fit
    def fit(self, X, y, *, embeddings=None) -> IntentClassifier:
        """Fit the experts.

        Parameters
        ----------
        X : sequence of str, or array-like of shape (n_samples, dim)
            Request texts, or precomputed embeddings.
        y : array-like of shape (n_samples,)
            Intent labels; ``unknown_label`` marks out-of-scope examples.
        embeddings : array-like of shape (n_samples, dim), default=None
            Precomputed embeddings of the texts in ``X`` (skips the embedder).

        Returns
        -------
        self : IntentClassifier

        Raises
        ------
        InvalidInputError
            Bad text (empty, None, wrong type) or label, mismatched lengths, fewer than two
            classes; the message names the position.
        """
        self._validate_params()
        if is_numeric_input(X):
            if embeddings is not None:
                raise InvalidInputError("Pass embeddings either as X or as embeddings=, not both.")
            X, y = validate_data(self, X, y)
            check_classification_targets(y)
            self.embedder_ = None
            texts, embeddings = None, np.asarray(X, dtype=np.float32)
        else:
            texts, embeddings = validate_texts_and_embeddings(X, embeddings)
            y = validate_labels(y, len(texts))
            self.embedder_ = make_embedder(self.embedder)
            if embeddings is None:
                embeddings = self.embedder_.encode(texts)
        self.classes_ = np.unique(y)
        if len(self.classes_) < 2:
            raise InvalidInputError(
                "IntentClassifier needs at least 2 classes to fit; got 1 class: "
                f"{self.classes_[0]!r}."
            )
        target = np.searchsorted(self.classes_, y)
        in_scope = y != self.unknown_label
        use_ngrams = texts is not None and self.ngram_weight != 0
        # The experts fit on one BLAS thread: on another thread count BLAS sums in another
        # order, and the same data gave probabilities up to 3.5e-4 apart.
        with one_thread():
            self.ngram_weight_, self.neighbor_weight_ = self._weights(
                texts if use_ngrams else None, embeddings, target, in_scope
            )
            if not use_ngrams:
                self.ngram_weight_ = 0.0
            experts = self._experts(texts if use_ngrams else None, embeddings, target, in_scope)
        self._embedding_expert, self._ngrams, self._ngram_expert, self._examples = experts
        self.threshold_ = float("-inf") if self.threshold is None else float(self.threshold)
        return self

    def fit_abstention(
        self,
        X,
        y,
        *,
        target_accuracy: float = 0.95,
        confidence_level: float = 0.95,
        embeddings=None,
    ) -> IntentClassifier:
        """Set :attr:`threshold_` from a validation set, so that ``predict`` abstains.

        The threshold is the largest one whose in-scope accuracy on the validation set (an
        abstention on an in-scope example counts as an error) stays at ``target_accuracy`` with
        ``confidence_level`` confidence; see :func:`~supportml.intents.choose_threshold`.

        Parameters
        ----------
        X : sequence of str, or array-like of shape (n_samples, dim)
            Validation requests, in scope and (ideally) out of scope.
        y : array-like of shape (n_samples,)
            Their labels; ``unknown_label`` marks out-of-scope examples.
        target_accuracy : float, default=0.95
            In-scope accuracy to keep.
        confidence_level : float, default=0.95
            0.5 keeps the target on validation only; higher values leave a safety margin.
        embeddings : array-like of shape (n_samples, dim), default=None
            Precomputed embeddings of the texts in ``X``.

        Returns
        -------
        self : IntentClassifier

        Raises
        ------
        InvalidInputError
            When ``y`` holds a label the classifier was not trained on, or no in-scope example.
        """
        proba, similarity = self._predict(X, embeddings)
        y = validate_labels(y, len(proba))
        known = set(self.classes_.tolist()) | {self.unknown_label}
        unseen = [(i, label) for i, label in enumerate(y.tolist()) if label not in known]
        if unseen:
            i, label = unseen[0]
            raise InvalidInputError(
                f"y[{i}] is {label!r}, a label not seen in fit; known labels: "
                f"{sorted(map(str, self.classes_))}."
            )
        in_scope = y != self.unknown_label
        if not in_scope.any():
            raise InvalidInputError("fit_abstention needs in-scope examples; y has none.")
        correct = self.classes_[proba.argmax(axis=1)] == y
        self.threshold_ = choose_threshold(
            self._in_scope_score(proba, similarity)[in_scope],
            correct[in_scope],
            target_accuracy=target_accuracy,
            confidence_level=confidence_level,
        )
        logger.info("Abstention threshold set to %.4f", self.threshold_)
        return self

    # -------------------------------------------------------------- predict
    def predict_proba(self, X, *, embeddings=None) -> np.ndarray:
        """Probability of each class, columns in the order of :attr:`classes_`.

        Returns
        -------
        proba : ndarray of shape (n_samples, n_classes)
        """
        return self._predict(X, embeddings)[0]

    def in_scope_score(self, X, *, embeddings=None) -> np.ndarray:
        """How sure the classifier is that each request is in scope and correctly labelled.

        The top class probability times the mean cosine similarity to the closest in-scope
        training examples; 0 when the top class is ``unknown_label``. ``predict`` abstains when
        it is below :attr:`threshold_`.

        Returns
        -------
        scores : ndarray of shape (n_samples,), values in [0, 1]
        """
        return self._in_scope_score(*self._predict(X, embeddings))

    def predict_proba_with_scope(self, X, *, embeddings=None) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`predict_proba` and :meth:`in_scope_score` in one pass over the experts.

        Returns
        -------
        proba : ndarray of shape (n_samples, n_classes)
        scores : ndarray of shape (n_samples,)
        """
        proba, similarity = self._predict(X, embeddings)
        return proba, self._in_scope_score(proba, similarity)

    def predict(self, X, *, embeddings=None) -> np.ndarray:
        """The intent of each request, or ``unknown_label`` where the classifier abstains.

        Returns
        -------
        labels : ndarray of shape (n_samples,)
        """
        proba, similarity = self._predict(X, embeddings)
        labels = self.classes_[proba.argmax(axis=1)]
        abstain = self._in_scope_score(proba, similarity) < self.threshold_
        if abstain.any():
            labels = labels.astype(object)
            labels[abstain] = self.unknown_label
        return labels

    # ------------------------------------------------------------ internals
    def _regression(self, C: float) -> LogisticRegression:
        return LogisticRegression(C=C, max_iter=self.max_iter, random_state=0)

    def _experts(self, texts, embeddings, target, in_scope):
        """Fit the embedding regression, the n-gram regression (texts not None) and the memory.

        The regressions come back as :class:`LinearHead` s (numpy only, fast on one request).
        """
        embedding_regression = self._regression(self.C).fit(embeddings, target)
        self.n_iter_ = embedding_regression.n_iter_
        embedding_expert = LinearHead.from_estimator(embedding_regression)
        ngrams = ngram_expert = None
        if texts is not None:
            ngrams = NgramFeatures().fit(texts)
            ngram_regression = self._regression(self.ngram_C).fit(ngrams.transform(texts), target)
            ngram_expert = LinearHead.from_estimator(ngram_regression)
        examples = NearestExamples(embeddings, target, in_scope, len(self.classes_))
        return embedding_expert, ngrams, ngram_expert, examples

    def _weights(self, texts, embeddings, target, in_scope) -> tuple[float, float]:
        """The (ngram, neighbour) weights: the fixed ones, or those chosen by cross-validation."""
        fixed = (self.ngram_weight, self.neighbor_weight)
        if "auto" not in fixed:
            return float(fixed[0]), float(fixed[1])
        sample = np.arange(len(target))
        if len(sample) > _CV_MAX_SAMPLES:
            sample, _ = train_test_split(
                sample, train_size=_CV_MAX_SAMPLES, stratify=target, random_state=0
            )
        n_folds = min(self.cv, int(np.unique(target[sample], return_counts=True)[1].min()))
        if n_folds < 2:
            chosen = _FALLBACK_WEIGHTS
        else:
            chosen = self._cross_validate(texts, embeddings, target, in_scope, sample, n_folds)
        weights = tuple(float(c if f == "auto" else f) for f, c in zip(fixed, chosen, strict=True))
        logger.info("Pooling weights: ngram %.2f, neighbours %.2f", *weights)
        return weights

    def _cross_validate(self, texts, embeddings, target, in_scope, sample, n_folds):
        n_classes = len(self.classes_)
        opinions = np.full((3, len(sample), n_classes), -np.inf)  # embedding, n-gram, votes
        opinions[2] = 0.0
        folds = StratifiedKFold(n_splits=n_folds, shuffle=True, random_state=0)
        for train, held_out in folds.split(sample, target[sample]):
            train, rows = sample[train], held_out
            held_out = sample[held_out]
            fold_texts = None if texts is None else [texts[i] for i in train]
            experts = self._experts(fold_texts, embeddings[train], target[train], in_scope[train])
            embedding_expert, ngrams, ngram_expert, examples = experts
            seen = embedding_expert.classes_  # the classes present in this fold's training part
            opinions[0][np.ix_(rows, seen)] = embedding_expert.predict_log_proba(
                embeddings[held_out]
            )
            if ngram_expert is not None:
                held_out_texts = ngrams.transform([texts[i] for i in held_out])
                opinions[1][np.ix_(rows, seen)] = ngram_expert.predict_log_proba(held_out_texts)
            votes, _ = examples.query(embeddings[held_out], n_neighbors=self.n_neighbors)
            opinions[2][rows] = votes
        return choose_weights(
            opinions[0],
            None if texts is None else opinions[1],
            opinions[2],
            target[sample],
            embedding_weight=self.embedding_weight,
        )

    def _predict(self, X, embeddings) -> tuple[np.ndarray, np.ndarray]:
        """Class probabilities and in-scope similarity of each request."""
        if not self.__sklearn_is_fitted__():
            raise NotFittedError(
                "This IntentClassifier is not fitted yet; call fit before using it."
            )
        texts, embeddings = self._inputs(X, embeddings)
        ngram_log_proba = None
        if self._ngram_expert is not None:
            ngram_log_proba = self._ngram_expert.predict_log_proba(self._ngrams.transform(texts))
        votes, similarity = self._examples.query(embeddings, n_neighbors=self.n_neighbors)
        proba = pool(
            self._embedding_expert.predict_log_proba(embeddings),
            ngram_log_proba,
            votes,
            embedding_weight=self.embedding_weight,
            ngram_weight=self.ngram_weight_,
            neighbor_weight=self.neighbor_weight_,
        )
        return proba, similarity

    def _inputs(self, X, embeddings) -> tuple[list[str] | None, np.ndarray]:
        if self.embedder_ is None:
            if embeddings is not None:
                raise InvalidInputError(
                    "This classifier was fitted on numeric X; pass vectors as X."
                )
            X = validate_data(self, X, reset=False)
            return None, np.asarray(X, dtype=np.float32)
        if is_numeric_input(X):
            raise InvalidInputError(
                "This classifier was fitted on texts; pass texts as X "
                "(with embeddings= for precomputed vectors)."
            )
        texts, embeddings = validate_texts_and_embeddings(X, embeddings)
        if embeddings is None:
            embeddings = self.embedder_.encode(texts)
        return texts, embeddings

    def _in_scope_score(self, proba: np.ndarray, similarity: np.ndarray) -> np.ndarray:
        top = proba.argmax(axis=1)
        score = proba[np.arange(len(proba)), top] * similarity
        score[self.classes_[top] == self.unknown_label] = 0.0
        return score

    def __sklearn_is_fitted__(self) -> bool:
        return hasattr(self, "_embedding_expert")

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        return tags
