"""A one-line progress bar on stderr: rows done, rows per second, time left when known."""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["Progress"]

_WIDTH = 24


class Progress:
    """Redraws one line at most every ``interval`` seconds; silent when not ``enabled``.

    Parameters
    ----------
    total : int or None
        Rows expected, when known (a bar and the time left are drawn then).
    enabled : bool
    stream : text stream, default=sys.stderr
    interval : float, default=0.5

    Examples
    --------
    >>> import io
    >>> out = io.StringIO()
    >>> bar = Progress(total=4, enabled=True, stream=out, interval=0.0)
    >>> bar.update(2)
    >>> out.getvalue().split("|")[-1].split("·")[0].strip()
    '2/4 rows'
    """

    def __init__(
        self,
        total: int | None,
        *,
        enabled: bool,
        stream: TextIO | None = None,
        interval: float = 0.5,
    ) -> None:
        self.total = total
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self.done = 0
        self._start = time.perf_counter()
        self._drawn = float("-inf")

    def update(self, rows: int) -> None:
        """Count ``rows`` more rows done, and redraw if it is time."""
        self.done += rows
        now = time.perf_counter()
        if self.enabled and now - self._drawn >= self.interval:
            self._drawn = now
            self.stream.write("\r" + self._line(now - self._start))
            self.stream.flush()

    def close(self) -> None:
        """Draw the last state and end the line."""
        if self.enabled:
            self.stream.write("\r" + self._line(time.perf_counter() - self._start) + "\n")
            self.stream.flush()

    def _line(self, elapsed: float) -> str:
        rate = self.done / elapsed if elapsed > 0 else 0.0
        if self.total is None:
            return f"scoring {self.done:,} rows · {rate:,.0f} rows/s"
        share = self.done / self.total if self.total else 1.0
        filled = round(_WIDTH * min(share, 1.0))
        left = (self.total - self.done) / rate if rate > 0 else float("inf")
        eta = f"{left:,.0f} s left" if left != float("inf") else "…"
        bar = "#" * filled + "." * (_WIDTH - filled)
        counts = f"{self.done:,}/{self.total:,} rows"
        return f"{100 * share:3.0f}% |{bar}| {counts} · {rate:,.0f} rows/s · {eta}"
