"""Close calls are decided on the embedder's full-precision twin (``recheck_margin``)."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from supportml.embed import HashingEmbedder
from supportml.routing import Router


class _Recording:
    """The full-precision twin: clean hashing vectors, remembering what it embedded."""

    name = "test:exact"

    def __init__(self, exact: HashingEmbedder) -> None:
        self.exact = exact
        self.texts: list[str] = []

    @property
    def dim(self) -> int:
        return self.exact.dim

    def encode(self, texts):
        self.texts.extend(texts)
        return self.exact.encode(texts)


class _Quantised:
    """Hashing vectors with a deterministic perturbation, like int8 vectors of a model."""

    name = "test:quantised"

    def __init__(self) -> None:
        self.exact = HashingEmbedder()
        self.twin = _Recording(self.exact)

    @property
    def dim(self) -> int:
        return self.exact.dim

    def encode(self, texts):
        vectors = self.exact.encode(texts)
        vectors = vectors + 0.3 * np.sin(1000 * vectors + 1)
        return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)

    def full_precision(self):
        return self.twin


@pytest.fixture(scope="module")
def quantised_router(enterprise):
    train = enterprise.requests[enterprise.requests["split"] == "train"]
    router = Router(embedder=_Quantised(), recheck_margin=0.2)
    return router.fit(train, **enterprise.reference_tables())


def test_close_calls_and_only_they_are_decided_on_full_precision_vectors(
    quantised_router, test_requests
):
    router = quantised_router
    twin = router.embedder_.full_precision()
    texts = list(dict.fromkeys(test_requests["text"]))
    twin.texts.clear()
    decisions = router.route_many(texts)
    rechecked = set(twin.texts)
    assert 0 < len(rechecked) < len(texts)
    proba, in_scope = router.intents_.predict_proba_with_scope(
        texts, embeddings=router.embedder_.encode(texts)
    )
    best_two = np.sort(proba, axis=1)[:, -2:]
    margin = best_two[:, 1] - best_two[:, 0]
    near = np.abs(in_scope - router._abstention_threshold())
    expected = {t for t, m, d in zip(texts, margin, near, strict=True) if min(m, d) < 0.2}
    assert rechecked == expected
    exact = router.intents_.predict(list(rechecked), embeddings=twin.exact.encode(list(rechecked)))
    by_text = dict(zip(texts, decisions, strict=True))
    for text, intent in zip(rechecked, exact, strict=True):
        if not by_text[text].abstained:
            assert by_text[text].intent == intent


class _Counting(_Recording):
    """A twin that counts a text's tokens as its words, as ONNX twins count theirs."""

    def count_tokens(self, texts):
        return np.array([len(text.split()) for text in texts])


def test_only_close_calls_within_the_token_budget_are_rechecked(quantised_router, test_requests):
    router = copy.copy(quantised_router)
    router.embedder_ = copy.copy(router.embedder_)
    twin = router.embedder_.twin = _Counting(router.embedder_.exact)
    texts = list(dict.fromkeys(test_requests["text"]))
    router.recheck_max_tokens = None
    router.route_many(texts)
    every_close_call = set(twin.texts)
    budget = int(np.median([len(text.split()) for text in every_close_call]))
    twin.texts.clear()
    router.recheck_max_tokens = budget
    router.route_many(texts)
    short = {text for text in every_close_call if len(text.split()) <= budget}
    assert set(twin.texts) == short
    assert 0 < len(short) < len(every_close_call)


@pytest.mark.parametrize("limit", [0, -3, 2.5, True, "64"])
def test_a_token_budget_that_is_not_a_positive_int_is_refused(enterprise, limit):
    train = enterprise.requests[enterprise.requests["split"] == "train"]
    with pytest.raises(
        ValueError, match="'recheck_max_tokens' parameter of Router must be an int >= 1 or None"
    ):
        Router(embedder=HashingEmbedder(), recheck_max_tokens=limit).fit(train)


def test_predict_intents_names_the_intents_routing_decides(quantised_router, test_requests):
    texts = list(test_requests["text"])
    decisions = quantised_router.route_many(texts)
    assert list(quantised_router.predict_intents(texts)) == [d.intent for d in decisions]


def test_a_zero_margin_never_calls_the_twin(quantised_router, test_requests):
    router = copy.copy(quantised_router)
    router.recheck_margin = 0.0
    twin = router.embedder_.full_precision()
    twin.texts.clear()
    router.route_many(list(test_requests["text"]))
    assert twin.texts == []


def test_a_twin_that_cannot_load_leaves_int8_decisions_with_a_warning(
    quantised_router, test_requests, monkeypatch
):
    from supportml.exceptions import MissingDependencyError

    router = copy.copy(quantised_router)
    router.embedder_ = copy.copy(router.embedder_)

    class _Missing:
        @property
        def dim(self):
            raise MissingDependencyError("onnxruntime is not installed")

    router.embedder_.full_precision = _Missing
    texts = list(test_requests["text"])[:50]
    with pytest.warns(RuntimeWarning, match="full-precision twin cannot be loaded"):
        decisions = router.route_many(texts)
    assert len(decisions) == len(texts)
