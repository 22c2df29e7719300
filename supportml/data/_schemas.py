"""Column schemas of the synthetic tables, and conversion of a frame to its schema."""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SCHEMAS", "TABLES", "ColumnType", "TableName", "conform"]

TableName = Literal[
    "requests", "users", "knowledge_base", "catalogue", "ambassadors", "interactions"
]
"""The name of a table of :class:`EnterpriseData`."""

ColumnType = Literal["str", "int", "bool", "datetime"]
"""Logical type of a column: pandas' default string dtype, int64, bool or datetime64[ns]."""

TABLES: tuple[TableName, ...] = (
    "requests",
    "users",
    "knowledge_base",
    "catalogue",
    "ambassadors",
    "interactions",
)

SCHEMAS: MappingProxyType[str, MappingProxyType[str, ColumnType]] = MappingProxyType(
    {
        name: MappingProxyType(columns)
        for name, columns in {
            "requests": {
                "request_id": "str",
                "user_id": "str",
                "created_at": "datetime",
                "text": "str",
                "language": "str",
                "intent": "str",
                "tier": "str",
                "split": "str",
                "template_id": "str",
            },
            "users": {
                "user_id": "str",
                "role": "str",
                "department": "str",
                "site": "str",
                "field_team": "bool",
                "language": "str",
                "digital_maturity": "int",
                "hire_date": "datetime",
                "registered_at": "datetime",
                "last_active_at": "datetime",
                "n_posts_90d": "int",
                "n_messages_90d": "int",
                "n_files_90d": "int",
                "completed_items": "str",
                "adoption_state": "str",
            },
            "knowledge_base": {
                "entry_id": "str",
                "language": "str",
                "intent": "str",
                "question": "str",
                "answer": "str",
            },
            "catalogue": {
                "item_id": "str",
                "title": "str",
                "description": "str",
                "language": "str",
                "format": "str",
                "level": "str",
                "duration_min": "int",
                "audience": "str",
                "tool": "str",
                "intents": "str",
                "published_at": "datetime",
            },
            "ambassadors": {
                "ambassador_id": "str",
                "user_id": "str",
                "expertise": "str",
                "departments": "str",
                "languages": "str",
                "site": "str",
                "weekly_capacity": "int",
            },
            "interactions": {
                "user_id": "str",
                "item_id": "str",
                "timestamp": "datetime",
                "event": "str",
            },
        }.items()
    }
)
"""Every table's columns, in order, with their logical type (:data:`ColumnType`).

Lists (``completed_items``, ``intents``, ``expertise``...) are ``;``-joined strings; an empty
list is the empty string. A missing datetime is NaT.
"""

_TRUE_STRINGS = frozenset({"true", "1"})


def conform(frame: pd.DataFrame, table: TableName) -> pd.DataFrame:
    """Return `frame` with exactly the columns of `table`, in order, converted to their types.

    Accepts what the readers produce: strings for every type (CSV read as text), epoch
    milliseconds for datetimes (JSON), booleans as ``"True"``/``"False"``.
    """
    import pandas as pd

    schema = SCHEMAS[table]
    missing = [column for column in schema if column not in frame.columns]
    if missing:
        raise InvalidInputError(f"The {table} table lacks the columns {missing}.")
    columns = {}
    for column, kind in schema.items():
        values = frame[column]
        if kind == "str":
            values = values.fillna("").astype(str)
        elif kind == "int":
            values = pd.to_numeric(values).astype("int64")
        elif kind == "bool":
            if not pd.api.types.is_bool_dtype(values):
                values = values.astype(str).str.strip().str.lower().isin(_TRUE_STRINGS)
        elif pd.api.types.is_datetime64_any_dtype(values):
            values = values.astype("datetime64[ns]")
        elif pd.api.types.is_numeric_dtype(values):
            values = pd.to_datetime(values, unit="ms").astype("datetime64[ns]")
        else:
            values = values.where(values != "", None)
            values = pd.to_datetime(values, format="ISO8601").astype("datetime64[ns]")
        columns[column] = values.reset_index(drop=True)
    return pd.DataFrame(columns)
