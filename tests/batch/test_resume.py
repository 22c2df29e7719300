"""Kill the ``supportml score`` command with SIGKILL mid-job, then finish it with --resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from supportml.batch import score
from supportml.exceptions import InvalidInputError

CHUNK = 25


def command(source, out, router_dir, *extra):
    return [
        sys.executable,
        "-m",
        "supportml.cli",
        "score",
        str(source),
        "--out",
        str(out),
        "--model",
        str(router_dir),
        "--chunk-size",
        str(CHUNK),
        "--quiet",
        *extra,
    ]


@pytest.fixture
def long_backlog(backlog, tmp_path):
    """400 rows (the backlog twice, ids made unique), as CSV."""
    frame = pd.concat([backlog] * 2, ignore_index=True)
    frame["id"] = [f"{i:05d}-{old}" for i, old in enumerate(frame["id"])]
    path = tmp_path / "tickets.csv"
    frame.to_csv(path, index=False)
    return frame, path


def test_sigkill_then_resume(router, router_dir, long_backlog, tmp_path):
    frame, source = long_backlog
    out = tmp_path / "scored.parquet"
    parts = tmp_path / ".scored.parquet.parts"
    child = subprocess.Popen(command(source, out, router_dir))
    deadline = time.monotonic() + 300
    while len(list(parts.glob("part-*.parquet"))) < 3:  # killed after some finished chunks
        assert child.poll() is None, "the job ended before it could be killed"
        assert time.monotonic() < deadline, "no part written in 300 s"
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert not out.exists(), "an unfinished output must never be at the output path"
    assert 3 <= len(list(parts.glob("part-*.parquet"))) < len(frame) // CHUNK

    finished = subprocess.run(
        command(source, out, router_dir, "--resume"), capture_output=True, text=True
    )
    assert finished.returncode == 0, finished.stderr
    assert "were scored before the resume" in finished.stdout
    back = pd.read_parquet(out)
    assert len(back) == len(frame)
    assert back["id"].tolist() == frame["id"].tolist()  # identical, in order
    assert not back["id"].duplicated().any() and not back["row"].duplicated().any()
    assert not parts.exists()
    expected = score(frame, model=router).frame
    pd.testing.assert_frame_equal(back, expected, check_dtype=False)


def test_unfinished_job_needs_resume_and_same_settings(router, long_backlog, tmp_path):
    _, source = long_backlog
    out = tmp_path / "scored.jsonl"
    parts = tmp_path / ".scored.jsonl.parts"
    parts.mkdir()
    (parts / "manifest.json").write_text(json.dumps({"format_version": 1, "chunk_size": 7}))
    with pytest.raises(InvalidInputError, match=r"unfinished job.*resume"):
        score(source, model=router, out=out, chunk_size=CHUNK)
    with pytest.raises(InvalidInputError, match=r"Cannot resume.*'chunk_size'"):
        score(source, model=router, out=out, chunk_size=CHUNK, resume=True)
    assert not out.exists()


def test_resume_of_a_finished_job_scores_nothing(router, backlog, tmp_path):
    out = tmp_path / "scored.csv"
    first = score(backlog.iloc[:40], model=router, out=out, chunk_size=15)
    again = score(backlog.iloc[:40], model=router, out=out, chunk_size=15, resume=True)
    assert again.n_scored == 0 and again.n_rows == first.n_rows == 40
    assert again.tier_counts == first.tier_counts
