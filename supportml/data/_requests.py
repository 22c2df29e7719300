"""Help requests: who asks, about what, when, in which words, with which labels."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

import numpy as np

from supportml.data._affinity import affinity_matrix
from supportml.data._calendar import AS_OF, PERIOD_START, sample_times
from supportml.data._intents import INTENTS, TIERS
from supportml.data._sampling import choose_rows
from supportml.data._templates import TEMPLATES
from supportml.data._texts import RequestWriter
from supportml.data._tiers import TierRule

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["INTENT_NOISE", "TIER_NOISE", "make_requests"]

INTENT_NOISE = 0.03
"""Share of requests whose intent label is swapped to a neighbouring intent."""
TIER_NOISE = 0.03
"""Share of requests whose tier label is replaced by another tier."""

_INTENT_NAMES = np.array(list(INTENTS), dtype=object)
_STATE_ACTIVITY = {"new_hire": 2.5, "ghost": 0.5, "dormant": 0.6, "active": 1.0, "power_user": 1.2}
_N_OUTAGES = 8
_OUTAGE_MINUTES = 45.0
_OUTAGE_MAX_MINUTES = 360.0


def make_requests(
    rng: np.random.Generator,
    text_rng: np.random.Generator,
    users: pd.DataFrame,
    rule: TierRule,
    n_requests: int,
    *,
    avoid: Collection[str],
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Draw the requests; returns their columns and their true (noise-free) intents.

    Parameters
    ----------
    rng : numpy.random.Generator
        Draws users, intents, times, situations, paraphrases and label noise.
    text_rng : numpy.random.Generator
        Writes the texts, so that text noise does not shift the other draws.
    users : pandas.DataFrame
        The user profiles, with ``adoption_state``.
    rule : TierRule
        Labels the tier of each request.
    n_requests : int
    avoid : collection of str
        Texts no request may equal (the knowledge-base questions).
    """
    # First, so that the split of the templates depends on the seed only, not on the sizes.
    held_out = _held_out_templates(rng)
    not_before = np.maximum(users["hire_date"].to_numpy("datetime64[s]"), PERIOD_START)
    field_team = users["field_team"].to_numpy(dtype=bool)
    states = users["adoption_state"].to_numpy(dtype=object)
    maturity = users["digital_maturity"].to_numpy(dtype="int64")
    exposure = (AS_OF - not_before) / (AS_OF - PERIOD_START)
    activity = (1.6 - 0.2 * (maturity - 1)) * np.where(field_team, 1.2, 1.0)
    activity *= np.array([_STATE_ACTIVITY[state] for state in states])
    weights = activity * exposure
    asker = rng.choice(len(users), size=n_requests, p=weights / weights.sum())

    affinity = affinity_matrix(
        users["role"].to_numpy(dtype=object),
        users["department"].to_numpy(dtype=object),
        field_team,
        states=states,
        registered=users["registered_at"].notna().to_numpy(),
    )
    intent = _INTENT_NAMES[choose_rows(rng, affinity[asker])]
    created_at = sample_times(rng, not_before[asker], field_team[asker])
    outage = intent == "outage"
    created_at[outage] = _outage_times(rng, not_before[asker][outage], created_at[outage])

    n_situations = np.array([len(TEMPLATES[name]) for name in intent])
    situation = (rng.random(n_requests) * n_situations).astype("int64")
    n_paraphrases = np.array(
        [len(TEMPLATES[name][s]) for name, s in zip(intent, situation, strict=True)]
    )
    paraphrase = (rng.random(n_requests) * n_paraphrases).astype("int64")
    template = list(zip(intent, situation.tolist(), paraphrase.tolist(), strict=True))
    test = np.array([(s, p) in held_out[name] for name, s, p in template])
    language = users["language"].to_numpy(dtype=object)[asker]

    writer = RequestWriter(text_rng, avoid=avoid)
    text = np.array(
        [
            writer.write(name, lang, s, p, when.item())
            for (name, s, p), lang, when in zip(template, language, created_at, strict=True)
        ],
        dtype=object,
    )
    profiles = users.to_dict("records")
    tier = np.array(
        [rule(name, profiles[u]) for name, u in zip(intent, asker, strict=True)], dtype=object
    )
    tier = _swap_tiers(rng, tier)
    labelled = _swap_intents(rng, intent)

    order = np.argsort(created_at, kind="stable")
    template_id = np.array(
        [
            f"{name}.{lang}.{s + 1:02d}.{p + 1}"
            for (name, s, p), lang in zip(template, language, strict=True)
        ],
        dtype=object,
    )
    columns = {
        "request_id": np.array([f"r{i:06d}" for i in range(1, n_requests + 1)], dtype=object),
        "user_id": users["user_id"].to_numpy(dtype=object)[asker][order],
        "created_at": created_at[order],
        "text": text[order],
        "language": language[order],
        "intent": labelled[order],
        "tier": tier[order],
        "split": np.where(test, "test", "train").astype(object)[order],
        "template_id": template_id[order],
    }
    return columns, intent[order]


def _held_out_templates(rng: np.random.Generator) -> dict[str, frozenset[tuple[int, int]]]:
    """For every intent, the ``(situation, paraphrase)`` templates of the test split.

    One whole situation per intent is held out (every paraphrase of it), so the test split keeps
    needs the training split never saw; of every other situation written with two paraphrases
    or more, one paraphrase is held out, so most test requests are unseen wordings of known
    needs. The choice is the same in both languages: no translation of a test template is in
    the training split.
    """
    held_out = {}
    for name, situations in TEMPLATES.items():
        unseen = int(rng.integers(len(situations)))
        chosen = {(unseen, p) for p in range(len(situations[unseen]))}
        for s, paraphrases in enumerate(situations):
            if s != unseen and len(paraphrases) > 1:
                chosen.add((s, int(rng.integers(len(paraphrases)))))
        held_out[name] = frozenset(chosen)
    return held_out


def _outage_times(
    rng: np.random.Generator, not_before: np.ndarray, fallback: np.ndarray
) -> np.ndarray:
    """Outage reports arrive in bursts, within hours of a few incidents of the year."""
    incidents = np.sort(
        sample_times(
            rng,
            np.full(_N_OUTAGES, PERIOD_START),
            np.zeros(_N_OUTAGES, dtype=bool),
        )
    )
    first = np.searchsorted(incidents, not_before)
    choice = first + (rng.random(len(first)) * (_N_OUTAGES - first)).astype("int64")
    delay = np.minimum(rng.exponential(_OUTAGE_MINUTES, len(first)), _OUTAGE_MAX_MINUTES)
    times = incidents[np.minimum(choice, _N_OUTAGES - 1)] + (delay * 60).astype("timedelta64[s]")
    usable = (first < _N_OUTAGES) & (times < AS_OF)
    return np.where(usable, times, fallback)


def _swap_tiers(rng: np.random.Generator, tier: np.ndarray) -> np.ndarray:
    noisy = tier.copy()
    for i in np.flatnonzero(rng.random(len(tier)) < TIER_NOISE):
        others = [name for name in TIERS if name != tier[i]]
        noisy[i] = others[rng.integers(len(others))]
    return noisy


def _swap_intents(rng: np.random.Generator, intent: np.ndarray) -> np.ndarray:
    noisy = intent.copy()
    for i in np.flatnonzero(rng.random(len(intent)) < INTENT_NOISE):
        neighbours = INTENTS[intent[i]].neighbours
        noisy[i] = neighbours[rng.integers(len(neighbours))]
    return noisy
