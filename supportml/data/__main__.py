"""Regenerate the synthetic samples: ``python -m supportml.data [--out-dir datasets/synthetic]``."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence
from pathlib import Path

from supportml.data._generator import generate_enterprise
from supportml.data._io import write_synthetic

__all__ = ["main"]

SAMPLE_USERS = 300
SAMPLE_REQUESTS = 1500


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m supportml.data",
        description="Write the small synthetic CSV samples (requests, users, knowledge base, "
        "catalogue, ambassadors, interactions).",
    )
    parser.add_argument(
        "--out-dir",
        type=Path,
        default=Path("datasets") / "synthetic",
        help="folder to write the CSV files to; default: %(default)s",
    )
    parser.add_argument("--n-users", type=int, default=SAMPLE_USERS, help="default: %(default)s")
    parser.add_argument(
        "--n-requests", type=int, default=SAMPLE_REQUESTS, help="default: %(default)s"
    )
    parser.add_argument("--random-state", type=int, default=0, help="default: %(default)s")
    parser.add_argument("-v", "--verbose", action="store_true", help="log the files written")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Generate the sample and write it; returns the exit status.

    Examples
    --------
    >>> main(["--out-dir", "datasets/synthetic"])  # doctest: +SKIP
    0
    """
    args = _build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    data = generate_enterprise(
        n_users=args.n_users, n_requests=args.n_requests, random_state=args.random_state
    )
    write_synthetic(args.out_dir, data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
