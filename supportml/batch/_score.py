"""``score``: route a whole backlog in chunks, into a file or a DataFrame."""

from __future__ import annotations

import copy
import itertools
import logging
import os
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supportml._checks import check_positive_int
from supportml._threads import one_thread
from supportml.batch._job import Job, read_output
from supportml.batch._progress import Progress
from supportml.batch._result import ScoreResult, Tally
from supportml.batch._rows import CheckedChunk, check_chunk, score_chunk
from supportml.batch._sources import Columns, open_source
from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

    from supportml.routing import Router, UserProfile

__all__ = ["score"]

logger = logging.getLogger(__name__)


def score(
    source: Any,
    *,
    model: Router | str | os.PathLike[str] | None = None,
    out: str | os.PathLike[str] | None = None,
    text_col: str = "text",
    id_col: str | None = None,
    user_col: str = "user_id",
    profiles: pd.DataFrame | str | os.PathLike[str] | None = None,
    chunk_size: int = 2000,
    resume: bool = False,
    max_text_chars: int = 100_000,
    show_progress_bar: bool | None = None,
    report: str | os.PathLike[str] | None = None,
) -> ScoreResult:
    """Route every request of a backlog, in bounded memory; one output row per input row.

    The input is read ``chunk_size`` rows at a time; each chunk is routed with one
    :meth:`Router.route_many` call (each distinct text embedded once, and once across runs
    through the embedding cache) and written out before the next one is read. Routing only
    reads the ambassadors' ledger, so the output does not depend on chunking or order. A bad
    row never stops the job: it gets a ``support`` row whose ``error`` says what was wrong.

    With ``out``, the job is resumable and atomic: finished chunks are kept as parts beside
    the output, and the output file appears, complete, only at the end (see
    :class:`~supportml.batch._job.Job`). After a crash or a kill, call again with
    ``resume=True`` and the same arguments.

    Parameters
    ----------
    source : str, path-like, DataFrame or iterable
        A ``.csv``, ``.jsonl`` or ``.parquet`` file (also ``.csv.gz``, ``.jsonl.gz``,
        ``.ndjson``); a DataFrame; or an iterable of texts, :class:`~supportml.routing.Request`
        objects or mappings (``{"text": ..., "id": ..., "user_id": ...}``).
    model : Router, str, path-like or None, default=None
        A fitted router, a router folder, or a ``models:/`` URI (see :meth:`Router.load`);
        None uses :meth:`Router.default`.
    out : str, path-like or None, default=None
        The output file, ``.csv``, ``.jsonl`` or ``.parquet``; None returns the rows in
        ``ScoreResult.frame`` instead (memory then grows with the backlog).
    text_col : str, default="text"
        Column of the request texts (required).
    id_col : str or None, default=None
        Column of the request ids; required when given. None uses ``id`` when the input has
        one, else the row positions.
    user_col : str, default="user_id"
        Column of the senders' user ids (optional), looked up in ``profiles``, then in the
        router's known users. Profile columns (``role``, ``digital_maturity``, ...) are used
        as :class:`~supportml.tracking.PROFILE_COLUMNS` says.
    profiles : DataFrame, str, path-like or None, default=None
        A users table (``user_id`` and :class:`~supportml.routing.UserProfile` fields).
    chunk_size : int, default=2000
        Rows read, routed and written at a time.
    resume : bool, default=False
        Finish an interrupted job writing ``out``.
    max_text_chars : int, default=100_000
        Longer texts are error rows (texts up to it are truncated as :mod:`supportml.text`
        says).
    show_progress_bar : bool or None, default=None
        A progress line on stderr; None shows it when this module's logger is at INFO.
    report : str, path-like or None, default=None
        Also draw the tier distribution and the confidence histogram into this PNG file.

    Returns
    -------
    ScoreResult
        Counts per tier, abstentions, errors, speed, and the output's path or frame. Output
        columns: :data:`~supportml.batch.OUTPUT_COLUMNS`.

    Raises
    ------
    InvalidInputError
        A required column is missing (the message lists the columns present), a parameter is
        invalid, or ``resume`` meets settings that differ from the interrupted job's.

    Examples
    --------
    >>> from supportml.batch import score
    >>> result = score("backlog.csv", out="scored.parquet", model="models/router")  # doctest: +SKIP
    >>> print(result.summary())  # doctest: +SKIP
    100,000 rows scored in 912.4 s (110 rows/s)
      ambassador   6,210    6.2 %
    ...
    >>> score(["how do I share a folder?", ""]).frame["error"].tolist()  # doctest: +SKIP
    ['', 'text is empty or whitespace-only']
    """
    chunk_size, max_text_chars = _check_params(chunk_size, max_text_chars, resume, out)
    columns = Columns(text_col, id_col or "id", user_col, id_required=id_col is not None)
    src = open_source(source, columns, chunk_size)  # a missing column stops here, at once
    router = _router(model)
    known = _profiles(profiles)
    started = time.perf_counter()  # speed counts reading, scoring and writing, not loading
    enabled = logger.isEnabledFor(logging.INFO) if show_progress_bar is None else show_progress_bar

    def scored(chunks):
        return _scored_chunks(router, chunks, profiles=known, max_text_chars=max_text_chars)

    if out is None:
        import pandas as pd

        progress = Progress(src.n_rows, enabled=enabled)
        frames = []
        for frame in scored(src.chunks):
            frames.append(frame)
            progress.update(len(frame))
        progress.close()
        tally = Tally()
        frame = pd.concat(frames, ignore_index=True) if frames else _empty_output()
        tally.add(frame)
        result = ScoreResult.from_tally(
            tally, n_scored=tally.n_rows, seconds=time.perf_counter() - started, frame=frame
        )
    else:
        settings = {
            "input": src.fingerprint,
            "columns": [text_col, id_col, user_col],
            "chunk_size": chunk_size,
            "max_text_chars": max_text_chars,
            "profiles": None if profiles is None else _describe(profiles),
            "model": _describe(model),
            "embedder": router.embedder_.name,
        }
        result = _score_to_file(Path(out), settings, src, scored, resume, enabled, started)
    logger.info("%s", result.summary())
    if report is not None:
        from supportml.batch._report import write_report

        write_report(result, report)
    return result


def _score_to_file(out, settings, src, scored, resume, enabled, started) -> ScoreResult:
    job = Job(out, settings)
    done = job.start(resume=resume)
    if done is None:  # resuming a job that had finished: report on its output
        logger.info("%s is already complete", out)
        tally = Tally()
        for frame in read_output(out):
            tally.add(frame)
        return ScoreResult.from_tally(tally, n_scored=0, seconds=0.0, path=out)
    total = None if src.n_rows is None else max(src.n_rows - done * settings["chunk_size"], 0)
    progress = Progress(total, enabled=enabled)
    n_scored = 0
    for index, frame in enumerate(scored(itertools.islice(src.chunks, done, None)), start=done):
        job.write_part(index, frame)
        n_scored += len(frame)
        progress.update(len(frame))
    progress.close()
    tally = job.finish()
    seconds = time.perf_counter() - started
    return ScoreResult.from_tally(tally, n_scored=n_scored, seconds=seconds, path=out)


def _scored_chunks(router, chunks, *, profiles, max_text_chars) -> Iterator[pd.DataFrame]:
    """Score chunks in order, embedding the next chunk while this one is routed.

    ONNX Runtime embeds outside the GIL, so the next chunk's vectors are computed on a
    background thread while the Python work of routing this chunk (intents, search,
    recommendations, tier model) runs: the two overlap instead of taking turns.
    """
    with ThreadPoolExecutor(1, thread_name_prefix="supportml-embed-ahead") as pool:
        ahead = None
        for chunk in chunks:
            checked = check_chunk(chunk, profiles=profiles, max_text_chars=max_text_chars)
            vectors = pool.submit(router.embedder_.encode, checked.texts) if checked.good else None
            if ahead is not None:
                yield _score_checked(router, *ahead)
            ahead = (checked, vectors)
        if ahead is not None:
            yield _score_checked(router, *ahead)


def _score_checked(router, checked: CheckedChunk, vectors: Future | None) -> pd.DataFrame:
    embeddings = None if vectors is None else vectors.result()
    # ONNX Runtime is embedding the next chunk on every core: a second BLAS thread here only
    # fights it (a 2,000-row chunk routed in 1.0 s on one thread against 1.7 s on two)
    with one_thread():
        return score_chunk(router, checked, embeddings=embeddings)


def _check_params(chunk_size: Any, max_text_chars: Any, resume: bool, out: Any) -> tuple[int, int]:
    """``chunk_size`` and ``max_text_chars`` as Python ints (the manifest is JSON)."""
    chunk_size = check_positive_int(chunk_size, "chunk_size", owner="score")
    max_text_chars = check_positive_int(max_text_chars, "max_text_chars", owner="score")
    if resume and out is None:
        raise InvalidInputError("score cannot resume without an output file: pass out=.")
    return chunk_size, max_text_chars


def _router(model: Any) -> Router:
    """The router to score with; it only reads the ambassadors' ledger (never books)."""
    from supportml.routing import Router

    if model is None:
        router = Router.default()
    elif isinstance(model, Router):
        router = copy.copy(model)  # shares the fitted parts; the caller's setting is untouched
    else:
        router = Router.load(model if isinstance(model, str) else Path(model))
    router.book_ambassadors = False
    return router


def _profiles(profiles: Any) -> dict[str, UserProfile]:
    from supportml._profile import read_users
    from supportml.data import read_table

    if profiles is None:
        return {}
    if isinstance(profiles, str | os.PathLike):
        profiles = read_table(profiles)
    return read_users(profiles)


def _describe(value: Any) -> str:
    """What identifies a model or profiles argument in the manifest."""
    if value is None:
        return "default"
    if isinstance(value, str | os.PathLike):
        text = os.fspath(value)
        return text if "://" in text or text.startswith("models:") else str(Path(text).resolve())
    return type(value).__name__


def _empty_output() -> pd.DataFrame:
    import pandas as pd

    from supportml.batch._rows import OUTPUT_COLUMNS

    return pd.DataFrame({c: [] for c in OUTPUT_COLUMNS}).astype(
        {"row": "int64", "confidence": "float64", "abstained": "bool"}
    )
