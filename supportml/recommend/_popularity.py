"""Recency-aware popularity, globally and within the user's segment."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from supportml._profile import UserProfile
from supportml.recommend._interactions import Events

__all__ = ["SEGMENT_FIELDS", "RecencyPopularity", "segment_key"]

SEGMENT_FIELDS: tuple[str, ...] = ("role", "department", "site", "adoption_state")

_WEEK_DAYS = 7.0
_TINY = np.finfo(np.float64).tiny
_ADOPTION_PHRASES = {
    "new_hire": "new hires",
    "ghost": "colleagues getting started",
    "dormant": "colleagues coming back",
    "active": "regular users",
    "power_user": "power users",
}


def segment_key(profile: UserProfile | None, segment_by: Sequence[str]) -> tuple[str, ...] | None:
    """The profile's segment, or None when it has no profile or an unknown segment field.

    Examples
    --------
    >>> from supportml import UserProfile
    >>> segment_key(UserProfile(department="Sales", adoption_state="new_hire"),
    ...             ("adoption_state", "department"))
    ('new_hire', 'Sales')
    >>> segment_key(UserProfile(), ("adoption_state", "department")) is None
    True
    """
    if profile is None or not segment_by:
        return None
    key = tuple(str(getattr(profile, field)) for field in segment_by)
    return None if "unknown" in key else key


def segment_phrase(key: tuple[str, ...], segment_by: Sequence[str]) -> str:
    """Who a segment is, in words: ``"new hires in Sales"``.

    Examples
    --------
    >>> segment_phrase(("new_hire", "Sales"), ("adoption_state", "department"))
    'new hires in Sales'
    >>> segment_phrase(("field_worker",), ("role",))
    'field workers'
    """
    values = dict(zip(segment_by, key, strict=True))
    role = values.get("role", "").replace("_", " ")
    role = role if not role or role.endswith("s") else f"{role}s"
    who = _ADOPTION_PHRASES.get(values.get("adoption_state", ""), role or "colleagues")
    if role and "adoption_state" in values:
        who = f"{who} among {role}"
    if "department" in values:
        who = f"{who} in {values['department']}"
    if "site" in values:
        who = f"{who} at {values['site']}"
    return who


class RecencyPopularity:
    """What is being opened right now: event weights decayed with their age.

    An event of age ``a`` days weighs ``weight * 0.5 ** (a / half_life_days)``. An item's
    global score is its share of the decayed weight. Within a segment (users sharing the
    ``segment_by`` fields of their profile), the segment's decayed weights are shrunk towards
    the global shares, ``(D_seg + shrinkage * share) / (sum(D_seg) + shrinkage)``, so a small
    segment borrows from everyone.

    Parameters
    ----------
    half_life_days : float
    segment_by : sequence of str
        Fields of :data:`SEGMENT_FIELDS`; empty for global popularity only.
    shrinkage : float
        Decayed events' worth of global popularity mixed into every segment.

    Examples
    --------
    >>> import numpy as np
    >>> from supportml import UserProfile
    >>> from supportml.recommend._interactions import Events
    >>> events = Events(user_ids=np.array(["u1", "u2", "u2"], dtype=object),
    ...                 item=np.array([0, 1, 1]), age_days=np.array([0.0, 14.0, 14.0]),
    ...                 weight=np.ones(3), completed=np.ones(3, bool),
    ...                 reference_time=None, skipped={})
    >>> popularity = RecencyPopularity(14.0, (), 1.0).fit(events, {}, n_items=3)
    >>> popularity.scores([None]).round(2).tolist()
    [[0.5, 0.5, 0.0]]
    """

    def __init__(self, half_life_days: float, segment_by: Sequence[str], shrinkage: float):
        self.half_life_days = half_life_days
        self.segment_by = tuple(segment_by)
        self.shrinkage = shrinkage

    def fit(
        self, events: Events, profiles: Mapping[str, UserProfile], *, n_items: int
    ) -> RecencyPopularity:
        """Sum the decayed weights per item, globally and per segment."""
        decayed = events.weight * 0.5 ** (events.age_days / self.half_life_days)
        decayed_total = np.bincount(events.item, decayed, minlength=n_items)
        total = decayed_total.sum()
        share = decayed_total / total if total > 0 else decayed_total
        users, user_of_event = np.unique(events.user_ids.astype(str), return_inverse=True)
        keys = [segment_key(profiles.get(user), self.segment_by) for user in users]
        names = sorted({_name(k) for k in keys if k})
        self.segments_ = {name: row for row, name in enumerate(names)}
        row_of_user = np.array([self.segments_[_name(k)] if k else -1 for k in keys], np.int64)
        self._event_row = row_of_user[user_of_event]
        in_segment = self._event_row >= 0
        n_segments = len(self.segments_)
        counts = np.bincount(
            self._event_row[in_segment] * n_items + events.item[in_segment],
            decayed[in_segment],
            minlength=n_segments * n_items,
        ).reshape(n_segments, n_items)
        mass = np.maximum(counts.sum(axis=1, keepdims=True) + self.shrinkage, _TINY)
        segments = (counts + self.shrinkage * share) / mass
        self.table_ = np.vstack([share, segments])  # row 0: everyone
        self._event_item = events.item
        self._event_age = events.age_days
        return self

    def row(self, key: tuple[str, ...] | None) -> int:
        """Row of the segment in :attr:`table_`; 0 (everyone) for no or an unseen segment."""
        return self.segments_.get(_name(key), -1) + 1 if key else 0

    def scores(self, keys: Sequence[tuple[str, ...] | None]) -> np.ndarray:
        """Popularity of every item for users of these segments, shape (n_keys, n_items)."""
        return self.table_[[self.row(key) for key in keys]]

    def reason(self, key: tuple[str, ...] | None, item: int) -> str:
        """Why the item is popular for this segment: ``"popular this week with new hires"``."""
        of_item = self._event_item == item
        segment_row = self.row(key) - 1
        if segment_row >= 0 and (of_item & (self._event_row == segment_row)).any():
            of_item &= self._event_row == segment_row
            who = f" with {segment_phrase(key, self.segment_by)}"
        else:
            who = ""
        when = "this week" if (self._event_age[of_item] < _WEEK_DAYS).any() else "lately"
        return f"popular {when}{who}"


def _name(key: tuple[str, ...]) -> str:
    """A segment's key as one string (saved models need plain dictionary keys)."""
    return "|".join(map(str, key))
