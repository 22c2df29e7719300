from __future__ import annotations

import string

import numpy as np
import pytest

from supportml.data import INTENTS
from supportml.data._slots import CONTEXTS, SLOTS
from supportml.data._templates import TEMPLATES
from supportml.data._text_noise import add_typos, code_switch, strip_accents


def test_strip_accents():
    assert strip_accents("Réunion déjà planifiée à l'étage, ça marche ?") == (
        "Reunion deja planifiee a l'etage, ca marche ?"
    )
    assert strip_accents("plain ascii") == "plain ascii"


def test_code_switch_replaces_french_words_by_english_ones():
    rng = np.random.default_rng(0)
    text = "Je n'arrive pas à partager les fichiers du dossier, mot de passe bloqué"
    assert code_switch(text, rng, rate=1.0) == (
        "Je n'arrive pas à share les files du folder, password stuck"
    )
    assert code_switch(text, rng, rate=0.0) == text


def test_code_switch_is_deterministic(seed):
    text = "partager le fichier et le lien de la réunion"
    first = code_switch(text, np.random.default_rng(seed), rate=0.5)
    assert first == code_switch(text, np.random.default_rng(seed), rate=0.5)


def test_add_typos(seed):
    text = "I cannot open the shared folder since this morning"
    noisy = add_typos(text, np.random.default_rng(seed))
    assert noisy != text and abs(len(noisy) - len(text)) <= 5
    assert noisy == add_typos(text, np.random.default_rng(seed))
    assert add_typos("1234 !?", np.random.default_rng(seed)) == "1234 !?"


# --- templates ---------------------------------------------------------------------------------


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_intent_has_enough_aligned_templates():
    assert set(TEMPLATES) == set(INTENTS)
    for intent, situations in TEMPLATES.items():
        assert len(situations) >= 6, intent
        assert all(1 <= len(paraphrases) <= 3 for paraphrases in situations), intent
        pairs = [pair for paraphrases in situations for pair in paraphrases]
        english = [en for en, _ in pairs]
        french = [fr for _, fr in pairs]
        assert len(set(english)) == len(english) and len(set(french)) == len(french), intent


def test_most_situations_have_paraphrases():
    situations = [paraphrases for intent in TEMPLATES.values() for paraphrases in intent]
    assert sum(len(paraphrases) == 3 for paraphrases in situations) >= 0.9 * len(situations)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_template_slots_exist(language):
    column = 0 if language == "en" else 1
    templates = [
        pair[column]
        for situations in TEMPLATES.values()
        for paraphrases in situations
        for pair in paraphrases
    ]
    for template in [*templates, *CONTEXTS[language]]:
        assert _fields(template) <= set(SLOTS[language]), template


def test_slots_are_defined_in_both_languages():
    assert set(SLOTS["en"]) == set(SLOTS["fr"])
    for name in SLOTS["en"]:
        assert SLOTS["en"][name] and SLOTS["fr"][name], name
