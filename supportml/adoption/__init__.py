"""Adoption of the collaboration tools: who is where, and whom to win back first.

:class:`AdoptionAnalyzer` reads activity logs and gives every user an adoption state (new
hire, ghost, dormant, active, power user; thresholds in :class:`AdoptionThresholds`), counts
them per department and site, and plans the conversion of ghost and dormant users: the first
content to push, the channel (:data:`CHANNELS`), and a propensity to convert learned from past
conversions in the logs. :func:`simulate_activity` draws logs with a documented conversion
mechanism, whose true hazard is the ceiling of any propensity model.

Examples
--------
>>> from supportml.adoption import AdoptionAnalyzer, AdoptionThresholds
>>> AdoptionAnalyzer(thresholds=AdoptionThresholds(window_days=60), horizon_days=30)
AdoptionAnalyzer(horizon_days=30,
                 thresholds=AdoptionThresholds(window_days=60, new_hire_days=90,
                                               ghost_max_actions=2, active_min_actions=5,
                                               power_min_actions=350, power_min_posts=5))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from supportml._lazy import lazy_attributes
from supportml.adoption._channel import CHANNELS, Channel
from supportml.adoption._logs import ACTION_TOOLS, ACTIONS
from supportml.adoption._simulate import SimulatedActivity, simulate_activity
from supportml.adoption._thresholds import AdoptionThresholds

if TYPE_CHECKING:
    from supportml.adoption._analyzer import PLAN_COLUMNS, AdoptionAnalyzer

# scikit-learn is imported on first use, so that the ``supportml`` command stays light.
_LAZY = {
    "AdoptionAnalyzer": "supportml.adoption._analyzer",
    "PLAN_COLUMNS": "supportml.adoption._analyzer",
}

__all__ = [
    "ACTIONS",
    "ACTION_TOOLS",
    "CHANNELS",
    "PLAN_COLUMNS",
    "AdoptionAnalyzer",
    "AdoptionThresholds",
    "Channel",
    "SimulatedActivity",
    "simulate_activity",
]


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY, __all__)
