"""MLflow tracking for supportml: the router as a pyfunc model, runs, registry and promotion.

Everything here needs the ``mlflow`` extra (``pip install "supportml[mlflow]"``); MLflow itself
is imported by the functions that use it, so importing this package stays light.

Examples
--------
>>> from supportml.tracking import DECISION_COLUMNS
>>> DECISION_COLUMNS[:3]
('tier', 'confidence', 'intent')
"""

from __future__ import annotations

from supportml.tracking._frames import (
    DECISION_COLUMNS,
    PROFILE_COLUMNS,
    decisions_to_frame,
    requests_from_frame,
)
from supportml.tracking._model import MODEL_CODE, log_router, router_signature

__all__ = [
    "DECISION_COLUMNS",
    "MODEL_CODE",
    "PROFILE_COLUMNS",
    "decisions_to_frame",
    "log_router",
    "requests_from_frame",
    "router_signature",
]
