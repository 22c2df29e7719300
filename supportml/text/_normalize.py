"""Text normalisation and the truncation policy."""

from __future__ import annotations

import re
import unicodedata

from supportml.exceptions import InvalidInputError

__all__ = ["MAX_CHARS", "normalize_text", "truncate_text"]

MAX_CHARS: int = 10_000
"""Default bound on the length of a request text, in characters (see :func:`truncate_text`)."""

_ELLIPSIS = " … "
_HEAD_FRACTION = 0.8
_MIN_MAX_CHARS = 10
_REMOVED_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})
_TABLE_CACHE_SIZE = 4096
_WHITESPACE_RUN = re.compile(r"\s+")


class _ControlCharTable(dict[int, "str | int | None"]):
    """``str.translate`` table mapping control characters to a space (whitespace) or nothing.

    Entries are computed on first sight of a code point and cached (up to a bound), so that
    translation runs at C speed without building a table of all 1.1 M code points at import.
    """

    def __missing__(self, code_point: int) -> str | int | None:
        char = chr(code_point)
        replacement: str | int | None = code_point
        if unicodedata.category(char) in _REMOVED_CATEGORIES:
            replacement = " " if char.isspace() else None
        if len(self) < _TABLE_CACHE_SIZE:
            self[code_point] = replacement
        return replacement


_CONTROL_CHARS = _ControlCharTable()


def _require_str(text: object, caller: str) -> None:
    if not isinstance(text, str):
        raise TypeError(f"{caller} expects a str, got {type(text).__name__}")


def normalize_text(text: str) -> str:
    """Normalise a request text: NFC, no control characters, single spaces, stripped.

    Control and format characters (Unicode categories Cc and Cf, e.g. ``\\x00``, ``\\x1b``, the
    zero-width space and the byte-order mark) are removed, except whitespace controls such as
    ``\\n``, ``\\t`` and ``\\r``, which become spaces. Lone surrogates (category Cs) are removed
    too. The text is then put in Unicode NFC form, every whitespace run becomes one space and the
    ends are stripped. The function is idempotent. An empty result is returned as is:
    rejecting it is the job of :func:`validate_texts`.

    Parameters
    ----------
    text : str
        Raw text.

    Returns
    -------
    str
        The normalised text, possibly empty.

    Raises
    ------
    TypeError
        If `text` is not a str.

    See Also
    --------
    validate_texts : Normalise, truncate and check a batch of texts.

    Examples
    --------
    >>> from supportml.text import normalize_text
    >>> normalize_text("  Bonjour,\\n\\tje n'arrive\\u200b pas   à me connecter\\r\\n")
    "Bonjour, je n'arrive pas à me connecter"
    >>> normalize_text("e\\u0301") == "\\u00e9"  # NFC composes e + combining acute accent
    True
    >>> normalize_text(b"hello")
    Traceback (most recent call last):
    ...
    TypeError: normalize_text expects a str, got bytes
    """
    _require_str(text, "normalize_text")
    if not text.isprintable():
        text = text.translate(_CONTROL_CHARS)
    text = unicodedata.normalize("NFC", text)
    return _WHITESPACE_RUN.sub(" ", text).strip()


def _check_max_chars(max_chars: object) -> None:
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < _MIN_MAX_CHARS:
        raise InvalidInputError(
            f"The 'max_chars' parameter of truncate_text must be an int >= {_MIN_MAX_CHARS}. "
            f"Got {max_chars!r} instead."
        )


def _cut_head(text: str, length: int) -> str:
    """First `length` characters, shortened to a word boundary in the second half if possible."""
    head = text[:length]
    if text[length].isspace():
        return head.rstrip()
    boundary = head.rfind(" ")
    if boundary >= length // 2:
        head = head[:boundary]
    return head.rstrip()


def _cut_tail(text: str, length: int) -> str:
    """Last `length` characters, shortened to a word boundary in the first half if possible."""
    start = len(text) - length
    tail = text[start:]
    if text[start - 1].isspace():
        return tail.lstrip()
    boundary = tail.find(" ")
    if 0 <= boundary <= length // 2:
        tail = tail[boundary + 1 :]
    return tail.lstrip()


def truncate_text(text: str, max_chars: int = MAX_CHARS) -> str:
    """Bound the length of a text, keeping its head and its tail.

    Truncation policy: a text of at most `max_chars` characters is returned unchanged. A longer
    one keeps its head (the first 80 % of the budget) and its tail (the last 20 %), joined with
    ``" … "``, so the result has at most `max_chars` characters. Help requests put the question
    first and often end with a pasted error message, so both ends carry the signal while the
    middle of a pasted log rarely does. Each cut moves back to a word boundary (a space) when one
    lies within the second half of the head, or the first half of the tail; otherwise, as in a
    long token or a base64 blob, it falls inside the word.

    The encoder truncates at 256 tokens anyway; this policy bounds memory, TF-IDF cost and log
    size for pasted logs and megabyte inputs. Apply it after :func:`normalize_text`, as
    :func:`validate_texts` does: a normalised text stays normalised.

    Parameters
    ----------
    text : str
        Text, normally already normalised.
    max_chars : int, default=MAX_CHARS
        Maximum length of the result in characters; at least 10. ``MAX_CHARS`` is 10,000.

    Returns
    -------
    str
        `text` itself if short enough, else ``head + " … " + tail``.

    Raises
    ------
    TypeError
        If `text` is not a str.
    InvalidInputError
        If `max_chars` is not an int >= 10 (a subclass of ``ValueError``).

    Examples
    --------
    >>> from supportml.text import truncate_text
    >>> truncate_text("short text")
    'short text'
    >>> text = "Je ne peux pas ouvrir le fichier, voici le log : " + "trace " * 30 + "Error: denied"
    >>> truncate_text(text, max_chars=80)
    'Je ne peux pas ouvrir le fichier, voici le log : trace trace … Error: denied'
    """
    _require_str(text, "truncate_text")
    _check_max_chars(max_chars)
    if len(text) <= max_chars:
        return text
    budget = max_chars - len(_ELLIPSIS)
    head_length = int(budget * _HEAD_FRACTION)
    head = _cut_head(text, head_length)
    tail = _cut_tail(text, budget - head_length)
    return f"{head}{_ELLIPSIS}{tail}"
