"""IntentClassifier: sentence embeddings + word and character n-grams, a calibrated linear head,
and out-of-scope abstention."""

from __future__ import annotations

import logging
import os
from numbers import Integral, Real

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.utils._param_validation import HasMethods, Interval
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted, validate_data

from supportml.embed import make_embedder
from supportml.exceptions import InvalidInputError, NotFittedError
from supportml.intents._inputs import (
    is_numeric_input,
    validate_labels,
    validate_texts_and_embeddings,
)
from supportml.intents._threshold import choose_threshold

__all__ = ["IntentClassifier"]

logger = logging.getLogger(__name__)


class IntentClassifier(ClassifierMixin, BaseEstimator):
    """Predicts the intent of a help request, and abstains on requests it should not answer.

    Features are the sentence embedding of the request next to TF-IDF word 1–2-grams and
    character 2–5-grams (which carry typos, product names and French, that an English encoder
    handles poorly); the head is a multinomial logistic regression, whose probabilities are
    well calibrated on intent data (see the README for the measured ECE).

    ``X`` is either a sequence of texts or a numeric array of precomputed embeddings. Texts may
    also come with their precomputed embeddings (``embeddings=``), so that a caller who already
    embedded them (the router, a batch job) does not embed twice.

    **Out of scope.** Training examples labelled ``unknown_label`` form a class of their own
    that absorbs requests unlike any intent. After ``fit``, :meth:`fit_abstention` sets the
    confidence threshold from a validation set holding in-scope *and* out-of-scope examples;
    :meth:`predict` then returns ``unknown_label`` for a request whose top class is
    ``unknown_label`` or whose confidence is below the threshold.

    Parameters
    ----------
    embedder : Embedder, str, Path or None, default=None
        How texts become vectors (see :func:`supportml.embed.make_embedder`): None is the
        default model (all-MiniLM-L6-v2 behind the on-disk cache), ``"hashing"`` the fast
        test embedder. Not used when ``X`` is numeric.
    use_tfidf : bool, default=True
        Add word and character n-gram TF-IDF features (texts only).
    embedding_weight : float, default=1.0
        Scale of the embedding block next to the TF-IDF blocks (each block has unit norm).
    C : float, default=10.0
        Inverse regularisation strength of the logistic regression.
    max_iter : int, default=3000
        Iterations of the lbfgs solver.
    unknown_label : str, default="unknown"
        Label of out-of-scope training examples, and the label predicted on abstention.
    threshold : float or None, default=None
        Fixed confidence threshold below which :meth:`predict` abstains; None never abstains
        until :meth:`fit_abstention` sets one.

    Attributes
    ----------
    classes_ : ndarray of shape (n_classes,)
        Labels seen in ``fit``, ``unknown_label`` included when present.
    threshold_ : float
        The confidence threshold in force (``-inf``: never abstain).
    embedder_ : Embedder or None
        The embedder used for texts (None when fitted on numeric input).
    n_features_in_ : int
        Number of columns of a numeric ``X`` (only when fitted on numeric input).

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

    _parameter_constraints: dict = {
        "embedder": [None, str, os.PathLike, HasMethods(["encode"])],
        "use_tfidf": ["boolean"],
        "embedding_weight": [Interval(Real, 0, None, closed="left")],
        "C": [Interval(Real, 0, None, closed="neither")],
        "max_iter": [Interval(Integral, 1, None, closed="left")],
        "unknown_label": [str],
        "threshold": [None, Interval(Real, 0, 1, closed="both")],
    }

    def __init__(
        self,
        embedder=None,
        *,
        use_tfidf: bool = True,
        embedding_weight: float = 1.0,
        C: float = 10.0,
        max_iter: int = 3000,
        unknown_label: str = "unknown",
        threshold: float | None = None,
    ) -> None:
        self.embedder = embedder
        self.use_tfidf = use_tfidf
        self.embedding_weight = embedding_weight
        self.C = C
        self.max_iter = max_iter
        self.unknown_label = unknown_label
        self.threshold = threshold

    # ------------------------------------------------------------------ fit
    def fit(self, X, y, *, embeddings=None) -> IntentClassifier:
        """Fit the features and the head.

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
            self._word_vectorizer = self._char_vectorizer = None
            features = np.asarray(X, dtype=np.float64) * self.embedding_weight
        else:
            texts, embeddings = validate_texts_and_embeddings(X, embeddings)
            y = validate_labels(y, len(texts))
            self.embedder_ = make_embedder(self.embedder)
            if embeddings is None:
                embeddings = self.embedder_.encode(texts)
            self._fit_vectorizers(texts)
            features = self._text_features(texts, embeddings)
        self.classes_ = np.unique(y)
        if len(self.classes_) < 2:
            raise InvalidInputError(
                f"IntentClassifier needs at least 2 classes to fit; got only {self.classes_[0]!r}."
            )
        self._head = LogisticRegression(C=self.C, max_iter=self.max_iter, random_state=0)
        self._head.fit(features, np.searchsorted(self.classes_, y))
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
        check_is_fitted(self)
        proba = self.predict_proba(X, embeddings=embeddings)
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
        scores = self._confidence(proba)
        correct = self.classes_[proba.argmax(axis=1)] == y
        self.threshold_ = choose_threshold(
            scores[in_scope],
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
        return self._head.predict_proba(self._features(X, embeddings))

    def in_scope_score(self, X, *, embeddings=None) -> np.ndarray:
        """Confidence that each request is in scope and correctly labelled (higher = surer).

        The top class probability, or 0 when the top class is ``unknown_label``. ``predict``
        abstains when it is below :attr:`threshold_`.

        Returns
        -------
        scores : ndarray of shape (n_samples,)
        """
        return self._confidence(self.predict_proba(X, embeddings=embeddings))

    def predict(self, X, *, embeddings=None) -> np.ndarray:
        """The intent of each request, or ``unknown_label`` where the classifier abstains.

        Returns
        -------
        labels : ndarray of shape (n_samples,)
        """
        proba = self.predict_proba(X, embeddings=embeddings)
        labels = self.classes_[proba.argmax(axis=1)]
        abstain = self._confidence(proba) < self.threshold_
        if abstain.any():
            labels = labels.astype(object)
            labels[abstain] = self.unknown_label
        return labels

    # ------------------------------------------------------------- features
    def _confidence(self, proba: np.ndarray) -> np.ndarray:
        confidence = proba.max(axis=1)
        confidence[self.classes_[proba.argmax(axis=1)] == self.unknown_label] = 0.0
        return confidence

    def _features(self, X, embeddings):
        try:
            check_is_fitted(self)
        except NotFittedError:
            raise
        except Exception as e:  # scikit-learn's own NotFittedError
            raise NotFittedError(str(e)) from e
        if self.embedder_ is None:
            if embeddings is not None:
                raise InvalidInputError(
                    "This classifier was fitted on numeric X; pass vectors as X."
                )
            X = validate_data(self, X, reset=False)
            return np.asarray(X, dtype=np.float64) * self.embedding_weight
        if is_numeric_input(X):
            raise InvalidInputError(
                "This classifier was fitted on texts; pass texts as X "
                "(with embeddings= for precomputed vectors)."
            )
        texts, embeddings = validate_texts_and_embeddings(X, embeddings)
        if embeddings is None:
            embeddings = self.embedder_.encode(texts)
        return self._text_features(texts, embeddings)

    def _fit_vectorizers(self, texts: list[str]) -> None:
        if not self.use_tfidf:
            self._word_vectorizer = self._char_vectorizer = None
            return
        self._word_vectorizer = TfidfVectorizer(
            ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode"
        ).fit(texts)
        self._char_vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True
        ).fit(texts)

    def _text_features(self, texts: list[str], embeddings: np.ndarray):
        blocks = [sp.csr_matrix(np.asarray(embeddings, dtype=np.float64) * self.embedding_weight)]
        if self._word_vectorizer is not None:
            blocks += [
                self._word_vectorizer.transform(texts),
                self._char_vectorizer.transform(texts),
            ]
        return sp.hstack(blocks, format="csr")

    def __sklearn_is_fitted__(self) -> bool:
        return hasattr(self, "_head")

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        return tags
