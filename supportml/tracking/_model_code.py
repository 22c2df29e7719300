"""The file MLflow logs as the model's code (models from code): no pickled Python object.

:func:`supportml.tracking.log_router` passes this file's path as ``python_model``; MLflow copies
it into the model and runs it at load time to get the model object.
"""

from __future__ import annotations

import mlflow.models

from supportml.tracking._pyfunc import RouterModel

mlflow.models.set_model(RouterModel())
