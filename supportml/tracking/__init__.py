"""MLflow tracking for supportml: the router as a pyfunc model, retraining runs, the registry and
the champion/challenger gate; the content recommender's fits as runs with a pyfunc model.

Everything here needs the ``mlflow`` extra (``pip install "supportml[mlflow]"``); MLflow is
imported by the functions that use it. With nothing configured, runs and the registry go to
``sqlite:///mlflow.db`` in the working directory (artifacts in ``./mlruns``);
``MLFLOW_TRACKING_URI`` or ``mlflow.set_tracking_uri`` takes precedence.

Examples
--------
>>> from supportml.tracking import DECISION_COLUMNS
>>> DECISION_COLUMNS[:3]
('tier', 'confidence', 'intent')
"""

from __future__ import annotations

from supportml.tracking._config import DataConfig, ModelConfig, RetrainConfig, TrackingConfig
from supportml.tracking._data import (
    DataFingerprint,
    TrainingData,
    fingerprint,
    load_training_data,
    read_tables,
)
from supportml.tracking._evaluate import Evaluation, evaluate_router, unsafe_self_service_rate
from supportml.tracking._frames import (
    DECISION_COLUMNS,
    PROFILE_COLUMNS,
    decisions_to_frame,
    requests_from_frame,
)
from supportml.tracking._model import MODEL_CODE, log_router, router_signature
from supportml.tracking._recommender_model import (
    RECOMMENDATION_COLUMNS,
    RECOMMENDER_CODE,
    log_recommender,
    recommender_params,
    recommender_signature,
)
from supportml.tracking._registry import (
    DEFAULT_MODEL_NAME,
    PromotionDecision,
    champion_history,
    load_registered_router,
    promote,
)
from supportml.tracking._retrain import RetrainResult, promote_challenger, retrain
from supportml.tracking._store import (
    TrackingUnavailableError,
    check_tracking_server,
    resolve_tracking_uri,
    use_tracking_uri,
)

__all__ = [
    "DECISION_COLUMNS",
    "DEFAULT_MODEL_NAME",
    "MODEL_CODE",
    "PROFILE_COLUMNS",
    "RECOMMENDATION_COLUMNS",
    "RECOMMENDER_CODE",
    "DataConfig",
    "DataFingerprint",
    "Evaluation",
    "ModelConfig",
    "PromotionDecision",
    "RetrainConfig",
    "RetrainResult",
    "TrackingConfig",
    "TrackingUnavailableError",
    "TrainingData",
    "champion_history",
    "check_tracking_server",
    "decisions_to_frame",
    "evaluate_router",
    "fingerprint",
    "load_registered_router",
    "load_training_data",
    "log_recommender",
    "log_router",
    "promote",
    "promote_challenger",
    "read_tables",
    "recommender_params",
    "recommender_signature",
    "requests_from_frame",
    "resolve_tracking_uri",
    "retrain",
    "router_signature",
    "unsafe_self_service_rate",
    "use_tracking_uri",
]
