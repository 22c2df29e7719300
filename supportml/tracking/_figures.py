"""Figures logged with a run: confusion matrices and the reliability diagram.

Figures are built with ``matplotlib.figure.Figure`` directly (no pyplot), so nothing touches
matplotlib's global state or needs a display.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from supportml._deps import require

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from supportml.tracking._evaluate import Evaluation

__all__ = ["confusion_figure", "reliability_figure"]


def confusion_figure(
    true: Sequence[str], predicted: Sequence[str], *, labels: Sequence[str], title: str
) -> Figure:
    """A confusion matrix (rows: truth, columns: prediction), normalised by row, with counts.

    Examples
    --------
    >>> fig = confusion_figure(["a", "b"], ["a", "a"], labels=["a", "b"], title="tiers")
    >>> fig.axes[0].get_title()
    'tiers'
    """
    require("matplotlib", extra="mlflow", caller="confusion_figure")
    from matplotlib.figure import Figure
    from sklearn.metrics import confusion_matrix

    counts = confusion_matrix(true, predicted, labels=list(labels))
    share = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    size = max(4.0, 0.28 * len(labels) + 2)
    fig = Figure(figsize=(size + 1, size), layout="constrained")
    ax = fig.add_subplot()
    image = ax.imshow(share, cmap="Blues", vmin=0, vmax=1)
    ticks = np.arange(len(labels))
    small = len(labels) > 8
    ax.set_xticks(ticks, labels, rotation=90, fontsize=6 if small else 9)
    ax.set_yticks(ticks, labels, fontsize=6 if small else 9)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title(title)
    if not small:
        for (i, j), count in np.ndenumerate(counts):
            color = "white" if share[i, j] > 0.5 else "black"
            ax.text(j, i, str(count), ha="center", va="center", color=color)
    fig.colorbar(image, ax=ax, label="share of the true class")
    return fig


def reliability_figure(evaluation: Evaluation, *, n_bins: int = 10) -> Figure:
    """Accuracy against confidence, for the intent classifier and the tier model.

    Points are drawn per equal-width confidence bin, sized by the number of requests in it;
    a calibrated model lies on the diagonal.
    """
    require("matplotlib", extra="mlflow", caller="reliability_figure")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(5.5, 5), layout="constrained")
    ax = fig.add_subplot()
    ax.plot([0, 1], [0, 1], color="grey", linestyle="--", label="calibrated")
    for name, confidence, correct in (
        ("intent", evaluation.intent_confidence, evaluation.intent_correct),
        ("tier", evaluation.tier_confidence, evaluation.tier_correct),
    ):
        bins = np.clip(np.ceil(confidence * n_bins).astype(int) - 1, 0, n_bins - 1)
        used = np.unique(bins)
        mean_confidence = [confidence[bins == b].mean() for b in used]
        accuracy = [correct[bins == b].mean() for b in used]
        sizes = [20 + 200 * np.mean(bins == b) for b in used]
        ece = evaluation.metrics[f"{name}_ece"]
        ax.plot(mean_confidence, accuracy, marker="o", label=f"{name} (ECE {ece:.3f})")
        ax.scatter(mean_confidence, accuracy, s=sizes, alpha=0.3)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("confidence")
    ax.set_ylabel("accuracy")
    ax.set_title("Reliability on the held-out requests")
    ax.legend(loc="upper left")
    return fig
