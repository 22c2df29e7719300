"""Backlog scoring benchmark: supportml score against the naive pandas + sentence-transformers way.

Protocol (the batch issue):

- Data: N synthetic tickets (default 100,000) drawn by ``generate_enterprise(n_users=2000,
  n_requests=N, random_state=seed)``, with its users as the profiles file. A text that repeats an
  earlier one gets keyboard typos (``add_typos``) until it is new, so the backlog has under 5 %
  duplicate texts (the rate is printed); written as CSV (``id``, ``user_id``, ``text``).
- supportml: ``supportml score tickets.csv --out scored.parquet --model DIR --profiles
  users.csv`` in a child process (the CLI's ``main``, run by this script's ``--worker
  score``), with an empty embedding cache (no vector from an earlier run):
  full routing (intent, knowledge base, content, ambassador, tier model, policy) of every row.
- Naive peer, same model, in a child process: the whole file in pandas, the router's embedding
  model through sentence-transformers ``encode`` (fp32, batch 32, its defaults), then the
  router's intent step alone on those vectors (``Router.predict_intents``: the same classifier
  and abstention threshold, ``unknown`` where it abstains). It does less work than supportml: no
  knowledge base, content, ambassador or tier.
- Figures: rows/s end to end (process start to exit: imports, model load, reading, scoring,
  writing), peak RSS of each child (its own ``VmHWM``, written by the child at its end: a
  child's ``ru_maxrss`` would include this benchmark's memory, which Linux carries across
  ``exec``), the ratio, and the agreement of the intents (share of rows where supportml's intent
  equals the peer's).
- Threads: each library's default on this machine (ONNX Runtime and torch both use every core).

Run from the repository root after ``make test`` or ``make demo``::

    .venv/bin/python benchmarks/batch.py --model DIR           # 100,000 tickets
    .venv/bin/python benchmarks/batch.py --model DIR --quick   # 2,000 tickets
    .venv/bin/python benchmarks/batch.py --model DIR --n 1000000 --skip-peer   # memory at 1M

``--model`` is a router folder (``supportml train --embedder onnx --out DIR``); without it the
default router is used (trained once, then cached).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from _common import (
    REPO_ROOT,
    Column,
    format_table,
    library_versions,
    machine_info,
    peak_rss_mb,
    print_header,
    progress,
    write_json,
)

TARGETS = {"ratio": 3.0, "agreement": 0.995, "peak_rss_mb": 1536.0}
SUPPORTML = "supportml score (ONNX int8, chunks, cache)"
PEER = "naive: pandas + sentence-transformers encode + intents only"


def make_backlog(n: int, seed: int, folder: Path) -> tuple[Path, Path, float]:
    """Write ``tickets.csv`` and ``users.csv``; return their paths and the duplicate rate."""
    from supportml.data import generate_enterprise
    from supportml.data._text_noise import add_typos

    data = generate_enterprise(n_users=2000, n_requests=n, random_state=seed)
    rng = np.random.default_rng(seed)
    seen: set[str] = set()
    texts = []
    for text in data.requests["text"]:
        for _ in range(5):
            if text not in seen:
                break
            text = add_typos(text, rng, rate=0.02)
        seen.add(text)
        texts.append(text)
    tickets = data.requests[["request_id", "user_id"]].rename(columns={"request_id": "id"})
    tickets["text"] = texts
    paths = folder / "tickets.csv", folder / "users.csv"
    tickets.to_csv(paths[0], index=False)
    data.users.to_csv(paths[1], index=False)
    return paths[0], paths[1], 1 - len(set(texts)) / len(texts)


def run_worker(worker: str, args: list[str], env: dict, peak: Path) -> tuple[float, float]:
    """Run this script's ``--worker`` in a child process; return its wall seconds and peak MiB."""
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", worker]
    command += ["--peak-file", str(peak), "--", *args]
    start = time.perf_counter()
    status = subprocess.run(command, env=env, cwd=REPO_ROOT).returncode
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"the {worker} worker failed with status {status}")
    return wall, float(peak.read_text())


def work(worker: str, args: list[str], peak: Path) -> None:
    """The child's side of :func:`run_worker`: do the work, then write the peak RSS."""
    if worker == "score":
        from supportml.cli import main

        if main(args) not in (0, None):
            raise SystemExit(f"supportml {' '.join(args[:2])} failed")
    else:
        peer(*args)
    peak.write_text(f"{peak_rss_mb():.1f}")


def peer(tickets: str, out: str, model: str = "") -> None:
    """The naive way: everything in memory, sentence-transformers, the intent step alone."""
    import pandas as pd
    from sentence_transformers import SentenceTransformer

    from supportml.embed._models import resolve_model_path
    from supportml.routing import Router

    frame = pd.read_csv(tickets)
    router = Router.load(model) if model else Router.default()
    router.recheck_margin = 0.0  # its vectors are full precision already
    encoder = SentenceTransformer(str(resolve_model_path("sentence-transformers/all-MiniLM-L6-v2")))
    texts = frame["text"].tolist()
    vectors = encoder.encode(texts, batch_size=32, normalize_embeddings=True)
    frame["intent"] = router.predict_intents(texts, embeddings=vectors)
    frame[["id", "intent"]].to_parquet(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="tickets (default: %(default)s)")
    parser.add_argument("--quick", action="store_true", help="2,000 tickets")
    parser.add_argument("--model", default=None, help="router folder or models:/ URI")
    parser.add_argument("--seed", type=int, default=1, help="data seed (default: %(default)s)")
    parser.add_argument("--chunk-size", type=int, default=2000, help="supportml's chunk size")
    parser.add_argument("--skip-peer", action="store_true", help="measure supportml only")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    parser.add_argument("--worker", choices=["peer", "score"], help=argparse.SUPPRESS)
    parser.add_argument("--peak-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("worker_args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        work(args.worker, [a for a in args.worker_args if a != "--"], args.peak_file)
        return 0
    n = 2000 if args.quick else args.n
    print_header(
        f"Backlog scoring benchmark: {n:,} synthetic tickets",
        {
            "machine": machine_info(threads=os.cpu_count() or 1),
            "versions": library_versions(
                ["supportml", "onnxruntime", "sentence-transformers", "torch", "pandas"]
            ),
        },
    )
    with tempfile.TemporaryDirectory(prefix="supportml-bench-batch-") as tmp:
        folder = Path(tmp)
        progress(f"writing {n:,} tickets ...")
        tickets, users, duplicates = make_backlog(n, args.seed, folder)
        if args.model is None:  # both sides load the same folder; no child trains
            from supportml.routing import Router

            args.model = str(Router.default().save(folder / "router"))
        rows = [measure_supportml(args, folder, tickets, users, n)]
        if not args.skip_peer:
            rows.append(measure_peer(args, folder, tickets, n))
            finish_rows(rows, folder)
    print(f"duplicate texts: {duplicates:.2%} of {n:,} tickets\n")
    print_table(rows)
    if args.json:
        write_json(args.json, rows)
    return 0


def measure_supportml(args, folder: Path, tickets: Path, users: Path, n: int) -> dict:
    cache = folder / "cache"
    cache.mkdir()
    exports = Path(os.environ.get("SUPPORTML_CACHE_DIR") or Path.home() / ".cache/supportml")
    if (exports / "onnx").is_dir():
        (cache / "onnx").symlink_to(exports / "onnx")  # the ONNX export, not the vectors
    env = {**os.environ, "SUPPORTML_CACHE_DIR": str(cache)}
    command = ["score", str(tickets), "--out", str(folder / "scored.parquet")]
    command += ["--profiles", str(users), "--chunk-size", str(args.chunk_size)]
    command += ["--model", args.model] if args.model else []
    progress("scoring with supportml ...")
    wall, rss = run_worker("score", command, env, folder / "supportml.peak")
    return {
        "method": SUPPORTML,
        "supportml": True,
        "rows": n,
        "wall_s": wall,
        "rows_per_s": n / wall,
        "peak_rss_mb": rss,
    }


def measure_peer(args, folder: Path, tickets: Path, n: int) -> dict:
    command = [str(tickets), str(folder / "peer.parquet"), args.model or ""]
    progress("scoring with the naive peer ...")
    wall, rss = run_worker("peer", command, dict(os.environ), folder / "peer.peak")
    return {
        "method": PEER,
        "supportml": False,
        "rows": n,
        "wall_s": wall,
        "rows_per_s": n / wall,
        "peak_rss_mb": rss,
    }


def finish_rows(rows: list[dict], folder: Path) -> None:
    import pandas as pd

    ours = pd.read_parquet(folder / "scored.parquet", columns=["id", "intent"])
    theirs = pd.read_parquet(folder / "peer.parquet")
    if not ours["id"].astype(str).equals(theirs["id"].astype(str)):
        raise SystemExit("the two outputs do not list the same ids in the same order")
    agreement = float((ours["intent"].to_numpy() == theirs["intent"].to_numpy()).mean())
    rows[0]["agreement"] = agreement
    rows[0]["ratio"] = rows[0]["rows_per_s"] / rows[1]["rows_per_s"]


def print_table(rows: list[dict]) -> None:
    columns = [
        Column("method", "method"),
        Column("rows", "rows", lambda v: f"{v:,}"),
        Column("wall s", "wall_s", lambda v: f"{v:.1f}"),
        Column("rows/s", "rows_per_s", lambda v: f"{v:.1f}"),
        Column("peak RSS MB", "peak_rss_mb", lambda v: f"{v:.0f}"),
        Column("× peer", "ratio", lambda v: f"{v:.2f}"),
        Column("intent agreement", "agreement", lambda v: f"{v:.4f}"),
    ]
    print(format_table(rows, columns))
    print(
        f"\ntargets: ≥ {TARGETS['ratio']:.0f}× the peer's rows/s, agreement ≥ "
        f"{TARGETS['agreement']}, peak RSS ≤ {TARGETS['peak_rss_mb']:.0f} MB, and at 1M rows "
        "within 10 % of the 100k run's"
    )


if __name__ == "__main__":
    raise SystemExit(main())
