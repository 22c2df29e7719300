"""The ``supportml`` command."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence
from pathlib import Path

import supportml

__all__ = ["main"]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="supportml",
        description="Route help requests about collaboration tools (French and English).",
    )
    parser.add_argument("--version", action="version", version=f"supportml {supportml.__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress (INFO level)")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser(
        "demo", help="train on the shipped sample and classify a few French and English requests"
    )
    demo.add_argument(
        "--data-dir",
        type=Path,
        default=Path("datasets"),
        help="folder holding sample_requests.csv and sample_out_of_scope.csv; default: %(default)s",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Examples
    --------
    >>> main(["--version"])  # doctest: +SKIP
    supportml 0.1.0
    """
    args = _build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    if args.command == "demo":
        from supportml._demo import run_demo

        run_demo(args.data_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
