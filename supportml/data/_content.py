"""The knowledge base (FAQ) and the learning catalogue."""

from __future__ import annotations

from types import MappingProxyType

import numpy as np

from supportml.data._calendar import AS_OF, DAY, PERIOD_START, ROLLOUT
from supportml.data._faq import FAQ
from supportml.data._intents import INTENTS

__all__ = ["AUDIENCES", "FORMATS", "LEVELS", "make_catalogue", "make_knowledge_base"]

FORMATS = ("elearning", "video", "podcast", "guide")
LEVELS = ("beginner", "intermediate", "advanced")
AUDIENCES = ("all", "new_hire", "field", "manager", "developer")

# Every intent that learning content can serve: (English topic, French topic).
_TOPICS = MappingProxyType(
    {
        "share_file": ("Sharing files and folders", "Partager fichiers et dossiers"),
        "permissions": ("Managing access rights", "Gérer les droits d'accès"),
        "external_guest": ("Working with external guests", "Travailler avec des invités externes"),
        "sync_error": ("Fixing OneDrive sync", "Réparer la synchronisation OneDrive"),
        "file_recovery": ("Recovering deleted files", "Récupérer des fichiers supprimés"),
        "version_history": ("Version history", "L'historique des versions"),
        "storage_quota": ("Managing your storage space", "Gérer son espace de stockage"),
        "search_content": (
            "Finding documents and conversations",
            "Retrouver documents et conversations",
        ),
        "data_classification": ("Sensitivity labels", "Les étiquettes de confidentialité"),
        "governance_retention": (
            "Retention and archiving of team spaces",
            "Conservation et archivage des espaces d'équipe",
        ),
        "field_offline": ("Working offline in the field", "Travailler hors ligne sur le terrain"),
        "notifications": ("Taming notifications", "Maîtriser ses notifications"),
        "meeting_recording": ("Recordings and transcripts", "Enregistrements et transcriptions"),
        "meeting_setup": ("Running effective Teams meetings", "Réussir ses réunions Teams"),
        "chat_etiquette": ("Chat etiquette", "Les bons usages de la messagerie"),
        "teams_channels": ("Organising teams and channels", "Organiser équipes et canaux"),
        "mobile_app": (
            "The collaboration apps on your phone",
            "Les applis collaboratives sur mobile",
        ),
        "password_reset": (
            "Resetting your password yourself",
            "Réinitialiser son mot de passe soi-même",
        ),
        "mfa_setup": ("Setting up two-step verification", "Configurer la double authentification"),
        "onboarding_first_steps": (
            "Your first steps with the collaboration tools",
            "Premiers pas avec les outils collaboratifs",
        ),
        "training_request": (
            "Learning paths and certifications",
            "Parcours de formation et certifications",
        ),
        "create_community": ("Creating a community", "Créer une communauté"),
        "animate_community": ("Bringing a community to life", "Animer une communauté"),
        "publish_post": ("Posting on the social network", "Publier sur le réseau social"),
        "profile_settings": ("Your profile and settings", "Son profil et ses paramètres"),
        "feature_request": ("What's new and what's coming", "Nouveautés et feuille de route"),
        "business_app_howto": ("Using the in-house business apps", "Utiliser les applis métier"),
        "integration_api": (
            "Building on the platform APIs",
            "Développer avec les API de la plateforme",
        ),
        "automate_workflow": (
            "Automating workflows with Power Automate",
            "Automatiser ses processus avec Power Automate",
        ),
    }
)

_TITLES = {
    "en": {
        "elearning": (
            "{topic}: the essentials",
            "{topic}: going further",
            "{topic}: expert practices",
        ),
        "video": (
            "{topic} in {minutes} minutes",
            "{topic}: a {minutes}-minute tutorial",
            "{topic}: advanced tips in {minutes} minutes",
        ),
        "podcast": (
            "Podcast: {topic}, the basics",
            "Podcast: {topic}, stories from colleagues",
            "Podcast: {topic}, the experts talk",
        ),
        "guide": (
            "Quick guide: {topic}",
            "Step-by-step guide: {topic}",
            "Reference guide: {topic}",
        ),
    },
    "fr": {
        "elearning": (
            "{topic} : l'essentiel",
            "{topic} : aller plus loin",
            "{topic} : pratiques avancées",
        ),
        "video": (
            "{topic} en {minutes} minutes",
            "{topic} : tutoriel de {minutes} minutes",
            "{topic} : astuces avancées en {minutes} minutes",
        ),
        "podcast": (
            "Podcast : {topic}, les bases",
            "Podcast : {topic}, retours de collègues",
            "Podcast : {topic}, la parole aux experts",
        ),
        "guide": ("Mémo : {topic}", "Guide pas à pas : {topic}", "Guide de référence : {topic}"),
    },
}
_DESCRIPTIONS = {
    "en": "{format} of {minutes} minutes, {level} level, for {audience}. Covers: {covers}.",
    "fr": (
        "{format} de {minutes} minutes, niveau {level}, pour {audience}. Au programme : {covers}."
    ),
}
_FORMAT_NOUNS = {
    "en": {
        "elearning": "An e-learning module",
        "video": "A video",
        "podcast": "A podcast episode",
        "guide": "A guide",
    },
    "fr": {
        "elearning": "Un module e-learning",
        "video": "Une vidéo",
        "podcast": "Un épisode de podcast",
        "guide": "Un guide",
    },
}
_LEVEL_NAMES = {
    "en": dict(zip(LEVELS, LEVELS, strict=True)),
    "fr": dict(zip(LEVELS, ("débutant", "intermédiaire", "avancé"), strict=True)),
}
_AUDIENCE_NAMES = {
    "en": dict(
        zip(
            AUDIENCES,
            ("everyone", "new hires", "field teams on mobile", "managers", "developers"),
            strict=True,
        )
    ),
    "fr": dict(
        zip(
            AUDIENCES,
            (
                "tout le monde",
                "les nouveaux arrivants",
                "les équipes terrain sur mobile",
                "les managers",
                "les développeurs",
            ),
            strict=True,
        )
    ),
}
# Audience an intent's content is made for, with its probability (else "all").
_TARGETED = {
    "onboarding_first_steps": ("new_hire", 1.0),
    "mobile_app": ("field", 0.5),
    "field_offline": ("field", 0.6),
    "governance_retention": ("manager", 0.5),
    "animate_community": ("manager", 0.3),
    "integration_api": ("developer", 0.7),
    "automate_workflow": ("developer", 0.4),
}
_FIELD_FORMATS = np.array([0.1, 0.45, 0.2, 0.25])
_OFFICE_FORMATS = np.array([0.35, 0.3, 0.1, 0.25])
_BASIC_LEVELS = np.array([0.5, 0.35, 0.15])
_EXPERT_LEVELS = np.array([0.2, 0.45, 0.35])
_MINUTES = {"elearning": (10, 60), "video": (2, 12), "podcast": (8, 30), "guide": (3, 15)}
_FIELD_MAX_MINUTES = 8
# Cross-topic items: (English title, French title, format, level, minutes, audience, intents).
_BUNDLES = (
    (
        "Welcome aboard: your first week with the collaboration tools",
        "Bienvenue : votre première semaine avec les outils collaboratifs",
        "elearning",
        "beginner",
        30,
        "new_hire",
        ("onboarding_first_steps", "profile_settings", "teams_channels", "share_file"),
    ),
    (
        "New hire checklist: accounts, two-step verification and mobile apps",
        "Check-list du nouvel arrivant : comptes, double authentification et applis mobiles",
        "guide",
        "beginner",
        10,
        "new_hire",
        ("onboarding_first_steps", "mfa_setup", "mobile_app", "password_reset"),
    ),
    (
        "Field kit: the essentials on your phone in 5 minutes",
        "Kit terrain : l'essentiel sur votre téléphone en 5 minutes",
        "video",
        "beginner",
        5,
        "field",
        ("mobile_app", "field_offline", "notifications", "share_file"),
    ),
    (
        "Field stories: working offline on site",
        "Histoires de terrain : travailler hors ligne sur site",
        "podcast",
        "beginner",
        8,
        "field",
        ("field_offline", "mobile_app", "sync_error"),
    ),
    (
        "Managers: run your team's digital workspace",
        "Managers : pilotez l'espace numérique de votre équipe",
        "elearning",
        "intermediate",
        40,
        "manager",
        ("governance_retention", "permissions", "external_guest", "teams_channels"),
    ),
    (
        "Community managers' playbook",
        "Le guide de l'animateur de communauté",
        "guide",
        "intermediate",
        15,
        "manager",
        ("animate_community", "create_community", "publish_post"),
    ),
    (
        "Build on the platform: APIs, connectors and flows",
        "Construire sur la plateforme : API, connecteurs et flux",
        "elearning",
        "advanced",
        60,
        "developer",
        ("integration_api", "automate_workflow", "business_app_howto"),
    ),
)


def make_knowledge_base() -> dict[str, list[str]]:
    """The FAQ entries as columns, English then French for each entry."""
    columns: dict[str, list[str]] = {
        "entry_id": [],
        "language": [],
        "intent": [],
        "question": [],
        "answer": [],
    }
    for intent, entries in FAQ.items():
        for en_question, en_answer, fr_question, fr_answer in entries:
            for language, question, answer in (
                ("en", en_question, en_answer),
                ("fr", fr_question, fr_answer),
            ):
                columns["entry_id"].append(f"kb{len(columns['entry_id']) + 1:03d}")
                columns["language"].append(language)
                columns["intent"].append(intent)
                columns["question"].append(question)
                columns["answer"].append(answer)
    return columns


def make_catalogue(rng: np.random.Generator) -> dict[str, list]:
    """Draw the learning catalogue: 1 to 3 items per topic and language, plus bundles.

    Every topic has at least one item in each language, so that ``elearning`` is always a
    possible tier for the intents of :data:`_TOPICS`.
    """
    rows = []
    for intent, topics in _TOPICS.items():
        for language, topic in zip(("en", "fr"), topics, strict=True):
            rows.extend(_topic_items(rng, intent, language, topic))
    for en_title, fr_title, fmt, level, minutes, audience, intents in _BUNDLES:
        for language, title in (("en", en_title), ("fr", fr_title)):
            published = _random_day(rng, ROLLOUT, PERIOD_START)
            rows.append((title, language, fmt, level, minutes, audience, intents, published))
    columns: dict[str, list] = {
        name: []
        for name in (
            "item_id",
            "title",
            "description",
            "language",
            "format",
            "level",
            "duration_min",
            "audience",
            "tool",
            "intents",
            "published_at",
        )
    }
    for number, (title, language, fmt, level, minutes, audience, intents, published) in enumerate(
        rows, start=1
    ):
        columns["item_id"].append(f"c{number:03d}")
        columns["title"].append(title)
        columns["description"].append(_describe(language, fmt, level, minutes, audience, intents))
        columns["language"].append(language)
        columns["format"].append(fmt)
        columns["level"].append(level)
        columns["duration_min"].append(minutes)
        columns["audience"].append(audience)
        columns["tool"].append(INTENTS[intents[0]].tool)
        columns["intents"].append(";".join(intents))
        columns["published_at"].append(published)
    return columns


def _topic_items(rng: np.random.Generator, intent: str, language: str, topic: str) -> list[tuple]:
    spec = INTENTS[intent]
    target, p_target = _TARGETED.get(intent, ("all", 0.0))
    audience = target if rng.random() < p_target else "all"
    formats = _FIELD_FORMATS if audience == "field" else _OFFICE_FORMATS
    levels = _EXPERT_LEVELS if spec.tier == "ambassador" else _BASIC_LEVELS
    pairs = np.outer(formats, levels).ravel()
    n_items = 1 + int(rng.random() < 0.6) + int(rng.random() < 0.2)
    chosen = rng.choice(pairs.size, size=n_items, replace=False, p=pairs / pairs.sum())
    neighbours = [name for name in spec.neighbours if name in _TOPICS]
    items = []
    for pair in chosen:
        fmt, level = FORMATS[pair // len(LEVELS)], LEVELS[pair % len(LEVELS)]
        low, high = _MINUTES[fmt]
        minutes = int(rng.integers(low, high + 1))
        if fmt == "elearning":
            minutes = 5 * round(minutes / 5)
        if audience == "field":
            minutes = min(minutes, _FIELD_MAX_MINUTES)
        title = _TITLES[language][fmt][LEVELS.index(level)].format(topic=topic, minutes=minutes)
        intents = (intent,)
        if neighbours and rng.random() < 0.35:
            intents += (neighbours[rng.integers(len(neighbours))],)
        start = PERIOD_START if rng.random() < 0.35 else ROLLOUT
        published = _random_day(rng, start, AS_OF - 7 * DAY)
        items.append((title, language, fmt, level, minutes, audience, intents, published))
    return items


def _describe(
    language: str, fmt: str, level: str, minutes: int, audience: str, intents: tuple[str, ...]
) -> str:
    if language == "en":
        covers = "; ".join(INTENTS[intent].description for intent in intents)
    else:
        topics = (_TOPICS[intent][1] for intent in intents)
        covers = "; ".join(topic[:1].lower() + topic[1:] for topic in topics)
    return _DESCRIPTIONS[language].format(
        format=_FORMAT_NOUNS[language][fmt],
        minutes=minutes,
        level=_LEVEL_NAMES[language][level],
        audience=_AUDIENCE_NAMES[language][audience],
        covers=covers,
    )


def _random_day(
    rng: np.random.Generator, start: np.datetime64, end: np.datetime64
) -> np.datetime64:
    n_days = int((end - start) // DAY)
    return (start + int(rng.integers(n_days)) * DAY).astype("datetime64[s]")
