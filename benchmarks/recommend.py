"""Learning-content recommendation benchmark: OULAD warm and cold, and recommend speed.

Protocol: ``../shared/BENCHMARK_OULAD.md`` (S(t, w) per presentation, binary clicks, the tie
rule by history popularity then id_site, micro-averaged Recall@10, NDCG@10, Coverage@10).

- Peers, measured in this run with the protocol's exact definitions: popularity, pop-7d,
  seg-pop, item-kNN (cosine), EASE (λ = 1e5 and 300) and implicit ALS (0.7.3, 16 factors,
  regularisation 100, α 1, 15 iterations, seed 42).
- supportml: one :class:`~supportml.recommend.ContentRecommender` fitted on the 22
  presentations at once, a presentation being a user's ``department`` (``segment_by``), its
  items the only ones recommended to its users (``only_items``). Clicks dated ``< t`` are the
  interactions (day d = ``2000-01-01 + d days``), the reference time is day t. OULAD items
  have no text, so the content and context parts are off; there is no language or level, and
  ``max_per_group`` is 10 (no diversity cap: OULAD items have no tool or format).
  - warm S(30,30): the learned blend is trained inside ``fit`` on the splits 10, 14 and 20
    days back (S(20,10), S(16,14) and S(10,20) labels, all before day 30), one LightGBM
    lambdarank ranker each, averaged: 7/15 of the target window and 5/7 and 10/7 of that,
    as 7 days was the best single split on validation S(15,15) among 3, 5, 7, 10 and 15,
    and 5-7-10 as good there as any set tried (3-5-7-10 ties, with one ranker more).
  - items carry their ``kind`` (activity_type) and, when vle.csv has a week_from,
    ``available_from`` (day 7·week_from).
  - cold S(0,30): nothing before day 0 can train it, so, as the protocol's own hybrid did,
    two folds by module (AAA–DDD ↔ EEE–GGG): a model fitted at day 30 with horizons of 21,
    30 and 43 days (the same multiples of 30) on one group (S(9,21), S(0,30) and S(-13,43)
    labels of those courses) lends its blend (``blend=``) to the other group's model at day 0.
    Transfer across courses, not clean in calendar time.
  - ablation: each part alone (``blend="linear"``), the linear blend, the learned blend.
- Speed: synthetic enterprise users (``generate_enterprise``), ``--speed-users`` users and a
  catalogue tiled to ``--speed-items`` items, interactions remapped onto the copies; p50 / p99
  of ``recommend`` for one user, and users/s of the batch form, with the default (linear) blend.

Run from the repository root::

    .venv/bin/python benchmarks/recommend.py                 # everything
    .venv/bin/python benchmarks/recommend.py --quick         # 4 presentations, small speed run
    .venv/bin/python benchmarks/recommend.py --skip-oulad    # speed only
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
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

from supportml.recommend import PARTS, ContentRecommender

TARGETS = {"warm": 0.53, "cold": 0.66}
SETTINGS = {"warm": (30, 30, True), "cold": (0, 30, False), "val": (15, 15, True)}
BASE = pd.Timestamp("2000-01-01")
FIRST_GROUP = ("AAA", "BBB", "CCC", "DDD")
# The learned blend's training split, as a share of the target window: 7 days back was the
# best on validation S(15,15) among 3, 5, 7, 10 and 15 days, so 14 days for S(30,30).
HORIZON_SHARE = 7 / 15
# One ranker per split at these multiples of it, averaged: (5, 7, 10) days on validation
# (NDCG@10 0.598, against 0.593 for 7 alone; 3-5-7-10 0.598, 5-7-10-14 0.596, 7-10-14 0.593).
HORIZON_SPREAD = (5 / 7, 1.0, 10 / 7)
QUICK = (("AAA", "2013J"), ("BBB", "2014B"), ("EEE", "2014J"), ("GGG", "2014J"))


# --------------------------------------------------------------------------- data
class Presentation:
    """One presentation's clicks as arrays: student row, item column, day."""

    def __init__(self, key, rows: pd.DataFrame, items: pd.DataFrame, students: pd.DataFrame):
        self.key = key
        self.items = items.sort_values("id_site")
        self.site = self.items["id_site"].to_numpy()
        self.students = np.unique(rows["id_student"].to_numpy())
        self.user = np.searchsorted(self.students, rows["id_student"].to_numpy())
        self.item = np.searchsorted(self.site, rows["id_site"].to_numpy())
        self.day = rows["date"].to_numpy().astype(np.int64)
        info = students.set_index("id_student").reindex(self.students)
        segment = info["age_band"].astype(str) + "|" + info["highest_education"].astype(str)
        self.segment = pd.factorize(segment)[0]

    def matrix(self, mask: np.ndarray) -> sp.csr_matrix:
        shape = (len(self.students), len(self.site))
        m = sp.csr_matrix((np.ones(mask.sum()), (self.user[mask], self.item[mask])), shape=shape)
        m.data[:] = 1.0
        return m

    def split(self, t: int, w: int, warm: bool):
        history = self.matrix(self.day < t)
        target = self.matrix((self.day >= t) & (self.day < t + w))
        target = (target - target.multiply(history)).tocsr()
        target.eliminate_zeros()
        evaluated = np.diff(target.indptr) >= 1
        if warm:
            evaluated &= np.diff(history.indptr) >= 1
        return history, target, np.flatnonzero(evaluated)

    def distinct(self, mask: np.ndarray) -> np.ndarray:
        pairs = np.unique(self.user[mask] * len(self.site) + self.item[mask])
        return np.bincount(pairs % len(self.site), minlength=len(self.site)).astype(float)


def load(data_dir, quick: bool) -> list[Presentation]:
    folder = data_dir.require("oulad/interactions.parquet").parent
    clicks = pd.read_parquet(folder / "interactions.parquet")
    vle = pd.read_csv(data_dir.require("oulad/vle.csv"))
    students = pd.read_csv(data_dir.require("oulad/students.csv"))
    out = []
    for key, rows in clicks.groupby(["code_module", "code_presentation"], observed=True):
        if quick and key not in QUICK:
            continue
        module, presentation = key
        items = vle[(vle.code_module == module) & (vle.code_presentation == presentation)]
        mine = students[
            (students.code_module == module) & (students.code_presentation == presentation)
        ]
        out.append(Presentation(key, rows, items, mine))
    return out


# ------------------------------------------------------------------------- metrics
def top10(scores: np.ndarray, popularity: np.ndarray, history: sp.csr_matrix) -> np.ndarray:
    """Top 10 per row by score, then history popularity, then id_site; history excluded."""
    n_items = scores.shape[1]
    tie = np.empty(n_items, np.int64)
    tie[np.lexsort((np.arange(n_items), -popularity))] = np.arange(n_items)
    out = np.empty((scores.shape[0], min(10, n_items)), np.int64)
    for r in range(scores.shape[0]):
        s = np.asarray(scores[r], dtype=np.float64).copy()
        s[history.indices[history.indptr[r] : history.indptr[r + 1]]] = -np.inf
        out[r] = np.lexsort((tie, -s))[: out.shape[1]]
    return out


def quality(tops: list[np.ndarray], targets: list[sp.csr_matrix], keys) -> dict[str, float]:
    discount = 1.0 / np.log2(np.arange(2, 12))
    recall, ndcg, covered = [], [], set()
    for top, target, key in zip(tops, targets, keys, strict=True):
        for r in range(top.shape[0]):
            wanted = target.indices[target.indptr[r] : target.indptr[r + 1]]
            hit = np.isin(top[r], wanted)
            m = min(len(wanted), 10)
            recall.append(hit.sum() / m)
            ndcg.append((hit * discount[: len(hit)]).sum() / discount[:m].sum())
            covered.update((key, i) for i in top[r])
    return {
        "recall@10": float(np.mean(recall)),
        "ndcg@10": float(np.mean(ndcg)),
        "coverage@10": len(covered) / 6364,
        "users": len(recall),
    }


# --------------------------------------------------------------------------- peers
def peer_scores(name: str, p: Presentation, t: int, history, evaluated) -> np.ndarray:
    users = history[evaluated]
    if name == "popularity":
        return np.broadcast_to(np.asarray(history.sum(axis=0)).ravel(), users.shape)
    if name == "pop-7d":
        return np.broadcast_to(p.distinct((p.day >= t - 7) & (p.day < t)), users.shape)
    if name == "seg-pop":
        segment = p.segment[evaluated]
        table = np.zeros((p.segment.max() + 1, history.shape[1]))
        np.add.at(table, p.segment, history.toarray())
        return table[segment]
    X = history[np.diff(history.indptr) > 0]
    if name == "ALS":
        from implicit.cpu.als import AlternatingLeastSquares

        model = AlternatingLeastSquares(
            factors=16, regularization=100, alpha=1.0, iterations=15, random_state=42
        )
        model.fit(X.astype(np.float32), show_progress=False)
        factors = np.zeros((history.shape[0], model.factors), np.float32)
        factors[np.diff(history.indptr) > 0] = model.user_factors
        return factors[evaluated] @ model.item_factors.T
    gram = (X.T @ X).toarray()
    if name == "item-kNN":
        norms = np.sqrt(np.diag(gram))
        norms[norms == 0] = 1.0
        weights = gram / norms[:, None] / norms[None, :]
    else:
        l2 = {"EASE λ=1e5": 1e5, "EASE λ=300": 300.0}[name]
        precision = np.linalg.inv(gram + l2 * np.eye(len(gram)))
        weights = -precision / np.diag(precision)[None, :]
    np.fill_diagonal(weights, 0.0)
    return np.asarray(users @ weights)


PEERS = ("popularity", "pop-7d", "seg-pop", "item-kNN", "EASE λ=1e5", "EASE λ=300", "ALS")


def run_peer(name: str, presentations, setting: str) -> dict:
    t, w, warm = SETTINGS[setting]
    tops, targets, keys, seconds = [], [], [], 0.0
    for p in presentations:
        history, target, evaluated = p.split(t, w, warm)
        popularity = np.asarray(history.sum(axis=0)).ravel()
        start = time.perf_counter()
        scores = peer_scores(name, p, t, history, evaluated)
        tops.append(top10(scores, popularity, history[evaluated]))
        seconds += time.perf_counter() - start
        targets.append(target[evaluated])
        keys.append(p.key)
    return {"method": name, "supportml": False, **quality(tops, targets, keys), "time_s": seconds}


# ------------------------------------------------------------------------ supportml
def tables(presentations, t: int):
    """Catalogue, users and interactions of the presentations, clicks dated before t."""
    items, users, events = [], [], []
    for p in presentations:
        course = "-".join(p.key)
        items.append(
            pd.DataFrame(
                {
                    "item_id": [f"{course}/{s}" for s in p.site],
                    "title": p.items["activity_type"].to_numpy(),
                    "kind": p.items["activity_type"].to_numpy(),
                    "available_from": BASE
                    + pd.to_timedelta(7 * p.items["week_from"].to_numpy(), unit="D"),
                }
            )
        )
        ids = np.array([f"{course}/{s}" for s in p.students], dtype=object)
        users.append(pd.DataFrame({"user_id": ids, "department": course}))
        keep = p.day < t
        frame = pd.DataFrame(
            {"user_id": ids[p.user[keep]], "item": p.item[keep], "day": p.day[keep]}
        ).drop_duplicates()
        events.append(
            pd.DataFrame(
                {
                    "user_id": frame["user_id"].to_numpy(),
                    "item_id": np.array([f"{course}/{s}" for s in p.site], object)[frame["item"]],
                    "timestamp": BASE + pd.to_timedelta(frame["day"], unit="D"),
                }
            )
        )
    return (
        pd.concat(events, ignore_index=True),
        pd.concat(users, ignore_index=True),
        pd.concat(items, ignore_index=True),
    )


def fit_model(presentations, t: int, *, weights=None, **params) -> ContentRecommender:
    interactions, users, items = tables(presentations, t)
    model = ContentRecommender(
        None,
        weights={"content": 0.0, "context": 0.0} | (weights or {}),
        segment_by=("department",),
        max_per_group=10,
        reference_time=BASE + pd.Timedelta(days=t),
        **params,
    )
    return model.fit(interactions, users, items)


def evaluate_model(model: ContentRecommender, presentations, setting: str):
    t, w, warm = SETTINGS[setting]
    tops, targets, keys = [], [], []
    for p in presentations:
        course = "-".join(p.key)
        _, target, evaluated = p.split(t, w, warm)
        ids, _ = model.recommend(
            [f"{course}/{s}" for s in p.students[evaluated]],
            n=10,
            only_items=[f"{course}/{s}" for s in p.site],
        )
        position = {f"{course}/{s}": i for i, s in enumerate(p.site)}
        tops.append(np.array([[position[i] for i in row if i is not None] for row in ids]))
        targets.append(target[evaluated])
        keys.append(p.key)
    return quality(tops, targets, keys)


def run_supportml(presentations, setting: str, name: str, **params) -> dict:
    t, w, _ = SETTINGS[setting]
    start = time.perf_counter()
    if setting == "cold" and params.get("blend") == "learned":
        groups = [
            [p for p in presentations if p.key[0] in FIRST_GROUP],
            [p for p in presentations if p.key[0] not in FIRST_GROUP],
        ]
        folds, fit_s = [], 0.0
        for group, other in (groups, groups[::-1]):
            begin = time.perf_counter()
            teacher = fit_model(other, 30, blend_horizon_days=horizons(w), **params)
            student = fit_model(group, 0, **(params | {"blend": teacher.blend_}))
            fit_s += time.perf_counter() - begin  # the folds' fits only, not their predictions
            folds.append(evaluate_model(student, group, setting))
        return _row(name, _merge(folds), time.perf_counter() - start, fit_s)
    horizon = {"blend_horizon_days": horizons(HORIZON_SHARE * w)}
    model = fit_model(presentations, t, **(horizon | params))
    fit_s = time.perf_counter() - start
    figures = evaluate_model(model, presentations, setting)
    return _row(name, figures, time.perf_counter() - start, fit_s)


def horizons(base: float) -> tuple[float, ...]:
    """The learned blend's training horizons around ``base`` days, in whole days."""
    return tuple(float(round(base * share)) for share in HORIZON_SPREAD)


def _merge(parts: list[dict]) -> dict:
    users = sum(p["users"] for p in parts)
    merged = {k: sum(p[k] * p["users"] for p in parts) / users for k in ("recall@10", "ndcg@10")}
    merged["coverage@10"] = sum(p["coverage@10"] for p in parts)
    return merged | {"users": users}


def _row(name: str, figures: dict, seconds: float, fit_s: float) -> dict:
    return {"method": name, "supportml": True, **figures, "time_s": seconds, "fit_s": fit_s}


def supportml_variants(learned: dict) -> dict[str, dict]:
    alone = {
        f"supportml {part} alone": {
            "blend": "linear",
            "weights": {p: 0.0 for p in PARTS} | {part: 1.0},
        }
        for part in ("popularity", "collaborative", "profile")
    }
    return {
        **alone,
        "supportml linear blend": {"blend": "linear"},
        "supportml learned blend": {"blend": "learned"} | learned,
    }


def _parameter(text: str) -> tuple[str, object]:
    name, _, value = text.partition("=")
    return name, json.loads(value)


# ---------------------------------------------------------------------------- speed
def speed(n_users: int, n_items: int, seed: int) -> list[dict]:
    from supportml.data import generate_enterprise

    data = generate_enterprise(n_users=n_users, n_requests=2000, random_state=seed)
    copies = int(np.ceil(n_items / len(data.catalogue)))
    catalogue = pd.concat(
        [data.catalogue.assign(item_id=data.catalogue["item_id"] + f"#{k}") for k in range(copies)],
        ignore_index=True,
    ).iloc[:n_items]
    rng = np.random.default_rng(seed)
    interactions = data.interactions.copy()
    copy = rng.integers(0, copies, len(interactions))
    interactions["item_id"] = interactions["item_id"] + pd.Series(copy).map("#{}".format).values
    interactions = interactions[interactions["item_id"].isin(set(catalogue["item_id"]))]
    users = data.users.drop(columns="completed_items")
    start = time.perf_counter()
    model = ContentRecommender("hashing").fit(interactions, users, catalogue)
    fit_s = time.perf_counter() - start
    ids = users["user_id"].to_numpy(dtype=object)
    for user in ids[:20]:  # warm-up
        model.recommend(user)
    latencies = []
    for user in rng.choice(ids, 300, replace=False):
        start = time.perf_counter()
        model.recommend(user, n=10)
        latencies.append(time.perf_counter() - start)
    start = time.perf_counter()
    model.recommend(ids, n=10)
    batch_s = time.perf_counter() - start
    return [
        {
            "dataset": "synthetic enterprise",
            "setting": f"{len(ids)} users x {len(catalogue)} items",
            "method": "supportml ContentRecommender (default: linear blend)",
            "supportml": True,
            "learned_blend": model.blend_ is not None,
            "fit_s": fit_s,
            "p50_ms": 1000 * float(np.median(latencies)),
            "p99_ms": 1000 * float(np.percentile(latencies, 99)),
            "users_per_s": len(ids) / batch_s,
        }
    ]


# ----------------------------------------------------------------------------- main
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=None, help="folder holding oulad/")
    parser.add_argument("--quick", action="store_true", help="4 presentations, 2,000 users")
    parser.add_argument("--json", type=Path, default=None, help="write the rows as JSON")
    parser.add_argument("--threads", type=int, default=2, help="BLAS / OpenMP threads")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic data")
    parser.add_argument(
        "--settings", default="warm,cold", help="comma-separated: warm,cold,val (S(15,15))"
    )
    parser.add_argument("--skip-peers", action="store_true", help="only supportml's rows")
    parser.add_argument("--skip-ablation", action="store_true", help="only the learned blend")
    parser.add_argument("--skip-oulad", action="store_true", help="only the speed figures")
    parser.add_argument("--skip-speed", action="store_true", help="only the OULAD figures")
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a ContentRecommender parameter of the learned blend row (repeatable)",
    )
    parser.add_argument("--speed-users", type=int, default=10_000)
    parser.add_argument("--speed-items", type=int, default=2_000)
    args = parser.parse_args()
    limit_threads(args.threads)
    print_header(
        "supportml recommend benchmark (OULAD, BENCHMARK_OULAD.md)",
        {
            "machine": machine_info(args.threads),
            "versions": library_versions(
                ["supportml", "numpy", "scipy", "scikit-learn", "pandas", "implicit"]
            ),
        },
    )
    rows: list[dict] = []
    if not args.skip_oulad:
        presentations = load(resolve_data_dir(args.data_dir), args.quick)
        variants = supportml_variants(dict(_parameter(text) for text in args.param))
        if args.skip_ablation:
            variants = {"supportml learned blend": variants["supportml learned blend"]}
        for setting in args.settings.split(","):
            for name in () if args.skip_peers else PEERS:
                progress(f"{setting}: {name}")
                rows.append({"setting": setting, **run_peer(name, presentations, setting)})
            for name, params in variants.items():
                progress(f"{setting}: {name}")
                row = run_supportml(presentations, setting, name, **params)
                if name.endswith("learned blend"):
                    row["target_ndcg@10"] = TARGETS.get(setting)
                rows.append({"setting": setting, **row})
        for row in rows:
            row["dataset"] = "oulad"
        columns = [
            Column("setting", "setting"),
            Column("method", "method"),
            Column("users", "users"),
            Column("Recall@10", "recall@10", "{:.4f}".format),
            Column("NDCG@10", "ndcg@10", "{:.4f}".format),
            Column("target", "target_ndcg@10", "{:.2f}".format),
            Column("Cov@10", "coverage@10", "{:.3f}".format),
            Column("fit s", "fit_s", "{:.1f}".format),
            Column("fit+predict s", "time_s", "{:.1f}".format),
        ]
        print(format_table(rows, columns))
        print()
    if not args.skip_speed:
        n_users = 2_000 if args.quick else args.speed_users
        progress(f"speed: {n_users} users x {args.speed_items} items")
        timing = speed(n_users, args.speed_items, args.seed)
        columns = [
            Column("setting", "setting"),
            Column("method", "method"),
            Column("fit s", "fit_s", "{:.1f}".format),
            Column("p50 ms", "p50_ms", "{:.2f}".format),
            Column("p99 ms", "p99_ms", "{:.2f}".format),
            Column("batch users/s", "users_per_s", "{:.0f}".format),
        ]
        print(format_table(timing, columns) + "\n(targets: p50 <= 5 ms, batch >= 2,000 users/s)")
        rows += timing
    if args.json:
        write_json(args.json, rows)


if __name__ == "__main__":
    main()
