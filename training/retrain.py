"""Retrain the router and track the run in MLflow.

Usage, from the repository root::

    python -m training.retrain --config training/configs/router.toml
    python -m training.retrain --config training/configs/router.toml --set data.train_fraction=0.1

The pipeline (:func:`supportml.tracking.retrain`) loads the data named by the config,
fingerprints and splits it, fits the router, saves it to ``[tracking] output_dir``, evaluates
it on the held-out split, then logs the run (params, metrics, figures, model card, dataset
inputs, tags), registers the model and gives it the ``challenger`` alias. ``--promote`` then
runs the champion/challenger gate on the same held-out split.
"""

from __future__ import annotations

import argparse
import json
import logging
import tomllib
from collections.abc import Sequence
from pathlib import Path

from supportml.exceptions import InvalidInputError

__all__ = ["main", "parse_overrides"]

logger = logging.getLogger(__name__)


def parse_overrides(pairs: Sequence[str]) -> dict[str, dict[str, object]]:
    """``section.key=value`` pairs as nested config tables (values read as TOML).

    Examples
    --------
    >>> parse_overrides(["data.train_fraction=0.1", "model.embedder=hashing"])
    {'data': {'train_fraction': 0.1}, 'model': {'embedder': 'hashing'}}
    """
    tables: dict[str, dict[str, object]] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        section, dot, name = key.strip().partition(".")
        if not (sep and dot and section and name):
            raise InvalidInputError(f"--set {pair!r}: expected section.key=value.")
        try:
            value = tomllib.loads(f"v = {raw}")["v"]
        except tomllib.TOMLDecodeError:
            value = raw  # a bare word: a string
        tables.setdefault(section, {})[name] = value
    return tables


def build_config(path: Path | None, overrides: Sequence[str] = ()):
    """The config from a TOML file (or the defaults) with ``--set`` overrides applied."""
    import dataclasses

    from supportml.tracking import RetrainConfig

    config = RetrainConfig.from_toml(path) if path else RetrainConfig()
    for section, values in parse_overrides(overrides).items():
        if section not in ("data", "model", "tracking"):
            raise InvalidInputError(
                f"--set: unknown section {section!r}; use data, model or tracking."
            )
        current = getattr(config, section)
        config = dataclasses.replace(
            config, **{section: type(current).from_dict({**current.to_dict(), **values})}
        )
    return config


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m training.retrain",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--config", type=Path, help="a TOML file ([data], [model], [tracking])")
    parser.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="SECTION.KEY=VALUE",
        help="override one setting, e.g. data.train_fraction=0.1 (repeatable)",
    )
    parser.add_argument(
        "--promote", action="store_true", help="then run the champion/challenger gate"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a retrain from the command line; prints the result as JSON and returns 0."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO)
    from supportml.tracking import promote_challenger, retrain

    config = build_config(args.config, args.overrides)
    result = retrain(config)
    summary = {
        "model_folder": str(result.model_folder),
        "run_id": result.run_id,
        "model_uri": result.model_uri,
        "model_version": result.model_version,
        "tracking_uri": result.tracking_uri,
        "metrics": result.metrics,
    }
    if args.promote:
        summary["promotion"] = promote_challenger(config).to_dict()
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
