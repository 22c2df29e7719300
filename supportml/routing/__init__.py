"""Routing help requests to chatbot, e-learning, ambassador or support.

Examples
--------
>>> from supportml.routing import UserProfile
>>> UserProfile().digital_maturity
3
"""

from __future__ import annotations

from supportml._profile import ADOPTION_STATES, AdoptionState, UserProfile
from supportml.routing._decision import Request, RoutingDecision
from supportml.routing._evidence import Evidence
from supportml.routing._policy import TIERS, PolicyRule, Tier, TierPolicy
from supportml.routing._router import Router
from supportml.routing._tier_model import TierModel

__all__ = [
    "ADOPTION_STATES",
    "TIERS",
    "AdoptionState",
    "Evidence",
    "PolicyRule",
    "Request",
    "Router",
    "RoutingDecision",
    "Tier",
    "TierModel",
    "TierPolicy",
    "UserProfile",
]
