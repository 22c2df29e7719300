"""Routing benchmark: supportml's Router on held-out synthetic requests, against simple peers.

Protocol (the router issue):

- Data: ``supportml.data.generate_enterprise(n_users=2000, n_requests=12000, random_state=seed)``;
  train on the ``train`` split, evaluate on ``test``, whose requests were written from templates
  the training split never saw. ``--quick``: 600 users, 3,000 requests.
- Figures on test: intent accuracy, tier macro-F1, the unsafe self-service rate (requests whose
  true tier is ``support`` routed to ``chatbot`` or ``elearning``) and the tier confusion matrix.
  Routing reads the ambassadors' ledger without booking (``book_ambassadors=False``), so that
  capacity, tested elsewhere, does not depend on the order of the test requests.
- "profiles blanked": the same requests routed with no profile, to measure what profiles add.
- Ceiling: the generator's noise-free labelling rule (``TierRule``) applied to the intent each
  text was written from and its sender's profile, scored against the (noisy) labels: no router
  can beat it on average, since 3 % of intents and 3 % of tiers are relabelled at random. The
  router's unsafe rate is also given against those noise-free tiers.
- Peers, on the same embeddings: "text -> tier" (a logistic regression from the request's
  embedding straight to the tier, as a one-model router would do) and "intent -> usual tier"
  (the router's own intent classifier, then the tier most often seen with that intent in train).
- Latency: one request per call, in process, after a warm-up, over ``--latency-requests`` calls:
  p50 and p99 in milliseconds, twice: for test requests already routed once (their vectors come
  from the embedding cache), and for texts of another data draw that this run never embedded
  (the embedding model runs inside each call, as for a new request in a service).
- Off-topic requests (none is in the synthetic data): CLINC150's ``oos_test`` queries (English,
  1,000) and the Wikit French HR questions of ``wikit_fr/test.csv`` (pay, leave, canteen, health
  rules; the intents about training, remote work, the bot itself and procedures are left out as
  too close to the collaboration tools), routed without a profile: the share that abstains and
  goes to support. Their ``train``/``oos_train``/``oos_val`` parts served to choose the router's
  settings and are not used here. ``--data-dir`` (default ``$SUPPORTML_DATA_DIR``, else
  ``../shared/datasets``) holds them.
- Breakdown of the router's figures by request type (from ``template_id`` =
  ``<intent>.<language>.<situation>.<paraphrase>``: an unseen wording of a situation the training
  split has, or a whole situation it never saw), by language, and the same requests routed with
  the novelty abstention off, to show what it costs and what it saves.

Run from the repository root after ``make test`` or ``make demo``::

    .venv/bin/python benchmarks/route.py            # full run
    .venv/bin/python benchmarks/route.py --quick    # smaller data, hashing-free but faster
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Sequence
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
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

from supportml.data import TierRule, generate_enterprise
from supportml.embed import CachedEmbedder, EmbeddingCache, make_embedder
from supportml.routing import TIERS, Router
from supportml.text import validate_texts

TARGETS = {"intent_accuracy": 0.90, "tier_macro_f1": 0.85, "unsafe_rate": 0.02}
LATENCY_TARGETS_MS = (15, 50)  # p50, p99 of one request whose text is new
SELF_SERVICE = {"chatbot", "elearning"}
# Wikit intents about what the collaboration-tools support also handles (training, remote work,
# the assistant itself, procedures): not counted as off topic.
WIKIT_IN_SCOPE = ("formations", "travail-a-distance", "champ-d-action-du-bot", "modes-operatoires")


def unsafe_rate(true_tiers: Sequence[str], routed: Sequence[str]) -> float:
    """Share of true-``support`` requests routed to a self-service tier."""
    support = [r for t, r in zip(true_tiers, routed, strict=True) if t == "support"]
    return sum(r in SELF_SERVICE for r in support) / max(len(support), 1)


def row(method: str, supportml: bool, test, tiers, intents=None) -> dict:
    result = {
        "dataset": "synthetic",
        "setting": "test",
        "method": method,
        "supportml": supportml,
        "tier_macro_f1": f1_score(test["tier"], tiers, average="macro"),
        "unsafe_rate": unsafe_rate(list(test["tier"]), tiers),
    }
    if intents is not None:
        result["intent_accuracy"] = accuracy_score(test["intent"], intents)
    return result


def ceiling(data, test) -> tuple[dict, list[str]]:
    """The noise-free rule on each text's true intent: the best score the noisy labels allow."""
    rule = TierRule.from_frames(data.knowledge_base, data.catalogue, data.ambassadors)
    profiles = data.users.set_index("user_id", drop=False)
    written_from = [template.split(".")[0] for template in test["template_id"]]
    tiers = [
        rule(intent, profiles.loc[user])
        for intent, user in zip(written_from, test["user_id"], strict=True)
    ]
    return row("ceiling: noise-free rule, true intent", False, test, tiers, written_from), tiers


def request_types(train, test) -> np.ndarray:
    """``seen situation`` or ``unseen situation`` for each test request."""

    def situation(template_id: str) -> str:
        intent, _, number, _ = template_id.split(".")
        return f"{intent}.{number}"

    seen = {situation(t) for t in train["template_id"]}
    return np.array(
        [
            "unseen wording, seen situation" if situation(t) in seen else "unseen situation"
            for t in test["template_id"]
        ]
    )


def breakdown(test, types, clean_tiers, runs: dict[str, list]) -> list[dict]:
    """Figures of each run of routing decisions per request type and per language."""
    groups = {"all": np.ones(len(test), dtype=bool)}
    groups |= {kind: types == kind for kind in sorted(set(types), reverse=True)}
    groups |= {lang: (test["language"] == lang).to_numpy() for lang in ("fr", "en")}
    clean_tiers = np.asarray(clean_tiers)
    rows = []
    for run, decisions in runs.items():
        tiers = np.array([d.tier for d in decisions])
        intents = np.array([d.intent for d in decisions])
        abstained = np.array([d.abstained for d in decisions])
        for group, mask in groups.items():
            figures = row(run, True, test[mask], list(tiers[mask]), intents[mask])
            figures |= {
                "group": group,
                "n": int(mask.sum()),
                "unsafe_clean": unsafe_rate(list(clean_tiers[mask]), list(tiers[mask])),
                "abstained": float(abstained[mask].mean()),
            }
            rows.append(figures)
    return rows


def off_topic_sets(data_dir) -> dict[str, list[str]]:
    """Held-out off-topic requests: CLINC150 ``oos_test`` (English), Wikit test (French)."""
    with open(data_dir.require("clinc150/data_full.json"), encoding="utf-8") as f:
        clinc = [text for text, _ in json.load(f)["oos_test"]]
    wikit = pd.read_csv(data_dir.require("wikit_fr/test.csv"))
    wikit = wikit[~wikit["intent"].str.contains("|".join(WIKIT_IN_SCOPE))]
    return {"CLINC150 oos_test (en)": clinc, "Wikit HR test (fr)": list(wikit["utterance"])}


def off_topic_rows(router: Router, sets: dict[str, list[str]]) -> list[dict]:
    """Share of each off-topic set that abstains, and that goes to support."""
    rows = []
    for name, texts in sets.items():
        decisions = router.route_many(texts)
        rows.append(
            {
                "set": name,
                "n": len(texts),
                "abstained": float(np.mean([d.abstained for d in decisions])),
                "support": float(np.mean([d.tier == "support" for d in decisions])),
            }
        )
    return rows


def without_novelty(router: Router, texts, users) -> list:
    """The same requests routed with the novelty abstention off."""
    threshold = router.novelty_threshold_
    router.novelty_threshold_ = float("-inf")
    try:
        return router.route_many(texts, users=users)
    finally:
        router.novelty_threshold_ = threshold


def latency(router: Router, texts: Sequence[str], users: Sequence[str]) -> tuple[float, float]:
    """p50 and p99 in milliseconds of ``router.route`` called once per request, after a warm-up."""
    router.route("warm-up request", users[0])
    times = []
    for text, user in zip(texts, users, strict=True):
        start = time.perf_counter()
        router.route(text, user)
        times.append((time.perf_counter() - start) * 1000)
    return float(np.percentile(times, 50)), float(np.percentile(times, 99))


def texts_never_embedded(seed: int, embedded: Sequence[str], n: int) -> list[str]:
    """``n`` request texts of another data draw whose embedding cache key (the text as
    :func:`~supportml.text.validate_texts` returns it) no ``embedded`` text has, so that routing
    each of them runs the embedding model."""
    known = set(validate_texts(embedded))
    other = generate_enterprise(n_users=300, n_requests=4 * n, random_state=seed + 1).requests
    candidates = list(dict.fromkeys(other["text"]))
    keys = validate_texts(candidates)
    return [text for text, key in zip(candidates, keys, strict=True) if key not in known][:n]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="600 users, 3,000 requests")
    parser.add_argument("--seed", type=int, default=0, help="data and model seed (default 0)")
    parser.add_argument(
        "--embedder",
        default=None,
        help="embedder spec (default: all-MiniLM-L6-v2 via sentence-transformers; 'onnx' for "
        "the int8 ONNX backend)",
    )
    parser.add_argument("--threads", type=int, default=2, help="threads (default 2)")
    parser.add_argument(
        "--latency-requests", type=int, default=300, help="single calls timed (default 300)"
    )
    parser.add_argument("--json", type=Path, help="also write the rows to this JSON file")
    parser.add_argument(
        "--data-dir", type=Path, help="folder of CLINC150 and wikit_fr (the off-topic sets)"
    )
    parser.add_argument(
        "--novelty-quantile", type=float, default=None, help="Router's (default: its own)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    limit_threads(args.threads)
    print_header(
        "Routing benchmark (held-out synthetic requests)",
        {
            "machine": machine_info(args.threads),
            "versions": library_versions(
                ["supportml", "numpy", "scikit-learn", "torch", "sentence-transformers"]
            ),
        },
    )
    n_users, n_requests = (600, 3000) if args.quick else (2000, 12000)
    data = generate_enterprise(n_users=n_users, n_requests=n_requests, random_state=args.seed)
    requests = data.requests
    train, test = requests[requests["split"] == "train"], requests[requests["split"] == "test"]
    embedder = CachedEmbedder(make_embedder(args.embedder), EmbeddingCache(":memory:"))
    progress(f"fitting the router on {len(train)} requests")
    start = time.perf_counter()
    settings = {} if args.novelty_quantile is None else {"novelty_quantile": args.novelty_quantile}
    router = Router(embedder=embedder, book_ambassadors=False, random_state=args.seed, **settings)
    router.fit(train, **data.reference_tables())
    fit_s = time.perf_counter() - start
    progress(f"routing {len(test)} held-out requests")
    texts, users = list(test["text"]), list(test["user_id"])
    decisions = router.route_many(texts, users=users)
    blanked = router.route_many(texts)
    tiers = [d.tier for d in decisions]
    rows = [
        {
            **row("supportml Router", True, test, tiers, [d.intent for d in decisions]),
            "fit_s": fit_s,
        },
        row(
            "supportml Router, profiles blanked",
            True,
            test,
            [d.tier for d in blanked],
            [d.intent for d in blanked],
        ),
    ]
    train_vectors, test_vectors = embedder.encode(list(train["text"])), embedder.encode(texts)
    direct = LogisticRegression(C=10, max_iter=3000).fit(train_vectors, train["tier"])
    rows.append(
        row(
            "text -> tier (MiniLM + LogisticRegression)",
            False,
            test,
            list(direct.predict(test_vectors)),
        )
    )
    usual = {i: Counter(g).most_common(1)[0][0] for i, g in train.groupby("intent")["tier"]}
    intents = router.intents_.predict(texts, embeddings=test_vectors)
    rows.append(
        row(
            "intent -> usual tier",
            False,
            test,
            [usual.get(i, "support") for i in intents],
            list(intents),
        )
    )
    progress("routing off-topic requests")
    off_topic = off_topic_rows(router, off_topic_sets(resolve_data_dir(args.data_dir)))
    limit, clean_tiers = ceiling(data, test)
    rows.append(limit)
    progress("routing them again with the novelty abstention off")
    parts = breakdown(
        test,
        request_types(train, test),
        clean_tiers,
        {"default": decisions, "novelty off": without_novelty(router, texts, users)},
    )
    progress("timing single requests")
    timed_users = users[: args.latency_requests]
    rows[0]["p50_ms"], rows[0]["p99_ms"] = latency(router, texts[: len(timed_users)], timed_users)
    embedded = list(train["text"]) + texts
    new_texts = texts_never_embedded(args.seed, embedded, len(timed_users))
    computed = embedder.n_computed_
    rows[0]["new_p50_ms"], rows[0]["new_p99_ms"] = latency(
        router, new_texts, timed_users[: len(new_texts)]
    )
    new_embedded = embedder.n_computed_ - computed  # the warm-up text was embedded before
    for r in rows:
        targets = [
            f"{k} {'<=' if k == 'unsafe_rate' else '>='} {v}"
            for k, v in TARGETS.items()
            if r["supportml"] and r["method"] == "supportml Router"
        ]
        r["target"] = ", ".join(targets)
    profile_gain = rows[0]["tier_macro_f1"] - rows[1]["tier_macro_f1"]
    f4 = "{:.4f}".format
    f1 = "{:.1f}".format
    print(
        format_table(
            rows,
            [
                Column("method", "method"),
                Column("intent acc", "intent_accuracy", f4),
                Column("tier macro-F1", "tier_macro_f1", f4),
                Column("unsafe rate", "unsafe_rate", f4),
                Column("fit s", "fit_s", f1),
                Column("p50 ms cached", "p50_ms", f1),
                Column("p99 ms cached", "p99_ms", f1),
                Column("p50 ms new text", "new_p50_ms", f1),
                Column("p99 ms new text", "new_p99_ms", f1),
                Column("target", "target"),
            ],
        )
    )
    print(f"\nprofiles add {profile_gain * 100:+.1f} points of tier macro-F1 (target >= +5.0)")
    print(
        f"single request with a new text: p50 {rows[0]['new_p50_ms']:.1f} ms, "
        f"p99 {rows[0]['new_p99_ms']:.1f} ms (targets <= {LATENCY_TARGETS_MS[0]} / "
        f"<= {LATENCY_TARGETS_MS[1]} ms; {new_embedded} of {len(new_texts)} texts embedded in the "
        "call)"
    )
    print(
        f"unsafe rate against the noise-free tiers: {unsafe_rate(clean_tiers, tiers):.4f} "
        f"(the ceiling row's {limit['unsafe_rate']:.4f} is label noise alone)"
    )
    print("\nby request type and language (unsafe clean: against the noise-free tiers)")
    print(
        format_table(
            parts,
            [
                Column("run", "method"),
                Column("requests", "group"),
                Column("n", "n"),
                Column("intent acc", "intent_accuracy", f4),
                Column("tier macro-F1", "tier_macro_f1", f4),
                Column("unsafe rate", "unsafe_rate", f4),
                Column("unsafe clean", "unsafe_clean", f4),
                Column("abstained", "abstained", f4),
            ],
        )
    )
    print("\noff-topic requests, routed without a profile (in scope: the abstained column above)")
    print(
        format_table(
            off_topic,
            [
                Column("set", "set"),
                Column("n", "n"),
                Column("abstained", "abstained", f4),
                Column("to support", "support", f4),
            ],
        )
    )
    print("\ntier confusion matrix (rows: true tier, columns: routed tier)")
    matrix = confusion_matrix(test["tier"], tiers, labels=list(TIERS))
    print(" " * 12 + "".join(f"{t:>12}" for t in TIERS))
    for tier, counts in zip(TIERS, matrix, strict=True):
        print(f"{tier:>12}" + "".join(f"{c:>12}" for c in counts))
    if args.json:
        write_json(args.json, rows + parts + off_topic)


if __name__ == "__main__":
    main()
