"""The ``supportml`` command."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence
from pathlib import Path

import supportml
from supportml.adoption._cli import add_adoption_command, run_adoption
from supportml.embed._models import DEFAULT_MODEL
from supportml.embed._onnx_export import PRECISIONS
from supportml.exceptions import InvalidInputError, SupportMLError
from supportml.insights._cli import add_insights_command, run_insights

__all__ = ["main"]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="supportml",
        description="Route help requests about collaboration tools (French and English).",
    )
    parser.add_argument("--version", action="version", version=f"supportml {supportml.__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress (INFO level)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser(
        "demo",
        help="route ten French and English requests for different people with the default router",
    )
    add_insights_command(commands)
    add_adoption_command(commands)
    _add_route(commands)
    _add_train(commands)
    _add_promote(commands)
    _add_export_onnx(commands)
    _add_score(commands)
    return parser


def _add_route(commands: argparse._SubParsersAction) -> None:
    route = commands.add_parser(
        "route",
        help="route one help request",
        description="Route one help request to chatbot, elearning, ambassador or support.",
    )
    route.add_argument("text", help="the request, in French or English")
    route.add_argument(
        "--user", type=Path, help="a JSON file with the sender's profile (UserProfile fields)"
    )
    route.add_argument(
        "--model",
        type=Path,
        help="a router folder saved by `supportml train`; default: "
        "the default router (trained once, then cached)",
    )
    route.add_argument("--json", action="store_true", help="print the decision as JSON")


def _add_train(commands: argparse._SubParsersAction) -> None:
    train = commands.add_parser(
        "train",
        help="train a router and save it as a folder",
        description="Train a router on resolved requests and the organisation's tables, and "
        "save it. With no --data, trains on the built-in synthetic enterprise data. With "
        "--config, runs the tracked retraining pipeline (MLflow run, registry, alias "
        "challenger) instead; see training/README.md.",
    )
    train.add_argument(
        "--out", type=Path, help="folder to write the router to (required without --config)"
    )
    train.add_argument(
        "--config", type=Path, help="a retraining TOML file, e.g. training/configs/router.toml"
    )
    train.add_argument(
        "--data",
        type=Path,
        help="a folder with requests, users, knowledge_base, catalogue, ambassadors and "
        "interactions tables (.csv, .parquet or .jsonl), as datasets/synthetic/",
    )
    train.add_argument(
        "--embedder", default=None, help="embedder: a model name or folder, 'onnx', 'hashing'"
    )


def _add_promote(commands: argparse._SubParsersAction) -> None:
    promote = commands.add_parser(
        "promote",
        help="make the challenger the champion if it is better (champion/challenger gate)",
        description="Evaluate the registered model's challenger and champion on the held-out "
        "split of the config's data; move the champion alias only when the challenger is at "
        "least as good on the primary metric and no worse than the tolerance on the unsafe "
        "self-service rate. Prints the decision as JSON; the decision and both scores are "
        "also tags of the challenger's version.",
    )
    promote.add_argument(
        "--config", type=Path, help="the retraining TOML file; default: the built-in defaults"
    )


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


def _add_score(commands: argparse._SubParsersAction) -> None:
    score = commands.add_parser(
        "score",
        help="route a whole backlog file (CSV, JSON Lines, Parquet) into an output file",
        description="Route every request of a backlog, chunk by chunk, into OUTPUT (format by "
        "extension): one row per input row, in input order, with an error column for bad rows. "
        "The output appears only when complete; after a crash or a kill, run the same command "
        "with --resume.",
    )
    score.add_argument("input", type=Path, help="a .csv, .jsonl or .parquet file of requests")
    score.add_argument("--out", type=Path, required=True, help="a .csv, .jsonl or .parquet file")
    score.add_argument(
        "--model",
        help="a router folder or a models:/ URI; default: the default router",
    )
    score.add_argument("--text-col", default="text", help="default: %(default)s")
    score.add_argument("--id-col", help="default: 'id' when the input has it, else row numbers")
    score.add_argument("--user-col", default="user_id", help="default: %(default)s")
    score.add_argument("--profiles", type=Path, help="a users table (user_id + profile fields)")
    score.add_argument("--chunk-size", type=int, default=2000, help="default: %(default)s")
    score.add_argument("--resume", action="store_true", help="finish an interrupted job")
    score.add_argument("--report", type=Path, help="also draw tiers and confidence into a PNG")
    score.add_argument("--quiet", action="store_true", help="no progress bar")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Examples
    --------
    >>> main(["--version"])  # doctest: +SKIP
    supportml 0.1.0
    """
    args = _build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    try:
        return _run(args)
    except (SupportMLError, FileNotFoundError) as e:
        if args.verbose:
            raise
        raise SystemExit(f"supportml {args.command}: {e}") from e


def _run(args: argparse.Namespace) -> int:
    """Run the parsed command; bad input raises a :class:`SupportMLError` or FileNotFoundError."""
    if args.command == "insights":
        return run_insights(args)
    if args.command == "adoption":
        return run_adoption(args)
    if args.command == "demo":
        from supportml._demo import run_demo

        run_demo()
    elif args.command == "route":
        _route(args)
    elif args.command == "train":
        _train(args)
    elif args.command == "promote":
        _promote(args)
    elif args.command == "export-onnx":
        from supportml.embed import export_onnx

        print(export_onnx(args.model, precision=args.precision, cache_dir=args.cache_dir))
    elif args.command == "score":
        _score(args)
    return 0


def _route(args: argparse.Namespace) -> None:
    import json

    from supportml.routing import Router, UserProfile

    router = Router.load(args.model) if args.model else Router.default()
    user = None
    if args.user:
        try:
            fields = json.loads(args.user.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise InvalidInputError(f"--user {args.user} is not valid JSON: {e}") from e
        user = UserProfile.from_dict(fields)
    decision = router.route(args.text, user)
    if args.json:
        print(json.dumps(decision.to_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        print(f"{decision.tier} ({decision.confidence:.2f}): {decision.explanation}")


def _score(args: argparse.Namespace) -> None:
    from supportml.batch import score

    result = score(
        args.input,
        model=args.model,
        out=args.out,
        text_col=args.text_col,
        id_col=args.id_col,
        user_col=args.user_col,
        profiles=args.profiles,
        chunk_size=args.chunk_size,
        resume=args.resume,
        show_progress_bar=not args.quiet,
        report=args.report,
    )
    print(result.summary())
    print(f"output: {result.path}" + (f", report: {args.report}" if args.report else ""))


def _train(args: argparse.Namespace) -> None:
    from supportml.routing import Router

    if args.config:
        _retrain(args)
        return
    if args.out is None:
        raise InvalidInputError("--out is required without --config")
    tables = _read_tables(args.data) if args.data else _synthetic_tables()
    requests = tables.pop("requests")
    if "split" in requests.columns:
        requests = requests[requests["split"] == "train"]
    router = Router(embedder=args.embedder).fit(requests, **tables)
    print(router.save(args.out))


def _retrain(args: argparse.Namespace) -> None:
    import dataclasses
    import json

    from supportml.tracking import RetrainConfig, retrain

    if args.data:
        raise InvalidInputError("with --config, name the data in its [data] source")
    config = RetrainConfig.from_toml(args.config)
    if args.out:
        tracking = dataclasses.replace(config.tracking, output_dir=str(args.out))
        config = dataclasses.replace(config, tracking=tracking)
    if args.embedder:
        config = dataclasses.replace(
            config, model=dataclasses.replace(config.model, embedder=args.embedder)
        )
    result = retrain(config, show_progress_bar=True)
    summary = {
        "model_folder": str(result.model_folder),
        "run_id": result.run_id,
        "model_version": result.model_version,
        "metrics": result.metrics,
    }
    print(json.dumps(summary, indent=2))


def _promote(args: argparse.Namespace) -> None:
    import json

    from supportml.tracking import RetrainConfig, promote_challenger

    config = RetrainConfig.from_toml(args.config) if args.config else RetrainConfig()
    print(json.dumps(promote_challenger(config).to_dict(), indent=2))


def _synthetic_tables() -> dict:
    from supportml.data import generate_enterprise

    data = generate_enterprise()
    return {"requests": data.requests, **data.reference_tables()}


def _read_tables(folder: Path) -> dict:
    from supportml.data import read_table

    tables = {}
    for name in ("requests", "users", "knowledge_base", "catalogue", "ambassadors", "interactions"):
        found = sorted(folder.glob(f"{name}.*"))
        if found:
            tables[name] = read_table(found[0], table=name)
    if "requests" not in tables:
        raise InvalidInputError(f"no requests table (requests.csv, ...) in {folder}")
    return tables


if __name__ == "__main__":
    raise SystemExit(main())
