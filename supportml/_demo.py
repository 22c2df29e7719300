"""What ``make demo`` shows: intents of French and English requests, with abstention."""

from __future__ import annotations

import csv
import time
from pathlib import Path

from supportml.intents import IntentClassifier
from supportml.text import detect_language, redact_pii

__all__ = ["DEMO_REQUESTS", "run_demo"]

DEMO_REQUESTS = [
    "Bonjour, je n'arrive pas à partager un dossier avec un prestataire externe",
    "my onedrive shows red crosses and nothing syncs since this morning",
    "j'ai oublié mon mot de passe, appelez-moi au 06 12 34 56 78",
    "How do I record the weekly team meeting?",
    "comment créer une communauté pour mon équipe terrain ?",
    "Teams is down for the whole site, error 500, contact me at paul.martin@example.org",
    "quelle est la recette de la tarte tatin ?",
    "who won the football match last night",
]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def run_demo(data_dir: Path, *, show=print) -> None:
    """Train on the shipped bilingual sample, then classify a few new requests.

    Parameters
    ----------
    data_dir : Path
        Folder with ``sample_requests.csv`` (columns ``text``, ``intent``) and
        ``sample_out_of_scope.csv`` (column ``text``), as in the project's ``datasets/``.
    show : callable, default=print
        Where each output line goes.
    """
    off_topic = [
        {"text": r["text"], "intent": "unknown"}
        for r in _read_csv(data_dir / "sample_out_of_scope.csv")
    ]
    rows = _read_csv(data_dir / "sample_requests.csv") + off_topic
    train = [r for i, r in enumerate(rows) if i % 5]
    validation = [r for i, r in enumerate(rows) if not i % 5]
    n_intents = len({r["intent"] for r in rows}) - 1
    show(f"Training on {len(train)} requests ({n_intents} intents + off-topic, FR+EN)")
    start = time.perf_counter()
    clf = IntentClassifier().fit([r["text"] for r in train], [r["intent"] for r in train])
    clf.fit_abstention(
        [r["text"] for r in validation],
        [r["intent"] for r in validation],
        target_accuracy=0.65,
    )
    accuracy = clf.score([r["text"] for r in validation], [r["intent"] for r in validation])
    show(
        f"Fitted in {time.perf_counter() - start:.1f} s; held-out accuracy with abstention "
        f"{accuracy:.3f}; abstention threshold {clf.threshold_:.3f}\n"
    )
    intents = clf.predict(DEMO_REQUESTS)
    confidences = clf.in_scope_score(DEMO_REQUESTS)
    show(f"{'lang':4}  {'intent':18}  {'conf':>5}  request (PII redacted)")
    for text, intent, confidence in zip(DEMO_REQUESTS, intents, confidences, strict=True):
        show(f"{detect_language(text):4}  {intent:18}  {confidence:5.2f}  {redact_pii(text)}")
