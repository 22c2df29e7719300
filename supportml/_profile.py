"""Who is asking: the profile features that change which tier really helps."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ADOPTION_STATES", "AdoptionState", "UserProfile", "read_users"]

AdoptionState = Literal["new_hire", "ghost", "dormant", "active", "power_user", "unknown"]
ADOPTION_STATES: tuple[str, ...] = (
    "new_hire",
    "ghost",
    "dormant",
    "active",
    "power_user",
    "unknown",
)


@dataclasses.dataclass(frozen=True)
class UserProfile:
    """A user of the collaboration tools, as the router and the recommender see them.

    Every field has a neutral default, so an unknown user is ``UserProfile()``: the router then
    relies on the request alone.

    Parameters
    ----------
    user_id : str or None, default=None
        Identifier in the organisation's directory.
    role : str, default="employee"
        e.g. ``"employee"``, ``"manager"``, ``"developer"``, ``"field_worker"``.
    department : str, default="unknown"
    site : str, default="unknown"
    field_team : bool, default=False
        Works away from a desk (mostly on a phone).
    language : {"fr", "en"} or None, default=None
        Preferred language; None means "the language of the request".
    digital_maturity : int, default=3
        1 (struggles with the tools) to 5 (power user).
    adoption_state : str, default="unknown"
        One of ``ADOPTION_STATES``.
    completed_items : tuple of str, default=()
        Learning content already completed.

    Examples
    --------
    >>> from supportml import UserProfile
    >>> UserProfile.from_dict({"user_id": "u1", "digital_maturity": "2", "field_team": "true"})
    UserProfile(user_id='u1', role='employee', department='unknown', site='unknown', \
field_team=True, language=None, digital_maturity=2, adoption_state='unknown', completed_items=())
    """

    user_id: str | None = None
    role: str = "employee"
    department: str = "unknown"
    site: str = "unknown"
    field_team: bool = False
    language: Literal["fr", "en"] | None = None
    digital_maturity: int = 3
    adoption_state: str = "unknown"
    completed_items: tuple[str, ...] = ()

    _TRUE: ClassVar[frozenset[str]] = frozenset({"true", "1", "yes", "oui", "y"})
    _FALSE: ClassVar[frozenset[str]] = frozenset({"false", "0", "no", "non", "n", ""})

    def __post_init__(self) -> None:
        if self.language not in (None, "fr", "en"):
            raise InvalidInputError(
                f"UserProfile.language must be 'fr', 'en' or None; got {self.language!r}."
            )
        if not (isinstance(self.digital_maturity, int) and 1 <= self.digital_maturity <= 5):
            raise InvalidInputError(
                "UserProfile.digital_maturity must be an int from 1 to 5; "
                f"got {self.digital_maturity!r}."
            )
        if self.adoption_state not in ADOPTION_STATES:
            raise InvalidInputError(
                f"UserProfile.adoption_state must be one of {list(ADOPTION_STATES)}; "
                f"got {self.adoption_state!r}."
            )

    @classmethod
    def from_dict(cls, values: Mapping[str, Any], *, ignore_extra: bool = True) -> UserProfile:
        """Build a profile from a record (a JSON object, a CSV or DataFrame row).

        Strings are converted (``"2"`` → 2, ``"true"`` → True, ``"a;b"`` → ``("a", "b")``);
        missing values (None, NaN, empty) take the field's default.

        Parameters
        ----------
        values : mapping
            Field names to values.
        ignore_extra : bool, default=True
            Skip keys that are not fields (a users table has more columns); False refuses them.

        Raises
        ------
        InvalidInputError
            A value that cannot be converted, or an unknown key when ``ignore_extra=False``;
            the message names the field.
        """
        names = {f.name for f in dataclasses.fields(cls)}
        extra = sorted(set(values) - names)
        if extra and not ignore_extra:
            raise InvalidInputError(f"Unknown UserProfile fields {extra}; valid: {sorted(names)}.")
        kwargs = {}
        for name in names & set(values):
            value = values[name]
            if _is_missing(value):
                continue
            kwargs[name] = cls._convert(name, value)
        return cls(**kwargs)

    @classmethod
    def _convert(cls, name: str, value: Any) -> Any:
        try:
            if name == "digital_maturity":
                return int(float(value))
            if name == "field_team":
                return cls._to_bool(value)
            if name == "completed_items":
                items = value.split(";") if isinstance(value, str) else list(value)
                return tuple(str(item).strip() for item in items if str(item).strip())
            if name == "language":
                return str(value).strip().lower()[:2]
            return str(value)
        except (TypeError, ValueError) as e:
            raise InvalidInputError(f"UserProfile.{name} cannot be read from {value!r}.") from e

    @classmethod
    def _to_bool(cls, value: Any) -> bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in cls._TRUE:
            return True
        if text in cls._FALSE:
            return False
        raise ValueError(value)

    def to_dict(self) -> dict[str, Any]:
        """The profile as a JSON-ready dict (``completed_items`` as a list)."""
        record = dataclasses.asdict(self)
        record["completed_items"] = list(self.completed_items)
        return record


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:  # NaN
        return True
    if isinstance(value, str) and not value.strip():
        return True
    return str(value) == "NaT"  # pandas' missing timestamp


def read_users(users: pd.DataFrame | None) -> dict[str, UserProfile]:
    """Profiles by user id from the users table (other columns are ignored).

    Raises
    ------
    InvalidInputError
        Not a DataFrame, no ``user_id`` column, a missing or duplicated id, or a value that is
        not a valid profile field (the message names the user).

    Examples
    --------
    >>> import pandas as pd
    >>> profiles = read_users(pd.DataFrame({"user_id": ["u1"], "digital_maturity": [1]}))
    >>> profiles["u1"].digital_maturity
    1
    """
    import pandas as pd

    if users is None:
        return {}
    if not isinstance(users, pd.DataFrame) or "user_id" not in users.columns:
        raise InvalidInputError("users must be a DataFrame with a user_id column.")
    profiles: dict[str, UserProfile] = {}
    for row, record in enumerate(users.to_dict("records")):
        if record["user_id"] is None or record["user_id"] != record["user_id"]:
            raise InvalidInputError(f"users has a missing user_id in row {row}.")
        user_id = str(record["user_id"])
        if user_id in profiles:
            raise InvalidInputError(f"users lists user_id {user_id!r} more than once.")
        try:
            profiles[user_id] = UserProfile.from_dict({**record, "user_id": user_id})
        except InvalidInputError as e:
            raise InvalidInputError(f"users row for {user_id!r}: {e}") from e
    return profiles
