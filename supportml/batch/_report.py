"""A PNG report of a scoring job: the tier distribution and the confidence histogram."""

from __future__ import annotations

import os
from pathlib import Path

from supportml._deps import require
from supportml.batch._result import N_CONFIDENCE_BINS, ScoreResult

__all__ = ["write_report"]

_TIER_ORDER = ("chatbot", "elearning", "ambassador", "support")


def write_report(result: ScoreResult, path: str | os.PathLike[str]) -> Path:
    """Draw the tiers and the confidence histogram of a scored backlog into a PNG file.

    Parameters
    ----------
    result : ScoreResult
        What :func:`~supportml.batch.score` returned.
    path : str or path-like
        The PNG file to write.

    Returns
    -------
    Path

    Raises
    ------
    MissingDependencyError
        When matplotlib is not installed.

    Examples
    --------
    >>> from supportml.batch import ScoreResult
    >>> result = ScoreResult(n_rows=3, n_scored=3, n_errors=0, n_abstained=0,
    ...     tier_counts={"chatbot": 2, "support": 1}, confidence_histogram=(0,) * 19 + (3,),
    ...     seconds=1.0)
    >>> write_report(result, getfixture("tmp_path") / "report.png").stat().st_size > 0
    True
    """
    require("matplotlib", extra="report", caller="write_report")
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    tiers = [t for t in _TIER_ORDER if t in result.tier_counts]
    tiers += sorted(set(result.tier_counts) - set(tiers))
    counts = [result.tier_counts[t] for t in tiers]
    figure = Figure(figsize=(10, 4), layout="constrained")
    left, right = figure.subplots(1, 2)
    bars = left.bar(tiers, counts, color="#4c72b0")
    left.bar_label(bars, labels=[f"{c / max(result.n_rows, 1):.1%}" for c in counts])
    left.set_title(f"Tiers of {result.n_rows:,} requests")
    left.set_ylabel("requests")
    edges = [i / N_CONFIDENCE_BINS for i in range(N_CONFIDENCE_BINS + 1)]
    right.stairs(result.confidence_histogram, edges, fill=True, color="#55a868")
    right.set_title(f"Confidence (abstained {result.n_abstained:,}, errors {result.n_errors:,})")
    right.set_xlabel("confidence of the tier chosen")
    right.set_ylabel("requests")
    path = Path(path)
    figure.savefig(path, dpi=100)
    return path
