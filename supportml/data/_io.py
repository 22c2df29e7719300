"""Reading tables from CSV, Parquet or JSON Lines, and writing the synthetic samples."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from supportml._deps import require
from supportml.data._schemas import TABLES, TableName, conform
from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

    from supportml.data._generator import EnterpriseData

__all__ = ["read_table", "write_synthetic"]

logger = logging.getLogger(__name__)

_FORMATS = {
    ".csv": "csv",
    ".csv.gz": "csv",
    ".parquet": "parquet",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson": "jsonl",
}


def _format_of(path: Path) -> str:
    name = path.name.lower()
    for suffix, kind in _FORMATS.items():
        if name.endswith(suffix):
            return kind
    raise InvalidInputError(
        f"Cannot tell the format of {str(path)!r} from its extension; "
        f"supported extensions: {sorted(_FORMATS)}."
    )


def read_table(path: str | os.PathLike[str], *, table: TableName | None = None) -> pd.DataFrame:
    """Read a table from a CSV, Parquet or JSON Lines file, chosen by its extension.

    Parameters
    ----------
    path : str or path-like
        A ``.csv``, ``.csv.gz``, ``.parquet``, ``.jsonl``, ``.jsonl.gz`` or ``.ndjson`` file.
        Datetimes in JSON Lines are ISO 8601 strings or epoch milliseconds.
    table : {"requests", "users", "knowledge_base", "catalogue", "ambassadors", \
"interactions"}, default=None
        When given, the frame is checked and converted to that table's schema
        (:data:`SCHEMAS`): its columns in order, datetimes parsed, empty lists as ``""``.
        Without it, the file is read as pandas infers it.

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    InvalidInputError
        If the extension is not supported, `table` is unknown, or a schema column is missing.
    MissingDependencyError
        If the file is Parquet and pyarrow is not installed.
    FileNotFoundError
        If the file does not exist.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> from supportml.data import read_table
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "interactions.csv"
    ...     _ = path.write_text("user_id,item_id,timestamp,event\\n"
    ...                         "u00001,c001,2024-03-05 09:12:44,open\\n")
    ...     events = read_table(path, table="interactions")
    >>> events["timestamp"].dtype, events.loc[0, "event"]
    (dtype('<M8[ns]'), 'open')
    """
    import pandas as pd

    if table is not None and table not in TABLES:
        raise InvalidInputError(f"Unknown table {table!r}; valid tables: {list(TABLES)}.")
    path = Path(path)
    kind = _format_of(path)
    if kind == "parquet":
        require("pyarrow", extra="parquet", caller="read_table on a Parquet file")
        frame = pd.read_parquet(path, engine="pyarrow")
    elif kind == "jsonl":
        frame = pd.read_json(path, lines=True, dtype=table is None)
    elif table is None:
        frame = pd.read_csv(path)
    else:
        # As text, so that nothing is guessed: the schema converts each column.
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return frame if table is None else conform(frame, table)


def write_synthetic(out_dir: str | os.PathLike[str], data: EnterpriseData) -> list[Path]:
    """Write every table of `data` as a CSV file in `out_dir`, e.g. ``datasets/synthetic``.

    Files are ``requests.csv``, ``users.csv``, ``knowledge_base.csv``, ``catalogue.csv``,
    ``ambassadors.csv`` and ``interactions.csv``: UTF-8, a header row, ``\\n`` line endings,
    quoting only where needed, datetimes as ISO 8601 (``2024-03-05 09:12:44``), NaT as an
    empty field. :func:`read_table` with ``table=`` reads them back to identical frames.

    Parameters
    ----------
    out_dir : str or path-like
        Created if missing; existing files of the same names are replaced.
    data : EnterpriseData
        Typically ``generate_enterprise(n_users=300, n_requests=1500)`` for a sample small
        enough to commit.

    Returns
    -------
    list of pathlib.Path
        The files written, in the order of the tables.

    Examples
    --------
    >>> import tempfile
    >>> from supportml.data import generate_enterprise, read_table, write_synthetic
    >>> data = generate_enterprise(n_users=100, n_requests=200)
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     paths = write_synthetic(folder, data)
    ...     users = read_table(paths[1], table="users")
    >>> [path.name for path in paths][:2]
    ['requests.csv', 'users.csv']
    >>> users.equals(data.users)
    True
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in TABLES:
        path = out_dir / f"{name}.csv"
        getattr(data, name).to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
        logger.info("Wrote %s (%d rows)", path, len(getattr(data, name)))
        paths.append(path)
    return paths
