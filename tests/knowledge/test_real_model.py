"""KnowledgeBase with the real all-MiniLM-L6-v2 on a small bilingual FAQ."""

from __future__ import annotations

import pytest

from supportml.knowledge import KnowledgeBase

pytestmark = pytest.mark.slow

FAQ = [
    (
        "pwd-en",
        "en",
        "How do I reset my password?",
        "On the sign-in page, click 'Forgot password'. You will receive an e-mail with a link to "
        "choose a new password.",
    ),
    (
        "pwd-fr",
        "fr",
        "Comment réinitialiser mon mot de passe ?",
        "Sur la page de connexion, cliquez sur « Mot de passe oublié ». Vous recevrez un e-mail "
        "avec un lien pour choisir un nouveau mot de passe.",
    ),
    (
        "share-en",
        "en",
        "How do I share a folder with a colleague?",
        "Select the folder in OneDrive, click Share and type your colleague's name. Choose "
        "whether they can edit or only view.",
    ),
    (
        "share-fr",
        "fr",
        "Comment partager un dossier avec un collègue ?",
        "Sélectionnez le dossier dans OneDrive, cliquez sur Partager et saisissez le nom de votre "
        "collègue. Choisissez s'il peut modifier ou seulement consulter.",
    ),
    (
        "meeting-en",
        "en",
        "How do I join a Teams meeting from my phone?",
        "Install the Teams app, open the meeting invitation in your calendar and tap Join.",
    ),
    (
        "meeting-fr",
        "fr",
        "Comment rejoindre une réunion Teams depuis mon téléphone ?",
        "Installez l'application Teams, ouvrez l'invitation dans votre agenda et appuyez sur "
        "Rejoindre.",
    ),
    (
        "restore-en",
        "en",
        "How can I recover a file I deleted?",
        "Deleted files stay 93 days in the OneDrive recycle bin. Open it, select the file and "
        "click Restore.",
    ),
    (
        "restore-fr",
        "fr",
        "Comment récupérer un fichier supprimé ?",
        "Les fichiers supprimés restent 93 jours dans la corbeille OneDrive. Ouvrez-la, "
        "sélectionnez le fichier et cliquez sur Restaurer.",
    ),
]
PARAPHRASES = [
    ("I forgot my password and can't log in", "pwd-en"),
    ("j'ai oublié mon mot de passe, je ne peux plus me connecter", "pwd-fr"),
    ("give a coworker access to one of my folders", "share-en"),
    ("je voudrais donner accès à mon dossier à une collègue", "share-fr"),
    ("can I attend the Teams call on my mobile?", "meeting-en"),
    ("participer à une réunion Teams sur mon portable", "meeting-fr"),
    ("I removed a document by mistake, how do I get it back?", "restore-en"),
    ("j'ai effacé un fichier par erreur, comment le retrouver ?", "restore-fr"),
]


@pytest.fixture(scope="module")
def kb(real_embedder) -> KnowledgeBase:
    entries = [
        {"entry_id": i, "language": lang, "question": q, "answer": a} for i, lang, q, a in FAQ
    ]
    return KnowledgeBase(real_embedder).fit(entries)


@pytest.mark.parametrize(("query", "entry_id"), PARAPHRASES)
def test_paraphrases_find_their_entry_in_their_language(kb, query, entry_id):
    ids, _ = kb.search(query, k=3)
    assert ids[0] == entry_id


def test_a_threshold_from_development_queries_declines_off_topic_requests(kb):
    # Last in the module: it sets the shared knowledge base's threshold (search ignores it).
    dev = [query for query, _ in PARAPHRASES] + [
        "what is the weather tomorrow in Lyon",
        "quel est le menu de la cantine aujourd'hui",
        "recipe for a chocolate cake",
    ]
    gold = [entry_id for _, entry_id in PARAPHRASES] + [None, None, None]
    kb.fit_decline_threshold(dev, gold)
    assert not kb.answer("how do I reset my password please").declined
    assert kb.answer("who won the football match yesterday").declined
