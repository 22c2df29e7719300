"""The thresholds of the adoption states, as one immutable configuration object."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from numbers import Integral
from typing import Any

from supportml.data._profiles import (
    DORMANT_MAX_ACTIONS,
    NEW_HIRE_DAYS,
    POWER_MIN_ACTIONS,
    POWER_MIN_POSTS,
)
from supportml.exceptions import InvalidInputError

__all__ = ["AdoptionThresholds"]


@dataclasses.dataclass(frozen=True)
class AdoptionThresholds:
    """Where one adoption state ends and the next begins.

    The rule itself is :func:`supportml.data.adoption_state` (the first matching state wins:
    new hire, ghost, dormant, power user, active); these are its figures. *Actions* are posts,
    messages and file actions, counted over the last `window_days` days.

    Parameters
    ----------
    window_days : int, default=90
        Days of activity counted for dormant, active and power users.
    new_hire_days : int, default=90
        A user hired less than this many days ago is a new hire, whatever their activity.
    ghost_max_actions : int, default=2
        A user with at most this many actions ever (or not registered) is a ghost: registered
        and never, or almost never, active (a login and a look around).
    active_min_actions : int, default=5
        A user once active with fewer actions in the window is dormant.
    power_min_actions : int, default=350
        Fewest actions in the window of a power user (about four a working day).
    power_min_posts : int, default=5
        Fewest posts on the social network among them: a contributor, not only a reader.

    Raises
    ------
    InvalidInputError
        A threshold that is not an int, or out of its range (the message names it).

    Examples
    --------
    >>> from supportml.adoption import AdoptionThresholds
    >>> AdoptionThresholds(active_min_actions=10)
    AdoptionThresholds(window_days=90, new_hire_days=90, ghost_max_actions=2, \
active_min_actions=10, power_min_actions=350, power_min_posts=5)
    >>> AdoptionThresholds.from_dict({"window_days": 60}).window_days
    60
    """

    window_days: int = 90
    new_hire_days: int = NEW_HIRE_DAYS
    ghost_max_actions: int = 2
    active_min_actions: int = DORMANT_MAX_ACTIONS
    power_min_actions: int = POWER_MIN_ACTIONS
    power_min_posts: int = POWER_MIN_POSTS

    def __post_init__(self) -> None:
        low = {"window_days": 1, "active_min_actions": 1, "power_min_actions": 1}
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if isinstance(value, bool) or not isinstance(value, Integral):
                raise InvalidInputError(
                    f"AdoptionThresholds.{field.name} must be an int. Got {value!r} instead."
                )
            if value < low.get(field.name, 0):
                raise InvalidInputError(
                    f"AdoptionThresholds.{field.name} must be {low.get(field.name, 0)} or more. "
                    f"Got {value!r} instead."
                )
        if self.power_min_actions < self.active_min_actions:
            raise InvalidInputError(
                "AdoptionThresholds.power_min_actions must be at least active_min_actions "
                f"({self.active_min_actions}). Got {self.power_min_actions} instead."
            )

    def to_dict(self) -> dict[str, int]:
        """The thresholds as a plain dict (e.g. MLflow params)."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(
        cls, values: Mapping[str, Any], *, ignore_extra: bool = False
    ) -> AdoptionThresholds:
        """Thresholds from a dict; unknown keys are refused unless ``ignore_extra``."""
        names = {field.name for field in dataclasses.fields(cls)}
        extra = sorted(set(values) - names)
        if extra and not ignore_extra:
            raise InvalidInputError(
                f"Unknown AdoptionThresholds fields {extra}; valid: {sorted(names)}."
            )
        return cls(**{name: values[name] for name in names & set(values)})

    def rule_arguments(self) -> dict[str, int]:
        """The keyword arguments of :func:`supportml.data.adoption_state` (all but the window)."""
        record = self.to_dict()
        del record["window_days"]
        return record
