"""Insights benchmark: emerging needs, drift, workload forecast and active learning.

Protocol (the insights issue; every figure is printed next to its peer, measured in the same
run). Banking77 texts are embedded once with the default model (all-MiniLM-L6-v2 through the
embedding cache) and the vectors are reused by every experiment.

1. Emerging needs. 10 intents drawn with ``--seed`` are held out; an ``IntentClassifier`` is
   trained on the training requests of the 67 others (10 % kept for ``fit_abstention``,
   target accuracy 0.9). ``discover`` runs on all 3,080 test requests; on the requests it
   selects (abstained or unsure), its partition is scored by NMI against the true intents,
   next to KMeans given the true number of intents among them (the oracle peer, best NMI of
   3 seeds, 10 inits each) and to HDBSCAN. "held-out in majority" is the share of selected
   held-out requests that fall in a reported need (>= ``min_cluster_size`` requests) where
   their intent is the majority.
2. Drift. The seen intents' test requests are split in halves: a reference (the monitor's
   ``fit``) and a stream (1,340 requests each). 100 windows of ``--window`` (1,000) requests
   drawn from the stream (so windows overlap) measure
   false alarms; the same windows with 10 % of their requests replaced by held-out intents'
   test requests measure detection. The peer is the classifier-free embedding test alone
   (kernel MMD at the same alpha).
3. Forecast. ``--n-series`` generated daily series (a year of history: weekly pattern,
   holidays at 15 % of a normal day, a trend break at a random point of the second half,
   negative-binomial noise), forecast 14 days ahead; MASE (scale: in-sample lag-7 naive) of
   ``forecast_workload`` next to the seasonal-naive peer, and the 90 % interval coverage.
4. Active learning. From a random 5 % of Banking77's training requests, 5 rounds of 200
   labels chosen by ``select_for_labelling`` or at random (peer); test accuracy after each
   round of an ``IntentClassifier`` on the vectors, averaged over ``--al-seeds`` seeds.

Run: ``.venv/bin/python benchmarks/insights.py`` (``--quick`` for a reduced run).
"""

from __future__ import annotations

import argparse
import sys
import time
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
    resolve_data_dir,
    write_json,
)

HOLIDAYS = pd.to_datetime(
    [
        "2024-01-01", "2024-04-01", "2024-05-01", "2024-05-08", "2024-05-09", "2024-05-20",
        "2024-07-14", "2024-08-15", "2024-11-01", "2024-11-11", "2024-12-25", "2025-01-01",
        "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09", "2025-07-14",
        "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25",
    ]
)  # fmt: skip
HORIZON = 14


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, help="folder holding banking77/")
    parser.add_argument("--seed", type=int, default=0, help="default: %(default)s")
    parser.add_argument("--threads", type=int, default=2, help="default: %(default)s")
    parser.add_argument("--window", type=int, default=1000, help="drift window size")
    parser.add_argument(
        "--experiments",
        default="needs,drift,forecast,active",
        help="comma-separated subset of needs, drift, forecast, active; default: all",
    )
    parser.add_argument("--n-windows", type=int, default=100, help="default: %(default)s")
    parser.add_argument("--n-series", type=int, default=24, help="default: %(default)s")
    parser.add_argument("--al-seeds", type=int, default=3, help="default: %(default)s")
    parser.add_argument("--quick", action="store_true", help="fewer windows, series and seeds")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    args = parser.parse_args(argv)
    if args.quick:
        args.n_windows, args.n_series, args.al_seeds = 20, 8, 1
    limit_threads(args.threads)
    data = resolve_data_dir(args.data_dir)
    train = pd.read_csv(data.require("banking77/train.csv"))
    test = pd.read_csv(data.require("banking77/test.csv"))
    print_header(
        "supportml insights benchmark",
        {
            "machine": machine_info(args.threads),
            "versions": library_versions(
                ["supportml", "numpy", "scikit-learn", "scipy", "statsmodels", "torch"]
            ),
        },
    )
    from supportml.embed import default_embedder

    embedder = default_embedder()
    started = time.perf_counter()
    vectors = _embed_all(embedder, train["text"].tolist() + test["text"].tolist())
    progress(f"embedded {len(vectors)} texts in {time.perf_counter() - started:.0f} s")
    rng = np.random.default_rng(args.seed)
    held_out = np.sort(rng.choice(np.unique(train["category"]), size=10, replace=False))

    chosen = set(args.experiments.split(","))
    rows = []
    if chosen & {"needs", "drift"}:
        classifier = _intent_classifier(train, vectors, held_out, embedder, args.seed)
        if "needs" in chosen:
            rows += _emerging_needs(test, vectors, held_out, classifier, args.seed)
        if "drift" in chosen:
            rows += _drift(test, vectors, held_out, classifier, args)
    if "forecast" in chosen:
        rows += _forecast(args.n_series, args.seed)
    if "active" in chosen:
        rows += _active_learning(train, test, vectors, args.al_seeds, args.seed)

    columns = [
        Column("experiment", "experiment"),
        Column("method", "method"),
        Column("metric", "metric"),
        Column("value", "value", lambda v: f"{v:.4f}"),
        Column("target", "target"),
    ]
    print(format_table(rows, columns))
    if args.json:
        write_json(args.json, rows)
    return 0


# ------------------------------------------------------------------------------ shared
def _embed_all(embedder, texts: list[str]) -> dict[str, np.ndarray]:
    unique = list(dict.fromkeys(texts))
    return dict(zip(unique, embedder.encode(unique), strict=True))


def _stack(vectors: dict[str, np.ndarray], texts) -> np.ndarray:
    return np.stack([vectors[text] for text in texts])


def _intent_classifier(train, vectors, held_out, embedder, seed):
    from supportml.intents import IntentClassifier

    seen = train[~train["category"].isin(held_out)].reset_index(drop=True)
    order = np.random.default_rng(seed).permutation(len(seen))
    validation, fitting = seen.iloc[order[: len(seen) // 10]], seen.iloc[order[len(seen) // 10 :]]
    started = time.perf_counter()
    classifier = IntentClassifier(embedder=embedder).fit(
        fitting["text"].tolist(),
        fitting["category"].to_numpy(),
        embeddings=_stack(vectors, fitting["text"]),
    )
    classifier.fit_abstention(
        validation["text"].tolist(),
        validation["category"].to_numpy(),
        target_accuracy=0.9,
        embeddings=_stack(vectors, validation["text"]),
    )
    progress(
        f"classifier on 67 intents fitted in {time.perf_counter() - started:.0f} s, "
        f"threshold {classifier.threshold_:.3f}"
    )
    return classifier


# ------------------------------------------------------------------------ 1. needs
def _emerging_needs(test, vectors, held_out, classifier, seed) -> list[dict]:
    from sklearn.cluster import KMeans
    from sklearn.metrics import normalized_mutual_info_score

    from supportml.insights import discover

    texts = test["text"].tolist()
    embeddings = _stack(vectors, texts)
    started = time.perf_counter()
    needs = discover(texts, classifier, embeddings=embeddings)
    progress(f"discover: {needs.summary()} ({time.perf_counter() - started:.1f} s)")
    selected = needs.requests["position"].to_numpy()
    truth = test["category"].to_numpy()[selected]
    is_new = np.isin(truth, held_out)
    chosen = embeddings[selected]
    k = len(np.unique(truth))
    hdbscan = discover(texts, classifier, embeddings=embeddings, algorithm="hdbscan")
    hdb_groups = hdbscan.requests["group"].to_numpy()
    singletons = hdb_groups.copy()
    singletons[hdb_groups < 0] = hdb_groups.max() + 1 + np.arange((hdb_groups < 0).sum())
    kmeans = max(
        (KMeans(k, n_init=10, random_state=seed + s).fit_predict(chosen) for s in range(3)),
        key=lambda labels: normalized_mutual_info_score(truth, labels),
    )
    rows = [
        ("supportml discover (agglomerative)", needs.requests["group"], needs.requests["cluster"]),
        ("HDBSCAN (unclustered as one group)", hdb_groups, hdbscan.requests["cluster"]),
        ("HDBSCAN (unclustered as singletons)", singletons, None),
        (f"KMeans, true k={k} (oracle peer)", kmeans, kmeans),
    ]
    out = [
        _row("needs", "selection", "requests selected (abstained or unsure)", len(selected)),
        _row("needs", "selection", "held-out requests selected", int(is_new.sum())),
        _row("needs", "selection", "held-out share of the held-out test requests",
             is_new.sum() / np.isin(test["category"], held_out).sum()),
    ]  # fmt: skip
    for method, groups, reported in rows:
        nmi = normalized_mutual_info_score(truth, np.asarray(groups))
        target = "≥ oracle" if method.startswith("supportml") else None
        out.append(_row("needs", method, "NMI", nmi, target, supportml=target is not None))
        if reported is not None:
            share = _held_out_in_majority(truth, np.asarray(reported), is_new)
            target = "≥ 0.70" if method.startswith("supportml") else None
            out.append(_row("needs", method, "held-out in majority", share, target, bool(target)))
    out.append(_row("needs", "supportml discover (agglomerative)", "needs reported",
                    len(needs.clusters), supportml=True))  # fmt: skip
    return out


def _held_out_in_majority(truth, clusters, is_new) -> float:
    """Share of held-out requests in a reported cluster where their intent is the majority."""
    hits = 0
    for cluster in np.unique(clusters[clusters >= 0]):
        members = clusters == cluster
        labels, counts = np.unique(truth[members], return_counts=True)
        hits += int((members & is_new & (truth == labels[counts.argmax()])).sum())
    return hits / max(int(is_new.sum()), 1)


# ------------------------------------------------------------------------ 2. drift
def _drift(test, vectors, held_out, classifier, args) -> list[dict]:
    from supportml.insights import DriftMonitor

    rng = np.random.default_rng(args.seed + 1)
    new = np.flatnonzero(test["category"].isin(held_out).to_numpy())
    seen = rng.permutation(np.flatnonzero(~test["category"].isin(held_out).to_numpy()))
    reference, stream = seen[: len(seen) // 2], seen[len(seen) // 2 :]
    texts = test["text"].tolist()
    embeddings = _stack(vectors, texts)
    monitor = DriftMonitor(classifier, random_state=args.seed)
    monitor.fit([texts[i] for i in reference], embeddings=embeddings[reference])
    verdicts: dict[str, list[bool]] = {"no change": [], "10 % unseen": []}
    embedding_only: dict[str, list[bool]] = {"no change": [], "10 % unseen": []}
    started = time.perf_counter()
    for _ in range(args.n_windows):
        window = rng.choice(stream, size=args.window, replace=False)
        n_new = args.window // 10
        drifted = window.copy()
        drifted[rng.choice(args.window, size=n_new, replace=False)] = rng.choice(
            new, size=n_new, replace=False
        )
        for setting, rows in (("no change", window), ("10 % unseen", drifted)):
            report = monitor.check([texts[i] for i in rows], embeddings=embeddings[rows])
            verdicts[setting].append(report.drift)
            embedding = next(t for t in report.tests if t.name == "embedding")
            embedding_only[setting].append(embedding.p_value < monitor.alpha)
    progress(f"drift: {2 * args.n_windows} windows in {time.perf_counter() - started:.0f} s")
    method = f"supportml DriftMonitor (window {args.window})"
    peer = "embedding MMD test alone (peer)"
    return [
        _row("drift", method, "false alarms (no change)", np.mean(verdicts["no change"]),
             "≤ 0.05", True),
        _row("drift", method, "detection (10 % unseen intents)",
             np.mean(verdicts["10 % unseen"]), "≥ 0.95", True),
        _row("drift", peer, "false alarms (no change)", np.mean(embedding_only["no change"])),
        _row("drift", peer, "detection (10 % unseen intents)",
             np.mean(embedding_only["10 % unseen"])),
    ]  # fmt: skip


# --------------------------------------------------------------------- 3. forecast
def generate_series(seed: int, n_days: int = 364 + HORIZON) -> pd.Series:
    """A daily request count: weekly pattern, holidays, a trend break, over-dispersed noise."""
    rng = np.random.default_rng(seed)
    days = pd.date_range(
        pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 300))),
        periods=n_days,
    )
    week = np.array([1.2, 1.1, 1.0, 1.0, 0.8, 0.12, 0.06]) * rng.uniform(0.85, 1.15, 7)
    t = np.arange(n_days)
    breaks_at = int(rng.integers(n_days // 2, n_days - 30))
    slope, new_slope = rng.uniform(-0.3, 0.6) / 365, rng.uniform(-1.0, 1.5) / 365
    jump = rng.uniform(-0.4, 0.4)
    log_level = np.where(
        t < breaks_at, slope * t, slope * breaks_at + jump + new_slope * (t - breaks_at)
    )
    mean = rng.uniform(10, 150) * np.exp(log_level) * week[days.day_of_week]
    mean = np.where(days.isin(HOLIDAYS), 0.15 * mean, mean)
    return pd.Series(rng.negative_binomial(20, 20 / (20 + mean)), index=days)


def _forecast(n_series: int, seed: int) -> list[dict]:
    from supportml.insights import forecast_workload

    ours, naive, coverage = [], [], []
    started = time.perf_counter()
    for i in range(n_series):
        series = generate_series(1000 * seed + i)
        history, future = series.iloc[:-HORIZON], series.iloc[-HORIZON:].to_numpy()
        scale = np.mean(np.abs(history.to_numpy()[7:] - history.to_numpy()[:-7]))
        result = forecast_workload(history, horizon=HORIZON, holidays=HOLIDAYS, level=0.9)
        last_week = history.to_numpy()[-7:]
        seasonal_naive = np.array([last_week[h % 7] for h in range(HORIZON)])
        ours.append(np.mean(np.abs(future - result["forecast"].to_numpy())) / scale)
        naive.append(np.mean(np.abs(future - seasonal_naive)) / scale)
        inside = (future >= result["lower"].to_numpy()) & (future <= result["upper"].to_numpy())
        coverage.append(inside.mean())
    progress(f"forecast: {n_series} series in {time.perf_counter() - started:.0f} s")
    method = "supportml forecast_workload"
    return [
        _row("forecast", method, f"MASE, {HORIZON} days, {n_series} series", np.mean(ours),
             "< seasonal naive", True),
        _row("forecast", "seasonal naive (peer)", f"MASE, {HORIZON} days, {n_series} series",
             np.mean(naive)),
        _row("forecast", method, "series where it beats seasonal naive",
             np.mean(np.array(ours) < np.array(naive)), supportml=True),
        _row("forecast", method, "90 % interval coverage", np.mean(coverage), supportml=True),
    ]  # fmt: skip


# -------------------------------------------------------------- 4. active learning
def _active_learning(train, test, vectors, n_seeds: int, seed: int) -> list[dict]:
    from supportml.insights import select_for_labelling
    from supportml.intents import IntentClassifier

    pool_x, pool_y = _stack(vectors, train["text"]), train["category"].to_numpy()
    test_x, test_y = _stack(vectors, test["text"]), test["category"].to_numpy()
    rounds, batch = 5, 200
    curves = {"active": [], "random": []}
    started = time.perf_counter()
    for s in range(n_seeds):
        rng = np.random.default_rng(seed + 100 + s)
        start = rng.choice(len(pool_y), size=int(0.05 * len(pool_y)), replace=False)
        for strategy in curves:
            labelled = np.zeros(len(pool_y), dtype=bool)
            labelled[start] = True
            curve = []
            for r in range(rounds + 1):
                model = IntentClassifier().fit(pool_x[labelled], pool_y[labelled])
                curve.append(float(np.mean(model.predict(test_x) == test_y)))
                if r == rounds:
                    break
                unlabelled = np.flatnonzero(~labelled)
                if strategy == "active":
                    picked = unlabelled[
                        select_for_labelling(
                            pool_x[unlabelled], batch, classifier=model, random_state=seed + s
                        )
                    ]
                else:
                    picked = rng.choice(unlabelled, size=batch, replace=False)
                labelled[picked] = True
            curves[strategy].append(curve)
            progress(f"active learning seed {s} {strategy}: {np.round(curve, 4).tolist()}")
    progress(f"active learning in {time.perf_counter() - started:.0f} s")
    active, passive = np.mean(curves["active"], axis=0), np.mean(curves["random"], axis=0)
    out = []
    for r in range(rounds + 1):
        labels = f"round {r} ({int(0.05 * len(pool_y)) + r * batch} labels) accuracy"
        target = "> random" if r else None
        out.append(_row("active learning", "supportml select_for_labelling", labels, active[r],
                        target, True))  # fmt: skip
        out.append(_row("active learning", "random selection (peer)", labels, passive[r]))
    out.append(_row("active learning", "supportml select_for_labelling",
                    "rounds 1-5 beating random", float(np.mean(active[1:] > passive[1:])),
                    "1.0", True))  # fmt: skip
    return out


def _row(experiment, method, metric, value, target=None, supportml=False) -> dict:
    return {
        "dataset": "synthetic" if experiment == "forecast" else "banking77",
        "experiment": experiment,
        "method": method,
        "supportml": supportml,
        "metric": metric,
        "value": float(value),
        "target": target,
    }


if __name__ == "__main__":
    sys.exit(main())
