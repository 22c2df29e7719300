"""Text utilities applied at the boundary: normalisation, truncation, language, PII.

Every component calls :func:`validate_texts` on the texts it receives: it normalises them
(:func:`normalize_text`), bounds their length (:func:`truncate_text`) and raises a clear error
for a bad element. :func:`detect_language` tells French from English, and :func:`redact_pii`
removes e-mail addresses, phone numbers, IBANs and IP addresses before a text is logged.

Examples
--------
>>> from supportml.text import detect_language, redact_pii, validate_texts
>>> [text] = validate_texts(["  Bonjour, appelez-moi au 06 12 34 56 78\\n"])
>>> detect_language(text), redact_pii(text)
('fr', 'Bonjour, appelez-moi au <PHONE>')
"""

from __future__ import annotations

from supportml.text._language import Language, detect_language, detect_languages
from supportml.text._normalize import MAX_CHARS, normalize_text, truncate_text
from supportml.text._pii import PIIKind, find_pii, redact_pii
from supportml.text._validate import as_batch, text_problem, validate_texts

__all__ = [
    "MAX_CHARS",
    "Language",
    "PIIKind",
    "as_batch",
    "detect_language",
    "detect_languages",
    "find_pii",
    "normalize_text",
    "redact_pii",
    "text_problem",
    "truncate_text",
    "validate_texts",
]
