from __future__ import annotations

import numpy as np
import pytest

from supportml.intents._neighbors import NearestExamples


def _unit(rows):
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


@pytest.mark.parametrize("n_out_of_scope", [0, 1, 30])
def test_in_scope_similarity_is_the_mean_cosine_to_the_closest_in_scope_examples(n_out_of_scope):
    rng = np.random.default_rng(n_out_of_scope)
    examples, queries = _unit(rng.normal(size=(300, 16))), _unit(rng.normal(size=(50, 16)))
    in_scope = np.ones(300, dtype=bool)
    in_scope[:n_out_of_scope] = False
    memory = NearestExamples(examples, rng.integers(0, 4, 300), in_scope, 4)
    proba, similarity = memory.query(queries, n_neighbors=20)
    cosine = queries @ examples[in_scope].T
    expected = np.clip(np.sort(cosine, axis=1)[:, -5:].mean(axis=1), 0, 1)
    np.testing.assert_allclose(similarity, expected, rtol=1e-6)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
