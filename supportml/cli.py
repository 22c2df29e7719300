"""The ``supportml`` command."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence
from pathlib import Path

import supportml
from supportml.embed._models import DEFAULT_MODEL
from supportml.embed._onnx_export import PRECISIONS

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
    _add_export_onnx(commands)
    return parser


def _add_export_onnx(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export-onnx",
        help="export the embedding model to ONNX for OnnxEmbedder; prints the file's path",
        description="Export the embedding model to ONNX (mean pooling and normalisation in the "
        "graph, fused, int8 per channel or fp32) into the export cache, or check the cached "
        "export; prints the path of the .onnx file. Needs torch when it exports, never the "
        "network.",
    )
    export.add_argument(
        "--model", default=DEFAULT_MODEL, help="model name or folder; default: %(default)s"
    )
    export.add_argument(
        "--precision", choices=PRECISIONS, default="int8", help="default: %(default)s"
    )
    export.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help="root of the export cache; default: $SUPPORTML_CACHE_DIR/onnx, else "
        "~/.cache/supportml/onnx",
    )


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
    elif args.command == "export-onnx":
        from supportml.embed import export_onnx

        print(export_onnx(args.model, precision=args.precision, cache_dir=args.cache_dir))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
