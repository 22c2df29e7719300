"""``supportml insights discover|drift|forecast|ledger``: the insights from the shell."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

__all__ = ["add_insights_command", "run_insights"]


def add_insights_command(commands: argparse._SubParsersAction) -> None:
    """Add the ``insights`` command group to the ``supportml`` parser."""
    insights = commands.add_parser(
        "insights",
        help="emerging needs, drift, workload forecast, the ambassadors' ledger",
        description="Insights for the support team. Tables are .csv, .parquet or .jsonl files.",
    )
    actions = insights.add_subparsers(dest="insight", required=True)

    discover = actions.add_parser(
        "discover",
        help="group the requests the router abstained on or was unsure about into needs",
        description="Cluster the requests the router could not place, name each need and "
        "suggest the content gap it reveals; writes a Markdown (.md) or HTML (.html) report.",
    )
    discover.add_argument("requests", type=Path, help="table with a text column (created_at)")
    _add_model(discover)
    discover.add_argument("--out", type=Path, required=True, help="report.md or report.html")
    discover.add_argument(
        "--unsure-below", type=float, default=0.5, help="in-scope score; default: %(default)s"
    )
    discover.add_argument(
        "--min-cluster-size", type=int, default=3, help="smallest need; default: %(default)s"
    )

    drift = actions.add_parser(
        "drift",
        help="test whether recent requests drifted from a reference sample",
        description="Compare a window of recent requests with a reference (held-out training "
        "requests or a previous window): embedding, intent mix, confidence and abstention "
        "tests, one verdict. Exit status 0 without drift, 3 with drift.",
    )
    drift.add_argument("reference", type=Path, help="table with a text column")
    drift.add_argument("window", type=Path, help="table with a text column")
    _add_model(drift)
    drift.add_argument("--alpha", type=float, default=0.05, help="default: %(default)s")
    drift.add_argument("--tracking-uri", help="log the metrics to a new MLflow run there")
    drift.add_argument("--json", action="store_true", help="print the report as JSON")

    forecast = actions.add_parser(
        "forecast",
        help="forecast daily requests per tier, with intervals",
        description="Forecast daily request counts per tier (weekly seasonality, trend, "
        "holidays) from a requests table (created_at, tier) or a counts table (date, count, "
        "tier); writes a CSV.",
    )
    forecast.add_argument("table", type=Path, help="requests (created_at, tier) or counts")
    forecast.add_argument("--out", type=Path, required=True, help="forecast .csv")
    forecast.add_argument("--horizon", type=int, default=14, help="days; default: %(default)s")
    forecast.add_argument("--holidays", nargs="*", default=[], help="dates, e.g. 2025-05-01")
    forecast.add_argument("--level", type=float, default=0.9, help="default: %(default)s")

    ledger = actions.add_parser(
        "ledger",
        help="the ambassadors' ledger: requests handled and time given, as CSV for HR",
        description="Sum up, per ambassador and period, the requests handled, the time given, "
        "the topics and the satisfaction; prints each period's load spread.",
    )
    ledger.add_argument(
        "handled", type=Path, help="table: ambassador_id, created_at or period, [intent, minutes]"
    )
    ledger.add_argument("--out", type=Path, required=True, help="ledger .csv")
    ledger.add_argument("--period", choices=["week", "month"], default="week")
    ledger.add_argument(
        "--minutes-per-request", type=float, default=20.0, help="default: %(default)s"
    )


def run_insights(args: argparse.Namespace) -> int:
    """Run one ``insights`` command; returns the exit status."""
    from supportml.data import read_table

    if args.insight == "discover":
        from supportml.insights import discover

        needs = discover(
            read_table(args.requests),
            _router(args),
            unsure_below=args.unsure_below,
            min_cluster_size=args.min_cluster_size,
        )
        html = args.out.suffix.lower() in (".html", ".htm")
        args.out.write_text(needs.to_html() if html else needs.to_markdown(), encoding="utf-8")
        print(needs.summary())
        print(args.out)
    elif args.insight == "drift":
        from supportml.insights import DriftMonitor

        monitor = DriftMonitor(_router(args), alpha=args.alpha).fit(read_table(args.reference))
        report = monitor.check(read_table(args.window), tracking_uri=args.tracking_uri)
        print(json.dumps(report.to_dict(), indent=2) if args.json else report.summary())
        return 3 if report.drift else 0
    elif args.insight == "forecast":
        from supportml.insights import daily_counts, forecast_workload

        table = read_table(args.table)
        counts = table if "count" in table.columns else daily_counts(table)
        result = forecast_workload(
            counts, horizon=args.horizon, holidays=args.holidays, level=args.level
        )
        result.to_csv(args.out, index=False)
        print(args.out)
    else:
        from supportml.insights import ambassador_ledger, ledger_spread

        ledger = ambassador_ledger(
            read_table(args.handled),
            period=args.period,
            minutes_per_request=args.minutes_per_request,
        )
        ledger.to_csv(args.out, index=False)
        print(ledger_spread(ledger).to_string(index=False))
        print(args.out)
    return 0


def _add_model(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model",
        type=Path,
        help="a router folder saved by `supportml train`; default: the default router",
    )


def _router(args: argparse.Namespace):
    from supportml.routing import Router

    return Router.load(args.model) if args.model else Router.default()
