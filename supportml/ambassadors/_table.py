"""Reading the ambassadors table: one checked record per ambassador."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from supportml.ambassadors._ledger import check_capacity
from supportml.exceptions import InvalidInputError

__all__ = [
    "DEFAULT_WEEKLY_CAPACITY",
    "REQUIRED_COLUMNS",
    "AmbassadorRecord",
    "expertise_text",
    "read_ambassadors",
]

DEFAULT_WEEKLY_CAPACITY = 5
REQUIRED_COLUMNS = ("ambassador_id", "expertise")


@dataclasses.dataclass(frozen=True)
class AmbassadorRecord:
    """One row of the ambassadors table, checked; optional columns hold their defaults."""

    ambassador_id: str
    expertise: tuple[str, ...]
    user_id: str | None = None
    departments: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    site: str = "unknown"
    weekly_capacity: int = DEFAULT_WEEKLY_CAPACITY


def read_ambassadors(ambassadors: Any) -> list[AmbassadorRecord]:
    """Check the ambassadors table and return its records sorted by ``ambassador_id``.

    Parameters
    ----------
    ambassadors : DataFrame or iterable of mappings
        Columns ``ambassador_id`` and ``expertise`` (required), ``user_id``, ``departments``,
        ``languages``, ``site``, ``weekly_capacity`` (optional). List columns are ';'-joined
        strings or lists of str. Other columns are ignored.

    Returns
    -------
    records : list of AmbassadorRecord

    Raises
    ------
    InvalidInputError
        A missing required column (listing the columns present), a missing or duplicate id,
        an empty expertise, or a bad value; the message names the ambassador or the row.

    Examples
    --------
    >>> [record] = read_ambassadors([{"ambassador_id": "a1", "expertise": "share_file; sync"}])
    >>> record.expertise, record.weekly_capacity
    (('share_file', 'sync'), 5)
    """
    records: dict[str, AmbassadorRecord] = {}
    for position, row in enumerate(_rows(ambassadors)):
        record = _record(position, row)
        if record.ambassador_id in records:
            raise InvalidInputError(
                f"Duplicate ambassador_id {record.ambassador_id!r} (row {position}); each "
                "ambassador must appear once."
            )
        records[record.ambassador_id] = record
    return [records[ambassador_id] for ambassador_id in sorted(records)]


def expertise_text(expertise: Iterable[str], descriptions: Mapping[str, str]) -> str:
    """The text embedded for an expertise: readable intent ids, with their descriptions.

    Examples
    --------
    >>> expertise_text(["business_app_howto", "share_file"], {"share_file": "Share files."})
    'business app howto. share file: Share files.'
    """
    parts = []
    for intent in expertise:
        readable = " ".join(intent.replace("-", "_").split("_")).strip()
        description = descriptions.get(intent)
        parts.append(f"{readable}: {description}" if description else f"{readable}.")
    return " ".join(parts)


def _rows(ambassadors: Any) -> list[Mapping[str, Any]]:
    if hasattr(ambassadors, "columns") and hasattr(ambassadors, "to_dict"):  # a DataFrame
        columns = list(ambassadors.columns)
        missing = [column for column in REQUIRED_COLUMNS if column not in columns]
        if missing:
            raise InvalidInputError(
                f"The ambassadors table lacks the required column(s) {missing}; columns "
                f"present: {columns}."
            )
        return ambassadors.to_dict("records")
    if isinstance(ambassadors, str | bytes | Mapping) or not isinstance(ambassadors, Iterable):
        raise InvalidInputError(
            "ambassadors must be a DataFrame or a list of dicts, one per ambassador; got "
            f"{type(ambassadors).__name__}."
        )
    rows = list(ambassadors)
    for position, row in enumerate(rows):
        if not isinstance(row, Mapping):
            raise InvalidInputError(
                f"ambassadors[{position}] must be a dict of columns; got {type(row).__name__}."
            )
        missing = [column for column in REQUIRED_COLUMNS if column not in row]
        if missing:
            raise InvalidInputError(
                f"ambassadors[{position}] lacks the required column(s) {missing}; columns "
                f"present: {list(row)}."
            )
    return rows


def _record(position: int, row: Mapping[str, Any]) -> AmbassadorRecord:
    if _is_missing(row["ambassador_id"]):
        raise InvalidInputError(f"Row {position} of the ambassadors table has no ambassador_id.")
    ambassador_id = str(row["ambassador_id"]).strip()
    expertise = _tokens(row["expertise"], "expertise", ambassador_id)
    if not expertise:
        raise InvalidInputError(
            f"Ambassador {ambassador_id!r} has no expertise; list at least one intent id."
        )
    fields: dict[str, Any] = {}
    if not _is_missing(row.get("user_id")):
        fields["user_id"] = str(row["user_id"]).strip()
    fields["departments"] = _tokens(row.get("departments"), "departments", ambassador_id)
    languages = _tokens(row.get("languages"), "languages", ambassador_id)
    fields["languages"] = tuple(dict.fromkeys(language.lower() for language in languages))
    if not _is_missing(row.get("site")):
        fields["site"] = str(row["site"]).strip()
    if not _is_missing(row.get("weekly_capacity")):
        fields["weekly_capacity"] = check_capacity(ambassador_id, row["weekly_capacity"])
    return AmbassadorRecord(ambassador_id, expertise, **fields)


def _tokens(value: Any, column: str, ambassador_id: str) -> tuple[str, ...]:
    """A ';'-joined str or a list of str, as unique stripped non-empty tokens in order."""
    if _is_missing(value):
        return ()
    if isinstance(value, str):
        items: list[Any] = value.split(";")
    elif isinstance(value, Iterable) and not isinstance(value, bytes | Mapping):
        items = list(value)  # a list from JSON, an array from Parquet
    else:
        items = [value]
    if not all(isinstance(item, str) for item in items):
        raise InvalidInputError(
            f"{column} of ambassador {ambassador_id!r} must be a ';'-joined str or a list of "
            f"str; got {value!r}."
        )
    return tuple(dict.fromkeys(item.strip() for item in items if item.strip()))


def _is_missing(value: Any) -> bool:
    """None, NaN, pandas' NA and NaT, or a blank str."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float):
        return value != value
    return type(value).__name__ in {"NAType", "NaTType"}
