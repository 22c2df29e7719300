"""Intent classification with out-of-scope abstention.

Examples
--------
>>> from supportml.intents import IntentClassifier
>>> IntentClassifier(embedder="hashing")
IntentClassifier(embedder='hashing')
"""

from __future__ import annotations

from supportml.intents._classifier import IntentClassifier
from supportml.intents._threshold import choose_threshold

__all__ = ["IntentClassifier", "choose_threshold"]
