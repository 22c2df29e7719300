"""``supportml adoption``: adoption states per group and the conversion plan, from the shell."""

from __future__ import annotations

import argparse
from pathlib import Path

__all__ = ["add_adoption_command", "run_adoption"]


def add_adoption_command(commands: argparse._SubParsersAction) -> None:
    """Add the ``adoption`` command to the ``supportml`` parser."""
    adoption = commands.add_parser(
        "adoption",
        help="adoption states per department and site, and whom to win back first",
        description="Read activity logs (user_id, timestamp, action, count) and the users "
        "table (.csv, .parquet or .jsonl); print the users in each adoption state per group "
        "and the top of the conversion plan for ghost and dormant users (propensity, first "
        "content, channel). With --out, write the whole plan as CSV.",
    )
    adoption.add_argument("activity", type=Path, help="activity logs table")
    adoption.add_argument("users", type=Path, help="users table (user_id, hire_date, ...)")
    adoption.add_argument("--catalogue", type=Path, help="learning catalogue, for first content")
    adoption.add_argument("--interactions", type=Path, help="learning interactions table")
    adoption.add_argument("--as-of", help="date of the snapshot; default: the latest event")
    adoption.add_argument(
        "--by", default="department,site", help="columns to count by; default: %(default)s"
    )
    adoption.add_argument("--horizon", type=int, default=60, help="days; default: %(default)s")
    adoption.add_argument("--top", type=int, default=20, help="plan rows printed; default: 20")
    adoption.add_argument("--out", type=Path, help="write the whole plan as a CSV file")


def run_adoption(args: argparse.Namespace) -> int:
    """Run ``supportml adoption``; returns the exit status."""
    import pandas as pd

    from supportml.adoption import AdoptionAnalyzer
    from supportml.data import read_table

    def optional(path: Path | None):
        return None if path is None else read_table(path)

    analyzer = AdoptionAnalyzer(horizon_days=args.horizon).fit(
        read_table(args.activity), users=read_table(args.users)
    )
    by = [column for column in args.by.split(",") if column]
    counts = analyzer.counts(by=by, as_of=args.as_of)
    plan = analyzer.conversion_plan(
        catalogue=optional(args.catalogue),
        interactions=optional(args.interactions),
        as_of=args.as_of,
    )
    with pd.option_context("display.width", 200, "display.max_colwidth", 60):
        print(counts.to_string(index=False))
        print()
        print(plan.drop(columns="reason").head(args.top).to_string(index=False))
    if args.out:
        plan.to_csv(args.out, index=False)
        print(f"plan: {args.out} ({len(plan)} users)")
    return 0
