"""Adoption benchmark: the propensity of ghost and dormant users to convert, on held-out users.

Protocol (issue 10, item 2; every figure is printed next to its peers, measured in the same
run). ``generate_enterprise(n_users=--n-users, random_state=--seed)`` draws the users and
``simulate_activity`` their daily activity from the rollout (2021-09-01) to 2025-01-01, with
the documented conversion mechanism (hidden interest, recent registration and recent bursts
raise the daily hazard). A random ``--test-share`` (30 %) of the users is held out. At each
evaluation date (the first of July to November 2024), an ``AdoptionAnalyzer`` is fitted on
the training users' logs up to that date (so its own cut-offs end ``--horizon`` days before
it), and scores the held-out users who are ghost or dormant at that date; a user *converted*
if they made at least 5 actions (``active_min_actions``) in the ``--horizon`` (60) days after
it. Scores of the five dates are pooled.

Metrics: ROC AUC, and the share of all conversions captured in the top 20 % of the ranking
("capture@20%"; a random ranking captures 20 % in expectation), each with a 95 % bootstrap
interval over the examples (200 resamples), and the difference to the heuristic peer with a
paired bootstrap interval (the same resamples for every method). Peers, on the same users: a
random ranking (mean of 200 permutations), the heuristic "most actions in the last 30 days
first, then the most recently active", the analyzer with a HistGradientBoosting classifier
(60 iterations, 8 leaves, at least 200 examples a leaf: a few thousand noisy examples need a
strongly regularised model), and the oracle: the simulator's true conversion hazard at the
date (the ceiling).

Run: ``.venv/bin/python benchmarks/adoption.py`` (under a minute; ``--quick``: 2,000 users).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from _common import (
    Column,
    format_table,
    library_versions,
    limit_threads,
    machine_info,
    print_header,
    progress,
    timed,
    write_json,
)

EVALUATION_DATES = ("2024-07-01", "2024-08-01", "2024-09-01", "2024-10-01", "2024-11-01")
TOP_SHARE = 0.2
HEURISTIC = "heuristic: recent activity"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n-users", type=int, default=6000, help="default: %(default)s")
    parser.add_argument("--test-share", type=float, default=0.3, help="default: %(default)s")
    parser.add_argument("--horizon", type=int, default=60, help="days; default: %(default)s")
    parser.add_argument("--seed", type=int, default=0, help="default: %(default)s")
    parser.add_argument("--threads", type=int, default=2, help="default: %(default)s")
    parser.add_argument("--quick", action="store_true", help="2,000 users")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    args = parser.parse_args(argv)
    if args.quick:
        args.n_users = 2000
    limit_threads(args.threads)
    print_header(
        "supportml adoption benchmark (propensity to convert, held-out synthetic users)",
        {
            "machine": machine_info(args.threads),
            "versions": library_versions(["supportml", "numpy", "pandas", "scikit-learn"]),
            "setting": {
                "users": args.n_users,
                "held out": args.test_share,
                "horizon_days": args.horizon,
                "dates": ", ".join(EVALUATION_DATES),
                "seed": args.seed,
            },
        },
    )
    from sklearn.ensemble import HistGradientBoostingClassifier

    from supportml.adoption import AdoptionAnalyzer, simulate_activity
    from supportml.data import generate_enterprise

    users = generate_enterprise(n_users=args.n_users, n_requests=1, random_state=args.seed).users
    simulated, timing = timed(lambda: simulate_activity(users, random_state=args.seed))
    logs = simulated.activity
    progress(f"simulated {len(logs):,} activity rows in {timing.wall_s:.1f} s")
    rng = np.random.default_rng(args.seed)
    held_out = users["user_id"].to_numpy()[rng.random(len(users)) < args.test_share]
    is_test_user, is_test_row = users["user_id"].isin(held_out), logs["user_id"].isin(held_out)
    methods = {
        "supportml AdoptionAnalyzer (logistic)": None,
        "supportml AdoptionAnalyzer (HistGradientBoosting)": HistGradientBoostingClassifier(
            max_iter=60,
            learning_rate=0.1,
            max_leaf_nodes=8,
            min_samples_leaf=200,
            random_state=args.seed,
        ),
    }
    scores: dict[str, list[np.ndarray]] = {name: [] for name in methods}
    scores[HEURISTIC], scores["oracle: true hazard"] = [], []
    fit_s = {name: 0.0 for name in methods}
    labels = []
    for date in EVALUATION_DATES:
        as_of = pd.Timestamp(date)
        past = logs["timestamp"] <= as_of
        train_logs = logs[past & ~is_test_row]
        for name, estimator in methods.items():
            model = AdoptionAnalyzer(horizon_days=args.horizon, estimator=estimator)
            analyzer, timing = timed(
                lambda model=model, train_logs=train_logs: model.fit(
                    train_logs, users=users[~is_test_user]
                )
            )
            fit_s[name] += timing.wall_s
            propensity = analyzer.propensity(
                as_of, activity=logs[past & is_test_row], users=users[is_test_user]
            )
            scores[name].append(propensity.to_numpy())
        targets = propensity.index
        labels.append(_converted(logs, targets, as_of, args.horizon, analyzer))
        scores[HEURISTIC].append(_recent_activity(logs[past], targets, as_of))
        hazard = pd.Series(simulated.hazard(as_of), index=simulated.latent["user_id"])
        scores["oracle: true hazard"].append(hazard.loc[targets].to_numpy())
        progress(f"{date}: {len(targets)} held-out ghost or dormant users")
    y = np.concatenate(labels)
    pooled = {name: np.concatenate(parts) for name, parts in scores.items()}
    resamples = [rng.integers(0, len(y), len(y)) for _ in range(200)]  # shared: paired
    boot = {name: _bootstrap(y, score, resamples) for name, score in pooled.items()}
    rows = [_row("random ranking", y, None, rng)]
    for name, score in pooled.items():
        rows.append(_row(name, y, score, boot[name], boot[HEURISTIC], fit_s.get(name)))
    columns = [
        Column("method", "method"),
        Column("AUC", "auc", lambda v: f"{v:.3f}"),
        Column("AUC 95 %", "auc_ci"),
        Column("capture@20%", "capture@20", lambda v: f"{v:.3f}"),
        Column("capture 95 %", "capture_ci"),
        Column("lift@20%", "lift@20", lambda v: f"{v:.2f}"),
        Column("vs heuristic: dAUC (95 %)", "d_auc_text"),
        Column("d capture (95 %)", "d_capture_text"),
        Column("fit s (5 dates)", "fit_s", lambda v: f"{v:.1f}"),
    ]
    print(
        f"{len(y)} held-out (user, date) examples, {int(y.sum())} conversions "
        f"({y.mean():.1%}) within {args.horizon} days\n"
    )
    for row in rows:
        if "auc_low" in row:
            row["auc_ci"] = f"{row['auc_low']:.3f}-{row['auc_high']:.3f}"
            row["capture_ci"] = f"{row['capture@20_low']:.3f}-{row['capture@20_high']:.3f}"
        if "d_auc" in row and row["method"] != HEURISTIC:
            row["d_auc_text"] = _signed(row, "d_auc")
            row["d_capture_text"] = _signed(row, "d_capture@20")
    print(format_table(rows, columns))
    if args.json:
        write_json(args.json, rows)
    return 0


def _converted(logs, targets, as_of, horizon, analyzer) -> np.ndarray:
    """Did each target make at least ``active_min_actions`` actions in the horizon?"""
    later = logs[
        (logs["timestamp"] > as_of) & (logs["timestamp"] <= as_of + pd.Timedelta(days=horizon))
    ]
    gained = later.groupby("user_id")["count"].sum()
    actions = targets.map(gained).fillna(0).to_numpy()
    return (actions >= analyzer.thresholds_.active_min_actions).astype(np.int64)


def _recent_activity(past, targets, as_of) -> np.ndarray:
    """Most actions in the last 30 days first; ties broken by the most recent action."""
    recent = past[past["timestamp"] > as_of - pd.Timedelta(days=30)]
    count = targets.map(recent.groupby("user_id")["count"].sum()).fillna(0).to_numpy()
    last = targets.map(past.groupby("user_id")["timestamp"].max())
    days = np.nan_to_num((as_of - last).total_seconds().to_numpy() / 86_400, nan=1e6)
    return count + 1.0 / (2.0 + days)  # the tie-break stays below one action


def _capture(y: np.ndarray, score: np.ndarray) -> float:
    k = int(np.ceil(TOP_SHARE * len(y)))
    top = np.argsort(-score, kind="stable")[:k]
    return float(y[top].sum() / max(y.sum(), 1))


def _bootstrap(y, score, resamples) -> dict[str, tuple[float, np.ndarray]]:
    """AUC and capture@20%: the value on all examples, and on every resample."""
    from sklearn.metrics import roc_auc_score

    return {
        "auc": (
            float(roc_auc_score(y, score)),
            np.array([roc_auc_score(y[r], score[r]) for r in resamples]),
        ),
        "capture@20": (
            _capture(y, score),
            np.array([_capture(y[r], score[r]) for r in resamples]),
        ),
    }


def _signed(row: dict, key: str) -> str:
    return f"{row[key]:+.3f} ({row[key + '_low']:+.3f} to {row[key + '_high']:+.3f})"


def _row(method, y, score, boot=None, heuristic=None, fit_s=None) -> dict:
    """One table row; ``score`` None is the random ranking (``boot`` is then the RNG)."""
    from sklearn.metrics import roc_auc_score

    interval: dict[str, float] = {}
    if score is None:  # random: the mean over permutations
        draws = [boot.random(len(y)) for _ in range(200)]
        auc = float(np.mean([roc_auc_score(y, s) for s in draws]))
        capture = float(np.mean([_capture(y, s) for s in draws]))
    else:
        (auc, _), (capture, _) = boot["auc"], boot["capture@20"]
        for key, (value, values) in boot.items():
            base, base_values = heuristic[key]
            interval[f"{key}_low"] = float(np.percentile(values, 2.5))
            interval[f"{key}_high"] = float(np.percentile(values, 97.5))
            interval[f"d_{key}"] = value - base
            interval[f"d_{key}_low"] = float(np.percentile(values - base_values, 2.5))
            interval[f"d_{key}_high"] = float(np.percentile(values - base_values, 97.5))
    return {
        "dataset": "synthetic adoption",
        "setting": "held-out users",
        "method": method,
        "supportml": method.startswith("supportml"),
        "auc": auc,
        "capture@20": capture,
        "lift@20": capture / TOP_SHARE,
        "fit_s": fit_s,
        "n_examples": len(y),
        "n_conversions": int(y.sum()),
        **interval,
    }


if __name__ == "__main__":
    sys.exit(main())
