"""Language detection benchmark: supportml's detect_language against py3langid, in one run.

Protocol (issue 11): the French and English *test* texts of wikit_fr (all French), Banking77
(all English) and the synthetic enterprise set (``generate_enterprise``, its ``test`` split,
labelled ``fr`` / ``en``), each read in full and cut to its first 3 words (whitespace tokens),
so that very short requests are measured too. Accuracy = fraction of texts whose detected
language is the labelled one; target >= 0.98 on every row. Peer: py3langid restricted to
French and English (``set_languages(["fr", "en"])``), when installed. Speed: texts per second
over all rows, one thread.

Run from the repository root:

    .venv/bin/python benchmarks/languages.py
    .venv/bin/python benchmarks/languages.py --json results.json
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from _common import (
    Column,
    format_table,
    library_versions,
    machine_info,
    print_header,
    progress,
    resolve_data_dir,
    write_json,
)
from intents import load_banking77, load_wikit_fr

from supportml.data import generate_enterprise
from supportml.text import detect_language

TARGET = 0.98
SHORT_WORDS = 3
SYNTHETIC = {"n_users": 500, "n_requests": 6000, "random_state": 0}
VERSIONED = ("supportml", "py3langid")


def labelled_sets(data_dir) -> dict[str, tuple[list[str], list[str]]]:
    """Test texts and their language, per data set."""
    wikit, banking = load_wikit_fr(data_dir).test, load_banking77(data_dir).test
    requests = generate_enterprise(**SYNTHETIC).requests
    synthetic = requests[requests["split"] == "test"]
    return {
        "wikit_fr": (wikit.texts, ["fr"] * len(wikit)),
        "banking77": (banking.texts, ["en"] * len(banking)),
        "synthetic": (synthetic["text"].tolist(), synthetic["language"].tolist()),
    }


def detectors() -> dict[str, Callable[[str], str]]:
    """supportml, and py3langid when it is installed."""
    found = {"supportml detect_language": detect_language}
    if importlib.util.find_spec("py3langid") is not None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
        identifier.set_languages(["fr", "en"])
        found["py3langid (fr/en)"] = lambda text: identifier.classify(text)[0]
    return found


def rows_for(
    name: str, detect: Callable[[str], str], sets: dict[str, tuple[list[str], list[str]]]
) -> list[dict[str, Any]]:
    """One row per data set, text length and language."""
    rows = []
    for dataset, (texts, languages) in sets.items():
        for length in ("full", f"first {SHORT_WORDS} words"):
            cut = texts if length == "full" else [" ".join(t.split()[:SHORT_WORDS]) for t in texts]
            start = time.perf_counter()
            predicted = np.array([detect(text) for text in cut])
            seconds = time.perf_counter() - start
            truth = np.array(languages)
            for language in sorted(set(languages)):
                mine = truth == language
                accuracy = float(np.mean(predicted[mine] == language))
                rows.append(
                    {
                        "detector": name,
                        "dataset": dataset,
                        "length": length,
                        "language": language,
                        "n": int(mine.sum()),
                        "accuracy": accuracy,
                        "errors": int((predicted[mine] != language).sum()),
                        "texts_per_s": len(cut) / seconds,
                        "target_met": accuracy >= TARGET,
                    }
                )
    return rows


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data-dir", type=Path, help="folder holding wikit_fr/ and banking77/")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the rows as JSON")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    data_dir = resolve_data_dir(args.data_dir)
    progress("loading the test sets and generating the synthetic set")
    sets = labelled_sets(data_dir)
    print_header(
        "Language detection benchmark (French / English)",
        {
            "machine": machine_info(1),
            "versions": library_versions(VERSIONED),
            "run": {"synthetic": SYNTHETIC, "short": f"first {SHORT_WORDS} words"},
        },
    )
    rows = []
    for name, detect in detectors().items():
        progress(f"running {name}")
        rows += rows_for(name, detect, sets)
    columns = [
        Column("detector", "detector"),
        Column("dataset", "dataset"),
        Column("length", "length"),
        Column("lang", "language"),
        Column("n", "n"),
        Column("accuracy", "accuracy", lambda v: f"{v:.4f}"),
        Column("errors", "errors"),
        Column("texts/s", "texts_per_s", lambda v: f"{v:,.0f}"),
        Column(f"target >= {TARGET}", "target_met", lambda v: "met" if v else "MISSED"),
    ]
    print(format_table(rows, columns))
    print(
        "\ntexts/s: all texts of the data set at that length, one thread, Python loop. "
        "py3langid is restricted to fr/en; it is a peer, not used by supportml."
    )
    if args.json is not None:
        write_json(args.json, rows)
        print(f"Rows written to {args.json}")


if __name__ == "__main__":
    main()
