"""Insights for the support team: what is changing and where to act.

:func:`discover` groups the requests the router could not place into emerging needs;
:class:`DriftMonitor` tells whether recent requests drifted from the training data;
:func:`forecast_workload` forecasts daily requests per tier; :class:`FeedbackStore` keeps
agents' corrections and :func:`select_for_labelling` picks the requests worth labelling;
:func:`ambassador_ledger` sums the time ambassadors give, for recognition.

Examples
--------
>>> from supportml.insights import discover
"""

from __future__ import annotations

from supportml.insights._active import select_for_labelling
from supportml.insights._ambassador_ledger import ambassador_ledger, ledger_spread
from supportml.insights._discover import discover
from supportml.insights._drift import DriftMonitor
from supportml.insights._drift_report import DriftReport, DriftTest
from supportml.insights._feedback import FeedbackStore
from supportml.insights._forecast import MIN_HISTORY_DAYS, daily_counts, forecast_workload
from supportml.insights._needs import EmergingNeeds

__all__ = [
    "MIN_HISTORY_DAYS",
    "DriftMonitor",
    "DriftReport",
    "DriftTest",
    "EmergingNeeds",
    "FeedbackStore",
    "ambassador_ledger",
    "daily_counts",
    "discover",
    "forecast_workload",
    "ledger_spread",
    "select_for_labelling",
]
