"""Learning content per user profile and per request.

:class:`ContentRecommender` blends recency-aware popularity, item-item collaborative filtering,
content similarity (to the user's interests and to the request) and profile priors, under
business constraints: never an item already completed, the user's language and level first,
diversity across tools and formats, short mobile formats for field teams.

Examples
--------
>>> from supportml.recommend import ContentRecommender
>>> ContentRecommender(embedder="hashing")
ContentRecommender(embedder='hashing')
"""

from __future__ import annotations

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
    "ContentRecommender",
]
