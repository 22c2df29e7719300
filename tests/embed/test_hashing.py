from __future__ import annotations

import numpy as np
import pytest

from supportml.embed import Embedder, HashingEmbedder


def test_vectors_are_unit_float32_and_deterministic(hashing_embedder):
    texts = ["share a folder", "Partager un dossier", "x"]
    first = hashing_embedder.encode(texts)
    assert first.dtype == np.float32
    assert first.shape == (3, 256)
    np.testing.assert_allclose(np.linalg.norm(first, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_array_equal(first, HashingEmbedder(dim=256).encode(texts))


def test_similar_texts_are_closer_than_unrelated_ones(hashing_embedder):
    a, b, c = hashing_embedder.encode(["share a folder", "share the folder", "password expired"])
    assert a @ b > a @ c


def test_follows_the_protocol(hashing_embedder):
    assert isinstance(hashing_embedder, Embedder)
    assert hashing_embedder.name == "hashing-char2-4-256"


def test_text_of_punctuation_only_still_has_unit_norm(hashing_embedder):
    (vector,) = hashing_embedder.encode(["?"])
    assert np.linalg.norm(vector) == pytest.approx(1.0)


@pytest.mark.parametrize("bad", [[None], [b"bytes"], [3], [""], ["   "]])
def test_bad_texts_are_refused_with_their_position(hashing_embedder, bad):
    with pytest.raises((TypeError, ValueError), match=r"texts\[0\]"):
        hashing_embedder.encode(bad)
