from __future__ import annotations

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from supportml import IntentClassifier, InvalidInputError, NotFittedError
from supportml.data import generate_enterprise
from supportml.embed import HashingEmbedder


@pytest.fixture(scope="module")
def split(sample_requests):
    """Every fourth request of the sample is held out."""
    train = [r for i, r in enumerate(sample_requests) if i % 4]
    test = [r for i, r in enumerate(sample_requests) if not i % 4]
    return train, test


@pytest.fixture(scope="module")
def fitted(split):
    train, _ = split
    clf = IntentClassifier(embedder=HashingEmbedder(dim=512))
    return clf.fit([r["text"] for r in train], [r["intent"] for r in train])


def test_learns_the_bilingual_sample(fitted, split):
    _, test = split
    accuracy = fitted.score([r["text"] for r in test], [r["intent"] for r in test])
    assert accuracy > 0.45  # 16 classes: chance is 0.06; the hashing embedder is weak


def test_probabilities_sum_to_one_in_class_order(fitted):
    proba = fitted.predict_proba(["mon fichier ne se synchronise plus", "reset my password"])
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert proba.shape == (2, len(fitted.classes_))
    assert list(fitted.classes_) == sorted(fitted.classes_)


def test_precomputed_embeddings_give_the_same_predictions(fitted):
    texts = ["quota de stockage plein", "share a folder with a partner"]
    vectors = HashingEmbedder(dim=512).encode(texts)
    np.testing.assert_allclose(
        fitted.predict_proba(texts, embeddings=vectors), fitted.predict_proba(texts)
    )


def test_fit_with_embeddings_does_not_call_the_embedder(split):
    class Refusing(HashingEmbedder):
        def encode(self, texts):
            raise AssertionError("embedded twice")

    train, _ = split
    texts = [r["text"] for r in train]
    vectors = HashingEmbedder(dim=64).encode(texts)
    clf = IntentClassifier(embedder=Refusing(dim=64))
    clf.fit(texts, [r["intent"] for r in train], embeddings=vectors)
    clf.predict(texts[:3], embeddings=vectors[:3])


def test_same_input_same_model(split):
    train, _ = split
    texts, labels = [r["text"] for r in train], [r["intent"] for r in train]
    first = IntentClassifier(embedder="hashing").fit(texts, labels).predict_proba(texts)
    second = IntentClassifier(embedder="hashing").fit(texts, labels).predict_proba(texts)
    np.testing.assert_array_equal(first, second)


def test_unknown_label_examples_teach_abstention(split):
    train, test = split
    off_topic = [
        "what is the weather tomorrow",
        "quelle heure est-il",
        "recipe for pancakes",
        "qui a gagné le match hier",
        "book a flight to Rome",
        "how tall is mount everest",
    ]
    texts = [r["text"] for r in train] + off_topic
    labels = [r["intent"] for r in train] + ["unknown"] * len(off_topic)
    clf = IntentClassifier(embedder=HashingEmbedder(dim=512)).fit(texts, labels)
    assert "unknown" in clf.classes_
    assert clf.threshold_ == float("-inf")
    clf.fit_abstention(
        [r["text"] for r in test],
        [r["intent"] for r in test],
        target_accuracy=0.5,
        confidence_level=0.5,
    )
    assert 0 < clf.threshold_ < 1
    predicted = clf.predict([r["text"] for r in test])
    in_scope_accuracy = np.mean(predicted == np.array([r["intent"] for r in test]))
    assert in_scope_accuracy >= 0.5
    scores = clf.in_scope_score([r["text"] for r in test])
    assert np.all((predicted == "unknown") == (scores < clf.threshold_))


def test_fixed_threshold_abstains_with_the_unknown_label(fitted):
    clf = IntentClassifier(embedder=HashingEmbedder(dim=512), threshold=0.99, unknown_label="oos")
    clf.fit(
        ["share a folder", "share my file", "password reset", "forgot password"],
        ["share", "share", "password", "password"],
    )
    assert clf.predict(["totally unrelated words"]).tolist() == ["oos"]


def test_fit_abstention_rejects_labels_never_seen(fitted):
    with pytest.raises(InvalidInputError, match=r"y\[1\] is 'teleport'"):
        fitted.fit_abstention(["share a file", "beam me up"], ["share_file", "teleport"])


BAD_TEXTS = [
    (["fine", ""], r"texts\[1\] is empty"),
    (["fine", "   \t\n "], r"texts\[1\] is empty"),
    (["fine", None], r"texts\[1\] is None"),
    (["fine", 3.5], r"texts\[1\] must be str, got float"),
    (["fine", b"bytes"], r"texts\[1\] must be str, got bytes"),
]


@pytest.mark.parametrize(("texts", "message"), BAD_TEXTS)
def test_bad_texts_name_position_and_problem(texts, message):
    with pytest.raises((TypeError, ValueError), match=message):
        IntentClassifier(embedder="hashing").fit(texts, ["a", "b"])


@pytest.mark.parametrize(("texts", "message"), BAD_TEXTS)
def test_bad_texts_at_predict_time(fitted, texts, message):
    with pytest.raises((TypeError, ValueError), match=message):
        fitted.predict(texts)


def test_huge_and_control_character_texts_are_handled(fitted):
    huge = "mon dossier ne se synchronise pas " * 30_000  # about 1 MB
    weird = "sync\x00 error\x1b[31m\u200b on my\r\nlaptop"
    assert len(fitted.predict([huge, weird])) == 2


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        (["a"], "different lengths: 2 samples but 1 labels"),
        (["a", None], r"y\[1\] is missing"),
        (["a", ["b"]], r"y\[1\] must be a str or int label, got list"),
        (["a", "a"], "at least 2 classes"),
    ],
)
def test_bad_labels(labels, message):
    with pytest.raises(InvalidInputError, match=message):
        IntentClassifier(embedder="hashing").fit(["share a file", "reset password"], labels)


def test_mismatched_embeddings_are_refused():
    with pytest.raises(InvalidInputError, match=r"shape \(2, dim\)"):
        IntentClassifier(embedder="hashing").fit(
            ["a b", "c d"], ["x", "y"], embeddings=np.zeros((3, 4))
        )


def test_bad_parameter_is_named():
    with pytest.raises(ValueError, match="The 'C' parameter of IntentClassifier must be"):
        IntentClassifier(embedder="hashing", C=-1).fit(["a b", "c d"], ["x", "y"])


def test_predict_before_fit_raises_not_fitted():
    with pytest.raises(NotFittedError):
        IntentClassifier(embedder="hashing").predict(["hello"])


def test_mixing_texts_and_vectors_is_refused(fitted):
    with pytest.raises(InvalidInputError, match="fitted on texts"):
        fitted.predict(np.zeros((1, 512)))


def test_fit_gives_the_same_classifier_whatever_threads_the_caller_allows():
    """BLAS sums in another order on another thread count: fit must not depend on it (the
    data must be large enough for BLAS to split its products, as this sample is)."""
    requests = generate_enterprise(n_users=200, n_requests=900, random_state=0).requests
    train, test = requests[requests["split"] == "train"], requests[requests["split"] == "test"]
    probabilities = []
    for threads in (1, 2):
        with threadpool_limits(limits=threads):
            clf = IntentClassifier(embedder="hashing").fit(list(train["text"]), train["intent"])
        probabilities.append(clf.predict_proba(list(test["text"])))
    np.testing.assert_array_equal(probabilities[0], probabilities[1])
