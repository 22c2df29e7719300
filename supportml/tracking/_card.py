"""The model card logged with every run: what the router is for, its data, its scores."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from supportml.tracking._config import RetrainConfig
    from supportml.tracking._data import TrainingData
    from supportml.tracking._evaluate import Evaluation

__all__ = ["model_card"]

_METRICS_DOC = {
    "intent_accuracy": "share of requests whose intent is right (abstentions count as wrong)",
    "intent_macro_f1": "intent F1, averaged over intents",
    "tier_accuracy": "share of requests routed to their true tier",
    "tier_macro_f1": "tier F1, averaged over the four tiers (the promotion gate's default)",
    "unsafe_self_service_rate": "true-support requests sent to chatbot or e-learning",
    "intent_ece": "calibration error of the intent probabilities",
    "tier_ece": "calibration error of the tier model's probabilities",
    "abstention_rate": "share of requests the intent classifier declined",
    "n_eval": "held-out requests evaluated",
    "fit_seconds": "wall time of Router.fit",
}


def model_card(
    config: RetrainConfig,
    data: TrainingData,
    evaluation: Evaluation,
    *,
    metrics: dict[str, float],
    embedder_name: str,
) -> str:
    """The model card, in Markdown.

    Parameters
    ----------
    config : RetrainConfig
    data : TrainingData
    evaluation : Evaluation
    metrics : dict of str to float
        Every metric the run logs (the evaluation's and the fit time).
    embedder_name : str

    Returns
    -------
    card : str
    """
    fp = data.fingerprint
    tiers = evaluation.report()["tier"]
    lines = [
        "# supportml router: model card",
        "",
        "## Intended use",
        "Routes help requests about the organisation's collaboration tools (French and "
        "English) to `chatbot`, `elearning`, `ambassador` or `support`, with the support "
        "team's policy file having the last word. Anything unsure, invalid or unsafe to "
        "automate goes to `support`. Not for decisions about people.",
        "",
        "## Training data",
        f"- source: `{data.source}`",
        f"- requests: {fp.n_rows} (train {len(data.train)}, held out {len(data.test)}; "
        f"train fraction {config.data.train_fraction})",
        f"- sha256: `{fp.sha256}`",
        f"- tiers: {_inline(fp.tiers)}",
        f"- intents: {len(fp.intents)}",
        "",
        "## Model",
        f"- embedder: `{embedder_name}`",
        f"- settings: {_inline(config.model.to_dict())}",
        "",
        "## Held-out evaluation",
        "| metric | value | meaning |",
        "| --- | ---: | --- |",
        *(f"| {k} | {v:.4f} | {_METRICS_DOC.get(k, '')} |" for k, v in sorted(metrics.items())),
        "",
        "| tier | precision | recall | F1 | support |",
        "| --- | ---: | ---: | ---: | ---: |",
        *(
            f"| {t} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1-score']:.3f} "
            f"| {int(r['support'])} |"
            for t, r in tiers.items()
            if isinstance(r, dict) and t not in ("macro avg", "weighted avg")
        ),
        "",
        "## Limitations",
        "- Scores are on the held-out split of the data above; real traffic drifts, so the "
        "promotion gate re-evaluates every challenger against the champion on the same set.",
        "- Profiles matter: a request with no known profile is routed on its text alone.",
        "",
        "## Reproduce",
        "Rerun `python -m training.retrain --config <file>` with the run's params "
        "(`data.*`, `model.*`, `tracking.*`) and check the data sha256 above.",
        "",
    ]
    return "\n".join(lines)


def _inline(values: dict[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in values.items())
