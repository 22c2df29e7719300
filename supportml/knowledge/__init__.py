"""FAQ answer search in French and English, with declining when no entry fits.

:class:`KnowledgeBase` is the chatbot tier's first level: it finds the FAQ entry that answers a
help request, or declines so that the request goes to a human. :func:`choose_decline_threshold`
holds the rules that set its decline threshold on development queries.

Examples
--------
>>> from supportml.knowledge import KnowledgeBase
>>> kb = KnowledgeBase(embedder="hashing").fit(
...     [{"entry_id": 1, "question": "How do I share a folder?", "answer": "Click Share."}])
>>> kb.answer("share a folder").entry_id
1
"""

from __future__ import annotations

from supportml.knowledge._decline import DeclineRule, choose_decline_threshold
from supportml.knowledge._knowledge_base import Answer, KnowledgeBase

__all__ = ["Answer", "DeclineRule", "KnowledgeBase", "choose_decline_threshold"]
