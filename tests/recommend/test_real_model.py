"""ContentRecommender with the real all-MiniLM-L6-v2 on the tiny bilingual catalogue."""

from __future__ import annotations

import pytest

from supportml import UserProfile
from supportml.recommend import ContentRecommender

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("J'ai oublié mon mot de passe, comment le réinitialiser ?", "password-fr"),
        ("Comment partager un dossier avec un collègue ?", "share-fr"),
    ],
)
def test_french_request_picks_the_matching_french_item(
    real_embedder, interactions, users, items, request_text, expected
):
    model = ContentRecommender(real_embedder).fit(interactions, users, items)
    [context] = real_embedder.encode([request_text])
    for user in ("nadia", UserProfile(language="fr"), "stranger"):
        ids, _ = model.recommend(user, n=3, context=context, language="fr")
        assert ids[0] == expected
        assert model.explain(user, expected, context=context).startswith("matches your request")
