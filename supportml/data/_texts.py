"""Writing one request text: a template, its slots, then the noise real requests carry."""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import datetime, timedelta

import numpy as np

from supportml.data._intents import INTENTS
from supportml.data._slots import (
    CLOSERS,
    COMMA_OPENERS,
    CONTEXTS,
    ERROR_LINE,
    SENTENCE_OPENERS,
    SLOTS,
)
from supportml.data._templates import TEMPLATES
from supportml.data._text_noise import add_typos, code_switch, strip_accents
from supportml.text import normalize_text

__all__ = ["RequestWriter", "comparison_key"]

# Probabilities of each transformation; short requests ("sync ko") are never decorated.
P_OPENER = 0.35
P_CLOSER = 0.2
P_LONG = 0.12
P_ERROR_LINE = 0.6
P_CASUAL = 0.18
P_NO_ACCENTS = 0.2
P_CODE_SWITCH = 0.12
P_TYPOS = 0.15
TYPO_RATE = 0.015
SHORT_WORDS = 6
_MAX_ATTEMPTS = 20

_NON_WORD = re.compile(r"\W+")
_SENTENCE_ENDS = (".", "?", "!")
# First words that keep their capital after a "Hi, " opener.
_PROPER_FIRST_WORDS = frozenset(
    {
        "I",
        "OneDrive",
        "SharePoint",
        "Teams",
        "Yammer",
        "Viva",
        "Outlook",
        "Excel",
        "Word",
        "PowerPoint",
        "Copilot",
        "Power",
        "Planner",
        "Windows",
        "Android",
        "iPhone",
        "GDPR",
        "RGPD",
    }
)


def comparison_key(text: str) -> str:
    """Case- and punctuation-insensitive form of a text, to tell near-copies apart."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


class _SlotPicker(dict):
    """A ``str.format_map`` mapping that draws a value for every slot it is asked for."""

    def __init__(self, language: str, rng: np.random.Generator) -> None:
        super().__init__()
        self._slots = SLOTS[language]
        self._rng = rng

    def __missing__(self, slot: str) -> str:
        values = self._slots[slot]
        return values[self._rng.integers(len(values))]


def _lower_first(text: str) -> str:
    first_word = text.split(" ", 1)[0].split("'", 1)[0]
    if first_word in _PROPER_FIRST_WORDS or first_word.isupper():
        return text
    return text[:1].lower() + text[1:]


class RequestWriter:
    """Renders request texts from the templates, with the noise of real requests.

    Parameters
    ----------
    rng : numpy.random.Generator
        The only source of randomness.
    avoid : collection of str, default=()
        Texts that no request may equal (compared with :func:`comparison_key`), e.g. the
        questions of the knowledge base.
    """

    def __init__(self, rng: np.random.Generator, *, avoid: Collection[str] = ()) -> None:
        self.rng = rng
        self.avoid = frozenset(comparison_key(text) for text in avoid)

    def write(
        self, intent: str, language: str, situation: int, paraphrase: int, created_at: datetime
    ) -> str:
        """Write one request of `intent` from a paraphrase of a situation, in `language`.

        ``created_at`` dates the error line a long request may paste.
        """
        for _ in range(_MAX_ATTEMPTS):
            text = self._draw(intent, language, situation, paraphrase, created_at)
            if comparison_key(text) not in self.avoid:
                return text
        closer = CLOSERS[language][0]
        return f"{text} {closer}"

    def _draw(
        self, intent: str, language: str, situation: int, paraphrase: int, created_at: datetime
    ) -> str:
        rng = self.rng
        template = TEMPLATES[intent][situation][paraphrase][0 if language == "en" else 1]
        slots = _SlotPicker(language, rng)
        text = template.format_map(slots)
        text = text[:1].upper() + text[1:] if template.startswith("{") else text
        if len(text.split()) > SHORT_WORDS:
            text = self._decorate(text, intent, language, created_at, slots)
        if rng.random() < P_CASUAL:
            text = text.lower().rstrip(".")
        if language == "fr":
            if rng.random() < P_CODE_SWITCH:
                text = code_switch(text, rng)
            if rng.random() < P_NO_ACCENTS:
                text = strip_accents(text)
        if rng.random() < P_TYPOS:
            text = add_typos(text, rng, rate=TYPO_RATE)
        return normalize_text(text)

    def _decorate(
        self,
        text: str,
        intent: str,
        language: str,
        created_at: datetime,
        slots: _SlotPicker,
    ) -> str:
        rng = self.rng
        if rng.random() < P_OPENER:
            if rng.random() < 0.6:
                text = _choice(rng, COMMA_OPENERS[language]) + _lower_first(text)
            else:
                text = _choice(rng, SENTENCE_OPENERS[language]) + text
        if rng.random() < P_LONG:
            extra = [_choice(rng, CONTEXTS[language]).format_map(slots)]
            error_slot = INTENTS[intent].error_slot
            if error_slot is not None and rng.random() < P_ERROR_LINE:
                stamp = created_at - timedelta(minutes=int(rng.integers(1, 120)))
                extra.append(
                    ERROR_LINE[language].format(
                        code=slots[error_slot],
                        correlation=_correlation_id(rng),
                        stamp=stamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    )
                )
            text = " ".join([_end_sentence(text), *extra])
        if rng.random() < P_CLOSER:
            closer = _choice(rng, CLOSERS[language])
            if text.endswith(_SENTENCE_ENDS):
                text = f"{text} {closer}"
            else:
                text = f"{text}, {closer[:1].lower()}{closer[1:]}"
        return text


def _end_sentence(text: str) -> str:
    return text if text.endswith(_SENTENCE_ENDS) else f"{text}."


def _choice(rng: np.random.Generator, values: tuple[str, ...]) -> str:
    return values[rng.integers(len(values))]


def _correlation_id(rng: np.random.Generator) -> str:
    digits = "".join(f"{value:x}" for value in rng.integers(16, size=32))
    return "-".join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))
