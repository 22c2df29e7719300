"""Realistic noise for synthetic requests: typos, dropped accents, French-English code-switching.

Every function is pure given its ``numpy.random.Generator``: same generator state, same output.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

__all__ = ["add_typos", "code_switch", "strip_accents"]

# French words that French-speaking employees often type in English ("je n'arrive pas à share
# le folder"). Plurals come first so that the singular pattern does not eat them.
_CODE_SWITCH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b{french}\b", re.IGNORECASE), english)
    for french, english in (
        ("partager", "share"),
        ("dossiers", "folders"),
        ("dossier", "folder"),
        ("fichiers", "files"),
        ("fichier", "file"),
        ("réunions", "meetings"),
        ("réunion", "meeting"),
        ("mot de passe", "password"),
        ("mdp", "password"),
        ("synchronisation", "sync"),
        ("synchro", "sync"),
        ("bloquée?", "stuck"),
        ("télécharger", "download"),
        ("lien", "link"),
        ("invités?", "guest"),
        ("enregistrement", "recording"),
        ("mise à jour", "update"),
        ("réinitialiser", "reset"),
        ("formation", "training"),
        ("canal", "channel"),
        ("tableau de bord", "dashboard"),
        ("flux", "flow"),
        ("étiquette", "label"),
        ("communauté", "community"),
        ("corbeille", "recycle bin"),
    )
)


def strip_accents(text: str) -> str:
    """Remove the accents of a text, as French typed on a phone or an English keyboard often is.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The text without combining marks, in NFC form; "œ" and "ç" become "oe" and "c".

    Examples
    --------
    >>> from supportml.data._text_noise import strip_accents
    >>> strip_accents("Où est l'accès à mon dossier partagé ? Ça bloque, sœurette.")
    "Ou est l'acces a mon dossier partage ? Ca bloque, soeurette."
    """
    decomposed = unicodedata.normalize("NFD", text.replace("œ", "oe").replace("Œ", "OE"))
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", kept)


def code_switch(text: str, rng: np.random.Generator, *, rate: float = 0.7) -> str:
    """Replace some French words of a request by the English words people use instead.

    Parameters
    ----------
    text : str
        A French text.
    rng : numpy.random.Generator
        Decides which of the matching words are replaced.
    rate : float, default=0.7
        Probability that each matching word is replaced.

    Returns
    -------
    str
        The text, with English words in place of some French ones.

    Examples
    --------
    >>> import numpy as np
    >>> from supportml.data._text_noise import code_switch
    >>> code_switch("je n'arrive pas à partager le dossier", np.random.default_rng(0), rate=1.0)
    "je n'arrive pas à share le folder"
    """
    for pattern, english in _CODE_SWITCH:
        text = pattern.sub(
            lambda match, english=english: english if rng.random() < rate else match[0], text
        )
    return text


def add_typos(text: str, rng: np.random.Generator, *, rate: float = 0.03) -> str:
    """Add keyboard slips: swapped, dropped or doubled letters.

    Parameters
    ----------
    text : str
        Any text.
    rng : numpy.random.Generator
        Decides where the typos fall and which kind they are.
    rate : float, default=0.03
        Probability of a typo at each letter. A text with letters always gets at least one.

    Returns
    -------
    str
        The text with typos.

    Examples
    --------
    >>> import numpy as np
    >>> from supportml.data._text_noise import add_typos
    >>> add_typos("cannot share the folder", np.random.default_rng(1)) != "cannot share the folder"
    True
    """
    letters = [i for i, char in enumerate(text) if char.isalpha()]
    if not letters:
        return text
    hits = [i for i in letters if rng.random() < rate] or [letters[rng.integers(len(letters))]]
    chars = list(text)
    # From the end, so that earlier positions stay valid after a drop or a doubling.
    for i in sorted(hits, reverse=True):
        kind = rng.integers(3)
        if kind == 0 and i + 1 < len(chars) and chars[i + 1] != chars[i]:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif kind == 1 and len(chars) > 1:
            del chars[i]
        else:
            chars.insert(i, chars[i])
    return "".join(chars)
