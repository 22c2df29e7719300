"""How a profile shifts the intents a user asks about, and the expertise an ambassador has.

Each table multiplies the base volume of some intents (:attr:`IntentSpec.weight`); intents a
table does not name keep a factor of 1.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from supportml.data._intents import INTENTS

__all__ = ["affinity_matrix"]

_ROLE_AFFINITY: Mapping[str, Mapping[str, float]] = {
    "employee": {},
    "manager": {
        "animate_community": 3.0,
        "governance_retention": 3.0,
        "licence_request": 2.0,
        "create_community": 2.0,
        "external_guest": 1.5,
        "permissions": 1.5,
        "feature_request": 1.5,
    },
    "developer": {
        "integration_api": 8.0,
        "automate_workflow": 4.0,
        "business_app_howto": 2.0,
        "business_app_bug": 2.0,
        "feature_request": 1.5,
        "onboarding_first_steps": 0.5,
        "training_request": 0.5,
    },
    "field_worker": {
        "mobile_app": 4.0,
        "field_offline": 6.0,
        "password_reset": 1.5,
        "business_app_bug": 1.5,
        "meeting_setup": 0.3,
        "meeting_recording": 0.3,
        "integration_api": 0.05,
        "automate_workflow": 0.2,
        "governance_retention": 0.2,
        "data_classification": 0.3,
    },
    "assistant": {
        "meeting_setup": 3.0,
        "meeting_recording": 2.0,
        "permissions": 1.5,
        "share_file": 1.5,
        "teams_channels": 1.5,
        "business_app_howto": 1.5,
        "automate_workflow": 1.5,
    },
    "executive": {
        "meeting_setup": 2.0,
        "meeting_recording": 2.0,
        "security_incident": 2.0,
        "mobile_app": 2.0,
        "integration_api": 0.1,
        "automate_workflow": 0.3,
    },
}
_DEPARTMENT_AFFINITY: Mapping[str, Mapping[str, float]] = {
    "Legal": {"governance_retention": 4.0, "data_classification": 4.0, "external_guest": 1.5},
    "HR": {"governance_retention": 2.0, "data_classification": 2.0, "onboarding_first_steps": 1.5},
    "Finance": {"business_app_howto": 2.0, "data_classification": 1.5},
    "IT": {"integration_api": 2.0, "security_incident": 1.5, "automate_workflow": 1.5},
    "Marketing": {"create_community": 2.0, "animate_community": 2.0, "publish_post": 2.0},
    "Sales": {"external_guest": 2.0, "mobile_app": 1.5},
    "Operations": {"business_app_howto": 1.5, "business_app_bug": 1.5, "field_offline": 1.5},
    "Logistics": {"business_app_bug": 1.5, "mobile_app": 1.5},
    "Customer Service": {"search_content": 1.5, "notifications": 1.5},
    "R&D": {"automate_workflow": 1.5, "version_history": 1.5},
}
# Shift of the intents asked about, per adoption state.
_STATE_AFFINITY: Mapping[str, Mapping[str, float]] = {
    "new_hire": {
        "onboarding_first_steps": 10.0,
        "training_request": 3.0,
        "account_access": 3.0,
        "mfa_setup": 3.0,
        "password_reset": 2.0,
        "profile_settings": 2.0,
    },
    "ghost": {
        "onboarding_first_steps": 4.0,
        "training_request": 3.0,
        "account_access": 2.0,
        "password_reset": 2.0,
        "mobile_app": 1.5,
    },
    "dormant": {"password_reset": 2.5, "account_access": 1.5, "training_request": 1.5},
    "active": {},
    "power_user": {
        "animate_community": 2.0,
        "create_community": 2.0,
        "automate_workflow": 2.0,
        "feature_request": 3.0,
        "onboarding_first_steps": 0.2,
        "training_request": 0.5,
    },
}

# Not registered yet: mostly access questions.
_UNREGISTERED_AFFINITY: Mapping[str, float] = {
    "account_access": 12.0,
    "licence_request": 3.0,
    "onboarding_first_steps": 4.0,
    "password_reset": 2.0,
}
_UNREGISTERED_OTHERS = 0.3
_FIELD_TEAM_AFFINITY: Mapping[str, float] = {"mobile_app": 2.0, "field_offline": 3.0}


def _factors(table: Mapping[str, float], default: float = 1.0) -> np.ndarray:
    return np.array([table.get(intent, default) for intent in INTENTS])


_ROLE_FACTORS = {role: _factors(table) for role, table in _ROLE_AFFINITY.items()}
_DEPARTMENT_FACTORS = {name: _factors(table) for name, table in _DEPARTMENT_AFFINITY.items()}
_STATE_FACTORS = {state: _factors(table) for state, table in _STATE_AFFINITY.items()}
_UNREGISTERED_FACTORS = _factors(_UNREGISTERED_AFFINITY, _UNREGISTERED_OTHERS)
_FIELD_TEAM_FACTORS = _factors(_FIELD_TEAM_AFFINITY)
_BASE_WEIGHTS = np.array([spec.weight for spec in INTENTS.values()])


def affinity_matrix(
    roles: np.ndarray,
    departments: np.ndarray,
    field_team: np.ndarray,
    *,
    states: np.ndarray | None = None,
    registered: np.ndarray | None = None,
) -> np.ndarray:
    """Weights of every intent (columns, in :data:`INTENTS` order) for every profile (rows).

    Parameters
    ----------
    roles, departments : ndarray of str of shape (n,)
    field_team : ndarray of bool of shape (n,)
    states : ndarray of str of shape (n,), default=None
        Adoption states; None leaves them out (an ambassador's expertise does not depend on it).
    registered : ndarray of bool of shape (n,), default=None
        Whether each user has registered; None counts everyone as registered.

    Returns
    -------
    ndarray of float64 of shape (n, n_intents)
    """
    weights = np.tile(_BASE_WEIGHTS, (len(roles), 1))
    weights *= np.stack([_ROLE_FACTORS[role] for role in roles])
    weights *= np.stack([_DEPARTMENT_FACTORS[name] for name in departments])
    weights[field_team] *= _FIELD_TEAM_FACTORS
    if states is not None:
        weights *= np.stack([_STATE_FACTORS[state] for state in states])
    if registered is not None:
        weights[~registered] *= _UNREGISTERED_FACTORS
    return weights
