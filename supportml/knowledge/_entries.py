"""Reading the FAQ entries a knowledge base is fitted on, and cutting answers into passages."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from supportml.exceptions import InvalidInputError
from supportml.text import validate_texts

__all__ = ["REQUIRED_COLUMNS", "Entries", "passages", "read_entries"]

REQUIRED_COLUMNS = ("entry_id", "question", "answer")
_LANGUAGES = frozenset({"fr", "en"})
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


@dataclass(frozen=True)
class Entries:
    """Validated entries, one position per entry, in input order."""

    ids: np.ndarray
    questions: list[str]
    answers: list[str]
    languages: np.ndarray | None
    intents: list[str | None] | None


def _is_missing(value: object) -> bool:
    """None, NaN, NaT or pandas' NA (whose comparisons raise instead of returning a bool)."""
    if value is None:
        return True
    try:
        return bool(value != value)
    except TypeError:
        return True


def _records(entries: object) -> tuple[list[str], list[Mapping]]:
    """Column names and one mapping per entry, from a DataFrame or an iterable of mappings."""
    if hasattr(entries, "columns") and hasattr(entries, "to_dict"):
        return [str(c) for c in entries.columns], entries.to_dict("records")
    if isinstance(entries, str | bytes | Mapping) or not isinstance(entries, Iterable):
        raise TypeError(
            "entries must be a pandas DataFrame or a list of dicts, one per entry; "
            f"got {type(entries).__name__}."
        )
    records = list(entries)
    columns: dict[str, None] = {}
    for position, record in enumerate(records):
        if not isinstance(record, Mapping):
            raise TypeError(f"entries[{position}] must be a dict, got {type(record).__name__}.")
        columns.update(dict.fromkeys(map(str, record)))
    return list(columns), records


def _entry_ids(values: list[object]) -> np.ndarray:
    seen: dict[object, int] = {}
    for position, value in enumerate(values):
        if _is_missing(value):
            raise InvalidInputError(f"entries['entry_id'][{position}] is missing ({value!r}).")
        if isinstance(value, bool) or not isinstance(value, str | int | np.integer):
            raise InvalidInputError(
                f"entries['entry_id'][{position}] must be a str or int, got {type(value).__name__}."
            )
        if value in seen:
            raise InvalidInputError(
                f"entries['entry_id'] has the duplicate id {value!r} "
                f"(positions {seen[value]} and {position})."
            )
        seen[value] = position
    kinds = {isinstance(value, str) for value in values}
    return np.array(values, dtype=object) if len(kinds) > 1 else np.asarray(values)


def _languages(values: list[object]) -> np.ndarray:
    languages = np.full(len(values), None, dtype=object)
    for position, value in enumerate(values):
        if _is_missing(value):
            continue
        code = value.strip().lower() if isinstance(value, str) else value
        if code not in _LANGUAGES:
            raise InvalidInputError(
                f"entries['language'][{position}] must be 'fr', 'en' or missing; got {value!r}."
            )
        languages[position] = code
    return languages


def _intents(values: list[object]) -> list[str | None]:
    for position, value in enumerate(values):
        if not _is_missing(value) and not isinstance(value, str):
            raise InvalidInputError(
                f"entries['intent'][{position}] must be a str or missing; "
                f"got {type(value).__name__}."
            )
    return [None if _is_missing(value) else value for value in values]


def read_entries(entries: object) -> Entries:
    """Check FAQ entries and return them column by column.

    Parameters
    ----------
    entries : pandas DataFrame or iterable of dict
        One row per entry with the columns ``entry_id`` (str or int, unique), ``question`` and
        ``answer`` (texts), and optionally ``language`` (``"fr"``, ``"en"`` or missing) and
        ``intent`` (str or missing). Other columns are ignored.

    Returns
    -------
    Entries
        Ids, normalised texts, languages (None without the column) and intents.

    Raises
    ------
    InvalidInputError
        When there is no entry, a required column is missing (the message lists the columns
        present), an id is missing or repeated (the message names it), a text is unusable or a
        language is not ``"fr"`` or ``"en"``.
    TypeError
        When `entries` is neither a DataFrame nor an iterable of dicts.

    Examples
    --------
    >>> entries = read_entries([{"entry_id": 7, "question": "Reset password?", "answer": "Use"
    ...                          " the link.", "language": "EN"}])
    >>> entries.ids.tolist(), entries.languages.tolist()
    ([7], ['en'])
    >>> read_entries([{"id": 7, "question": "q", "answer": "a"}])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    supportml.exceptions.InvalidInputError: entries lacks the column 'entry_id'; columns ...
    """
    columns, records = _records(entries)
    if not records:
        raise InvalidInputError("A knowledge base needs at least one entry; entries is empty.")
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        names = ", ".join(repr(column) for column in missing)
        plural = "s" if len(missing) > 1 else ""
        raise InvalidInputError(
            f"entries lacks the column{plural} {names}; columns present: {columns}."
        )

    def column(name: str) -> list[object]:
        return [record.get(name) for record in records]

    return Entries(
        ids=_entry_ids(column("entry_id")),
        questions=validate_texts(column("question"), name="entries['question']"),
        answers=validate_texts(column("answer"), name="entries['answer']"),
        languages=_languages(column("language")) if "language" in columns else None,
        intents=_intents(column("intent")) if "intent" in columns else None,
    )


def passages(question: str, answer: str) -> list[str]:
    """The passages of an entry: its question followed by each sentence of its answer.

    A long answer embedded whole is truncated by the model and blurred by its many topics; one
    passage per sentence lets a request match the sentence that answers it, while the question
    in front keeps the passage on the entry's topic.

    Examples
    --------
    >>> passages("How do I share a folder?", "Right-click it. Then choose Share!")
    ['How do I share a folder? Right-click it.', 'How do I share a folder? Then choose Share!']
    """
    return [f"{question} {sentence}" for sentence in _SENTENCE_END.split(answer) if sentence]
