"""Learning content per user profile and per request.

:class:`ContentRecommender` blends recency-aware popularity, item-item collaborative filtering,
content similarity (to the user's interests and to the request) and profile priors, under
business constraints: never an item already completed, the user's language and level first,
diversity across tools and formats, short mobile formats for field teams.
:class:`~supportml.adoption.AdoptionAnalyzer` (adoption states, the ghost-user conversion plan)
lives in :mod:`supportml.adoption` and is importable from here too, where DESIGN.md lists it.

Examples
--------
>>> from supportml.recommend import ContentRecommender
>>> ContentRecommender(embedder="hashing")
ContentRecommender(embedder='hashing')
"""

from __future__ import annotations

from supportml._lazy import lazy_attributes
from supportml.recommend._catalogue import AUDIENCES, FORMATS, LEVELS
from supportml.recommend._recommender import (
    DEFAULT_EVENT_WEIGHTS,
    DEFAULT_WEIGHTS,
    PARTS,
    ContentRecommender,
)

__all__ = [
    "AUDIENCES",
    "DEFAULT_EVENT_WEIGHTS",
    "DEFAULT_WEIGHTS",
    "FORMATS",
    "LEVELS",
    "PARTS",
    "AdoptionAnalyzer",
    "ContentRecommender",
]

# Loaded on first use: supportml.adoption imports this package.
__getattr__, __dir__ = lazy_attributes(
    __name__, {"AdoptionAnalyzer": "supportml.adoption"}, __all__
)
