"""supportml: keep the users of an organisation's collaboration tools supported, for years.

It routes each help request (French or English) to the cheapest tier that will really solve it,
recommends learning content per user, and gives the support team insights.

``import supportml`` is light (it loads neither scikit-learn nor torch): the public classes
below are imported on first use, like MLflow's lazily loaded flavors.

Examples
--------
>>> import supportml
>>> clf = supportml.IntentClassifier(embedder="hashing")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from supportml._lazy import lazy_attributes
from supportml.exceptions import (
    InvalidInputError,
    MissingDependencyError,
    ModelFormatError,
    ModelNotFoundError,
    SupportMLError,
)

if TYPE_CHECKING:
    from supportml.adoption import AdoptionAnalyzer
    from supportml.ambassadors import AmbassadorPool
    from supportml.exceptions import NotFittedError
    from supportml.intents import IntentClassifier
    from supportml.knowledge import KnowledgeBase
    from supportml.recommend import ContentRecommender
    from supportml.routing import Request, Router, RoutingDecision, TierPolicy, UserProfile

__version__ = "0.1.0"

_LAZY = {
    "NotFittedError": "supportml.exceptions",
    "AdoptionAnalyzer": "supportml.adoption",
    "AmbassadorPool": "supportml.ambassadors",
    "ContentRecommender": "supportml.recommend",
    "IntentClassifier": "supportml.intents",
    "KnowledgeBase": "supportml.knowledge",
    "Request": "supportml.routing",
    "Router": "supportml.routing",
    "RoutingDecision": "supportml.routing",
    "TierPolicy": "supportml.routing",
    "UserProfile": "supportml._profile",
}

__all__ = [
    "AdoptionAnalyzer",
    "AmbassadorPool",
    "ContentRecommender",
    "IntentClassifier",
    "InvalidInputError",
    "KnowledgeBase",
    "MissingDependencyError",
    "ModelFormatError",
    "ModelNotFoundError",
    "NotFittedError",
    "Request",
    "Router",
    "RoutingDecision",
    "SupportMLError",
    "TierPolicy",
    "UserProfile",
    "__version__",
]


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY, __all__)
