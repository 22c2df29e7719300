"""A resumable, atomic scoring job: a manifest, one part file per chunk, one final rename.

While a job runs, ``OUT`` does not exist (or still holds the previous finished output): the job
writes into the folder ``.OUT.parts`` beside it, which holds ``manifest.json`` (the settings the
job started with) and one part per finished chunk. A part is written to a temporary name, synced
and renamed, so a part that exists is complete. When every chunk is done, the parts are joined
into a temporary file that is synced and renamed to ``OUT``, and the folder is deleted: a file at
``OUT`` is always a finished output. After a kill (even SIGKILL), resuming checks the manifest
against the new settings, keeps the finished parts and scores the rest.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import supportml
from supportml._deps import require
from supportml.batch._result import Tally
from supportml.batch._rows import OUTPUT_COLUMNS
from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Job", "output_format", "read_output"]

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
_STRING_COLUMNS = [c for c in OUTPUT_COLUMNS if c not in ("row", "confidence", "abstained")]
_READ_ROWS = 50_000  # rows per frame when reading parts back


def output_format(path: Path) -> str:
    """The output format from the file's extension.

    Examples
    --------
    >>> output_format(Path("scored.parquet"))
    'parquet'
    >>> output_format(Path("scored.xlsx"))
    Traceback (most recent call last):
    ...
    supportml.exceptions.InvalidInputError: Cannot tell the output format of 'scored.xlsx' from \
its extension; supported extensions: ['.csv', '.jsonl', '.ndjson', '.parquet'].
    """
    kind = _FORMATS.get(path.suffix.lower())
    if kind is None:
        raise InvalidInputError(
            f"Cannot tell the output format of {str(path)!r} from its extension; "
            f"supported extensions: {sorted(_FORMATS)}."
        )
    return kind


class Job:
    """The parts folder of one output file.

    Parameters
    ----------
    out : Path
        The final output file.
    settings : dict
        What the job was started with (input fingerprint, columns, chunk size, model); a resume
        with other settings is refused.
    """

    def __init__(self, out: Path, settings: dict[str, Any]) -> None:
        self.out = out
        self.settings = settings
        self.format = output_format(out)
        self.parts = out.parent / f".{out.name}.parts"

    def start(self, *, resume: bool) -> int | None:
        """Prepare the parts folder; return the number of chunks already done.

        Returns None when ``resume`` is set and the output is already finished.

        Raises
        ------
        InvalidInputError
            When an unfinished job exists and ``resume`` is False, or its manifest differs
            from the settings (the message names what changed).
        """
        manifest = self.parts / "manifest.json"
        if not manifest.is_file():
            if resume and self.out.is_file():
                return None
            if resume:
                logger.info("Nothing to resume for %s; starting", self.out)
            shutil.rmtree(self.parts, ignore_errors=True)
            self.parts.mkdir(parents=True)
            saved = {"format_version": FORMAT_VERSION, "supportml_version": supportml.__version__}
            _write_atomically(manifest, json.dumps({**saved, **self.settings}, indent=2).encode())
            return 0
        if not resume:
            raise InvalidInputError(
                f"An unfinished job writes {self.out.name} (its parts are in {self.parts}): "
                "resume it (resume=True, --resume), or delete that folder to start over."
            )
        saved = json.loads(manifest.read_text(encoding="utf-8"))
        changed = sorted(k for k in self.settings if saved.get(k) != self.settings[k])
        if saved.get("format_version") != FORMAT_VERSION or changed:
            raise InvalidInputError(
                f"Cannot resume the job writing {self.out.name}: {changed or ['format_version']} "
                f"differ from when it started (manifest {manifest}). Use the same settings, or "
                "delete that folder to start over."
            )
        for leftover in self.parts.glob("*.tmp"):
            leftover.unlink()
        done = 0
        while self._part(done).is_file():
            done += 1
        logger.info("Resuming %s: %d chunk(s) already scored", self.out, done)
        return done

    def write_part(self, index: int, frame: pd.DataFrame) -> None:
        """Write one chunk's output rows as part ``index``, atomically."""
        path = self._part(index)
        tmp = path.with_name(path.name + ".tmp")
        _write_frame(frame, tmp, self.format)
        _sync(tmp)
        os.replace(tmp, path)

    def finish(self) -> Tally:
        """Join the parts into the output file (atomically) and delete the parts folder.

        Returns
        -------
        Tally
            Counts over every output row, including the chunks scored before a resume.

        Raises
        ------
        InvalidInputError
            When the parts do not hold consecutive rows (a folder changed by hand).
        """
        tally = Tally()
        tmp = self.out.with_name(f".{self.out.name}.tmp")
        index, expected = 0, 0
        with _Joiner(tmp, self.format) as joiner:
            while (path := self._part(index)).is_file():
                for frame in _read_frames(path, self.format, header=False):
                    rows = frame["row"].to_numpy()
                    if len(rows) and (rows[0] != expected or (rows[1:] - rows[:-1] != 1).any()):
                        raise InvalidInputError(
                            f"Part {path} does not continue at row {expected}; delete "
                            f"{self.parts} and score again."
                        )
                    expected += len(rows)
                    tally.add(frame)
                joiner.append(path)
                index += 1
        _sync(tmp)
        os.replace(tmp, self.out)
        shutil.rmtree(self.parts)
        return tally

    def _part(self, index: int) -> Path:
        return self.parts / f"part-{index:06d}.{self.format}"


def read_output(path: Path) -> Iterator[pd.DataFrame]:
    """Read a finished output file back, in frames of bounded size."""
    return _read_frames(path, output_format(path), header=True)


def _write_frame(frame: pd.DataFrame, path: Path, kind: str) -> None:
    if kind == "csv":
        frame.to_csv(path, index=False, header=False, lineterminator="\n", encoding="utf-8")
    elif kind == "jsonl":
        lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in frame.to_dict("records"))
        path.write_text("".join(lines), encoding="utf-8")
    else:
        pa = require("pyarrow", extra="parquet", caller="score to a Parquet file")
        pq = require("pyarrow.parquet", extra="parquet", caller="score to a Parquet file")
        pq.write_table(
            pa.Table.from_pandas(frame, schema=_arrow_schema(pa), preserve_index=False), path
        )


def _arrow_schema(pa):
    types = {"row": pa.int64(), "confidence": pa.float64(), "abstained": pa.bool_()}
    return pa.schema([(c, types.get(c, pa.string())) for c in OUTPUT_COLUMNS])


def _read_frames(path: Path, kind: str, *, header: bool) -> Iterator[pd.DataFrame]:
    import pandas as pd

    if kind == "csv":
        yield from pd.read_csv(
            path,
            header=0 if header else None,
            names=list(OUTPUT_COLUMNS),
            dtype=dict.fromkeys(_STRING_COLUMNS, str),
            keep_default_na=False,
            chunksize=_READ_ROWS,
        )
    elif kind == "jsonl":
        yield from pd.read_json(path, lines=True, dtype=False, chunksize=_READ_ROWS)
    else:
        pq = require("pyarrow.parquet", extra="parquet", caller="score to a Parquet file")
        for batch in pq.ParquetFile(path).iter_batches(batch_size=_READ_ROWS):
            yield batch.to_pandas()


class _Joiner:
    """Appends part files to one output file: bytes for CSV and JSON Lines, tables for Parquet."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path = path
        self.kind = kind

    def __enter__(self) -> _Joiner:
        if self.kind == "parquet":
            pa = require("pyarrow", extra="parquet", caller="score to a Parquet file")
            pq = require("pyarrow.parquet", extra="parquet", caller="score to a Parquet file")
            self._writer = pq.ParquetWriter(self.path, _arrow_schema(pa))
        else:
            self._file = open(self.path, "wb")
            if self.kind == "csv":
                self._file.write((",".join(OUTPUT_COLUMNS) + "\n").encode())
        return self

    def append(self, part: Path) -> None:
        if self.kind == "parquet":
            pq = require("pyarrow.parquet", extra="parquet", caller="score to a Parquet file")
            self._writer.write_table(pq.read_table(part))
        else:
            with open(part, "rb") as f:
                shutil.copyfileobj(f, self._file)

    def __exit__(self, *exc: object) -> None:
        if self.kind == "parquet":
            self._writer.close()
        else:
            self._file.close()


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    _sync(tmp)
    os.replace(tmp, path)


def _sync(path: Path) -> None:
    """Flush a file to disk, so that a rename never exposes a file whose data is missing."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
