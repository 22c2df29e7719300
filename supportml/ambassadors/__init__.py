"""Ambassadors: colleagues who take the complex, job-specific requests, within their capacity.

:class:`AmbassadorPool` matches a request vector to the ambassadors whose expertise, language,
department and site fit, among those with free capacity this week; :class:`CapacityLedger`
books their time, safely across threads.

Examples
--------
>>> from supportml.ambassadors import AmbassadorPool
>>> AmbassadorPool(embedder="hashing", min_similarity=0.2)
AmbassadorPool(embedder='hashing', min_similarity=0.2)
"""

from __future__ import annotations

from supportml.ambassadors._ledger import CapacityLedger, iso_week
from supportml.ambassadors._pool import AmbassadorPool
from supportml.ambassadors._table import DEFAULT_WEEKLY_CAPACITY, REQUIRED_COLUMNS
from supportml.ambassadors._weights import MatchWeights

__all__ = [
    "DEFAULT_WEEKLY_CAPACITY",
    "REQUIRED_COLUMNS",
    "AmbassadorPool",
    "CapacityLedger",
    "MatchWeights",
    "iso_week",
]
