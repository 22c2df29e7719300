"""A French question finds the French entry, an English one the English entry (issue 11)."""

from __future__ import annotations

import unicodedata

import pytest

from supportml.data import generate_enterprise
from supportml.knowledge import KnowledgeBase


def _as_typed(question: str) -> str:
    """Lower case, accents dropped, no final punctuation: how users type."""
    folded = unicodedata.normalize("NFKD", question.lower())
    return "".join(c for c in folded if not unicodedata.combining(c)).rstrip(" ?!.")


@pytest.fixture(scope="module")
def faq():
    return generate_enterprise(n_users=50, n_requests=1, random_state=0).knowledge_base


@pytest.mark.parametrize("language", ["fr", "en"])
def test_question_finds_the_entry_in_its_language(faq, language):
    kb = KnowledgeBase(embedder="hashing").fit(faq)
    asked = faq[faq["language"] == language]
    ids, _ = kb.search([_as_typed(q) for q in asked["question"]], k=1)
    found = faq.set_index("entry_id").loc[ids[:, 0]]
    assert (found["language"].to_numpy() == language).mean() >= 0.98
    assert (found["intent"].to_numpy() == asked["intent"].to_numpy()).mean() >= 0.95
