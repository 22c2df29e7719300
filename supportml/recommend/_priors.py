"""Profile priors for cold start: audience, level and format fitted to who the user is."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from supportml._profile import UserProfile
from supportml.recommend._catalogue import LEVELS, Catalogue

__all__ = ["ProfilePriors", "format_noun", "target_level"]

_MOBILE_FORMATS = ("video", "podcast")
_SHORT_FIRST_STATES = ("ghost", "dormant")
_AUDIENCE_PHRASES = {
    "new_hire": "onboarding content for new hires",
    "field": "made for field teams",
    "manager": "made for managers",
    "developer": "made for developers",
}
_FORMAT_NOUNS = {
    "elearning": "e-learning module",
    "video": "video",
    "podcast": "podcast",
    "guide": "guide",
}


def target_level(digital_maturity: int) -> int:
    """The level index suited to a maturity: 1–2 beginner, 3 intermediate, 4–5 advanced.

    Examples
    --------
    >>> [LEVELS[target_level(m)] for m in (1, 3, 5)]
    ['beginner', 'intermediate', 'advanced']
    """
    return 0 if digital_maturity <= 2 else 1 if digital_maturity == 3 else 2


def format_noun(fmt: str | None) -> str:
    """How a format reads in an explanation: ``"e-learning module"``, ``"video"``."""
    return _FORMAT_NOUNS.get(fmt, "resource")


def _audiences(profile: UserProfile) -> frozenset[str]:
    audiences = {"all"}
    if profile.adoption_state == "new_hire":
        audiences.add("new_hire")
    if profile.field_team:
        audiences.add("field")
    if profile.role in ("manager", "developer"):
        audiences.add(profile.role)
    return frozenset(audiences)


class ProfilePriors:
    """How well each item fits a profile, from 0 to 1, before any interaction is known.

    The score is the mean of the components that apply to the profile:

    - audience: 1 for an item made for one of the user's audiences (``new_hire`` for new
      hires, ``field`` for field teams, ``manager``, ``developer`` by role), 0.5 for ``all``,
      0 for another audience;
    - level: 1 at the level suited to the digital maturity (:func:`target_level`), 0.5 one
      level away, 0 two levels away (0.5 for an item without level);
    - format, for field teams: 1 for a mobile-friendly item (a video or podcast of at most
      ``short_minutes``), 0.5 for a short item or a longer video or podcast, 0 otherwise;
      for ghost and dormant users: 1 for a short item, 0 otherwise.

    Parameters
    ----------
    catalogue : Catalogue
    short_minutes : float

    Examples
    --------
    >>> import pandas as pd
    >>> from supportml import UserProfile
    >>> from supportml.recommend._catalogue import read_catalogue
    >>> catalogue = read_catalogue(pd.DataFrame({
    ...     "item_id": ["video", "course"], "title": ["Share in 3 min", "Sharing in depth"],
    ...     "format": ["video", "elearning"], "duration_min": [3, 45],
    ...     "level": ["beginner", "advanced"]}))
    >>> priors = ProfilePriors(catalogue, 10.0)
    >>> field_worker = UserProfile(field_team=True, digital_maturity=2)
    >>> priors.scores([field_worker]).round(2).tolist()
    [[0.83, 0.17]]
    >>> priors.reason(field_worker, 0)
    'a short video for field teams'
    """

    def __init__(self, catalogue: Catalogue, short_minutes: float) -> None:
        self.catalogue = catalogue
        duration = catalogue.duration
        self.short = duration <= short_minutes
        mobile_format = np.isin(catalogue.format, _MOBILE_FORMATS)
        self.mobile = mobile_format & self.short
        self._field_fit = np.where(self.mobile, 1.0, np.where(self.short | mobile_format, 0.5, 0.0))

    def _components(self, profile: UserProfile) -> dict[str, np.ndarray]:
        catalogue = self.catalogue
        audiences = _audiences(profile)
        audience = np.array([1.0 if a in audiences else 0.0 for a in catalogue.audience])
        audience[catalogue.audience == "all"] = 0.5
        distance = np.abs(catalogue.level - target_level(profile.digital_maturity))
        level = np.where(catalogue.level < 0, 0.5, 1.0 - distance / (len(LEVELS) - 1))
        components = {"format": None, "audience": audience, "level": level}
        if profile.field_team:
            components["format"] = self._field_fit
        elif profile.adoption_state in _SHORT_FIRST_STATES:
            components["format"] = self.short.astype(np.float64)
        return {name: values for name, values in components.items() if values is not None}

    def scores(self, profiles: Sequence[UserProfile]) -> np.ndarray:
        """Prior of every item for each profile, shape (n_profiles, n_items)."""
        keys: dict[tuple, int] = {}
        table, rows = [], []
        for profile in profiles:
            key = (
                _audiences(profile),
                target_level(profile.digital_maturity),
                profile.field_team,
                profile.adoption_state in _SHORT_FIRST_STATES,
            )
            if key not in keys:
                keys[key] = len(table)
                table.append(np.mean(list(self._components(profile).values()), axis=0))
            rows.append(keys[key])
        return np.asarray(table).reshape(-1, len(self.catalogue))[rows]

    def reason(self, profile: UserProfile, item: int) -> str:
        """The component that fits best, in words: ``"onboarding content for new hires"``."""
        catalogue = self.catalogue
        noun = format_noun(catalogue.format[item])
        components = self._components(profile)
        best = max(components, key=lambda name: components[name][item])  # first wins ties
        if components[best][item] <= 0.5:
            return "suits your profile"
        if best == "format":
            who = "for field teams" if profile.field_team else "to get started"
            return f"a short {noun} {who}"
        if best == "audience":
            return _AUDIENCE_PHRASES[catalogue.audience[item]]
        level = LEVELS[catalogue.level[item]]
        article = "an" if level[0] in "aeiou" else "a"
        return f"{article} {level} {noun} for your level"
