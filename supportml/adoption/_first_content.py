"""The first learning content to push to a ghost or dormant user, through ContentRecommender."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from supportml._profile import UserProfile
from supportml.recommend._catalogue import LEVELS, read_catalogue
from supportml.recommend._priors import format_noun
from supportml.recommend._recommender import ContentRecommender

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FirstContent", "first_contents"]

_BEGINNER = LEVELS.index("beginner")
# Recency popularity within (state, department) and profile priors (audience, level, short and
# mobile formats for ghost, dormant and field users); no text model is needed.
_WEIGHTS = {"collaborative": 0.0, "content": 0.0, "context": 0.0}


@dataclasses.dataclass(frozen=True)
class FirstContent:
    """One user's first content: the item id (None when nothing fits) and why."""

    item_id: str | None
    reason: str


def first_contents(
    profiles: Sequence[UserProfile],
    tools: Sequence[str],
    *,
    catalogue: pd.DataFrame,
    users: pd.DataFrame,
    interactions: pd.DataFrame | None,
    short_minutes: float,
) -> list[FirstContent]:
    """Pick one item per user: short, beginner, on their tool, in their language, not completed.

    A :class:`~supportml.recommend.ContentRecommender` ranks the items (popularity among
    users of the same state and department, profile priors, never an item completed, the
    user's language first, mobile formats for field teams) within the strictest set that
    still has an item for the user; the sets relax in this order: short (at most
    `short_minutes`) beginner items on the user's tool; short beginner items; beginner items;
    any item. Each is taken in the user's language when the catalogue has one, else in any.

    Parameters
    ----------
    profiles : sequence of UserProfile
        The users, with their ``adoption_state`` and ``completed_items``.
    tools : sequence of str
        Each user's tool (a catalogue ``tool``).
    catalogue : DataFrame
        The learning catalogue (see :meth:`ContentRecommender.fit`).
    users : DataFrame
        The users table, with the current ``adoption_state``, for popularity segments.
    interactions : DataFrame or None
        Learning interactions (``user_id``, ``item_id``, ``timestamp``, optional ``event``).
    short_minutes : float

    Returns
    -------
    list of FirstContent

    Examples
    --------
    >>> import pandas as pd
    >>> from supportml import UserProfile
    >>> catalogue = pd.DataFrame({
    ...     "item_id": ["chat-video", "chat-course", "files-guide"],
    ...     "title": ["Chat in 3 minutes", "Messaging in depth", "Your files"],
    ...     "format": ["video", "elearning", "guide"], "level": ["beginner"] * 3,
    ...     "duration_min": [3, 40, 5], "tool": ["messaging", "messaging", "cloud_storage"],
    ...     "language": ["en"] * 3})
    >>> ann = UserProfile(user_id="ann", language="en", adoption_state="ghost")
    >>> users = pd.DataFrame([ann.to_dict()])
    >>> [first] = first_contents([ann], ["messaging"], catalogue=catalogue, users=users,
    ...                          interactions=None, short_minutes=10)
    >>> first.item_id, first.reason
    ('chat-video', "'Chat in 3 minutes' (a 3-min beginner video on messaging, en)")
    """
    import pandas as pd

    items = read_catalogue(catalogue)
    if interactions is None:
        interactions = pd.DataFrame({"user_id": [], "item_id": [], "timestamp": []})
    recommender = ContentRecommender(weights=_WEIGHTS, short_minutes=short_minutes).fit(
        interactions, users=users, items=catalogue
    )
    beginner = items.level == _BEGINNER
    short = np.nan_to_num(items.duration, nan=np.inf) <= short_minutes
    picks: list[FirstContent | None] = [None] * len(profiles)
    groups: dict[tuple, list[int]] = {}
    for k, (profile, tool) in enumerate(zip(profiles, tools, strict=True)):
        groups.setdefault((profile.language, tool), []).append(k)
    for (language, tool), members in groups.items():
        same_language = np.array([lang in (None, language) for lang in items.language])
        steps = [beginner & short & (items.tool == tool), beginner & short, beginner]
        for mask in [*steps, np.ones(len(items), dtype=bool)]:
            for allowed in (mask & same_language, mask):
                waiting = [k for k in members if picks[k] is None]
                if not waiting or not allowed.any():
                    continue
                ids, _ = recommender.recommend(
                    [profiles[k] for k in waiting], n=1, only_items=items.ids[allowed]
                )
                for k, item_id in zip(waiting, ids[:, 0], strict=True):
                    if item_id is not None:
                        picks[k] = FirstContent(item_id, _describe(items, items.index[item_id]))
    return [pick or FirstContent(None, "nothing in the catalogue left to push") for pick in picks]


def _describe(items, item: int) -> str:
    level = LEVELS[items.level[item]] if items.level[item] >= 0 else ""
    minutes = items.duration[item]
    length = "" if np.isnan(minutes) else f"{minutes:.0f}-min "
    what = f"{length}{level} {format_noun(items.format[item])}".strip().replace("  ", " ")
    article = "an" if what[0] in "aeiou" else "a"
    tool = f" on {items.tool[item]}" if items.tool[item] else ""
    language = f", {items.language[item]}" if items.language[item] else ""
    return f"'{items.titles[item]}' ({article} {what}{tool}{language})"
