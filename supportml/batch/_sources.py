"""Reading a backlog in chunks: files (CSV, JSON Lines, Parquet), DataFrames and iterables.

Every source yields the same chunk: a DataFrame with the columns ``row`` (the 0-based input
position), ``id``, ``text``, ``user_id``, the profile columns the source has, ``user`` (a
:class:`~supportml.routing.UserProfile` given directly, from a :class:`Request`) and ``error``
(what made the row unreadable, else None). A file is never read whole: CSV and JSON Lines are
streamed, Parquet is read batch by batch.
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supportml._deps import require
from supportml.data._io import _format_of
from supportml.exceptions import InvalidInputError
from supportml.routing import Request
from supportml.tracking import PROFILE_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CHUNK_COLUMNS", "NOT_UTF8", "Columns", "Source", "open_source"]

CHUNK_COLUMNS = ("row", "id", "text", "user_id", *PROFILE_COLUMNS, "user", "error")
NOT_UTF8 = "has bytes that are not valid UTF-8"
_USER = object()  # record key of a UserProfile given directly (never a column name)


@dataclass(frozen=True)
class Columns:
    """Which input columns hold the text, the id and the sender's user id.

    ``id`` None means the input has no ids (the ``row`` position identifies each row);
    ``id_required`` says whether the caller named the id column, so that its absence is an
    error rather than a fallback.
    """

    text: str = "text"
    id: str | None = "id"
    user_id: str = "user_id"
    id_required: bool = False

    def resolve(self, present: Iterable[str], where: str) -> Columns:
        """These columns checked against the ones ``present`` in the input.

        Raises
        ------
        InvalidInputError
            When the text column, or a named id column, is missing; the message lists the
            columns present.
        """
        present = list(present)
        required = [self.text] + ([self.id] if self.id_required else [])
        missing = [c for c in required if c not in present]
        if missing:
            raise InvalidInputError(
                f"{where} lacks the required column(s) {missing}; columns present: {present}."
            )
        if self.id is not None and self.id not in present:
            return Columns(self.text, None, self.user_id, False)
        return self

    def renames(self) -> dict[str, str]:
        """Input column name → chunk column name."""
        names = {self.text: "text", self.user_id: "user_id"}
        if self.id is not None:
            names[self.id] = "id"
        return {**{c: c for c in PROFILE_COLUMNS}, **names}


@dataclass(frozen=True)
class Source:
    """A backlog opened for reading: its chunks, and what identifies it for ``resume``.

    Attributes
    ----------
    chunks : iterator of DataFrame
        Chunks of at most ``chunk_size`` rows (see the module docstring for their columns).
    fingerprint : dict
        The input path, size and modification time (files only), checked on resume.
    n_rows : int or None
        Rows in the input when known up front (DataFrame, Parquet).
    """

    chunks: Iterator[pd.DataFrame]
    fingerprint: dict[str, Any]
    n_rows: int | None


def open_source(source: Any, columns: Columns, chunk_size: int) -> Source:
    """Open a file path, a DataFrame or an iterable of requests for chunked reading.

    The required columns are checked at once (before any row is scored).

    Parameters
    ----------
    source : str, path-like, DataFrame or iterable
        A ``.csv``, ``.jsonl`` or ``.parquet`` file (``.csv.gz``, ``.jsonl.gz``, ``.ndjson``
        too); a DataFrame; or an iterable of texts, :class:`Request` objects or mappings.
    columns : Columns
    chunk_size : int

    Returns
    -------
    Source

    Examples
    --------
    >>> import pandas as pd
    >>> src = open_source(pd.DataFrame({"text": ["a", "b", "c"]}), Columns(), 2)
    >>> [chunk["row"].tolist() for chunk in src.chunks]
    [[0, 1], [2]]
    >>> open_source(pd.DataFrame({"body": ["a"]}), Columns(), 2)
    Traceback (most recent call last):
    ...
    supportml.exceptions.InvalidInputError: the input lacks the required column(s) ['text']; \
columns present: ['body'].
    """
    import pandas as pd

    if isinstance(source, str | os.PathLike):
        return _open_file(Path(source), columns, chunk_size)
    if isinstance(source, pd.DataFrame):
        resolved = columns.resolve(source.columns, "the input")
        chunks = (
            _from_frame(source.iloc[start : start + chunk_size], resolved, start)
            for start in range(0, len(source), chunk_size)
        )
        return Source(chunks, {"kind": "DataFrame", "n_rows": len(source)}, len(source))
    if isinstance(source, Iterable) and not isinstance(source, bytes | Mapping):
        return Source(_from_iterable(iter(source), columns, chunk_size), {"kind": "iterable"}, None)
    raise TypeError(
        "source must be a file path, a DataFrame or an iterable of requests; "
        f"got {type(source).__name__}."
    )


def _open_file(path: Path, columns: Columns, chunk_size: int) -> Source:
    kind = _format_of(path)
    if not path.is_file():
        raise FileNotFoundError(f"No such input file: {str(path)!r}")
    stat = path.stat()
    fingerprint = {"kind": kind, "path": str(path.resolve()), "size": stat.st_size}
    fingerprint["mtime_ns"] = stat.st_mtime_ns
    where = f"the input {path.name}"
    if kind == "parquet":
        return _open_parquet(path, columns, chunk_size, fingerprint, where)
    if kind == "jsonl":
        chunks = _jsonl_chunks(path, columns, chunk_size, where)
    else:
        chunks = _csv_chunks(path, columns, chunk_size, where)
    first = next(chunks, None)  # checks the columns now, before any row is scored
    chunks = itertools.chain([] if first is None else [first], chunks)
    return Source(chunks, fingerprint, None)


def _csv_chunks(path: Path, columns: Columns, chunk_size: int, where: str):
    import pandas as pd

    reader = pd.read_csv(
        path,
        dtype=object,  # Python strings: Arrow-backed ones refuse undecodable bytes
        keep_default_na=False,
        chunksize=chunk_size,
        encoding="utf-8",
        encoding_errors="surrogateescape",  # undecodable bytes become error rows, not a crash
    )
    start = 0
    with reader:
        for frame in reader:
            if start == 0:
                columns = columns.resolve(frame.columns, where)
            yield _from_frame(frame, columns, start)
            start += len(frame)
    if start == 0:
        columns.resolve(_csv_header(path), where)


def _csv_header(path: Path) -> list[str]:
    import pandas as pd

    return list(pd.read_csv(path, nrows=0, encoding_errors="surrogateescape").columns)


def _jsonl_chunks(path: Path, columns: Columns, chunk_size: int, where: str):
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    row = 0
    with opener(path, "rb") as lines:
        records = (_parse_line(n, line) for n, line in enumerate(lines, 1) if line.strip())
        while batch := list(itertools.islice(records, chunk_size)):
            if row == 0:
                columns = columns.resolve(_keys(batch), where)
            yield _from_records(batch, columns, row)
            row += len(batch)


def _keys(batch) -> list[str]:
    """Field names seen in a batch of ``(record or None, error)`` pairs, in order."""
    return list(dict.fromkeys(k for r, _ in batch if r for k in r if isinstance(k, str)))


def _parse_line(number: int, line: bytes) -> tuple[dict | None, str | None]:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return None, f"line {number} {NOT_UTF8}"
    try:
        record = json.loads(text)
    except json.JSONDecodeError as e:
        return None, f"line {number} is not valid JSON ({e.msg})"
    if not isinstance(record, dict):
        return None, f"line {number} is a JSON {type(record).__name__}, not an object"
    return record, None


def _open_parquet(path: Path, columns: Columns, chunk_size: int, fingerprint, where) -> Source:
    pq = require("pyarrow.parquet", extra="parquet", caller="score on a Parquet file")
    file = pq.ParquetFile(path)
    columns = columns.resolve(file.schema_arrow.names, where)
    wanted = [c for c in columns.renames() if c in file.schema_arrow.names]

    def chunks():
        start = 0
        for batch in file.iter_batches(batch_size=chunk_size, columns=wanted):
            frame = batch.to_pandas()
            chunk = _from_frame(frame, columns, start)
            chunk["text"], errors = zip(*map(_decoded, chunk["text"]), strict=True)
            chunk["error"] = list(errors)
            start += len(frame)
            yield chunk

    return Source(chunks(), fingerprint, file.metadata.num_rows)


def _decoded(value: Any) -> tuple[Any, str | None]:
    """A binary Parquet text as str, or the reason it cannot be one."""
    if not isinstance(value, bytes):
        return value, None
    try:
        return value.decode("utf-8"), None
    except UnicodeDecodeError:
        return None, f"text {NOT_UTF8}"


def _from_frame(frame: pd.DataFrame, columns: Columns, start: int) -> pd.DataFrame:
    """A chunk from an input frame's rows (only the columns the scoring reads)."""
    import numpy as np

    renames = {k: v for k, v in columns.renames().items() if k in frame.columns}
    chunk = frame[list(renames)].rename(columns=renames).reset_index(drop=True)
    chunk = chunk.astype(object).where(chunk.notna(), None)
    chunk.insert(0, "row", np.arange(start, start + len(frame), dtype=np.int64))
    return _complete(chunk, columns)


def _from_records(batch, columns: Columns, start: int) -> pd.DataFrame:
    """A chunk from ``(record or None, error or None)`` pairs, as the JSON Lines reader gives."""
    import pandas as pd

    renames = columns.renames()
    rows = []
    for offset, (record, error) in enumerate(batch):
        values = {new: (record or {}).get(old) for old, new in renames.items()}
        user = (record or {}).get(_USER)
        rows.append({**values, "row": start + offset, "user": user, "error": error})
    # object dtype: Arrow-backed strings would refuse a text with an undecodable byte
    return _complete(pd.DataFrame(rows, columns=list(CHUNK_COLUMNS), dtype=object), columns)


def _from_iterable(items: Iterator[Any], columns: Columns, chunk_size: int):
    start = 0
    while batch := [_as_record(item, columns) for item in itertools.islice(items, chunk_size)]:
        if start == 0:
            columns = columns.resolve(_keys(batch), "the input")
        yield _from_records(batch, columns, start)
        start += len(batch)


def _as_record(item: Any, columns: Columns) -> tuple[dict | None, str | None]:
    if isinstance(item, Request):
        record = {columns.text: item.text, columns.id or "id": item.request_id}
        if isinstance(item.user, str):
            return {**record, columns.user_id: item.user}, None
        return {**record, _USER: item.user}, None
    if isinstance(item, Mapping):
        return dict(item), None
    return {columns.text: item}, None


def _complete(chunk: pd.DataFrame, columns: Columns) -> pd.DataFrame:
    """Add the chunk columns a source lacks (as None), in :data:`CHUNK_COLUMNS` order.

    An input without ids gets its row positions as ids.
    """
    for name in CHUNK_COLUMNS:
        if name not in chunk.columns:
            chunk[name] = None
    if columns.id is None:
        chunk["id"] = chunk["row"].astype(str)
    return chunk[list(CHUNK_COLUMNS)]
