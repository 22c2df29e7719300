"""What a scoring job reports: counts per tier, abstentions, errors, confidence, speed."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["N_CONFIDENCE_BINS", "ScoreResult", "Tally"]

N_CONFIDENCE_BINS = 20
"""Bins of the confidence histogram, of equal width over [0, 1]."""


class Tally:
    """Running counts over output chunks, in bounded memory.

    Examples
    --------
    >>> import pandas as pd
    >>> tally = Tally()
    >>> tally.add(pd.DataFrame({"tier": ["chatbot", "support"], "confidence": [0.9, 0.0],
    ...                         "abstained": [False, True], "error": ["", "text is missing"]}))
    >>> tally.n_rows, tally.n_errors, dict(tally.tiers)
    (2, 1, {'chatbot': 1, 'support': 1})
    """

    def __init__(self) -> None:
        self.n_rows = 0
        self.n_errors = 0
        self.n_abstained = 0
        self.tiers: Counter[str] = Counter()
        self.histogram = np.zeros(N_CONFIDENCE_BINS, dtype=np.int64)

    def add(self, frame: pd.DataFrame) -> None:
        """Count one chunk of output rows."""
        self.n_rows += len(frame)
        self.n_errors += int((frame["error"].astype(str) != "").sum())
        self.n_abstained += int(frame["abstained"].astype(bool).sum())
        self.tiers.update(frame["tier"].astype(str))
        confidence = np.clip(frame["confidence"].to_numpy(dtype=float), 0.0, 1.0)
        self.histogram += np.histogram(confidence, bins=N_CONFIDENCE_BINS, range=(0, 1))[0]


@dataclasses.dataclass(frozen=True)
class ScoreResult:
    """The outcome of :func:`~supportml.batch.score`.

    Attributes
    ----------
    n_rows : int
        Output rows (one per input row).
    n_scored : int
        Rows scored by this call (fewer than ``n_rows`` after a resume).
    n_errors : int
        Rows that could not be routed (their ``error`` column says why).
    n_abstained : int
        Rows whose intent classifier abstained (error rows included).
    tier_counts : dict of str to int
        Rows per tier.
    confidence_histogram : tuple of int
        Rows per confidence bin, :data:`N_CONFIDENCE_BINS` equal bins over [0, 1].
    seconds : float
        Wall time this call spent reading, scoring and writing (loading the model excluded).
    path : Path or None
        The output file, when one was written.
    frame : DataFrame or None
        The output rows, when no output file was given.
    """

    n_rows: int
    n_scored: int
    n_errors: int
    n_abstained: int
    tier_counts: dict[str, int]
    confidence_histogram: tuple[int, ...]
    seconds: float
    path: Path | None = None
    frame: Any = dataclasses.field(default=None, repr=False)

    @classmethod
    def from_tally(cls, tally: Tally, **kwargs: Any) -> ScoreResult:
        """Freeze a :class:`Tally` with the job's other figures."""
        return cls(
            n_rows=tally.n_rows,
            n_errors=tally.n_errors,
            n_abstained=tally.n_abstained,
            tier_counts=dict(sorted(tally.tiers.items())),
            confidence_histogram=tuple(int(c) for c in tally.histogram),
            **kwargs,
        )

    @property
    def rows_per_s(self) -> float:
        """Rows scored by this call per second of wall time."""
        return self.n_scored / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        """A few lines for people: counts per tier, abstentions, errors, speed.

        Examples
        --------
        >>> print(ScoreResult(n_rows=4, n_scored=4, n_errors=1, n_abstained=1,
        ...       tier_counts={"chatbot": 3, "support": 1}, confidence_histogram=(),
        ...       seconds=2.0).summary())
        4 rows scored in 2.0 s (2 rows/s)
          chatbot     3   75.0 %
          support     1   25.0 %
        abstained 1 (25.0 %), errors 1 (25.0 %)
        """
        n = max(self.n_rows, 1)
        lines = [
            f"{self.n_rows:,} rows scored in {self.seconds:.1f} s ({self.rows_per_s:,.0f} rows/s)"
        ]
        if self.n_scored != self.n_rows:
            lines[0] += f"; {self.n_rows - self.n_scored:,} were scored before the resume"
        width = max((len(t) for t in self.tier_counts), default=0)
        lines += [
            f"  {tier:<{width}}  {count:>{len(str(self.n_rows))}}  {100 * count / n:5.1f} %"
            for tier, count in self.tier_counts.items()
        ]
        lines.append(
            f"abstained {self.n_abstained:,} ({100 * self.n_abstained / n:.1f} %), "
            f"errors {self.n_errors:,} ({100 * self.n_errors / n:.1f} %)"
        )
        return "\n".join(lines)
