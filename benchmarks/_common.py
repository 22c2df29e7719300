"""Helpers shared by the benchmark scripts in this folder (see ../shared/BENCHMARKS.md).

Machine and library description, data-dir resolution, threads and seeds, timing, table
printing, JSON output and peak memory. Scripts import it as ``from _common import ...``: a script
run as ``.venv/bin/python benchmarks/NAME.py`` has this folder on ``sys.path``.
"""

from __future__ import annotations

import datetime
import importlib.metadata
import importlib.util
import json
import math
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

T = TypeVar("T")

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR_ENV = "SUPPORTML_DATA_DIR"
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "datasets"


# ------------------------------------------------------------------------------ data
@dataclass(frozen=True)
class DataDir:
    """The data folder of a run, and how it was chosen (for error messages)."""

    path: Path
    source: str

    def require(self, relative: str) -> Path:
        """Path of a data file, or exit with a message saying where it was looked for."""
        path = self.path / relative
        if not path.is_file():
            raise SystemExit(
                f"Data file not found: {path}\n"
                f"(data dir {self.path}, from {self.source}). Pass --data-dir or set "
                f"{DATA_DIR_ENV} to the folder holding the data sets."
            )
        return path


def resolve_data_dir(cli_value: Path | None) -> DataDir:
    """``--data-dir``, else ``$SUPPORTML_DATA_DIR``, else ``../shared/datasets`` from the repo."""
    if cli_value is not None:
        return DataDir(Path(cli_value).expanduser().resolve(), "--data-dir")
    if os.environ.get(DATA_DIR_ENV):
        return DataDir(Path(os.environ[DATA_DIR_ENV]).expanduser().resolve(), f"${DATA_DIR_ENV}")
    return DataDir(DEFAULT_DATA_DIR.resolve(), "the default ../shared/datasets")


def stratified_subsample(labels: Sequence[str], fraction: float, seed: int) -> np.ndarray:
    """Sorted indices of a per-label random ``fraction`` (at least one example per label)."""
    rng = np.random.default_rng(seed)
    labels = np.asarray(labels)
    keep = [
        rng.choice(idx, size=max(1, math.ceil(fraction * len(idx))), replace=False)
        for idx in (np.flatnonzero(labels == label) for label in np.unique(labels))
    ]
    return np.sort(np.concatenate(keep))


# --------------------------------------------------------------- machine and versions
def machine_info(threads: int) -> dict[str, Any]:
    """Date, CPU model, core counts, threads used, load average and git revision."""
    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu": _cpu_model(),
        "cpu_count": os.cpu_count(),
        "cores_available": len(os.sched_getaffinity(0)),
        "threads": threads,
        "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "git": _git_revision(),
    }


def library_versions(distributions: Iterable[str]) -> dict[str, str]:
    """Python's version and each installed distribution's (``"not installed"`` otherwise)."""
    versions = {"python": platform.python_version()}
    for name in distributions:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def print_header(title: str, sections: Mapping[str, Mapping[str, Any]]) -> None:
    """Print a title, then one ``key: value`` line per section."""
    print(title)
    for name, values in sections.items():
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in values.items()))
    print(flush=True)


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _git_revision() -> str:
    try:
        dirty = "+dirty" if _git("status", "--porcelain", "--untracked-files=no") else ""
        return _git("rev-parse", "--short", "HEAD") + dirty
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


# ------------------------------------------------------------------ threads and seeds
def limit_threads(threads: int) -> None:
    """Cap BLAS/OpenMP pools (threadpoolctl) and, when installed, torch at ``threads``."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=threads)
    if importlib.util.find_spec("torch") is not None:
        import torch

        torch.set_num_threads(threads)


def seed_everything(seed: int) -> None:
    """Seed ``random``, numpy's global RNG and, when installed, torch."""
    random.seed(seed)
    np.random.seed(seed)
    if importlib.util.find_spec("torch") is not None:
        import torch

        torch.manual_seed(seed)


# ---------------------------------------------------------------------------- timing
@dataclass(frozen=True)
class Timing:
    """Wall-clock and process CPU seconds (all threads summed) of one measured call."""

    wall_s: float
    cpu_s: float

    def __add__(self, other: Timing) -> Timing:
        return Timing(self.wall_s + other.wall_s, self.cpu_s + other.cpu_s)


def timed(fn: Callable[[], T]) -> tuple[T, Timing]:
    """Call ``fn()`` and return its result with its wall and CPU time."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, Timing(time.perf_counter() - wall, time.process_time() - cpu)


def repeat_timed(fn: Callable[[], T], repeats: int) -> tuple[T, list[Timing]]:
    """Call ``fn()`` ``repeats`` times; return the last result and every timing."""
    timings = []
    for _ in range(repeats):
        result, timing = timed(fn)
        timings.append(timing)
    return result, timings


def summarize_timings(timings: Sequence[Timing], prefix: str) -> dict[str, float]:
    """Median and min of wall and CPU seconds: ``{prefix}_s``, ``{prefix}_s_min``, ..."""
    wall = [t.wall_s for t in timings]
    cpu = [t.cpu_s for t in timings]
    return {
        f"{prefix}_s": statistics.median(wall),
        f"{prefix}_s_min": min(wall),
        f"{prefix}_cpu_s": statistics.median(cpu),
        f"{prefix}_cpu_s_min": min(cpu),
    }


def peak_rss_mb() -> float:
    """Peak resident memory of this process since it started its program, in MiB.

    Reads ``VmHWM`` from ``/proc/self/status``. Not ``ru_maxrss``: Linux carries the parent's
    peak into a child across ``exec``, so a child started by a benchmark that had generated a
    large backlog reported the benchmark's memory as its own (2.5 GB "peak" for a 1M-row job
    whose scoring process never passed 0.5 GB). ``ru_maxrss`` remains the answer where
    ``/proc`` does not exist.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# ---------------------------------------------------------------------------- output
@dataclass(frozen=True)
class Column:
    """One table column: header, row key, and how to format a value (None prints blank)."""

    header: str
    key: str
    fmt: Callable[[Any], str] = str


def format_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[Column]) -> str:
    """A plain-text table: text columns left-aligned, numeric columns right-aligned."""
    cells = [
        [("" if row.get(c.key) is None else c.fmt(row[c.key])) for c in columns] for row in rows
    ]
    numeric = [all(isinstance(row.get(c.key), int | float | None) for row in rows) for c in columns]
    widths = [
        max([len(c.header)] + [len(line[i]) for line in cells]) for i, c in enumerate(columns)
    ]

    def render(values: Sequence[str]) -> str:
        return "  ".join(
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ).rstrip()

    lines = [render([c.header for c in columns]), render(["-" * w for w in widths])]
    return "\n".join(lines + [render(line) for line in cells])


def write_json(path: Path, rows: Sequence[Mapping[str, Any]]) -> None:
    """Write rows as a strict JSON list (non-finite floats become null); create the folder."""
    clean = [
        {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in row.items()}
        for row in rows
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(clean, indent=2, allow_nan=False) + "\n", encoding="utf-8")


def progress(message: str) -> None:
    """A progress line on stderr, so that stdout holds only the header and the table."""
    print(message, file=sys.stderr, flush=True)
