"""The ambassador network: trained colleagues, their expertise, reach and weekly capacity."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from supportml.data._affinity import affinity_matrix
from supportml.data._intents import INTENTS
from supportml.data._profiles import DEPARTMENTS
from supportml.data._sampling import choose_rows

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["AMBASSADOR_SHARE", "make_ambassadors"]

AMBASSADOR_SHARE = 0.01
"""Share of the users who are ambassadors (at least 5 ambassadors)."""
_MIN_AMBASSADORS = 5
_BILINGUAL_SITES = ("Montreal", "Brussels")
_INTENT_NAMES = np.array(list(INTENTS))
# Ambassadors know the complex intents (tier "ambassador") and some how-to intents.
_EXPERT = np.array([spec.tier == "ambassador" for spec in INTENTS.values()])
_KNOWABLE = np.array([spec.tier in ("ambassador", "chatbot") for spec in INTENTS.values()])


def make_ambassadors(rng: np.random.Generator, users: pd.DataFrame) -> dict[str, list]:
    """Pick the ambassadors among engaged, mature users and draw their expertise and reach."""
    import pandas as pd

    n_ambassadors = min(len(users), max(_MIN_AMBASSADORS, round(AMBASSADOR_SHARE * len(users))))
    eligible = (
        users["adoption_state"].isin(["active", "power_user"]).to_numpy()
        & (users["role"] != "executive").to_numpy()
    )
    score = (
        users["digital_maturity"].to_numpy(dtype="float64")
        + 1.5 * (users["adoption_state"] == "power_user").to_numpy()
        + rng.normal(0.0, 1.0, len(users))
    )
    # Each department recruits its best candidates, in proportion to its size; users who are
    # not eligible come last, the best first.
    department = users["department"].to_numpy(dtype=object)
    rank = pd.Series(-score).groupby(department).rank(method="first").to_numpy()
    size = pd.Series(department).map(pd.Series(department).value_counts()).to_numpy()
    priority = np.where(eligible, rank / size, len(users) - score)
    chosen = users.iloc[np.sort(np.argsort(priority, kind="stable")[:n_ambassadors])]
    affinity = affinity_matrix(
        chosen["role"].to_numpy(), chosen["department"].to_numpy(), chosen["field_team"].to_numpy()
    )
    first = choose_rows(rng, affinity * _EXPERT)
    columns: dict[str, list] = {
        name: []
        for name in (
            "ambassador_id",
            "user_id",
            "expertise",
            "departments",
            "languages",
            "site",
            "weekly_capacity",
        )
    }
    for number, (row, weights, expert) in enumerate(
        zip(chosen.itertuples(index=False), affinity, first, strict=True), start=1
    ):
        others = weights * _KNOWABLE
        others[expert] = 0.0
        n_others = int(rng.integers(1, 3))
        extra = rng.choice(len(others), size=n_others, replace=False, p=others / others.sum())
        expertise = [_INTENT_NAMES[expert], *_INTENT_NAMES[np.sort(extra)]]
        departments = {row.department}
        if rng.random() < 0.3:
            departments.add(DEPARTMENTS[rng.integers(len(DEPARTMENTS))])
        languages = {row.language}
        if rng.random() < (0.85 if row.site in _BILINGUAL_SITES else 0.3):
            languages.add("en" if row.language == "fr" else "fr")
        capacity = int(rng.integers(2, 9)) + 2 * (row.adoption_state == "power_user")
        columns["ambassador_id"].append(f"a{number:03d}")
        columns["user_id"].append(row.user_id)
        columns["expertise"].append(";".join(expertise))
        columns["departments"].append(";".join(sorted(departments)))
        columns["languages"].append(";".join(sorted(languages)))
        columns["site"].append(row.site)
        columns["weekly_capacity"].append(capacity)
    return columns
