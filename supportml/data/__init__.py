"""Synthetic enterprise data to train and evaluate the router, and loaders for real tables.

:func:`generate_enterprise` draws a deterministic organisation from a seed: its users and their
adoption of the collaboration tools, a year of French and English help requests labelled with
an intent and a tier, the FAQ knowledge base, the learning catalogue, the ambassador network
and the learning interactions. :func:`true_tier` and :func:`adoption_state` are the documented
rules behind the labels; :func:`write_synthetic` writes the small CSV samples kept in
``datasets/synthetic`` (``python -m supportml.data`` regenerates them) and :func:`read_table`
reads CSV, Parquet or JSON Lines tables back to their schema (:data:`SCHEMAS`).

Examples
--------
>>> from supportml.data import INTENTS, generate_enterprise
>>> data = generate_enterprise(n_users=100, n_requests=300, random_state=0)
>>> len(INTENTS) >= 30, set(data.requests["language"]) == {"fr", "en"}
(True, True)
>>> list(data.requests.columns)
['request_id', 'user_id', 'created_at', 'text', 'language', 'intent', 'tier', 'split',
 'template_id']
"""

from __future__ import annotations

from supportml.data._generator import EnterpriseData, generate_enterprise
from supportml.data._intents import INTENTS, TIERS, TOOLS, IntentSpec, Tier, Tool
from supportml.data._io import read_table, write_synthetic
from supportml.data._profiles import ADOPTION_STATES, AdoptionState, adoption_state
from supportml.data._schemas import SCHEMAS, TABLES, ColumnType, TableName
from supportml.data._tiers import TierRule, true_tier

__all__ = [
    "ADOPTION_STATES",
    "INTENTS",
    "SCHEMAS",
    "TABLES",
    "TIERS",
    "TOOLS",
    "AdoptionState",
    "ColumnType",
    "EnterpriseData",
    "IntentSpec",
    "TableName",
    "Tier",
    "TierRule",
    "Tool",
    "adoption_state",
    "generate_enterprise",
    "read_table",
    "true_tier",
    "write_synthetic",
]
