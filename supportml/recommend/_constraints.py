"""Business constraints: language and level first, diversity, formats for field teams."""

from __future__ import annotations

import math

import numpy as np

from supportml.recommend._catalogue import Catalogue

__all__ = ["select", "suited_levels", "tiers"]


def suited_levels(digital_maturity: int) -> tuple[int, ...]:
    """Level indices suited to a maturity: 1–2 beginner; 3 beginner or intermediate; 4–5
    intermediate or advanced.

    Examples
    --------
    >>> suited_levels(1), suited_levels(3), suited_levels(5)
    ((0,), (0, 1), (1, 2))
    """
    if digital_maturity <= 2:
        return (0,)
    return (0, 1) if digital_maturity == 3 else (1, 2)


def tiers(catalogue: Catalogue, language: str | None, digital_maturity: int) -> np.ndarray:
    """Constraint tier of every item for one user; lower tiers are recommended first.

    0: the user's language and a suited level; 1: the language, another level; 2: another
    language, a suited level; 3: neither. An item or a user without language matches any
    language; an item without level suits everyone.

    Examples
    --------
    >>> import pandas as pd
    >>> from supportml.recommend._catalogue import read_catalogue
    >>> catalogue = read_catalogue(pd.DataFrame({
    ...     "item_id": list("abcd"), "title": list("abcd"), "language": ["fr", "fr", "en", "en"],
    ...     "level": ["beginner", "advanced", "beginner", "advanced"]}))
    >>> tiers(catalogue, "fr", 1).tolist()
    [0, 1, 2, 3]
    """
    other_language = np.zeros(len(catalogue), dtype=bool)
    if language is not None:
        other_language = np.array([lang not in (None, language) for lang in catalogue.language])
    suited = (catalogue.level < 0) | np.isin(catalogue.level, suited_levels(digital_maturity))
    return 2 * other_language.astype(np.int64) + (~suited).astype(np.int64)


def select(
    order: np.ndarray,
    tier: np.ndarray,
    group: np.ndarray,
    n: int,
    *,
    max_per_group: int,
    mobile: np.ndarray | None = None,
    mobile_share: float = 0.0,
) -> list[int]:
    """Pick the top ``n`` of ranked candidates under the diversity and format constraints.

    Candidates come in ``order`` (by tier, then score). Within a tier, an item whose group
    (tool and format) already has ``max_per_group`` picks waits at the end of its tier: the
    cap gives way only when the tier has nothing else, as language and level come first.
    With ``mobile``, at least ``mobile_share`` of the picks are mobile-friendly when there are
    such candidates: the lowest-ranked other picks are swapped for the best mobile candidates
    of the same tier or a better one, within the diversity cap when possible, beyond it
    otherwise.

    Parameters
    ----------
    order : ndarray of shape (n_candidates,)
        Candidate item indices, best first.
    tier : ndarray of shape (n_items,)
    group : ndarray of shape (n_items,)
    n : int
    max_per_group : int
    mobile : ndarray of shape (n_items,) of bool, default=None
    mobile_share : float, default=0.0

    Returns
    -------
    picked : list of int
        At most ``n`` item indices, in recommendation order.

    Examples
    --------
    >>> import numpy as np
    >>> select(np.arange(4), tier=np.zeros(4, int), group=np.array([0, 0, 0, 1]), n=3,
    ...        max_per_group=2)
    [0, 1, 3]
    """
    picked: list[int] = []
    waiting: list[int] = []
    counts: dict[int, int] = {}
    current = None
    for i in order.tolist():
        if tier[i] != current:
            picked += waiting[: n - len(picked)]
            waiting, current = [], tier[i]
        if len(picked) >= n:
            break
        if counts.get(group[i], 0) >= max_per_group:
            waiting.append(i)
            continue
        counts[group[i]] = counts.get(group[i], 0) + 1
        picked.append(i)
    picked += waiting[: n - len(picked)]
    if mobile is not None and mobile_share > 0:
        _swap_in_mobile(picked, order, tier, group, mobile, mobile_share, max_per_group)
    return picked


def _swap_in_mobile(
    picked: list[int],
    order: np.ndarray,
    tier: np.ndarray,
    group: np.ndarray,
    mobile: np.ndarray,
    share: float,
    max_per_group: int,
) -> None:
    missing = math.ceil(share * len(picked)) - int(mobile[picked].sum())
    chosen = set(picked)
    counts = np.bincount(group[picked], minlength=group.max() + 1)
    # First within the diversity cap; then the cap gives way, as the quota comes first.
    candidates = order[mobile[order]].tolist()
    for m, capped in [(m, True) for m in candidates] + [(m, False) for m in candidates]:
        if missing <= 0:
            return
        if m in chosen:
            continue
        others = [j for j in picked if not mobile[j] and tier[j] >= tier[m]]
        if not others:
            continue
        out = others[-1]
        if capped and group[m] != group[out] and counts[group[m]] >= max_per_group:
            continue
        picked.remove(out)
        at = next((k for k, j in enumerate(picked) if tier[j] > tier[m]), len(picked))
        picked.insert(at, m)
        chosen.add(m)
        counts[group[out]] -= 1
        counts[group[m]] += 1
        missing -= 1
