"""StackFAQ benchmark: FAQ answer search and declining, supportml's KnowledgeBase against its peers.

Protocol: ../shared/BENCHMARK_STACKFAQ.md (data: ../shared/datasets/stackfaq/README.md).

- Task 1, retrieval: KB = the 125 entries, queries = the 1,249 paraphrases; Hit@1, Hit@5 and
  MRR@10 of the gold entry's rank (ties broken by ascending faq_id).
- Task 2, declining: for each seed, KB = the 100 threads of splits_kb.csv, the other 25 are
  unanswerable; the decline threshold is chosen on the dev queries and applied to the test
  queries; AC (answerable queries answered with their gold entry), DU (unanswerable queries
  declined) and BA = (AC + DU) / 2, mean over the seeds. Rules, applied to every row: B (max dev
  BA, ties -> smallest threshold), K (largest threshold with dev AC >= 0.90 x dev AC without
  declining) and M (largest threshold with dev AC >= 0.90; not in the protocol, it aims at
  supportml's target AC >= 0.90 with DU >= 0.80). Peers decide on their top score; supportml on
  its decline score (top score plus 0.5 x the gap to the second entry) with its own
  ``fit_decline_threshold``, which implements the same three rules.
- Peers: BM25 (q+a) as rank_bm25.BM25Okapi with its defaults, implemented here as the protocol
  specifies it (k1 = 1.5, b = 0.75, epsilon = 0.25); TF-IDF cosine (q+a); all-MiniLM-L6-v2 on
  question, answer, q+a and max(q, a); RRF(BM25, MiniLM max). Every corpus statistic is computed
  on the KB in use.
- supportml rows: ``KnowledgeBase()`` with its defaults (fields="passages": the best of the
  question, the answer and one passage per answer sentence, plus 0.2 x the cosine to q+a;
  decline score with margin_weight=0.5), and two ablations: fields="max" with
  whole_entry_weight=0 and margin_weight=0 (must equal the MiniLM max(q,a) peer), and the
  defaults with margin_weight=0 (ranking gain only, top score to decline).
- Embeddings: one SentenceTransformerEmbedder behind an in-memory EmbeddingCache, so that every
  text is embedded once and the MiniLM peers and supportml share the same vectors; queries are
  embedded once and passed to supportml as ``query_embeddings=``.
- Output: machine, versions, one table per task with the target on the supportml default row and,
  on a full run, each peer's largest difference from the protocol's figures; ``--json FILE``
  writes the same rows (with per-seed AC and DU lists).

Run from the repository root:

    .venv/bin/python benchmarks/answers.py                # full run (about a minute and a half)
    .venv/bin/python benchmarks/answers.py --quick        # task 2 on seed 0 only
    .venv/bin/python benchmarks/answers.py --json answers.json
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from _common import (
    Column,
    DataDir,
    format_table,
    library_versions,
    limit_threads,
    machine_info,
    print_header,
    progress,
    resolve_data_dir,
    write_json,
)
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from supportml.embed import CachedEmbedder, EmbeddingCache, SentenceTransformerEmbedder
from supportml.knowledge import KnowledgeBase, choose_decline_threshold

SEEDS = (0, 1, 2, 3, 4)
QUICK_SEEDS = (0,)
RULES = {"b": "balanced", "k": "keep_answers", "m": "min_accuracy"}
MIN_ACCURACY = 0.90
TOKEN_PATTERN = r"(?u)\w+"  # the protocol's tokens: maximal runs of word characters
VERSIONED = ("supportml", "numpy", "scikit-learn", "pandas", "sentence-transformers", "torch")
SUPPORTML = "supportml KnowledgeBase"
TARGET_HIT1 = 0.958
TARGET_AC, TARGET_DU = 0.90, 0.80
LEXICAL_TOLERANCE, MINILM_TOLERANCE = 0.00005, 0.005

# The protocol's peer figures (BENCHMARK_STACKFAQ.md, "Peer figures").
PROTOCOL_RETRIEVAL = {
    "BM25 (q+a)": (0.5917, 0.7998, 0.6815),
    "TF-IDF cosine (q+a)": (0.5460, 0.8046, 0.6572),
    "MiniLM question": (0.9448, 0.9968, 0.9691),
    "MiniLM answer": (0.7270, 0.8975, 0.8005),
    "MiniLM q+a": (0.9279, 0.9968, 0.9598),
    "MiniLM max(q,a)": (0.9512, 0.9984, 0.9729),
    "RRF(BM25, MiniLM max(q,a))": (0.7518, 0.9199, 0.8251),
}
PROTOCOL_DECLINE = {  # Hit@1 KB, B: AC, DU, BA, K: AC, DU, BA
    "BM25 (q+a)": (0.6169, 0.2621, 0.8566, 0.5594, 0.5606, 0.3244, 0.4425),
    "TF-IDF cosine (q+a)": (0.5750, 0.2929, 0.8933, 0.5931, 0.5176, 0.3751, 0.4464),
    "MiniLM question": (0.9577, 0.8210, 0.9138, 0.8674, 0.8710, 0.8422, 0.8566),
    "MiniLM answer": (0.7545, 0.5432, 0.8425, 0.6929, 0.6798, 0.6116, 0.6457),
    "MiniLM q+a": (0.9462, 0.8088, 0.8963, 0.8525, 0.8662, 0.8318, 0.8490),
    "MiniLM max(q,a)": (0.9625, 0.8460, 0.8954, 0.8707, 0.8807, 0.8298, 0.8552),
    "RRF(BM25, MiniLM max(q,a))": (0.7860, 0.6036, 0.7966, 0.7001, 0.7173, 0.5559, 0.6366),
}
RETRIEVAL_KEYS = ("hit@1", "hit@5", "mrr@10")
DECLINE_KEYS = ("hit@1_kb", "b_ac", "b_du", "b_ba", "k_ac", "k_du", "k_ba")


# ------------------------------------------------------------------------------ data
@dataclass(frozen=True)
class StackFAQ:
    """The entries, the queries and the decline splits."""

    faqs: pd.DataFrame
    queries: pd.DataFrame
    splits_kb: pd.DataFrame
    splits_queries: pd.DataFrame

    @property
    def gold(self) -> np.ndarray:
        return self.queries["faq_id"].to_numpy()

    def kb_mask(self, seed: int) -> np.ndarray:
        return self.splits_kb[f"seed{seed}"].to_numpy() == 1

    def dev_mask(self, seed: int) -> np.ndarray:
        return self.splits_queries[f"seed{seed}"].to_numpy() == "dev"


def load_stackfaq(data_dir: DataDir) -> StackFAQ:
    """Read the four files and check the protocol's counts; exit with a message otherwise."""

    def read(name: str, key: str) -> pd.DataFrame:
        frame = pd.read_csv(data_dir.require(f"stackfaq/{name}"))
        return frame.sort_values(key, kind="stable").reset_index(drop=True)

    data = StackFAQ(
        read("faqs.csv", "faq_id"),
        read("queries.csv", "query_id"),
        read("splits_kb.csv", "faq_id"),
        read("splits_queries.csv", "query_id"),
    )
    problems = []
    if data.faqs["faq_id"].tolist() != list(range(125)):
        problems.append(f"{len(data.faqs)} entries with faq_id 0-124 expected 125")
    if len(data.queries) != 1249:
        problems.append(f"{len(data.queries)} queries, expected 1,249")
    for seed in SEEDS:
        n_kb, n_dev = int(data.kb_mask(seed).sum()), int(data.dev_mask(seed).sum())
        if (n_kb, n_dev, len(data.queries) - n_dev) != (100, 624, 625):
            problems.append(f"seed {seed}: {n_kb} KB entries, {n_dev} dev queries")
    if problems:
        raise SystemExit("StackFAQ does not match the protocol: " + "; ".join(problems))
    return data


# ----------------------------------------------------------------------------- peers
def bm25_scores(documents: Sequence[str], queries: Sequence[str]) -> np.ndarray:
    """Okapi BM25 as rank_bm25.BM25Okapi with its defaults, shape (n_queries, n_documents).

    IDF = ln((N - n + 0.5) / (n + 0.5)), negative IDFs replaced by 0.25 x the mean IDF of the
    vocabulary; a query token repeated counts each time; unknown tokens score 0.
    """
    k1, b, epsilon = 1.5, 0.75, 0.25
    counter = CountVectorizer(lowercase=True, token_pattern=TOKEN_PATTERN)
    tf = counter.fit_transform(documents).toarray().astype(np.float64)  # (n_docs, vocab)
    n_docs = len(documents)
    df = (tf > 0).sum(axis=0)
    idf = np.log(n_docs - df + 0.5) - np.log(df + 0.5)
    idf[idf < 0] = epsilon * idf.mean()
    lengths = tf.sum(axis=1)
    norm = k1 * (1 - b + b * lengths / lengths.mean())
    weights = idf * tf * (k1 + 1) / (tf + norm[:, None])  # (n_docs, vocab)
    return (counter.transform(queries) @ weights.T).astype(np.float64)


def tfidf_scores(documents: Sequence[str], queries: Sequence[str]) -> np.ndarray:
    """The protocol's TF-IDF cosine, fitted on the documents only."""
    vectorizer = TfidfVectorizer(lowercase=True, token_pattern=r"(?u)\b\w+\b").fit(documents)
    return (vectorizer.transform(queries) @ vectorizer.transform(documents).T).toarray()


def ranks_within(scores: np.ndarray) -> np.ndarray:
    """Rank (1 = best) of each entry per query; ties broken by ascending entry position."""
    order = np.argsort(-scores, axis=1, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, scores.shape[1] + 1)[None, :], axis=1)
    return ranks


@dataclass(frozen=True)
class Vectors:
    """MiniLM vectors of the 125 entries' texts and of the 1,249 queries."""

    question: np.ndarray
    answer: np.ndarray
    qa: np.ndarray
    queries: np.ndarray


def entry_texts(faqs: pd.DataFrame) -> dict[str, list[str]]:
    questions, answers = faqs["question"].tolist(), faqs["answer"].tolist()
    qa = [f"{q} {a}" for q, a in zip(questions, answers, strict=True)]
    return {"question": questions, "answer": answers, "qa": qa}


def peer_scorers(data: StackFAQ, vectors: Vectors) -> dict[str, Callable[[np.ndarray], np.ndarray]]:
    """Each peer as a function: KB mask -> scores of every query, shape (1249, n_kb)."""
    qa = entry_texts(data.faqs)["qa"]
    queries = data.queries["text"].tolist()

    def minilm(field: str) -> Callable[[np.ndarray], np.ndarray]:
        def score(kb: np.ndarray) -> np.ndarray:
            x = vectors.queries
            if field == "max":
                return np.maximum(x @ vectors.question[kb].T, x @ vectors.answer[kb].T)
            return x @ getattr(vectors, field)[kb].T

        return score

    def bm25(kb: np.ndarray) -> np.ndarray:
        return bm25_scores([qa[i] for i in np.flatnonzero(kb)], queries)

    def tfidf(kb: np.ndarray) -> np.ndarray:
        return tfidf_scores([qa[i] for i in np.flatnonzero(kb)], queries)

    def rrf(kb: np.ndarray) -> np.ndarray:
        return 1 / (60 + ranks_within(bm25(kb))) + 1 / (60 + ranks_within(minilm("max")(kb)))

    return {
        "BM25 (q+a)": bm25,
        "TF-IDF cosine (q+a)": tfidf,
        "MiniLM question": minilm("question"),
        "MiniLM answer": minilm("answer"),
        "MiniLM q+a": minilm("qa"),
        "MiniLM max(q,a)": minilm("max"),
        "RRF(BM25, MiniLM max(q,a))": rrf,
    }


# --------------------------------------------------------------------------- metrics
def retrieval_metrics(gold_ranks: np.ndarray) -> dict[str, float]:
    return {
        "hit@1": float(np.mean(gold_ranks <= 1)),
        "hit@5": float(np.mean(gold_ranks <= 5)),
        "mrr@10": float(np.mean(np.where(gold_ranks <= 10, 1 / gold_ranks, 0.0))),
    }


def gold_ranks_from_scores(scores: np.ndarray, gold: np.ndarray) -> np.ndarray:
    """Rank of the gold column per row: 1 + higher scores + equal scores at lower positions."""
    rows = np.arange(len(scores))
    target = scores[rows, gold][:, None]
    earlier = np.arange(scores.shape[1])[None, :] < gold[:, None]
    return 1 + (scores > target).sum(axis=1) + ((scores == target) & earlier).sum(axis=1)


def gold_ranks_from_ids(ids: np.ndarray, gold: np.ndarray) -> np.ndarray:
    """Rank of the gold id in each row of returned ids; beyond the row: len(row) + 1."""
    hits = ids == gold[:, None]
    return np.where(hits.any(axis=1), hits.argmax(axis=1) + 1, ids.shape[1] + 1)


@dataclass(frozen=True)
class Decisions:
    """One seed's test outcome under one threshold: which queries are answered right/declined."""

    correct: np.ndarray  # answered with the gold entry
    declined: np.ndarray

    def figures(self, answerable: np.ndarray) -> tuple[float, float]:
        ac = float(np.mean(self.correct[answerable]))
        du = float(np.mean(self.declined[~answerable]))
        return ac, du


def summarize_seeds(per_seed: Mapping[str, list[tuple[float, float]]], hit1_kb: list[float]):
    """Mean AC, DU, BA per rule over seeds, plus the per-seed lists for JSON."""
    row: dict[str, Any] = {"hit@1_kb": float(np.mean(hit1_kb))}
    for rule, figures in per_seed.items():
        ac = [f[0] for f in figures]
        du = [f[1] for f in figures]
        row |= {
            f"{rule}_ac": float(np.mean(ac)),
            f"{rule}_du": float(np.mean(du)),
            f"{rule}_ba": float(np.mean([(a + d) / 2 for a, d in figures])),
            f"{rule}_ac_per_seed": ac,
            f"{rule}_du_per_seed": du,
        }
    return row


# ------------------------------------------------------------------------ peer rows
def peer_retrieval_row(scorer, data: StackFAQ) -> dict[str, Any]:
    scores = scorer(np.ones(len(data.faqs), dtype=bool))
    return retrieval_metrics(gold_ranks_from_scores(scores, data.gold))


def peer_decline_row(scorer, data: StackFAQ, seeds: Sequence[int]) -> dict[str, Any]:
    per_seed: dict[str, list[tuple[float, float]]] = {rule: [] for rule in RULES}
    hit1_kb = []
    for seed in seeds:
        kb, dev = data.kb_mask(seed), data.dev_mask(seed)
        scores = scorer(kb)
        top = np.flatnonzero(kb)[scores.argmax(axis=1)]  # first max = lowest faq_id
        top_score = scores.max(axis=1)
        correct = top == data.gold
        answerable = kb[data.gold]
        test = ~dev
        hit1_kb.append(float(np.mean(correct[test & answerable])))
        for rule, rule_name in RULES.items():
            threshold = choose_decline_threshold(
                top_score[dev],
                correct[dev],
                answerable[dev],
                rule=rule_name,
                min_accuracy=MIN_ACCURACY,
            )
            answered = top_score[test] >= threshold
            decisions = Decisions(correct[test] & answered, ~answered)
            per_seed[rule].append(decisions.figures(answerable[test]))
    return summarize_seeds(per_seed, hit1_kb)


# ------------------------------------------------------------------- supportml rows
@dataclass(frozen=True)
class Variant:
    """A supportml configuration shown as a row."""

    name: str
    params: Mapping[str, Any]
    retrieval: bool  # also shown in task 1 (margin_weight does not change rankings)


VARIANTS = (
    Variant(SUPPORTML, {}, True),
    Variant(
        "supportml fields='max', whole_entry_weight=0, margin_weight=0",
        {"fields": "max", "whole_entry_weight": 0.0, "margin_weight": 0.0},
        True,
    ),
    Variant("supportml margin_weight=0", {"margin_weight": 0.0}, False),
)


def entries_frame(faqs: pd.DataFrame) -> pd.DataFrame:
    return faqs.rename(columns={"faq_id": "entry_id"})[["entry_id", "question", "answer"]]


def supportml_retrieval_row(
    variant: Variant, embedder, data: StackFAQ, vectors: Vectors
) -> dict[str, Any]:
    kb = KnowledgeBase(embedder, **variant.params).fit(entries_frame(data.faqs))
    ids, _ = kb.search(data.queries["text"].tolist(), k=10, query_embeddings=vectors.queries)
    return retrieval_metrics(gold_ranks_from_ids(ids, data.gold))


def supportml_decline_row(
    variant: Variant, embedder, data: StackFAQ, vectors: Vectors, seeds: Sequence[int]
) -> dict[str, Any]:
    per_seed: dict[str, list[tuple[float, float]]] = {rule: [] for rule in RULES}
    hit1_kb = []
    texts = np.asarray(data.queries["text"].tolist(), dtype=object)
    for seed in seeds:
        kb_mask, dev = data.kb_mask(seed), data.dev_mask(seed)
        kb = KnowledgeBase(embedder, **variant.params).fit(entries_frame(data.faqs[kb_mask]))
        answerable = kb_mask[data.gold]
        gold_ids = [int(g) if a else None for g, a in zip(data.gold, answerable, strict=True)]
        dev_gold = [g for g, d in zip(gold_ids, dev, strict=True) if d]
        test = ~dev
        test_ids, _ = kb.search(texts[test].tolist(), k=1, query_embeddings=vectors.queries[test])
        hit1_kb.append(float(np.mean((test_ids[:, 0] == data.gold[test])[answerable[test]])))
        for rule, rule_name in RULES.items():
            kb.fit_decline_threshold(
                texts[dev].tolist(),
                dev_gold,
                rule=rule_name,
                min_accuracy=MIN_ACCURACY,
                query_embeddings=vectors.queries[dev],
            )
            answers = kb.answer(texts[test].tolist(), query_embeddings=vectors.queries[test])
            declined = np.array([a.declined for a in answers])
            correct = np.array([a.entry_id for a in answers], dtype=object) == data.gold[test]
            per_seed[rule].append(Decisions(correct, declined).figures(answerable[test]))
    return summarize_seeds(per_seed, hit1_kb)


# --------------------------------------------------------------------------- targets
def retrieval_target(row: Mapping[str, Any]) -> str:
    met = row["hit@1"] >= TARGET_HIT1
    return f"Hit@1 >= {TARGET_HIT1}: {'met' if met else 'MISSED'}"


def decline_target(row: Mapping[str, Any]) -> str:
    verdicts = []
    for rule in RULES:
        met = row[f"{rule}_ac"] >= TARGET_AC and row[f"{rule}_du"] >= TARGET_DU
        verdicts.append(f"{rule.upper()} {'met' if met else 'no'}")
    return f"AC >= {TARGET_AC} & DU >= {TARGET_DU}: " + ", ".join(verdicts)


def protocol_difference(
    name: str, row: Mapping[str, Any], figures: Mapping[str, tuple[float, ...]], keys
) -> tuple[float | None, bool | None]:
    """Largest absolute difference from the protocol's figures, and whether it is tolerated."""
    if name not in figures:
        return None, None
    diff = max(abs(row[key] - value) for key, value in zip(keys, figures[name], strict=True))
    tolerance = MINILM_TOLERANCE if "MiniLM" in name else LEXICAL_TOLERANCE
    return diff, diff <= tolerance


# ---------------------------------------------------------------------------- output
def _fixed(value: float) -> str:
    return f"{value:.4f}"


RETRIEVAL_COLUMNS = [
    Column("method", "method"),
    Column("Hit@1", "hit@1", _fixed),
    Column("Hit@5", "hit@5", _fixed),
    Column("MRR@10", "mrr@10", _fixed),
    Column("max |diff| vs protocol", "protocol_diff", _fixed),
    Column("target", "target"),
]
DECLINE_COLUMNS = [
    Column("method", "method"),
    Column("Hit@1 KB", "hit@1_kb", _fixed),
    *(
        Column(f"{rule.upper()}: {metric.upper()}", f"{rule}_{metric}", _fixed)
        for rule in RULES
        for metric in ("ac", "du", "ba")
    ),
    Column("max |diff| vs protocol", "protocol_diff", _fixed),
    Column("target", "target"),
]


def print_tables(rows: Sequence[Mapping[str, Any]], seeds: Sequence[int], quick: bool) -> None:
    retrieval = [row for row in rows if row["setting"] == "retrieval"]
    decline = [row for row in rows if row["setting"] == "decline"]
    print("Task 1: retrieval (125 entries, 1,249 queries)")
    print(format_table(retrieval, RETRIEVAL_COLUMNS))
    print()
    seed_text = ", ".join(map(str, seeds))
    print(f"Task 2: declining (test, mean of seeds {seed_text}; KB of 100 entries per seed)")
    print(format_table(decline, DECLINE_COLUMNS))
    print()
    print(
        "Rules (threshold chosen on dev): B = max dev BA; K = largest threshold with dev AC >= "
        f"0.90 x dev AC without declining; M = largest threshold with dev AC >= {MIN_ACCURACY}."
        "\nPeers decline on their top score; supportml on top + margin_weight x (top - second)."
        "\nM never declines for a row whose dev AC without declining is below "
        f"{MIN_ACCURACY} (warnings on stderr).\nProtocol tolerance: {LEXICAL_TOLERANCE} for "
        f"BM25/TF-IDF/RRF, {MINILM_TOLERANCE} for MiniLM; B and K compared (M is not in the "
        "protocol)."
    )
    mismatched = [row["method"] for row in rows if row.get("protocol_match") is False]
    checked = [row for row in rows if row.get("protocol_match") is not None]
    if checked:
        verdict = "all match" if not mismatched else "MISMATCH: " + "; ".join(mismatched)
        print(f"Peer figures against the protocol: {verdict}.")
    if quick:
        print(
            f"--quick: task 2 on seed{'s' if len(seeds) > 1 else ''} {seed_text} only; its "
            "figures are not comparable with the protocol's (mean of seeds 0-4)."
        )


# ------------------------------------------------------------------------------ main
def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="folder holding stackfaq/ (default: $SUPPORTML_DATA_DIR, else ../shared/datasets "
        "next to the repository)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="task 2 on seed 0 only (task 1 and every row still run); about a minute",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=len(os.sched_getaffinity(0)),
        help="threads for torch and BLAS (default: the cores available)",
    )
    parser.add_argument("--json", type=Path, help="also write the rows to this JSON file")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    data_dir = resolve_data_dir(args.data_dir)
    data = load_stackfaq(data_dir)
    limit_threads(args.threads)
    seeds = QUICK_SEEDS if args.quick else SEEDS
    print_header(
        "StackFAQ: FAQ answer search and declining (../shared/BENCHMARK_STACKFAQ.md)",
        {
            "machine": machine_info(args.threads),
            "versions": library_versions(VERSIONED),
            "data": {"dir": data_dir.path, "seeds": ", ".join(map(str, seeds))},
        },
    )

    embedder = CachedEmbedder(
        SentenceTransformerEmbedder(num_threads=args.threads), EmbeddingCache(":memory:")
    )
    progress("Embedding entries and queries (each text once)")
    texts = entry_texts(data.faqs)
    vectors = Vectors(
        question=embedder.encode(texts["question"]),
        answer=embedder.encode(texts["answer"]),
        qa=embedder.encode(texts["qa"]),
        queries=embedder.encode(data.queries["text"].tolist()),
    )

    rows: list[dict[str, Any]] = []
    for name, scorer in peer_scorers(data, vectors).items():
        progress(f"Peer {name}")
        retrieval = peer_retrieval_row(scorer, data)
        decline = peer_decline_row(scorer, data, seeds)
        diff1, ok1 = protocol_difference(name, retrieval, PROTOCOL_RETRIEVAL, RETRIEVAL_KEYS)
        rows.append(_row("retrieval", name, retrieval, diff1, ok1))
        if args.quick:
            rows.append(_row("decline", name, decline, None, None))
        else:
            diff2, ok2 = protocol_difference(name, decline, PROTOCOL_DECLINE, DECLINE_KEYS)
            rows.append(_row("decline", name, decline, diff2, ok2))

    for variant in VARIANTS:
        progress(f"{variant.name}")
        if variant.retrieval:
            retrieval = supportml_retrieval_row(variant, embedder, data, vectors)
            row = _row("retrieval", variant.name, retrieval, None, None)
            if variant.name == SUPPORTML:
                row["target"] = retrieval_target(row)
            rows.append(row)
        decline = supportml_decline_row(variant, embedder, data, vectors, seeds)
        row = _row("decline", variant.name, decline, None, None)
        if variant.name == SUPPORTML:
            row["target"] = decline_target(row)
        rows.append(row)
    progress(f"{embedder.n_computed_} distinct texts embedded")

    print_tables(rows, seeds, args.quick)
    if args.json is not None:
        write_json(args.json, rows)


def _row(
    setting: str, method: str, metrics: Mapping[str, Any], diff: float | None, ok: bool | None
) -> dict[str, Any]:
    return {
        "dataset": "stackfaq",
        "setting": setting,
        "method": method,
        "supportml": method.startswith("supportml"),
        **metrics,
        "protocol_diff": diff,
        "protocol_match": ok,
    }


if __name__ == "__main__":
    main()
