"""Routing help requests to chatbot, e-learning, ambassador or support.

Examples
--------
>>> from supportml.routing import UserProfile
>>> UserProfile().digital_maturity
3
"""

from __future__ import annotations

from supportml._profile import ADOPTION_STATES, AdoptionState, UserProfile

__all__ = ["ADOPTION_STATES", "AdoptionState", "UserProfile"]
