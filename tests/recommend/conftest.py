"""A tiny hand-made bilingual catalogue, its users and their interactions."""

from __future__ import annotations

import pandas as pd
import pytest

from supportml.embed import HashingEmbedder
from supportml.recommend import ContentRecommender

COLUMNS = ["item_id", "title", "description", "language", "format", "level", "duration_min",
           "audience", "tool"]  # fmt: skip
CATALOGUE = [
    ("share-fr", "Partager un dossier", "Partager un dossier avec un collègue dans le drive",
     "fr", "guide", "beginner", 8, "all", "drive"),
    ("share-en", "Share a folder", "Share a folder with a colleague in the drive",
     "en", "guide", "beginner", 8, "all", "drive"),
    ("share-video-fr", "Partager depuis son téléphone",
     "Vidéo : partager un fichier depuis l'application mobile",
     "fr", "video", "beginner", 4, "field", "drive"),
    ("share-video-en", "Share from your phone", "Video: share a file from the mobile app",
     "en", "video", "beginner", 4, "field", "drive"),
    ("welcome-fr", "Bienvenue : vos premiers pas",
     "Parcours d'accueil des nouveaux arrivants : messagerie, réseau social, fichiers",
     "fr", "elearning", "beginner", 30, "new_hire", "network"),
    ("welcome-en", "Welcome: your first steps",
     "Onboarding path for new hires: chat, social network, files",
     "en", "elearning", "beginner", 30, "new_hire", "network"),
    ("password-fr", "Réinitialiser son mot de passe",
     "Réinitialiser un mot de passe oublié en libre-service",
     "fr", "guide", "beginner", 5, "all", "account"),
    ("password-en", "Reset your password", "Reset a forgotten password with self-service",
     "en", "guide", "beginner", 5, "all", "account"),
    ("meetings-fr", "Réussir ses réunions en ligne", "Podcast : animer une réunion en ligne",
     "fr", "podcast", "beginner", 9, "field", "chat"),
    ("community-fr", "Animer une communauté",
     "Créer et animer une communauté sur le réseau social",
     "fr", "elearning", "intermediate", 45, "manager", "network"),
    ("api-en", "Build an app on the API",
     "Develop an in-house business app with the platform API",
     "en", "elearning", "advanced", 60, "developer", "apps"),
    ("recording-en", "Record a meeting", "Record a meeting and share the recording",
     "en", "video", "intermediate", 12, "all", "chat"),
]  # fmt: skip

USERS = [
    # user_id, role, department, field_team, language, maturity, adoption_state, completed_items
    ("claire", "employee", "Sales", False, "fr", 3, "active", "share-fr"),
    ("john", "employee", "Sales", False, "en", 3, "active", ""),
    ("nadia", "employee", "Sales", False, "fr", 2, "new_hire", ""),
    ("noah", "employee", "Sales", False, "en", 2, "new_hire", ""),
    ("fabien", "field_worker", "Logistics", True, "fr", 2, "active", ""),
    ("gaston", "employee", "Finance", False, "fr", 1, "ghost", ""),
    ("dev", "developer", "IT", False, "en", 5, "power_user", "api-en"),
]

EVENTS = [
    # user_id, item_id, day of March 2025, event
    ("claire", "share-fr", 1, "complete"),
    ("claire", "password-fr", 2, "open"),
    ("john", "share-en", 3, "complete"),
    ("john", "password-en", 3, "open"),
    ("john", "recording-en", 10, "complete"),
    ("nadia", "welcome-fr", 26, "open"),
    ("noah", "welcome-en", 27, "complete"),
    ("noah", "welcome-fr", 28, "open"),
    ("fabien", "share-fr", 20, "complete"),
    ("fabien", "password-fr", 21, "open"),
    ("dev", "api-en", 5, "complete"),
    ("dev", "recording-en", 6, "open"),
    ("x1", "share-fr", 25, "complete"),
    ("x1", "password-fr", 25, "complete"),
    ("x2", "share-fr", 29, "open"),
    ("x2", "password-fr", 29, "open"),
    ("x3", "community-fr", 30, "open"),
]


@pytest.fixture(scope="session")
def items() -> pd.DataFrame:
    return pd.DataFrame(CATALOGUE, columns=COLUMNS)


@pytest.fixture(scope="session")
def users() -> pd.DataFrame:
    columns = ["user_id", "role", "department", "field_team", "language", "digital_maturity",
               "adoption_state", "completed_items"]  # fmt: skip
    return pd.DataFrame(USERS, columns=columns).assign(site="Lyon")


@pytest.fixture(scope="session")
def interactions() -> pd.DataFrame:
    frame = pd.DataFrame(EVENTS, columns=["user_id", "item_id", "day", "event"])
    timestamps = pd.Timestamp("2025-02-28") + pd.to_timedelta(frame.pop("day"), unit="D")
    return frame.assign(timestamp=timestamps)


@pytest.fixture(scope="session")
def embedder() -> HashingEmbedder:
    return HashingEmbedder(dim=256)


@pytest.fixture(scope="session")
def fitted(interactions, users, items, embedder) -> ContentRecommender:
    return ContentRecommender(embedder).fit(interactions, users, items)
