"""Reading the learning-content catalogue into arrays the recommender's parts share."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import numpy as np

from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["AUDIENCES", "FORMATS", "LEVELS", "Catalogue", "read_catalogue"]

FORMATS: tuple[str, ...] = ("elearning", "video", "podcast", "guide")
LEVELS: tuple[str, ...] = ("beginner", "intermediate", "advanced")
AUDIENCES: tuple[str, ...] = ("all", "new_hire", "field", "manager", "developer")

_REQUIRED = ("item_id", "title")
_CHOICES = {"format": FORMATS, "level": LEVELS, "audience": AUDIENCES}


@dataclasses.dataclass(frozen=True, eq=False)
class Catalogue:
    """The catalogue as arrays aligned on the item index.

    Missing optional values are ``None`` (language, format, kind), ``-1`` (level), NaN
    (duration, available_from), ``"all"`` (audience) and ``""`` (tool). ``available_from``
    is in days since 1970-01-01 UTC.

    Examples
    --------
    >>> import pandas as pd
    >>> catalogue = read_catalogue(pd.DataFrame({"item_id": ["a"], "title": ["Share a folder"]}))
    >>> catalogue.ids.tolist(), catalogue.level.tolist(), catalogue.audience.tolist()
    (['a'], [-1], ['all'])
    """

    ids: np.ndarray
    titles: list[str]
    texts: list[str]
    language: np.ndarray
    format: np.ndarray
    level: np.ndarray
    duration: np.ndarray
    audience: np.ndarray
    tool: np.ndarray
    kind: np.ndarray
    available_from: np.ndarray
    index: dict[str, int]

    def __len__(self) -> int:
        return len(self.ids)

    def groups(self) -> np.ndarray:
        """An integer code per distinct (tool, format) pair, for the diversity constraint."""
        pairs = [f"{tool}\x1f{fmt}" for tool, fmt in zip(self.tool, self.format, strict=True)]
        return np.unique(pairs, return_inverse=True)[1].astype(np.int64)

    def positions(self, item_ids, *, name: str) -> np.ndarray:
        """Item indices of ``item_ids``; an id not in the catalogue is refused by name."""
        if isinstance(item_ids, str):
            raise InvalidInputError(f"{name} must be a sequence of item ids, not a single str.")
        positions = []
        for item_id in item_ids:
            position = self.index.get(str(item_id))
            if position is None:
                raise InvalidInputError(f"{name} names {item_id!r}, which is not in the catalogue.")
            positions.append(position)
        return np.asarray(positions, dtype=np.int64)


def read_catalogue(items: pd.DataFrame | None) -> Catalogue:
    """Check the catalogue table and turn it into a :class:`Catalogue`.

    Parameters
    ----------
    items : DataFrame
        One row per item: ``item_id`` and ``title`` are required; ``description``,
        ``language``, ``format``, ``level``, ``duration_min``, ``audience`` and ``tool`` are
        optional, and so are ``kind`` (any label: "webinar", "quiz", "forum"…) and
        ``available_from`` (when the item is scheduled to start, e.g. a programme's week;
        datetimes or date strings), which the learned blend reads (other columns are
        ignored).

    Returns
    -------
    catalogue : Catalogue

    Raises
    ------
    InvalidInputError
        No catalogue, an empty one, a missing required column, a duplicated or missing id, a
        missing title, or a format, level or audience outside its choices (the message names
        the item), or an ``available_from`` that is not a date.
    """
    import pandas as pd

    if not isinstance(items, pd.DataFrame):
        raise InvalidInputError(
            "ContentRecommender.fit needs the catalogue as items=, a DataFrame with at least "
            f"the columns {list(_REQUIRED)}; got {type(items).__name__}."
        )
    missing = [column for column in _REQUIRED if column not in items.columns]
    if missing:
        raise InvalidInputError(
            f"The catalogue (items) lacks the columns {missing}; it has {list(items.columns)}."
        )
    if items.empty:
        raise InvalidInputError("The catalogue (items) is empty: there is nothing to recommend.")
    if items["item_id"].isna().any():
        row = int(np.flatnonzero(items["item_id"].isna().to_numpy())[0])
        raise InvalidInputError(f"The catalogue (items) has a missing item_id in row {row}.")
    ids = items["item_id"].astype(str).to_numpy(dtype=object)
    duplicated = pd.Series(ids).duplicated().to_numpy()
    if duplicated.any():
        raise InvalidInputError(
            f"The catalogue (items) lists item_id {ids[duplicated][0]!r} more than once."
        )
    titles = _text_column(items, "title", ids, required=True)
    descriptions = _text_column(items, "description", ids, required=False)
    texts = [
        f"{title}. {text}" if text else title
        for title, text in zip(titles, descriptions, strict=True)
    ]
    level = _choice_column(items, "level", ids)
    return Catalogue(
        ids=ids,
        titles=titles,
        texts=texts,
        language=_optional_column(items, "language", lower=True),
        format=_choice_column(items, "format", ids),
        level=np.array([-1 if v is None else LEVELS.index(v) for v in level], dtype=np.int64),
        duration=_duration_column(items, ids),
        audience=np.array(
            [v or "all" for v in _choice_column(items, "audience", ids)], dtype=object
        ),
        tool=np.array([v or "" for v in _optional_column(items, "tool")], dtype=object),
        kind=_optional_column(items, "kind", lower=True),
        available_from=_date_column(items, "available_from", ids),
        index={item_id: i for i, item_id in enumerate(ids)},
    )


def _is_missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or str(value) == ""


def _optional_column(items: pd.DataFrame, column: str, *, lower: bool = False) -> np.ndarray:
    if column not in items.columns:
        return np.full(len(items), None, dtype=object)
    values = [None if _is_missing(v) else str(v).strip() for v in items[column]]
    return np.array([v.lower() if lower and v else v or None for v in values], dtype=object)


def _text_column(items: pd.DataFrame, column: str, ids: np.ndarray, *, required: bool) -> list:
    values = _optional_column(items, column)
    if required and any(v is None for v in values):
        item_id = ids[[v is None for v in values]][0]
        raise InvalidInputError(f"Item {item_id!r} of the catalogue has no {column}.")
    return [v or "" for v in values]


def _choice_column(items: pd.DataFrame, column: str, ids: np.ndarray) -> np.ndarray:
    values = _optional_column(items, column, lower=True)
    choices = _CHOICES[column]
    for item_id, value in zip(ids, values, strict=True):
        if value is not None and value not in choices:
            raise InvalidInputError(
                f"Item {item_id!r} of the catalogue has {column} {value!r}; valid: {list(choices)}."
            )
    return values


def _duration_column(items: pd.DataFrame, ids: np.ndarray) -> np.ndarray:
    import pandas as pd

    if "duration_min" not in items.columns:
        return np.full(len(items), np.nan)
    raw = items["duration_min"]
    duration = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=np.float64)
    bad = (np.isnan(duration) & raw.notna().to_numpy()) | (duration < 0)
    if bad.any():
        raise InvalidInputError(
            f"Item {ids[bad][0]!r} of the catalogue has duration_min {raw[bad].iloc[0]!r}; "
            "it must be a number of minutes, 0 or more."
        )
    return duration


def _date_column(items: pd.DataFrame, column: str, ids: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 UTC (naive datetimes are UTC); NaN where missing."""
    import pandas as pd

    if column not in items.columns:
        return np.full(len(items), np.nan)
    raw = items[column]
    dates = pd.to_datetime(raw, errors="coerce", utc=True)
    bad = (dates.isna() & raw.notna()).to_numpy()
    if bad.any():
        raise InvalidInputError(
            f"Item {ids[bad][0]!r} of the catalogue has {column} {raw[bad].iloc[0]!r}; "
            "it must be a date."
        )
    epoch = pd.Timestamp(0, tz="UTC")
    return ((dates - epoch) / pd.Timedelta(days=1)).to_numpy(dtype=np.float64, na_value=np.nan)
