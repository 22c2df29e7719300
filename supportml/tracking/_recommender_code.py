"""The file MLflow logs as the recommender model's code (models from code): no pickled object.

:func:`supportml.tracking.log_recommender` passes this file's path as ``python_model``; MLflow
copies it into the model and runs it at load time to get the model object.
"""

from __future__ import annotations

import mlflow.models

from supportml.tracking._recommender_pyfunc import RecommenderModel

mlflow.models.set_model(RecommenderModel())
