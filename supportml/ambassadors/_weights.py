"""How much each piece of evidence adds to an ambassador's match score."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from numbers import Real

from supportml.exceptions import InvalidInputError

__all__ = ["MatchWeights"]


@dataclasses.dataclass(frozen=True)
class MatchWeights:
    """Bonuses added to the cosine similarity between a request and an ambassador's expertise.

    An ambassador's score is ``cosine + intent + department + site + language + free_capacity``,
    each bonus counted when its condition holds. The intent bonus is part of the relevance that
    must reach ``min_similarity``; the others only rank ambassadors that are relevant already.

    Parameters
    ----------
    intent : float, default=0.2
        The request's intent is listed in the ambassador's expertise.
    department : float, default=0.1
        The ambassador belongs to the user's department.
    site : float, default=0.05
        The ambassador works on the user's site.
    language : float, default=0.05
        The ambassador speaks the user's preferred language (the request's when the user has
        none).
    free_capacity : float, default=0.05
        Times the share of the ambassador's weekly capacity still free, so that load spreads
        over ambassadors who match about as well.

    Examples
    --------
    >>> from supportml.ambassadors import MatchWeights
    >>> MatchWeights.from_dict({"department": 0.3}).department
    0.3
    >>> MatchWeights().to_dict()["intent"]
    0.2
    """

    intent: float = 0.2
    department: float = 0.1
    site: float = 0.05
    language: float = 0.05
    free_capacity: float = 0.05

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if isinstance(value, bool) or not isinstance(value, Real) or not 0 <= value < math.inf:
                raise InvalidInputError(
                    f"MatchWeights.{field.name} must be a finite float >= 0; got {value!r}."
                )

    def to_dict(self) -> dict[str, float]:
        """The weights as a dict of floats, e.g. to log them as MLflow params."""
        return {name: float(value) for name, value in dataclasses.asdict(self).items()}

    @classmethod
    def from_dict(cls, values: Mapping[str, float], *, ignore_extra: bool = False) -> MatchWeights:
        """Build weights from a mapping; weights it does not name keep their default.

        Parameters
        ----------
        values : mapping of str to float
        ignore_extra : bool, default=False
            Skip unknown keys instead of refusing them.

        Raises
        ------
        InvalidInputError
            An unknown key (unless ``ignore_extra``) or a negative, non-finite or non-numeric
            weight.
        """
        names = [field.name for field in dataclasses.fields(cls)]
        extra = sorted(map(str, set(values) - set(names)))
        if extra and not ignore_extra:
            raise InvalidInputError(f"Unknown MatchWeights {extra}; valid: {names}.")
        return cls(**{name: values[name] for name in names if name in values})
