"""Learning interactions: who opened and completed which catalogue item, and when.

Opens follow item popularity, a boost for new items, the user's language, audience, format
and level preferences; new hires start with onboarding content, and requests answered by
``elearning`` lead to opening an item that covers them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from supportml.data._calendar import AS_OF, DAY, PERIOD_START, sample_times
from supportml.data._content import AUDIENCES
from supportml.data._sampling import choose_rows

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["completed_items", "make_interactions"]

_STATE_OPENS = {"new_hire": 12.0, "ghost": 0.5, "dormant": 1.0, "active": 4.0, "power_user": 7.0}
_FIELD_OPENS = 0.8
_RECENCY_DAYS = 60.0
_RECENCY_BOOST = 2.0
_OTHER_LANGUAGE = 0.08
_TARGETED_AUDIENCE = 3.0
_OTHER_AUDIENCE = 0.1
_P_ONBOARDING = 0.8
_ONBOARDING_DAYS = 10
_P_FOLLOW_UP = 0.6
_FOLLOW_UP_HOURS = 6.0


def make_interactions(
    rng: np.random.Generator,
    users: pd.DataFrame,
    catalogue: pd.DataFrame,
    requests: pd.DataFrame,
    true_intents: np.ndarray,
) -> dict[str, np.ndarray]:
    """Draw ``open`` and ``complete`` events over the period, sorted by time."""
    items = _Items(rng, catalogue)
    language = users["language"].to_numpy(dtype=object)
    field_team = users["field_team"].to_numpy(dtype=bool)
    states = users["adoption_state"].to_numpy(dtype=object)
    maturity = users["digital_maturity"].to_numpy(dtype="int64")
    hire = users["hire_date"].to_numpy("datetime64[s]")
    not_before = np.maximum(hire, PERIOD_START)
    audience = np.zeros((len(users), len(AUDIENCES)), dtype=bool)
    audience[:, AUDIENCES.index("new_hire")] = states == "new_hire"
    audience[:, AUDIENCES.index("field")] = field_team
    roles = users["role"].to_numpy(dtype=object)
    audience[:, AUDIENCES.index("manager")] = np.isin(roles, ["manager", "executive"])
    audience[:, AUDIENCES.index("developer")] = roles == "developer"

    # Spontaneous opens over the period.
    exposure = (AS_OF - not_before) / (AS_OF - PERIOD_START)
    rate = np.array([_STATE_OPENS[state] for state in states]) * exposure
    who = np.repeat(
        np.arange(len(users)), rng.poisson(rate * np.where(field_team, _FIELD_OPENS, 1))
    )
    when = sample_times(rng, not_before[who], field_team[who])
    weights = items.weights(when, language[who], audience[who], field_team[who], maturity[who])
    opened = [_keep_possible(rng, who, when, weights)]

    # New hires of the year start with onboarding content, in their first days.
    hired = np.flatnonzero((hire >= PERIOD_START) & (rng.random(len(users)) < _P_ONBOARDING))
    who = np.repeat(hired, rng.integers(1, 3, size=len(hired)))
    delay = rng.random(len(who)) * _ONBOARDING_DAYS * 86_400
    when = hire[who] + delay.astype("timedelta64[s]") + np.timedelta64(9 * 3_600, "s")
    weights = items.weights(when, language[who], audience[who], field_team[who], maturity[who])
    weights *= items.audience == AUDIENCES.index("new_hire")
    opened.append(_keep_possible(rng, who, when, weights))

    # Requests routed to e-learning lead to an item covering their intent.
    routed = np.flatnonzero(
        (requests["tier"].to_numpy(dtype=object) == "elearning")
        & (rng.random(len(requests)) < _P_FOLLOW_UP)
    )
    user_index = {user_id: i for i, user_id in enumerate(users["user_id"])}
    who = np.array([user_index[u] for u in requests["user_id"].to_numpy()[routed]], dtype="int64")
    delay = rng.exponential(_FOLLOW_UP_HOURS * 3_600, len(routed))
    when = requests["created_at"].to_numpy("datetime64[s]")[routed] + delay.astype("timedelta64[s]")
    weights = items.weights(when, language[who], audience[who], field_team[who], maturity[who])
    weights *= items.covers(true_intents[routed])
    opened.append(_keep_possible(rng, who, when, weights))

    who = np.concatenate([part[0] for part in opened])
    when = np.concatenate([part[1] for part in opened])
    item = np.concatenate([part[2] for part in opened])
    keep = when < AS_OF
    who, when, item = who[keep], when[keep], item[keep]
    return _with_completions(rng, users, items, who, when, item, audience, maturity)


def completed_items(interactions: pd.DataFrame, user_ids: pd.Series) -> list[str]:
    """For each user, the sorted ids of the items they completed, ``;``-joined."""
    done = interactions.loc[interactions["event"] == "complete"]
    by_user = done.groupby("user_id")["item_id"].agg(lambda ids: ";".join(sorted(set(ids))))
    return [by_user.get(user_id, "") for user_id in user_ids]


class _Items:
    """The catalogue as arrays, with each item's popularity."""

    def __init__(self, rng: np.random.Generator, catalogue: pd.DataFrame) -> None:
        self.ids = catalogue["item_id"].to_numpy(dtype=object)
        self.language = catalogue["language"].to_numpy(dtype=object)
        self.audience = np.array([AUDIENCES.index(name) for name in catalogue["audience"]])
        fmt = catalogue["format"].to_numpy(dtype=object)
        self.mobile_format = np.isin(fmt, ["video", "podcast"])
        self.elearning = fmt == "elearning"
        level = catalogue["level"].to_numpy(dtype=object)
        self.beginner = level == "beginner"
        self.advanced = level == "advanced"
        self.minutes = catalogue["duration_min"].to_numpy(dtype="int64")
        self.published = catalogue["published_at"].to_numpy("datetime64[s]")
        self.intents = [set(value.split(";")) for value in catalogue["intents"]]
        self.popularity = rng.lognormal(0.0, 1.0, len(self.ids))

    def weights(
        self,
        when: np.ndarray,
        language: np.ndarray,
        audience: np.ndarray,
        field_team: np.ndarray,
        maturity: np.ndarray,
    ) -> np.ndarray:
        """(n_events, n_items) weights of opening each item; 0 before it is published."""
        age = (when[:, None] - self.published[None, :]) / DAY
        recency = np.where(age >= 0, 1.0 + _RECENCY_BOOST * np.exp(-age / _RECENCY_DAYS), 0.0)
        same_language = language[:, None] == self.language[None, :]
        targeted = audience[:, self.audience]
        audience_fit = np.where(
            self.audience[None, :] == 0,
            1.0,
            np.where(targeted, _TARGETED_AUDIENCE, _OTHER_AUDIENCE),
        )
        format_fit = np.where(
            field_team[:, None],
            np.where(self.mobile_format, 2.5, np.where(self.elearning, 0.5, 1.0))[None, :],
            1.0,
        )
        low = (maturity <= 2)[:, None]
        high = (maturity >= 4)[:, None]
        level_fit = (
            np.where(low & self.beginner, 2.0, 1.0)
            * np.where(low & self.advanced, 0.3, 1.0)
            * np.where(high & self.advanced, 2.0, 1.0)
            * np.where(high & self.beginner, 0.6, 1.0)
        )
        return (
            self.popularity[None, :]
            * recency
            * np.where(same_language, 1.0, _OTHER_LANGUAGE)
            * audience_fit
            * format_fit
            * level_fit
        )

    def covers(self, intents: np.ndarray) -> np.ndarray:
        """(n, n_items) mask: does each item cover each of the `intents`?"""
        rows = {name: [name in covered for covered in self.intents] for name in set(intents)}
        return np.array([rows[name] for name in intents], dtype=bool).reshape(-1, len(self.ids))


def _keep_possible(
    rng: np.random.Generator, who: np.ndarray, when: np.ndarray, weights: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Draw an item for the events that have one to open; drop the others."""
    possible = weights.sum(axis=1) > 0
    return who[possible], when[possible], choose_rows(rng, weights[possible])


def _with_completions(
    rng: np.random.Generator,
    users: pd.DataFrame,
    items: _Items,
    who: np.ndarray,
    when: np.ndarray,
    item: np.ndarray,
    audience: np.ndarray,
    maturity: np.ndarray,
) -> dict[str, np.ndarray]:
    minutes = items.minutes[item]
    fits = (items.audience[item] != 0) & audience[who, items.audience[item]]
    p_complete = np.clip(0.85 - minutes / 90 + 0.05 * (maturity[who] - 3) + 0.1 * fits, 0.05, 0.95)
    spent = minutes * 60 * (1.0 + rng.random(len(item)))
    finished = when + spent.astype("timedelta64[s]")
    complete = (rng.random(len(item)) < p_complete) & (finished < AS_OF)

    user_ids = users["user_id"].to_numpy(dtype=object)
    event_user = np.concatenate([who, who[complete]])
    event_item = np.concatenate([item, item[complete]])
    event_time = np.concatenate([when, finished[complete]])
    event = np.array(["open"] * len(who) + ["complete"] * int(complete.sum()), dtype=object)
    order = np.lexsort((event_item, event_user, event_time))
    event_user, event_item, event_time, event = (
        event_user[order],
        event_item[order],
        event_time[order],
        event[order],
    )
    # An item is completed once: later completions of the same item are re-reads.
    seen: set[tuple[int, int]] = set()
    keep = np.ones(len(event), dtype=bool)
    for i in np.flatnonzero(event == "complete"):
        key = (int(event_user[i]), int(event_item[i]))
        keep[i] = key not in seen
        seen.add(key)
    return {
        "user_id": user_ids[event_user[keep]],
        "item_id": items.ids[event_item[keep]],
        "timestamp": event_time[keep],
        "event": event[keep],
    }
