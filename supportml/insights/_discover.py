"""Emerging needs: clusters of the requests the router abstained on or was unsure about."""

from __future__ import annotations

import logging
import re
from numbers import Integral, Real
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from supportml.exceptions import InvalidInputError
from supportml.insights._inputs import classifier_of, read_requests, vectors_for
from supportml.insights._keywords import distinctive_keywords
from supportml.insights._needs import EmergingNeeds

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["discover"]

logger = logging.getLogger(__name__)

# "How do I ..." wording asks to learn a task (a learning module); the rest reports a problem
# or asks one question (a knowledge-base entry).
_HOW_TO = re.compile(
    r"\b(how|what is the way|can i|is it possible|learn|tutorial|guide|best way|"
    r"comment|est-ce que je peux|est-il possible|apprendre|tuto|formation)\b",
    re.IGNORECASE,
)
_GROWTH = 1.5  # second half of the period over first half, for "rising" (and 1/1.5 "falling")


def discover(
    requests: Any,
    router: Any,
    *,
    embeddings: Any = None,
    unsure_below: float = 0.5,
    algorithm: Literal["agglomerative", "hdbscan"] = "agglomerative",
    distance_threshold: float = 0.5,
    min_cluster_size: int = 3,
    n_examples: int = 3,
) -> EmergingNeeds:
    """Group the requests the router could not place into needs, and name each need.

    A request is selected when the intent classifier abstains on it (in-scope score below its
    threshold) or is unsure (score below ``unsure_below``). The selected requests are
    clustered by meaning without a number of clusters: by default average-linkage
    agglomerative clustering of their embeddings, which merges groups while their mean
    pairwise cosine distance stays below ``distance_threshold``; or HDBSCAN, which leaves
    requests in sparse regions unclustered. Groups of at least ``min_cluster_size`` requests
    are the needs; the others are counted as scattered.

    Each need gets its distinctive keywords (class-based TF-IDF), the ``n_examples`` requests
    closest to its centre (PII redacted), its size, its trend (when the requests have dates)
    and the content gap it reveals: a *learning module* when most of its requests ask how to
    do something, else a *knowledge-base entry*.

    Parameters
    ----------
    requests : sequence of str, or DataFrame
        Texts, or a table with a ``text`` column and an optional ``created_at`` column (which
        gives each need its trend).
    router : Router or IntentClassifier
        A fitted router (its intent classifier and embedder are used) or intent classifier.
    embeddings : array-like of shape (n_requests, dim), default=None
        Precomputed vectors of the requests; by default the router's embedder encodes each
        distinct text once.
    unsure_below : float, default=0.5
        In-scope score (see :meth:`IntentClassifier.in_scope_score`) below which a request
        counts as unsure; 0 keeps only abstentions.
    algorithm : {"agglomerative", "hdbscan"}, default="agglomerative"
    distance_threshold : float, default=0.5
        Agglomerative only: the largest mean cosine distance between two groups merged.
    min_cluster_size : int, default=3
        Smallest group reported as a need (HDBSCAN: its ``min_cluster_size``).
    n_examples : int, default=3
        Representative requests shown per need.

    Returns
    -------
    needs : EmergingNeeds
        ``needs.clusters`` (one row per need, largest first) and ``needs.requests`` (one row
        per selected request); ``to_markdown()``, ``to_html()`` and ``plot()`` report them.
        When no request is selected, both tables are empty.

    Raises
    ------
    InvalidInputError
        No requests, a bad text, embeddings of the wrong shape, or a bad parameter.

    Examples
    --------
    >>> from supportml import IntentClassifier
    >>> from supportml.insights import discover
    >>> clf = IntentClassifier(embedder="hashing").fit(
    ...     ["share a folder", "share my file", "reset my password", "forgot password"],
    ...     ["share_file", "share_file", "password_reset", "password_reset"])
    >>> needs = discover(["how do I book a meeting room", "how to book a room for a meeting",
    ...                   "book a meeting room please", "share a folder"], clf,
    ...                  unsure_below=0.9, min_cluster_size=2)
    >>> needs.clusters[["size", "gap"]].to_dict("records")
    [{'size': 3, 'gap': 'learning module'}]
    """
    _check_params(unsure_below, algorithm, distance_threshold, min_cluster_size, n_examples)
    texts, created_at = read_requests(requests)
    classifier = classifier_of(router)
    vectors = vectors_for(texts, router, embeddings, name="embeddings")
    if getattr(classifier, "embedder_", True) is None:  # fitted on vectors
        _, score = classifier.predict_proba_with_scope(vectors)
    else:
        _, score = classifier.predict_proba_with_scope(texts, embeddings=vectors)
    selected = np.flatnonzero(score < max(classifier.threshold_, unsure_below))
    logger.info("discover: %d of %d requests abstained or unsure", len(selected), len(texts))
    chosen = vectors[selected] / np.maximum(
        np.linalg.norm(vectors[selected], axis=1, keepdims=True), 1e-12
    )
    groups = _cluster(chosen, algorithm, distance_threshold, min_cluster_size)
    cluster = _needs_of(groups, min_cluster_size)
    chosen_texts = [texts[i] for i in selected]
    table = _requests_table(selected, chosen_texts, score[selected], groups, cluster)
    if created_at is not None:
        table["created_at"] = created_at[selected]
    return EmergingNeeds(
        clusters=_describe(table, chosen, n_examples, min_cluster_size),
        requests=table,
        n_requests=len(texts),
    )


def _check_params(unsure_below, algorithm, distance_threshold, min_cluster_size, n_examples):
    checks = [
        ("unsure_below", unsure_below, isinstance(unsure_below, Real) and 0 <= unsure_below <= 1),
        ("algorithm", algorithm, algorithm in ("agglomerative", "hdbscan")),
        (
            "distance_threshold",
            distance_threshold,
            isinstance(distance_threshold, Real) and 0 < distance_threshold <= 2,
        ),
        (
            "min_cluster_size",
            min_cluster_size,
            isinstance(min_cluster_size, Integral) and min_cluster_size >= 2,
        ),
        ("n_examples", n_examples, isinstance(n_examples, Integral) and n_examples >= 1),
    ]
    expected = {
        "unsure_below": "a float in [0, 1]",
        "algorithm": "'agglomerative' or 'hdbscan'",
        "distance_threshold": "a float in (0, 2]",
        "min_cluster_size": "an int >= 2",
        "n_examples": "an int >= 1",
    }
    for name, value, ok in checks:
        if not ok:
            raise InvalidInputError(
                f"The {name!r} parameter of discover must be {expected[name]}. Got {value!r}."
            )


def _cluster(
    vectors: np.ndarray, algorithm: str, distance_threshold: float, min_cluster_size: int
) -> np.ndarray:
    """A group id per unit vector; -1 for HDBSCAN's unclustered requests."""
    if len(vectors) < 2:
        return np.zeros(len(vectors), dtype=np.intp)
    if algorithm == "hdbscan":
        from sklearn.cluster import HDBSCAN

        if len(vectors) < min_cluster_size:
            return np.full(len(vectors), -1, dtype=np.intp)
        return HDBSCAN(min_cluster_size=min_cluster_size, copy=True).fit_predict(vectors)
    from sklearn.cluster import AgglomerativeClustering

    return AgglomerativeClustering(
        n_clusters=None, distance_threshold=distance_threshold, metric="cosine", linkage="average"
    ).fit_predict(vectors)


def _needs_of(groups: np.ndarray, min_cluster_size: int) -> np.ndarray:
    """Need ids (0 is the largest; ties by group id); -1 for groups too small to report."""
    cluster = np.full(len(groups), -1, dtype=np.intp)
    ids, sizes = np.unique(groups[groups >= 0], return_counts=True)
    big = np.flatnonzero(sizes >= min_cluster_size)
    for need, i in enumerate(big[np.lexsort((ids[big], -sizes[big]))]):
        cluster[groups == ids[i]] = need
    return cluster


def _requests_table(positions, texts, score, groups, cluster) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(
        {
            "position": np.asarray(positions, dtype=np.int64),
            "text": texts,
            "in_scope_score": np.asarray(score, dtype=np.float64),
            "group": np.asarray(groups, dtype=np.int64),
            "cluster": np.asarray(cluster, dtype=np.int64),
        }
    )


def _describe(
    table: pd.DataFrame, vectors: np.ndarray, n_examples: int, min_cluster_size: int
) -> pd.DataFrame:
    """One row per need: keywords, examples, size, trend and the gap it reveals."""
    import pandas as pd

    from supportml.text import redact_pii

    cluster = table["cluster"].to_numpy()
    texts = table["text"].tolist()
    keywords = distinctive_keywords(texts, cluster) if (cluster >= 0).any() else {}
    rows = []
    for need in sorted(keywords):
        members = np.flatnonzero(cluster == need)
        centre = vectors[members].mean(axis=0)
        closest = members[np.argsort(-(vectors[members] @ centre), kind="stable")]
        examples = list(dict.fromkeys(redact_pii(texts[i]) for i in closest))[:n_examples]
        how_to = np.mean([bool(_HOW_TO.search(texts[i])) for i in members])
        trend, growth = _trend(table, members, min_cluster_size)
        gap = "learning module" if how_to >= 0.5 else "knowledge-base entry"
        words = ", ".join(keywords[need][:3]) or "(no keyword)"
        rows.append(
            {
                "cluster": need,
                "size": len(members),
                "share": len(members) / len(table),
                "keywords": keywords[need],
                "examples": examples,
                "mean_in_scope_score": float(table["in_scope_score"].to_numpy()[members].mean()),
                "trend": trend,
                "growth": growth,
                "gap": gap,
                "suggestion": f"Create a {gap} on '{words}' ({len(members)} requests, {trend}).",
            }
        )
    columns = ["cluster", "size", "share", "keywords", "examples", "mean_in_scope_score"]
    columns += ["trend", "growth", "gap", "suggestion"]
    return pd.DataFrame(rows, columns=columns)


def _trend(table: pd.DataFrame, members: np.ndarray, min_cluster_size: int) -> tuple[str, float]:
    """Requests in the second half of the period over the first half, with a label."""
    if "created_at" not in table.columns:
        return "unknown", float("nan")
    when = table["created_at"]
    start, end = when.min(), when.max()
    if start == end:
        return "unknown", float("nan")
    late = (when.iloc[members] >= start + (end - start) / 2).to_numpy()
    first, second = int((~late).sum()), int(late.sum())
    growth = (second + 1) / (first + 1)
    if first == 0 and second >= min_cluster_size:
        return "new", growth
    if growth >= _GROWTH:
        return "rising", growth
    if growth <= 1 / _GROWTH:
        return "falling", growth
    return "stable", growth
