"""The ambassadors' ledger: requests assigned to each ambassador per ISO week, under a lock."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Hashable, Mapping
from datetime import UTC, date, datetime
from numbers import Real
from typing import TYPE_CHECKING, Any

import numpy as np

from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CapacityLedger", "check_capacity", "iso_week", "load_spread"]

logger = logging.getLogger(__name__)


def iso_week(at: datetime | date | None = None) -> str:
    """The ISO week a moment falls in: the ledger's period key, like ``"2025-W01"``.

    Parameters
    ----------
    at : datetime or date, default=None
        The moment; None is now. An aware datetime is converted to UTC first; a naive one is
        taken as UTC.

    Returns
    -------
    period : str
        ``"<ISO year>-W<week>"``, which sorts chronologically.

    Raises
    ------
    InvalidInputError
        When ``at`` is neither a datetime nor a date.

    Examples
    --------
    >>> from datetime import datetime
    >>> from supportml.ambassadors import iso_week
    >>> iso_week(datetime(2024, 12, 30))  # a Monday in ISO year 2025
    '2025-W01'
    """
    if at is None:
        at = datetime.now(UTC)
    elif isinstance(at, datetime):
        if at.tzinfo is not None:
            at = at.astimezone(UTC)
    elif not isinstance(at, date):
        raise InvalidInputError(f"at must be a datetime, a date or None; got {type(at).__name__}.")
    year, week, _ = at.isocalendar()
    return f"{year}-W{week:02d}"


def check_capacity(ambassador_id: Any, value: Any) -> int:
    """Read a weekly capacity: an int >= 0, also from an integral float or a str of digits.

    A table read by pandas turns an int column with gaps into floats, and a CSV read by the
    ``csv`` module gives strings; both are accepted when they hold a whole number.

    Raises
    ------
    InvalidInputError
        Naming the ambassador, for a bool, a negative or fractional number, or other text.

    Examples
    --------
    >>> check_capacity("a1", "4"), check_capacity("a1", 3.0)
    (4, 3)
    """
    number = value
    if isinstance(value, str):
        try:
            number = int(value.strip())
        except ValueError:
            number = None
    if (
        isinstance(number, Real)
        and not isinstance(number, bool)
        and float(number).is_integer()
        and number >= 0
    ):
        return int(number)
    raise InvalidInputError(
        f"weekly_capacity of ambassador {ambassador_id!r} must be an int >= 0; got {value!r}."
    )


class CapacityLedger:
    """Requests assigned to each ambassador, per ISO week, never beyond their weekly capacity.

    Every read and write holds one lock, so threads share a ledger safely; :meth:`reserve`
    chooses and books in one step, so that two threads never both take an ambassador's last
    slot. A new ISO week (see :func:`iso_week`) starts with nobody assigned.

    Parameters
    ----------
    capacities : mapping of str to int
        Weekly capacity of each ambassador (requests per week), by ambassador id.

    Attributes
    ----------
    ambassador_ids : tuple of str
        In the order of ``capacities``; arrays the ledger returns follow this order.
    capacities : ndarray of shape (n_ambassadors,)
        Weekly capacities, int64.

    Examples
    --------
    >>> from datetime import date
    >>> from supportml.ambassadors import CapacityLedger
    >>> ledger = CapacityLedger({"a1": 2, "a2": 1})
    >>> monday, next_monday = date(2024, 1, 1), date(2024, 1, 8)
    >>> ledger.assign("a1", request_id="r1", at=monday).free_capacity("a1", monday)
    1
    >>> ledger.free_capacity("a1", next_monday)  # a new ISO week
    2
    """

    def __init__(self, capacities: Mapping[str, int]) -> None:
        self.ambassador_ids = tuple(capacities)
        self.capacities = np.array(
            [check_capacity(i, value) for i, value in capacities.items()], dtype=np.int64
        )
        self._positions = {ambassador_id: i for i, ambassador_id in enumerate(self.ambassador_ids)}
        self._assigned: dict[str, np.ndarray] = {}
        self._requests: dict[Hashable, int] = {}
        self._periods: dict[Hashable, str] = {}
        self._lock = threading.Lock()

    def loads(self, at: datetime | date | None = None) -> np.ndarray:
        """Requests assigned to each ambassador in the ISO week of ``at`` (default now).

        Returns
        -------
        assigned : ndarray of shape (n_ambassadors,)
            In the order of :attr:`ambassador_ids`.
        """
        period = iso_week(at)
        with self._lock:
            return self._loads(period).copy()

    def free_capacity(self, ambassador_id: str, at: datetime | date | None = None) -> int:
        """Requests ``ambassador_id`` can still take in the ISO week of ``at`` (default now).

        Raises
        ------
        InvalidInputError
            When the ledger has no such ambassador.
        """
        i = self._position(ambassador_id)
        return int(self.capacities[i] - self.loads(at)[i])

    def assign(
        self,
        ambassador_id: str,
        *,
        request_id: Hashable | None = None,
        at: datetime | date | None = None,
    ) -> CapacityLedger:
        """Book one request for ``ambassador_id`` in the ISO week of ``at`` (default now).

        Parameters
        ----------
        ambassador_id : str
        request_id : hashable, default=None
            Makes the booking idempotent: a request already booked for this ambassador is not
            counted twice (a retry).
        at : datetime or date, default=None

        Returns
        -------
        self : CapacityLedger

        Raises
        ------
        InvalidInputError
            An unknown ambassador, an ambassador whose capacity for the week is used up, or a
            request already booked for another ambassador.
        """
        i = self._position(ambassador_id)
        period = iso_week(at)
        with self._lock:
            held = self._requests.get(request_id) if request_id is not None else None
            if held is None:
                self._book(i, period, request_id)
            elif held != i:
                raise InvalidInputError(
                    f"Request {request_id!r} is already assigned to ambassador "
                    f"{self.ambassador_ids[held]!r}."
                )
        return self

    def reserve(
        self,
        pick: Callable[[np.ndarray], int | None],
        *,
        request_id: Hashable | None = None,
        at: datetime | date | None = None,
    ) -> str | None:
        """Choose an ambassador from the current loads and book them, atomically.

        Parameters
        ----------
        pick : callable
            Called under the lock with a copy of the week's loads (ndarray of shape
            (n_ambassadors,)); returns the position of an ambassador with free capacity, or
            None when nobody fits.
        request_id : hashable, default=None
            A request already booked is not booked again: its ambassador is returned and
            ``pick`` is not called.
        at : datetime or date, default=None

        Returns
        -------
        ambassador_id : str or None
            The ambassador booked, or None.
        """
        period = iso_week(at)
        with self._lock:
            held = self._requests.get(request_id) if request_id is not None else None
            if held is not None:
                return self.ambassador_ids[held]
            i = pick(self._loads(period).copy())
            if i is None:
                return None
            self._book(int(i), period, request_id)
            return self.ambassador_ids[int(i)]

    def to_frame(self) -> pd.DataFrame:
        """The loads as a table: one row per ambassador and per week with any booking.

        Returns
        -------
        load : DataFrame
            Columns ``ambassador_id``, ``period``, ``assigned``, ``capacity``; sorted by period,
            then in the order of :attr:`ambassador_ids`.
        """
        import pandas as pd

        with self._lock:
            periods = sorted(self._assigned)
            assigned = [self._assigned[period].copy() for period in periods]
        n = len(self.ambassador_ids)
        return pd.DataFrame(
            {
                "ambassador_id": np.tile(np.array(self.ambassador_ids, dtype=object), len(periods)),
                "period": np.repeat(np.array(periods, dtype=object), n),
                "assigned": np.concatenate([np.zeros(0, dtype=np.int64), *assigned]),
                "capacity": np.tile(self.capacities, len(periods)),
            }
        )

    def bookings(self) -> pd.DataFrame:
        """The requests booked with an id: who took each one, and in which ISO week.

        Returns
        -------
        bookings : DataFrame
            Columns ``request_id``, ``ambassador_id``, ``period``, in booking order; feed it
            to :func:`supportml.insights.ambassador_ledger` with the requests' topics.
        """
        import pandas as pd

        with self._lock:
            rows = [
                (request_id, self.ambassador_ids[i], self._periods[request_id])
                for request_id, i in self._requests.items()
            ]
        return pd.DataFrame(rows, columns=["request_id", "ambassador_id", "period"])

    def spread(
        self, at: datetime | date | None = None, *, relative_to_capacity: bool = False
    ) -> dict[str, float]:
        """How unevenly the week's requests are spread over the ambassadors.

        Only ambassadors with a capacity above zero count.

        Parameters
        ----------
        at : datetime or date, default=None
            A moment in the ISO week to describe (default now).
        relative_to_capacity : bool, default=False
            Compare each ambassador's share of their capacity used instead of their count.

        Returns
        -------
        spread : dict
            ``max_over_mean`` (1.0 when even) and ``gini`` (0.0 when even, towards 1 when a
            few ambassadors take everything); both NaN when nothing was assigned.
        """
        active = self.capacities > 0
        load = self.loads(at)[active].astype(np.float64)
        if relative_to_capacity:
            load /= self.capacities[active]
        return load_spread(load)

    def _position(self, ambassador_id: str) -> int:
        try:
            return self._positions[ambassador_id]
        except (KeyError, TypeError):
            raise InvalidInputError(f"Unknown ambassador_id {ambassador_id!r}.") from None

    def _loads(self, period: str) -> np.ndarray:
        """The week's loads; the caller holds the lock."""
        loads = self._assigned.get(period)
        return np.zeros(len(self.ambassador_ids), dtype=np.int64) if loads is None else loads

    def _book(self, i: int, period: str, request_id: Hashable | None) -> None:
        """Count one more request for ambassador ``i``; the caller holds the lock."""
        loads = self._assigned.setdefault(period, self._loads(period))
        if loads[i] >= self.capacities[i]:
            raise InvalidInputError(
                f"Ambassador {self.ambassador_ids[i]!r} has no free capacity in {period}: "
                f"{loads[i]} of {self.capacities[i]} requests assigned."
            )
        loads[i] += 1
        if request_id is not None:
            self._requests[request_id] = i
            self._periods[request_id] = period
        logger.debug("Booked ambassador %r in %s", self.ambassador_ids[i], period)

    def __getstate__(self) -> dict[str, Any]:
        with self._lock:
            state = self.__dict__.copy()
            state["_assigned"] = {period: a.copy() for period, a in self._assigned.items()}
            state["_requests"] = dict(self._requests)
            state["_periods"] = dict(self._periods)
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state.setdefault("_periods", {})  # pickled before bookings were kept
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"CapacityLedger(n_ambassadors={len(self.ambassador_ids)})"


def load_spread(loads: np.ndarray) -> dict[str, float]:
    """How unevenly work falls on people: max over mean, and the Gini coefficient.

    Parameters
    ----------
    loads : array-like of shape (n_people,)
        Non-negative loads (requests, minutes, share of capacity).

    Returns
    -------
    spread : dict
        ``max_over_mean`` (1.0 when even) and ``gini`` (0.0 when even, towards 1 when a few
        take everything); both NaN when the loads sum to zero.

    Examples
    --------
    >>> load_spread([3, 3, 3])
    {'max_over_mean': 1.0, 'gini': 0.0}
    >>> load_spread([0, 0, 6])["max_over_mean"]
    3.0
    """
    load = np.asarray(loads, dtype=np.float64)
    if not load.sum() > 0:
        return {"max_over_mean": float("nan"), "gini": float("nan")}
    return {"max_over_mean": float(load.max() / load.mean()), "gini": _gini(load)}


def _gini(values: np.ndarray) -> float:
    """Gini coefficient of non-negative values with a positive sum."""
    ordered = np.sort(values)
    n = len(ordered)
    ranks = np.arange(1, n + 1)
    return float(2 * (ranks @ ordered) / (n * ordered.sum()) - (n + 1) / n)
