"""Synthetic user profiles and the adoption-state rule."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

import numpy as np

from supportml.data._calendar import AS_OF, DAY, ROLLOUT
from supportml.data._sampling import choose_rows
from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ADOPTION_STATES",
    "DEPARTMENTS",
    "ROLES",
    "SITES",
    "AdoptionState",
    "adoption_state",
    "make_users",
]

AdoptionState = Literal["new_hire", "ghost", "dormant", "active", "power_user"]
"""Where a user stands in the adoption of the collaboration tools."""

ADOPTION_STATES: tuple[AdoptionState, ...] = (
    "new_hire",
    "ghost",
    "dormant",
    "active",
    "power_user",
)
ROLES = ("employee", "manager", "developer", "field_worker", "assistant", "executive")
DEPARTMENTS = (
    "Sales",
    "HR",
    "Finance",
    "IT",
    "Operations",
    "Marketing",
    "Legal",
    "R&D",
    "Logistics",
    "Customer Service",
)
SITES = ("Paris", "Lyon", "Lille", "Toulouse", "Nantes", "Montreal", "Brussels", "London", "Dublin")

NEW_HIRE_DAYS = 90
DORMANT_MAX_ACTIONS = 5
POWER_MIN_ACTIONS = 350
POWER_MIN_POSTS = 5
_ACTIVITY_COLUMNS = ("n_posts_90d", "n_messages_90d", "n_files_90d")
_STATE_COLUMNS = ("hire_date", "registered_at", "last_active_at", *_ACTIVITY_COLUMNS)

_ROLE_WEIGHTS = np.array([0.47, 0.12, 0.09, 0.22, 0.08, 0.02])
_ROLE_MATURITY = np.array([3.0, 3.2, 4.5, 2.1, 3.3, 2.8])
_ROLE_ENGAGEMENT = np.array([0.0, 0.2, 0.3, -0.3, 0.2, -0.2])
# Rows follow ROLES, columns follow DEPARTMENTS.
_DEPARTMENT_WEIGHTS = np.array(
    [
        [0.16, 0.08, 0.10, 0.06, 0.18, 0.08, 0.04, 0.10, 0.08, 0.12],  # employee
        [0.16, 0.08, 0.10, 0.08, 0.18, 0.08, 0.06, 0.10, 0.08, 0.08],  # manager
        [0.00, 0.00, 0.00, 0.60, 0.00, 0.00, 0.00, 0.40, 0.00, 0.00],  # developer
        [0.15, 0.00, 0.00, 0.00, 0.50, 0.00, 0.00, 0.00, 0.25, 0.10],  # field_worker
        [0.14, 0.14, 0.14, 0.06, 0.12, 0.10, 0.10, 0.08, 0.06, 0.06],  # assistant
        [0.15, 0.10, 0.15, 0.10, 0.15, 0.10, 0.05, 0.10, 0.05, 0.05],  # executive
    ]
)
# Columns follow SITES: office staff are concentrated at the head office, field teams are not.
_OFFICE_SITE_WEIGHTS = np.array([0.28, 0.10, 0.07, 0.07, 0.05, 0.10, 0.07, 0.18, 0.08])
_FIELD_SITE_WEIGHTS = np.array([0.10, 0.18, 0.15, 0.15, 0.12, 0.10, 0.05, 0.10, 0.05])
_SITE_FRENCH_SHARE = np.array([0.95, 0.97, 0.97, 0.97, 0.97, 0.55, 0.60, 0.04, 0.03])
_GHOST_BY_MATURITY = np.array([0.30, 0.18, 0.08, 0.04, 0.02])


def adoption_state(
    users: pd.DataFrame,
    *,
    as_of: datetime | pd.Timestamp,
    new_hire_days: int = NEW_HIRE_DAYS,
    ghost_max_actions: int = 0,
    active_min_actions: int = DORMANT_MAX_ACTIONS,
    power_min_actions: int = POWER_MIN_ACTIONS,
    power_min_posts: int = POWER_MIN_POSTS,
) -> pd.Series:
    """Derive each user's adoption state from their profile, as of a date.

    The first matching rule wins, where *actions* are ``n_posts_90d + n_messages_90d +
    n_files_90d``, the user's activity over the 90 days before `as_of`:

    ============== ============================================================================
    state          rule
    ============== ============================================================================
    ``new_hire``   hired less than 90 days before `as_of`, whatever the activity
    ``ghost``      never active: not registered (``registered_at`` is NaT) or no
                   ``last_active_at``; or, with an ``n_actions_ever`` column, almost never:
                   at most `ghost_max_actions` actions ever
    ``dormant``    was active once, but fewer than 5 actions in the last 90 days
    ``power_user`` at least 350 actions in the last 90 days, including at least 5 posts on the
                   social network (a contributor, not only a reader)
    ``active``     everyone else
    ============== ============================================================================

    The figures (90 days, 5, 350, 5) are the defaults of the keyword arguments;
    :class:`supportml.adoption.AdoptionThresholds` holds them for the
    :class:`~supportml.adoption.AdoptionAnalyzer`.

    Parameters
    ----------
    users : pandas.DataFrame
        Needs the columns ``hire_date``, ``registered_at``, ``last_active_at``,
        ``n_posts_90d``, ``n_messages_90d`` and ``n_files_90d``.
    as_of : datetime or pandas.Timestamp
        The date of the snapshot, e.g. :attr:`EnterpriseData.as_of`.
    new_hire_days : int, default=90
        Days after the hire date during which a user is a new hire.
    ghost_max_actions : int, default=0
        Most actions ever (the optional ``n_actions_ever`` column) of an "almost never
        active" user, counted as a ghost; ignored without that column.
    active_min_actions : int, default=5
        Fewest actions in the window for a user once active not to be dormant.
    power_min_actions, power_min_posts : int, default=350, 5
        Fewest actions, and posts among them, in the window of a power user.

    Returns
    -------
    pandas.Series of str
        The state of every user, named ``adoption_state``, with the index of `users`.

    Raises
    ------
    InvalidInputError
        If a needed column is missing.

    Examples
    --------
    >>> import pandas as pd
    >>> from supportml.data import adoption_state
    >>> users = pd.DataFrame({
    ...     "hire_date": pd.to_datetime(["2024-12-01", "2020-01-01", "2020-01-01", "2020-01-01"]),
    ...     "registered_at": pd.to_datetime(["2024-12-02", None, "2021-10-01", "2021-10-01"]),
    ...     "last_active_at": pd.to_datetime(["2024-12-30", None, "2024-06-01", "2024-12-30"]),
    ...     "n_posts_90d": [0, 0, 0, 12],
    ...     "n_messages_90d": [40, 0, 0, 600],
    ...     "n_files_90d": [3, 0, 0, 80],
    ... })
    >>> adoption_state(users, as_of=pd.Timestamp("2025-01-01")).tolist()
    ['new_hire', 'ghost', 'dormant', 'power_user']
    """
    import pandas as pd

    missing = [column for column in _STATE_COLUMNS if column not in users.columns]
    if missing:
        raise InvalidInputError(
            f"adoption_state needs the columns {list(_STATE_COLUMNS)}; missing: {missing}."
        )
    as_of = pd.Timestamp(as_of)
    actions = sum(users[column].to_numpy(dtype="int64") for column in _ACTIVITY_COLUMNS)
    hire_date = pd.to_datetime(users["hire_date"])
    never_active = (
        pd.to_datetime(users["registered_at"]).isna()
        | pd.to_datetime(users["last_active_at"]).isna()
    ).to_numpy()
    if "n_actions_ever" in users.columns:
        never_active = never_active | (
            users["n_actions_ever"].to_numpy(dtype="int64") <= ghost_max_actions
        )
    states = np.select(
        [
            (hire_date > as_of - pd.Timedelta(days=new_hire_days)).to_numpy(),
            never_active,
            actions < active_min_actions,
            (actions >= power_min_actions)
            & (users["n_posts_90d"].to_numpy(dtype="int64") >= power_min_posts),
        ],
        ["new_hire", "ghost", "dormant", "power_user"],
        default="active",
    )
    return pd.Series(states.astype(object), index=users.index, name="adoption_state", dtype=str)


def make_users(rng: np.random.Generator, n_users: int) -> dict[str, np.ndarray]:
    """Draw ``n_users`` profiles; returns columns (``completed_items`` is added later)."""
    role = rng.choice(len(ROLES), size=n_users, p=_ROLE_WEIGHTS)
    department = choose_rows(rng, _DEPARTMENT_WEIGHTS[role])
    role_name = np.asarray(ROLES, dtype=object)[role]
    department_name = np.asarray(DEPARTMENTS, dtype=object)[department]
    # Field workers, and a quarter of the sales and operations staff, work in the field.
    field_team = (role_name == "field_worker") | (
        np.isin(role_name, ["employee", "manager"])
        & np.isin(department_name, ["Sales", "Operations"])
        & (rng.random(n_users) < 0.25)
    )
    site = np.where(
        field_team,
        rng.choice(len(SITES), size=n_users, p=_FIELD_SITE_WEIGHTS),
        rng.choice(len(SITES), size=n_users, p=_OFFICE_SITE_WEIGHTS),
    )
    french = rng.random(n_users) < _SITE_FRENCH_SHARE[site]
    maturity = np.clip(np.rint(_ROLE_MATURITY[role] + rng.normal(0.0, 0.9, n_users)), 1, 5)
    maturity = maturity.astype("int64")

    new_hire = rng.random(n_users) < 0.06
    tenure_days = np.where(
        new_hire,
        rng.integers(1, NEW_HIRE_DAYS, size=n_users),
        np.clip(rng.exponential(7 * 365, n_users), NEW_HIRE_DAYS, 35 * 365).astype("int64"),
    )
    hire_date = AS_OF.astype("datetime64[D]") - tenure_days.astype("timedelta64[D]")
    hire_date = hire_date.astype("datetime64[s]")

    lag_days = rng.exponential(np.where(new_hire, 5.0, np.where(field_team, 60.0, 20.0)))
    registered_at = (
        np.maximum(hire_date, ROLLOUT)
        + (lag_days * 86_400).astype("timedelta64[s]")
        + rng.integers(8 * 3_600, 18 * 3_600, size=n_users).astype("timedelta64[s]")
    )
    p_unregistered = np.where(new_hire, 0.35, np.where(field_team, 0.08, 0.02))
    registered = (rng.random(n_users) >= p_unregistered) & (registered_at < AS_OF)

    never_active = registered & (
        rng.random(n_users) < _GHOST_BY_MATURITY[maturity - 1] + 0.08 * field_team
    )
    p_lapsed = 0.1 + 0.05 * np.clip(3 - maturity, 0, None)
    lapsed = (
        registered
        & ~never_active
        & (registered_at < AS_OF - 120 * DAY)
        & (rng.random(n_users) < p_lapsed)
    )
    active = registered & ~never_active & ~lapsed

    engagement = rng.lognormal(-1.2 + 0.45 * maturity + _ROLE_ENGAGEMENT[role], 0.7)
    window = np.clip((AS_OF - registered_at) / (90 * DAY), 0.0, 1.0)
    rate = np.where(active, engagement * window, 0.0)
    lapsed_rate = np.where(lapsed, 1.0, 0.0)
    n_posts = rng.poisson(2.5 * rate)
    n_messages = rng.poisson(100.0 * rate + 0.6 * lapsed_rate)
    n_files = rng.poisson(20.0 * rate + 0.2 * lapsed_rate)
    acted = (n_posts + n_messages + n_files) > 0

    recent_gap = np.minimum(rng.exponential(2.0 / np.maximum(engagement, 0.2)), 89.0)
    recent = np.maximum(AS_OF - (recent_gap * 86_400).astype("timedelta64[s]"), registered_at)
    old_span = np.maximum((AS_OF - 91 * DAY - registered_at).astype("int64"), 1)
    old = registered_at + (rng.random(n_users) * old_span).astype("timedelta64[s]")
    not_a_time = np.datetime64("NaT", "s")
    last_active_at = np.where(acted, recent, np.where(lapsed, old, not_a_time))
    return {
        "user_id": np.array([f"u{i:05d}" for i in range(1, n_users + 1)], dtype=object),
        "role": role_name,
        "department": department_name,
        "site": np.asarray(SITES, dtype=object)[site],
        "field_team": field_team,
        "language": np.where(french, "fr", "en").astype(object),
        "digital_maturity": maturity,
        "hire_date": hire_date,
        "registered_at": np.where(registered, registered_at, not_a_time),
        "last_active_at": np.where(registered, last_active_at, not_a_time),
        "n_posts_90d": n_posts.astype("int64"),
        "n_messages_90d": n_messages.astype("int64"),
        "n_files_90d": n_files.astype("int64"),
    }
