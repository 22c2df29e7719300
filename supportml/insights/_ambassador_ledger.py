"""The ambassadors' ledger: requests handled, time given, topics and satisfaction per period."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from numbers import Real
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ambassador_ledger", "ledger_spread"]

_N_TOPICS = 3


def ambassador_ledger(
    handled: pd.DataFrame,
    *,
    period: Literal["week", "month"] = "week",
    minutes_per_request: float | Mapping[str, float] = 20.0,
) -> pd.DataFrame:
    """Sum up, per ambassador and period, the requests handled and the time given.

    Export it for HR with ``ledger.to_csv(path, index=False)`` (or ``supportml insights
    ledger``): the ambassador programme rests on their time being seen and valued.

    Parameters
    ----------
    handled : DataFrame
        One row per request an ambassador handled: ``ambassador_id``, and a ``created_at`` /
        ``at`` date (which sets the period) or else a ``period`` (as given by
        :meth:`CapacityLedger.bookings`); optional
        ``intent`` (the topic), ``minutes`` (time actually spent) and ``satisfaction`` (the
        requester's rating, any numeric scale).
    period : {"week", "month"}, default="week"
        ISO week (``"2025-W01"``) or month (``"2025-01"``), when dates are given.
    minutes_per_request : float or mapping of str to float, default=20.0
        Time assumed where ``minutes`` is missing: one figure, or one per intent (intents
        left out of the mapping count 20 minutes).

    Returns
    -------
    ledger : DataFrame
        Columns ``ambassador_id``, ``period``, ``requests``, ``minutes``, ``hours``,
        ``minutes_estimated`` (how many requests' time was assumed), ``topics`` (the three
        most frequent intents with counts), ``satisfaction`` (mean, NaN when nobody rated),
        ``n_rated``; sorted by period, then ambassador.

    Raises
    ------
    InvalidInputError
        Missing columns, an empty table, negative minutes or a bad parameter.

    Examples
    --------
    >>> import pandas as pd
    >>> from supportml.insights import ambassador_ledger
    >>> handled = pd.DataFrame({
    ...     "ambassador_id": ["a1", "a1", "a2"],
    ...     "created_at": ["2025-01-06", "2025-01-07", "2025-01-07"],
    ...     "intent": ["share_file", "share_file", "sync_error"],
    ...     "minutes": [30, None, 15], "satisfaction": [5, 4, None]})
    >>> ambassador_ledger(handled)[["ambassador_id", "period", "requests", "minutes", "topics"]]
      ambassador_id   period  requests  minutes          topics
    0            a1  2025-W02         2     50.0  share_file (2)
    1            a2  2025-W02         1     15.0  sync_error (1)
    """
    import pandas as pd

    frame = _read_handled(handled, period)
    intents = frame["intent"] if "intent" in frame.columns else pd.Series(None, index=frame.index)
    minutes = pd.to_numeric(frame.get("minutes", pd.Series(np.nan, index=frame.index)))
    if (minutes < 0).any():
        raise InvalidInputError("handled has negative minutes; time given is >= 0.")
    estimated = minutes.isna()
    minutes = minutes.where(~estimated, _assumed_minutes(intents, minutes_per_request))
    ratings = pd.to_numeric(frame.get("satisfaction", pd.Series(np.nan, index=frame.index)))
    work = pd.DataFrame(
        {
            "ambassador_id": frame["ambassador_id"].astype(str),
            "period": frame["period"].astype(str),
            "minutes": minutes.astype(float),
            "estimated": estimated,
            "intent": intents,
            "satisfaction": ratings.astype(float),
        }
    )
    rows = []
    for (ambassador, when), group in work.groupby(["ambassador_id", "period"], sort=False):
        topics = group["intent"].dropna().astype(str).value_counts()
        topics = topics.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
        rows.append(
            {
                "ambassador_id": ambassador,
                "period": when,
                "requests": len(group),
                "minutes": float(group["minutes"].sum()),
                "hours": round(float(group["minutes"].sum()) / 60, 2),
                "minutes_estimated": int(group["estimated"].sum()),
                "topics": "; ".join(f"{t} ({n})" for t, n in topics.head(_N_TOPICS).items()),
                "satisfaction": float(group["satisfaction"].mean()),
                "n_rated": int(group["satisfaction"].notna().sum()),
            }
        )
    ledger = pd.DataFrame(rows)
    return ledger.sort_values(["period", "ambassador_id"], kind="stable").reset_index(drop=True)


def ledger_spread(
    ledger: pd.DataFrame,
    *,
    by: Literal["requests", "minutes"] = "requests",
    ambassador_ids: Sequence[str] | None = None,
) -> pd.DataFrame:
    """How evenly each period's work fell on the ambassadors: max over mean, and Gini.

    Parameters
    ----------
    ledger : DataFrame
        From :func:`ambassador_ledger`.
    by : {"requests", "minutes"}, default="requests"
    ambassador_ids : sequence of str, default=None
        Every ambassador of the network, so that those who handled nothing in a period count
        as zero; by default only those in the ledger count.

    Returns
    -------
    spread : DataFrame
        Columns ``period``, ``n_ambassadors``, ``total``, ``max_over_mean``, ``gini``.

    Examples
    --------
    >>> import pandas as pd
    >>> ledger = pd.DataFrame({"ambassador_id": ["a1", "a2"], "period": ["2025-W02"] * 2,
    ...                        "requests": [3, 1]})
    >>> ledger_spread(ledger, ambassador_ids=["a1", "a2", "a3"]).round(3).to_dict("records")
    [{'period': '2025-W02', 'n_ambassadors': 3, 'total': 4.0, 'max_over_mean': 2.25, \
'gini': 0.5}]
    """
    import pandas as pd

    from supportml.ambassadors._ledger import load_spread

    if by not in ("requests", "minutes"):
        raise InvalidInputError(f"by must be 'requests' or 'minutes'; got {by!r}.")
    missing = [c for c in ("ambassador_id", "period", by) if c not in ledger.columns]
    if missing:
        raise InvalidInputError(f"ledger lacks the columns {missing}; got {list(ledger)}.")
    table = ledger.pivot_table(
        index="period", columns="ambassador_id", values=by, aggfunc="sum", fill_value=0
    )
    if ambassador_ids is not None:
        table = table.reindex(columns=sorted(set(table.columns) | set(ambassador_ids)))
        table = table.fillna(0)
    rows = [
        {
            "period": when,
            "n_ambassadors": table.shape[1],
            "total": float(loads.sum()),
            **load_spread(loads.to_numpy(dtype=float)),
        }
        for when, loads in table.iterrows()
    ]
    return pd.DataFrame(rows, columns=["period", "n_ambassadors", "total", "max_over_mean", "gini"])


def _read_handled(handled: Any, period: str) -> pd.DataFrame:
    import pandas as pd

    from supportml.ambassadors._ledger import iso_week

    if not isinstance(handled, pd.DataFrame):
        raise InvalidInputError(f"handled must be a DataFrame; got {type(handled).__name__}.")
    if period not in ("week", "month"):
        raise InvalidInputError(f"period must be 'week' or 'month'; got {period!r}.")
    if "ambassador_id" not in handled.columns:
        raise InvalidInputError(f"handled has no 'ambassador_id' column; got {list(handled)}.")
    if len(handled) == 0:
        raise InvalidInputError("handled is empty: no request was handled by an ambassador.")
    frame = handled.reset_index(drop=True).copy()
    date_column = next((c for c in ("created_at", "at") if c in frame.columns), None)
    if date_column is None:
        if "period" in frame.columns:
            return frame
        raise InvalidInputError("handled needs a 'period' column, or a 'created_at' or 'at' date.")
    when = pd.to_datetime(frame[date_column])
    if period == "week":
        frame["period"] = [iso_week(moment.to_pydatetime()) for moment in when]
    else:
        frame["period"] = when.dt.strftime("%Y-%m")
    return frame


def _assumed_minutes(intents: pd.Series, minutes_per_request: Any) -> pd.Series:
    import pandas as pd

    if isinstance(minutes_per_request, Mapping):
        default = 20.0
        values = [float(minutes_per_request.get(intent, default)) for intent in intents]
        return pd.Series(values, index=intents.index)
    if not isinstance(minutes_per_request, Real) or minutes_per_request < 0:
        raise InvalidInputError(
            "minutes_per_request must be a number >= 0 or a mapping of intent to minutes; "
            f"got {minutes_per_request!r}."
        )
    return pd.Series(float(minutes_per_request), index=intents.index)
