"""AdoptionAnalyzer: adoption states from activity logs, and a plan to convert ghost users."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from numbers import Integral, Real
from typing import TYPE_CHECKING, ClassVar

import numpy as np
from sklearn.base import BaseEstimator, clone
from sklearn.utils._param_validation import HasMethods, Interval

from supportml._checks import check_positive_int
from supportml._profile import ADOPTION_STATES
from supportml.adoption._channel import channel
from supportml.adoption._features import UserFeatures
from supportml.adoption._first_content import first_contents
from supportml.adoption._logs import ACTION_TOOLS, ACTIONS, read_activity, read_directory
from supportml.adoption._snapshot import DAY, Snapshot
from supportml.adoption._thresholds import AdoptionThresholds
from supportml.exceptions import InvalidInputError, NotFittedError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["PLAN_COLUMNS", "AdoptionAnalyzer"]

logger = logging.getLogger(__name__)

STATES: tuple[str, ...] = tuple(state for state in ADOPTION_STATES if state != "unknown")
PLAN_COLUMNS: tuple[str, ...] = (
    "user_id",
    "state",
    "propensity",
    "value",
    "priority",
    "rank",
    "first_content_id",
    "channel",
    "reason",
)
_TARGETS = ("ghost", "dormant")
_DEFAULT_TOOL = ACTION_TOOLS["message"]


def _default_estimator():
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000))


class AdoptionAnalyzer(BaseEstimator):
    """Adoption states from activity logs, counts per group, and a conversion plan.

    ``fit`` reads the users table and the activity logs (posts, messages, file actions); the
    state of every user at any date follows :func:`supportml.data.adoption_state` with
    `thresholds`. It also learns the **propensity** of a ghost or dormant user to convert:
    at ``n_cutoffs`` past cut-off dates (the latest ``horizon_days`` before the end of the
    logs, then every ``cutoff_step_days`` earlier), every user then ghost or dormant is an
    example, described by their features at the cut-off (activity over several windows, days
    since their last action and since registration, tenure, state, maturity, field team,
    department and role); the label is whether they *converted*: made at least
    ``thresholds.active_min_actions`` actions in the ``horizon_days`` after it (enough not to
    be dormant). A classifier (by default a standardised logistic regression) learns it.

    **Ranking of the plan.** A small team can contact a few users a week: each ghost or
    dormant user gets ``priority = propensity × value``, the expected value of contacting
    them, and the plan is sorted by it (rank 1 first; ties by user id). ``value`` is the
    users table's `value_column` (what a conversion is worth: a licence cost, a team's
    reach), else 1 for everyone, so that by default the first ``k`` rows are the ``k``
    users most likely to convert, which maximises the expected conversions of ``k``
    contacts.

    Parameters
    ----------
    thresholds : AdoptionThresholds, dict or None, default=None
        The state thresholds; None is ``AdoptionThresholds()``.
    horizon_days : int, default=60
        Days after a cut-off in which a conversion counts.
    n_cutoffs : int, default=6
        Past cut-offs the propensity model is trained on.
    cutoff_step_days : int, default=30
        Days between two training cut-offs.
    estimator : classifier or None, default=None
        A scikit-learn classifier with ``predict_proba`` (cloned in ``fit``); None is
        ``make_pipeline(StandardScaler(), LogisticRegression())``.
        ``HistGradientBoostingClassifier`` fits the same features.
    value_column : str or None, default=None
        A numeric column of the users table: what converting each user is worth.
    short_minutes : float, default=10.0
        Longest duration of a "short" first content.

    Attributes
    ----------
    thresholds_ : AdoptionThresholds
    as_of_ : pandas.Timestamp
        The end of the logs (latest event): the default date of states and plans.
    user_ids_ : ndarray of shape (n_users,), dtype object
    cutoffs_ : list of pandas.Timestamp
        The training cut-offs.
    n_train_ : int
        Training examples (ghost or dormant users at a cut-off).
    conversion_rate_ : float
        Share of them who converted.
    feature_names_ : list of str
    estimator_ : classifier
    skipped_activity_ : dict of str to int
        Activity rows left out in ``fit``, by reason (missing value, unknown action, bad
        count, unknown user); also logged as a warning.

    See Also
    --------
    simulate_activity : Synthetic logs with a documented conversion mechanism.

    Examples
    --------
    >>> from supportml.adoption import AdoptionAnalyzer, simulate_activity
    >>> from supportml.data import generate_enterprise
    >>> data = generate_enterprise(n_users=300, n_requests=10, random_state=0)
    >>> logs = simulate_activity(data.users, start="2023-01-01", random_state=0).activity
    >>> analyzer = AdoptionAnalyzer(horizon_days=60).fit(logs, users=data.users)
    >>> states = analyzer.states()
    >>> sorted(states.unique())
    ['active', 'dormant', 'ghost', 'new_hire', 'power_user']
    >>> counts = analyzer.counts(by="field_team")
    >>> int(counts["n_users"].sum())
    300
    >>> plan = analyzer.conversion_plan(n=3, catalogue=data.catalogue)
    >>> plan.columns.tolist()
    ['user_id', 'state', 'propensity', 'value', 'priority', 'rank', 'first_content_id', \
'channel', 'reason']
    >>> plan["rank"].tolist(), set(plan["state"]) <= {"ghost", "dormant"}
    ([1, 2, 3], True)
    """

    _parameter_constraints: ClassVar[dict] = {
        "thresholds": [None, AdoptionThresholds, dict],
        "horizon_days": [Interval(Integral, 1, None, closed="left")],
        "n_cutoffs": [Interval(Integral, 1, None, closed="left")],
        "cutoff_step_days": [Interval(Integral, 1, None, closed="left")],
        "estimator": [None, HasMethods(["fit", "predict_proba"])],
        "value_column": [None, str],
        "short_minutes": [Interval(Real, 0, None, closed="left")],
    }

    def __init__(
        self,
        *,
        thresholds: AdoptionThresholds | dict | None = None,
        horizon_days: int = 60,
        n_cutoffs: int = 6,
        cutoff_step_days: int = 30,
        estimator=None,
        value_column: str | None = None,
        short_minutes: float = 10.0,
    ) -> None:
        self.thresholds = thresholds
        self.horizon_days = horizon_days
        self.n_cutoffs = n_cutoffs
        self.cutoff_step_days = cutoff_step_days
        self.estimator = estimator
        self.value_column = value_column
        self.short_minutes = short_minutes

    # ------------------------------------------------------------------ fit
    def fit(self, activity: pd.DataFrame, users: pd.DataFrame | None = None) -> AdoptionAnalyzer:
        """Read the logs and the users, and learn the propensity to convert.

        Parameters
        ----------
        activity : DataFrame
            One row per action, or per user, day and kind of action: ``user_id``,
            ``timestamp``, ``action`` (``"post"``, ``"message"`` or ``"file"``) and optional
            ``count`` (default 1). Rows of users missing from `users`, with a missing value,
            an unknown action or a bad count are skipped and reported
            (:attr:`skipped_activity_`).
        users : DataFrame
            One row per user, required: ``user_id``, ``hire_date``, ``registered_at`` (empty:
            not registered); the :class:`~supportml.UserProfile` fields when known (used as
            features and for the first content); other columns can be grouped on in
            :meth:`counts`. The logs should cover each user's history since registration:
            a user silent in them counts as never active.

        Returns
        -------
        self : AdoptionAnalyzer

        Raises
        ------
        InvalidInputError
            A missing column (named), an unreadable date (row and value named), a bad users
            row, a bad `value_column`, logs too short for a cut-off, or no conversion (or no
            non-conversion) to learn from.
        """
        self._validate_params()
        thresholds = self.thresholds
        if isinstance(thresholds, dict):
            thresholds = AdoptionThresholds.from_dict(thresholds)
        self.thresholds_ = thresholds or AdoptionThresholds()
        directory = read_directory(users)
        log = read_activity(activity, directory)
        self._value = self._read_value(directory.table)
        if not len(log):
            raise InvalidInputError(
                "The activity logs hold no usable row: there is no past conversion to learn from."
            )
        self._directory, self._log = directory, log
        self.user_ids_ = directory.user_ids
        self.skipped_activity_ = log.skipped
        self.as_of_ = _timestamp(log.latest)
        self._features = UserFeatures(directory, self.thresholds_.window_days)
        self.feature_names_ = list(self._features.names)
        X, y = self._training_set(log.time.min())
        if y.min() == y.max():
            raise InvalidInputError(
                f"Every one of the {len(y)} ghost or dormant users at the training cut-offs "
                f"{'converted' if y[0] else 'stayed inactive'}: there is nothing to learn a "
                "propensity from; give longer logs or another horizon_days."
            )
        self.n_train_ = len(y)
        self.conversion_rate_ = float(y.mean())
        self.estimator_ = clone(self.estimator) if self.estimator is not None else None
        self.estimator_ = (self.estimator_ or _default_estimator()).fit(X, y)
        logger.info(
            "AdoptionAnalyzer fitted on %d users, %d activity rows, %d training examples "
            "(%.1f %% converted).",
            len(directory),
            len(log),
            len(y),
            100 * self.conversion_rate_,
        )
        return self

    def _read_value(self, table: pd.DataFrame) -> np.ndarray:
        import pandas as pd

        if self.value_column is None:
            return np.ones(len(table))
        if self.value_column not in table.columns:
            raise InvalidInputError(
                f"The 'value_column' parameter of AdoptionAnalyzer names {self.value_column!r}, "
                f"which is not a column of the users table ({list(table.columns)})."
            )
        value = pd.to_numeric(table[self.value_column], errors="coerce").to_numpy(np.float64)
        bad = ~np.isfinite(value) | (value < 0)
        if bad.any():
            row = int(np.flatnonzero(bad)[0])
            raise InvalidInputError(
                f"The users table has {self.value_column} {table[self.value_column].iloc[row]!r} "
                f"in row {row}; it must be a finite number, 0 or more."
            )
        return value

    def _training_set(self, first_event: np.datetime64) -> tuple[np.ndarray, np.ndarray]:
        latest = np.datetime64(self.as_of_, "s")
        horizon = self.horizon_days * DAY
        cutoffs = [
            latest - horizon - k * self.cutoff_step_days * DAY for k in range(self.n_cutoffs)
        ]
        cutoffs = [cutoff for cutoff in cutoffs if cutoff > first_event]
        if not cutoffs:
            raise InvalidInputError(
                f"The activity logs span {(latest - first_event) / DAY:.0f} days, not more than "
                f"horizon_days={self.horizon_days}: no past cut-off to learn conversions from."
            )
        self.cutoffs_ = [_timestamp(cutoff) for cutoff in cutoffs]
        blocks, labels = [], []
        for cutoff in cutoffs:
            snapshot = Snapshot(self._log, self._directory, cutoff)
            states = snapshot.states(self.thresholds_)
            target = np.isin(states, _TARGETS)
            blocks.append(self._features.transform(snapshot, states)[target])
            later = Snapshot(self._log, self._directory, cutoff + horizon)
            gained = later.ever - snapshot.ever
            labels.append(gained[target] >= self.thresholds_.active_min_actions)
        return np.vstack(blocks), np.concatenate(labels).astype(np.int64)

    # ------------------------------------------------------------ states
    def states(self, as_of=None) -> pd.Series:
        """The adoption state of every user at a date.

        Parameters
        ----------
        as_of : datetime, str or None, default=None
            The date; None is :attr:`as_of_`. Events after it are ignored; users registered
            after it count as not registered.

        Returns
        -------
        pandas.Series of str
            Indexed by ``user_id``, named ``adoption_state``; one of ``new_hire``, ``ghost``,
            ``dormant``, ``active``, ``power_user``.

        Examples
        --------
        >>> import pandas as pd
        >>> from supportml.adoption import AdoptionAnalyzer
        >>> users = pd.DataFrame({"user_id": ["ann", "bob"], "hire_date": ["2019-05-06"] * 2,
        ...                       "registered_at": ["2021-09-01", "2021-09-01"]})
        >>> logs = pd.DataFrame({"user_id": ["ann", "ann", "bob"], "action": ["message"] * 3,
        ...                      "timestamp": ["2024-01-02", "2024-05-02", "2024-05-03"],
        ...                      "count": [20, 9, 1]})
        >>> analyzer = AdoptionAnalyzer(horizon_days=30).fit(logs, users=users)
        >>> analyzer.states().to_dict()
        {'ann': 'active', 'bob': 'ghost'}
        >>> analyzer.states("2024-04-15").to_dict()  # 104 days after her 20 messages
        {'ann': 'dormant', 'bob': 'ghost'}
        """
        import pandas as pd

        self._check_fitted()
        snapshot = self._snapshot(as_of)
        return pd.Series(
            snapshot.states(self.thresholds_),
            index=pd.Index(self.user_ids_, name="user_id"),
            name="adoption_state",
            dtype=object,
        )

    def counts(self, by: str | Sequence[str] = ("department", "site"), *, as_of=None):
        """Users in each state, per group of the users table.

        Parameters
        ----------
        by : str or sequence of str, default=("department", "site")
            Columns of the users table to group on; ``()`` for one row of totals.
        as_of : datetime, str or None, default=None
            As in :meth:`states`.

        Returns
        -------
        pandas.DataFrame
            One row per group: the `by` columns, one count column per state (``new_hire``,
            ``ghost``, ``dormant``, ``active``, ``power_user``) and ``n_users``, their sum.

        Raises
        ------
        InvalidInputError
            A `by` column missing from the users table (named).

        Examples
        --------
        >>> import pandas as pd
        >>> from supportml.adoption import AdoptionAnalyzer
        >>> users = pd.DataFrame({
        ...     "user_id": ["ann", "bob", "eve"], "site": ["Lyon", "Lyon", "Lille"],
        ...     "hire_date": ["2019-05-06"] * 3, "registered_at": ["2021-09-01"] * 3})
        >>> logs = pd.DataFrame({"user_id": ["ann", "ann", "bob"], "action": ["message"] * 3,
        ...                      "timestamp": ["2024-01-02", "2024-05-02", "2024-05-03"],
        ...                      "count": [20, 9, 1]})
        >>> AdoptionAnalyzer(horizon_days=30).fit(logs, users=users).counts(by="site")
            site  new_hire  ghost  dormant  active  power_user  n_users
        0  Lille         0      1        0       0           0        1
        1   Lyon         0      1        0       1           0        2
        """
        import pandas as pd

        self._check_fitted()
        columns = [by] if isinstance(by, str) else list(by)
        table = self._directory.table
        missing = [column for column in columns if column not in table.columns]
        if missing:
            raise InvalidInputError(
                f"counts(by=...) names the columns {missing}, which the users table lacks; it "
                f"has {list(table.columns)}."
            )
        states = self.states(as_of).to_numpy()
        frame = table[columns].reset_index(drop=True).assign(_state=states)
        if not columns:
            frame["_all"] = "all"
        keys = columns or ["_all"]
        wide = (
            pd.crosstab([frame[key] for key in keys], frame["_state"])
            .reindex(columns=list(STATES), fill_value=0)
            .reset_index()
        )
        wide.columns.name = None
        wide["n_users"] = wide[list(STATES)].sum(axis=1)
        return wide.drop(columns=["_all"]) if not columns else wide

    # --------------------------------------------------------- propensity
    def propensity(self, as_of=None, *, activity=None, users=None) -> pd.Series:
        """The propensity of each ghost or dormant user to convert within ``horizon_days``.

        Parameters
        ----------
        as_of : datetime, str or None, default=None
            As in :meth:`states`.
        activity, users : DataFrame or None, default=None
            Other users and their logs (as in :meth:`fit`) to score with the fitted model,
            e.g. held-out users; None scores the users of ``fit``.

        Returns
        -------
        pandas.Series of float
            Indexed by ``user_id`` (ghost and dormant users only, in the users table's
            order), named ``propensity``.

        Examples
        --------
        >>> import pandas as pd
        >>> from supportml.adoption import AdoptionAnalyzer
        >>> users = pd.DataFrame({"user_id": ["ann", "bob"], "hire_date": ["2019-05-06"] * 2,
        ...                       "registered_at": ["2021-09-01", "2021-09-01"]})
        >>> logs = pd.DataFrame({"user_id": ["ann", "ann", "bob"], "action": ["message"] * 3,
        ...                      "timestamp": ["2024-01-02", "2024-05-02", "2024-05-03"],
        ...                      "count": [20, 9, 1]})
        >>> analyzer = AdoptionAnalyzer(horizon_days=30).fit(logs, users=users)
        >>> analyzer.propensity().index.tolist()
        ['bob']
        """
        import pandas as pd

        self._check_fitted()
        if (activity is None) != (users is None):
            raise InvalidInputError("propensity needs both activity= and users=, or neither.")
        directory, log = self._directory, self._log
        if users is not None:
            directory = read_directory(users)
            log = read_activity(activity, directory)
        snapshot = Snapshot(log, directory, self._as_of(as_of))
        states = snapshot.states(self.thresholds_)
        target = np.isin(states, _TARGETS)
        X = self._features.transform(snapshot, states)[target]
        proba = self.estimator_.predict_proba(X)[:, 1] if len(X) else np.zeros(0)
        return pd.Series(
            proba, index=pd.Index(directory.user_ids[target], name="user_id"), name="propensity"
        )

    # ---------------------------------------------------------------- plan
    def conversion_plan(
        self,
        n: int | None = None,
        *,
        catalogue: pd.DataFrame | None = None,
        interactions: pd.DataFrame | None = None,
        as_of=None,
    ) -> pd.DataFrame:
        """Whom to contact first among ghost and dormant users, with what and how.

        Parameters
        ----------
        n : int or None, default=None
            Rows to return, best first; None returns every ghost and dormant user.
        catalogue : DataFrame or None, default=None
            The learning catalogue (as for :meth:`ContentRecommender.fit`); None leaves
            ``first_content_id`` empty.
        interactions : DataFrame or None, default=None
            Learning interactions (``user_id``, ``item_id``, ``timestamp``, optional
            ``event``): what similar users open now, and what each user completed.
        as_of : datetime, str or None, default=None
            As in :meth:`states`.

        Returns
        -------
        pandas.DataFrame
            One row per user, sorted by ``rank`` (1 first): ``user_id``, ``state`` (ghost or
            dormant), ``propensity``, ``value``, ``priority`` (``propensity × value``, what
            the rank follows; see the class docstring), ``rank``, ``first_content_id`` (a
            short beginner item on the user's tool, in their language, not completed,
            relaxed in that order when none exists; see below), ``channel``
            (``mobile_push`` for field teams, else ``email`` for ghosts and ``esn_post`` for
            dormant users) and ``reason``.

        Notes
        -----
        The user's tool is the one of their most frequent kind of action (posts: the social
        network, messages: messaging, files: cloud storage; ties in that order); for a user
        never active, the most used tool of their department. The first content is ranked by a
        :class:`~supportml.recommend.ContentRecommender` (popularity among users of the same
        state and department, profile priors) under its constraints.

        Raises
        ------
        NotFittedError
            Before ``fit``.
        InvalidInputError
            A bad `n`, catalogue or interactions.

        Examples
        --------
        >>> import pandas as pd
        >>> from supportml.adoption import AdoptionAnalyzer
        >>> users = pd.DataFrame({
        ...     "user_id": ["ann", "bob", "eve"], "hire_date": ["2019-05-06"] * 3,
        ...     "registered_at": ["2021-09-01"] * 3, "field_team": [False, False, True],
        ...     "language": ["en", "fr", "fr"]})
        >>> logs = pd.DataFrame({"user_id": ["ann", "ann", "bob"], "action": ["message"] * 3,
        ...                      "timestamp": ["2024-01-02", "2024-05-02", "2024-05-03"],
        ...                      "count": [20, 9, 1]})
        >>> catalogue = pd.DataFrame({
        ...     "item_id": ["chat-en", "chat-fr", "chat-video-fr"],
        ...     "title": ["Chat in 5 minutes", "Discuter en 5 minutes", "Discuter en vidéo"],
        ...     "language": ["en", "fr", "fr"], "format": ["guide", "guide", "video"],
        ...     "level": ["beginner"] * 3, "duration_min": [5, 5, 3], "tool": ["messaging"] * 3})
        >>> analyzer = AdoptionAnalyzer(horizon_days=30).fit(logs, users=users)
        >>> plan = analyzer.conversion_plan(catalogue=catalogue, as_of="2024-05-01")
        >>> plan[["user_id", "state", "first_content_id", "channel"]].sort_values("user_id")
          user_id    state first_content_id      channel
        0     ann  dormant          chat-en     esn_post
        1     bob    ghost          chat-fr        email
        2     eve    ghost    chat-video-fr  mobile_push
        """
        import pandas as pd

        self._check_fitted()
        n = check_positive_int(n, "n", owner="AdoptionAnalyzer.conversion_plan", allow_none=True)
        as_of = self._as_of(as_of)
        snapshot = Snapshot(self._log, self._directory, as_of)
        states = snapshot.states(self.thresholds_)
        rows = np.flatnonzero(np.isin(states, _TARGETS))
        X = self._features.transform(snapshot, states)[rows]
        proba = self.estimator_.predict_proba(X)[:, 1] if len(rows) else np.zeros(0)
        value = self._value[rows]
        priority = proba * value
        user_ids = self.user_ids_[rows]
        order = np.lexsort((user_ids.astype(str), -priority))
        rows, proba, value, priority = rows[order], proba[order], value[order], priority[order]
        if n is not None:
            rows, proba, value, priority = rows[:n], proba[:n], value[:n], priority[:n]
        profiles = [self._directory.profiles[row] for row in rows]
        plan_states = states[rows]
        contents = self._contents(rows, states, snapshot, catalogue, interactions)
        channels = [
            channel(state, profile.field_team)
            for state, profile in zip(plan_states, profiles, strict=True)
        ]
        window = snapshot.actions(self.thresholds_.window_days)
        reasons = [
            f"{_situation(state, window[row], snapshot.days_since_last[row])}; "
            f"first: {content}; {why}"
            for row, state, content, (_, why) in zip(
                rows, plan_states, contents[1], channels, strict=True
            )
        ]
        return pd.DataFrame(
            {
                "user_id": self.user_ids_[rows],
                "state": plan_states,
                "propensity": proba,
                "value": value,
                "priority": priority,
                "rank": np.arange(1, len(rows) + 1),
                "first_content_id": contents[0],
                "channel": [name for name, _ in channels],
                "reason": reasons,
            },
            columns=list(PLAN_COLUMNS),
        )

    def _contents(self, rows, states, snapshot, catalogue, interactions):
        """First content ids and their descriptions for the plan's rows."""
        if catalogue is None:
            return [None] * len(rows), ["no catalogue given"] * len(rows)
        import dataclasses

        import pandas as pd

        profiles = [
            dataclasses.replace(profile, adoption_state=state)
            for profile, state in zip(self._directory.profiles, states, strict=True)
        ]
        users = pd.DataFrame([profile.to_dict() for profile in profiles])
        tools = self._tools(snapshot)
        picks = first_contents(
            [profiles[row] for row in rows],
            [tools[row] for row in rows],
            catalogue=catalogue,
            users=users,
            interactions=interactions,
            short_minutes=self.short_minutes,
        )
        return [pick.item_id for pick in picks], [pick.reason for pick in picks]

    def _tools(self, snapshot: Snapshot) -> list[str]:
        """Each user's tool: their most frequent kind of action, else their department's."""
        counts = snapshot.by_action_ever
        departments = [profile.department for profile in self._directory.profiles]
        by_department: dict[str, np.ndarray] = {}
        for department, row in zip(departments, counts, strict=True):
            by_department[department] = by_department.get(department, 0) + row
        tools = []
        for department, row in zip(departments, counts, strict=True):
            source = row if row.any() else by_department[department]
            tool = ACTION_TOOLS[ACTIONS[int(np.argmax(source))]] if source.any() else None
            tools.append(tool or _DEFAULT_TOOL)
        return tools

    # ------------------------------------------------------------ internals
    def _check_fitted(self) -> None:
        if not self.__sklearn_is_fitted__():
            raise NotFittedError(
                "This AdoptionAnalyzer is not fitted yet; call fit before using it."
            )

    def _as_of(self, as_of) -> np.datetime64:
        import pandas as pd

        if as_of is None:
            return np.datetime64(self.as_of_, "s")
        try:
            stamp = pd.Timestamp(as_of)
        except (TypeError, ValueError) as e:
            raise InvalidInputError(f"as_of must be a date; got {as_of!r}.") from e
        if stamp is pd.NaT:
            raise InvalidInputError(f"as_of must be a date; got {as_of!r}.")
        if stamp.tzinfo is not None:
            stamp = stamp.tz_convert("UTC").tz_localize(None)
        return np.datetime64(stamp, "s")

    def _snapshot(self, as_of) -> Snapshot:
        return Snapshot(self._log, self._directory, self._as_of(as_of))

    def __sklearn_is_fitted__(self) -> bool:
        return hasattr(self, "estimator_")


def _timestamp(value: np.datetime64):
    import pandas as pd

    return pd.Timestamp(value)


def _situation(state: str, window_actions: int, days_since_last: float) -> str:
    if not np.isfinite(days_since_last):
        return f"{state}: never active"
    plural = "" if window_actions == 1 else "s"
    return (
        f"{state}: {window_actions} action{plural} in the window, last active "
        f"{days_since_last:.0f} days ago"
    )
