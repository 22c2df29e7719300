"""The numpy heads compute exactly what scikit-learn computes, only faster."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.linear_model import LogisticRegression

from supportml._threads import one_thread
from supportml.intents._linear import LinearHead
from supportml.intents._ngrams import NgramFeatures

CORPUS = [
    "Comment partager un dossier avec un partenaire externe ?",
    "how do I share a folder with an external partner",
    "Mon mot de passe a expiré, je ne peux plus me connecter",
    "password expired, can't log in!!",
    "La synchronisation OneDrive est bloquée depuis ce matin",
    "sync stuck since this morning",
    "Où trouver le guide de démarrage ? Élève nouvel arrivant",
]


@pytest.fixture(scope="module")
def features():
    return NgramFeatures().fit(CORPUS)


def _sklearn_rows(features, texts):
    words, chars = features.words_.transform(texts), features.chars_.transform(texts)
    return sp.hstack([words, chars], format="csr")


def test_ngram_rows_equal_the_vectorizers_rows(features):
    texts = [*CORPUS, "", "???", "zzzz qqq", "dossier dossier dossier partagé"]
    ours, theirs = features.transform(texts), _sklearn_rows(features, texts)
    assert ours.shape == theirs.shape
    np.testing.assert_allclose(ours.toarray(), theirs.toarray(), rtol=1e-12, atol=1e-15)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=5))
def test_ngram_rows_equal_the_vectorizers_rows_on_any_text(features, texts):
    ours, theirs = features.transform(texts), _sklearn_rows(features, texts)
    np.testing.assert_allclose(ours.toarray(), theirs.toarray(), rtol=1e-12, atol=1e-15)


def test_the_word_cache_gives_the_same_rows_and_is_never_saved(features):
    text = "dossier partagé, dossier PARTAGÉ\tdossier"
    first, second = features.transform([text]), features.transform([text])
    assert "dossier" in features._word_char_ids
    np.testing.assert_array_equal(first.toarray(), second.toarray())
    assert "_word_char_ids" not in features.__getstate__()


@pytest.mark.parametrize("n_classes", [2, 4])
@pytest.mark.parametrize("sparse", [False, True])
def test_linear_head_equals_logistic_regression(n_classes, sparse):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(120, 6))
    y = rng.integers(n_classes, size=120)
    model = LogisticRegression().fit(X, y)
    X_new = sp.csr_matrix(X[:10]) if sparse else X[:10]
    head = LinearHead.from_estimator(model)
    np.testing.assert_allclose(head.predict_log_proba(X_new), model.predict_log_proba(X[:10]))
    np.testing.assert_array_equal(head.classes_, model.classes_)


def test_one_thread_limits_blas_and_restores_it():
    from threadpoolctl import threadpool_info

    before = [pool["num_threads"] for pool in threadpool_info()]
    with one_thread():
        assert all(pool["num_threads"] == 1 for pool in threadpool_info())
    assert [pool["num_threads"] for pool in threadpool_info()] == before


def test_one_thread_also_limits_libraries_loaded_after_its_first_use():
    code = (
        "import numpy\n"
        "from threadpoolctl import threadpool_info\n"
        "from supportml._threads import one_thread\n"
        "with one_thread():\n"
        "    pass\n"
        "import scipy.linalg, sklearn.ensemble  # their own OpenBLAS and OpenMP\n"
        "with one_thread():\n"
        "    pools = threadpool_info()\n"
        "assert len(pools) >= 2 and all(p['num_threads'] == 1 for p in pools), pools\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
