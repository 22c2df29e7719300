"""The result of :func:`~supportml.insights.discover`, and its Markdown / HTML report."""

from __future__ import annotations

import base64
import dataclasses
import html
import io
from typing import TYPE_CHECKING

from supportml._deps import require

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

__all__ = ["EmergingNeeds"]

_TREND_COLOURS = {
    "new": "#d62728",
    "rising": "#ff7f0e",
    "stable": "#1f77b4",
    "falling": "#7f7f7f",
    "unknown": "#1f77b4",
}


@dataclasses.dataclass(frozen=True)
class EmergingNeeds:
    """Needs found among the requests the router could not place.

    Attributes
    ----------
    clusters : DataFrame
        One row per need, largest first: ``cluster``, ``size``, ``share`` (of the selected
        requests), ``keywords`` (list of str), ``examples`` (list of str, PII redacted),
        ``mean_in_scope_score``, ``trend`` ("new", "rising", "stable", "falling" or
        "unknown" without dates), ``growth`` (requests in the second half of the period over
        the first half, add-one smoothed), ``gap`` ("learning module" or "knowledge-base
        entry") and ``suggestion`` (one sentence).
    requests : DataFrame
        One row per selected request: ``position`` (in the input), ``text``,
        ``in_scope_score``, ``group`` (the clustering's partition; -1 where HDBSCAN left it
        unclustered), ``cluster`` (its need, -1 when scattered) and ``created_at`` when given.
    n_requests : int
        Requests examined.
    """

    clusters: pd.DataFrame
    requests: pd.DataFrame
    n_requests: int

    @property
    def n_scattered(self) -> int:
        """Selected requests that belong to no need."""
        return int((self.requests["cluster"] < 0).sum())

    def summary(self) -> str:
        """One line: how many requests were examined, selected, grouped into needs."""
        return (
            f"{self.n_requests} requests examined, {len(self.requests)} abstained or unsure, "
            f"{len(self.clusters)} needs found, {self.n_scattered} scattered requests."
        )

    def to_markdown(self) -> str:
        """The report as Markdown: a summary line and a table of the needs.

        Examples
        --------
        >>> import pandas as pd
        >>> empty = EmergingNeeds(pd.DataFrame(), pd.DataFrame({"cluster": []}), 0)
        >>> print(empty.to_markdown())
        # Emerging needs
        <BLANKLINE>
        0 requests examined, 0 abstained or unsure, 0 needs found, 0 scattered requests.
        """
        lines = ["# Emerging needs", "", self.summary()]
        if len(self.clusters):
            lines += ["", "| # | size | trend | keywords | suggestion | examples |"]
            lines.append("| ---: | ---: | --- | --- | --- | --- |")
            for row in self.clusters.itertuples():
                cells = [
                    str(row.cluster),
                    str(row.size),
                    row.trend,
                    ", ".join(row.keywords),
                    row.suggestion,
                    " / ".join(row.examples),
                ]
                lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        return "\n".join(lines)

    def to_html(self, *, include_plot: bool = True) -> str:
        """The report as a standalone HTML page, with the plot embedded as a PNG."""
        parts = [
            "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Emerging needs</title>",
            "</head><body><h1>Emerging needs</h1>",
            f"<p>{html.escape(self.summary())}</p>",
        ]
        if include_plot and len(self.clusters):
            buffer = io.BytesIO()
            self.plot().savefig(buffer, format="png", dpi=100, bbox_inches="tight")
            encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
            parts.append(f"<img alt='needs by size' src='data:image/png;base64,{encoded}'>")
        if len(self.clusters):
            parts.append("<table border='1'><tr><th>#</th><th>size</th><th>trend</th>")
            parts.append("<th>keywords</th><th>suggestion</th><th>examples</th></tr>")
            for row in self.clusters.itertuples():
                examples = "<br>".join(html.escape(e) for e in row.examples)
                parts.append(
                    f"<tr><td>{row.cluster}</td><td>{row.size}</td>"
                    f"<td>{html.escape(row.trend)}</td>"
                    f"<td>{html.escape(', '.join(row.keywords))}</td>"
                    f"<td>{html.escape(row.suggestion)}</td><td>{examples}</td></tr>"
                )
            parts.append("</table>")
        parts.append("</body></html>")
        return "\n".join(parts)

    def plot(self, *, max_needs: int = 15) -> Figure:
        """A horizontal bar chart of the largest needs, coloured by trend.

        Needs matplotlib (``pip install "supportml[insights]"``).
        """
        require("matplotlib", extra="insights", caller="EmergingNeeds.plot")
        from matplotlib.figure import Figure

        shown = self.clusters.head(max_needs).iloc[::-1]
        figure = Figure(figsize=(8, 0.4 * max(len(shown), 1) + 1.2))
        ax = figure.subplots()
        pairs = zip(shown.cluster, shown.keywords, strict=True)
        labels = [f"#{c}: {', '.join(k[:3])}" for c, k in pairs]
        colours = [_TREND_COLOURS[t] for t in shown.trend]
        ax.barh(labels, shown["size"], color=colours)
        ax.set_xlabel("requests")
        ax.set_title("Emerging needs (colour: trend)")
        figure.tight_layout()
        return figure
