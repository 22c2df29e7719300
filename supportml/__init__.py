"""supportml: keep the users of an organisation's collaboration tools supported, for years.

It routes each help request (French or English) to the cheapest tier that will really solve it,
recommends learning content per user, and gives the support team insights. ``import supportml``
is light: torch, sentence-transformers, onnxruntime and mlflow load only when used.

Examples
--------
>>> import supportml
>>> clf = supportml.IntentClassifier(embedder="hashing")
"""

from __future__ import annotations

from supportml.ambassadors import AmbassadorPool
from supportml.exceptions import (
    InvalidInputError,
    MissingDependencyError,
    ModelFormatError,
    ModelNotFoundError,
    NotFittedError,
    SupportMLError,
)
from supportml.intents import IntentClassifier
from supportml.knowledge import KnowledgeBase
from supportml.recommend import ContentRecommender
from supportml.routing import Request, Router, RoutingDecision, TierPolicy, UserProfile

__version__ = "0.1.0"

__all__ = [
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
