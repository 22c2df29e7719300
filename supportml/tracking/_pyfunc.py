"""The router as an MLflow ``PythonModel`` (logged from code, see ``_model_code.py``)."""

from __future__ import annotations

import mlflow.pyfunc

from supportml.tracking._frames import decisions_to_frame, requests_from_frame

__all__ = ["RouterModel"]


class RouterModel(mlflow.pyfunc.PythonModel):
    """Routes a frame of requests with the router saved among the model's artifacts.

    The router folder (manifest, JSON + arrays, policy) is the ``router`` artifact, so loading the
    model never unpickles anything. Routing only reads the ambassadors' ledger
    (``book_ambassadors=False``): the same rows give the same decisions in any process, thread
    or Spark task, in any order.

    Examples
    --------
    >>> import pandas as pd
    >>> from types import SimpleNamespace
    >>> from supportml.data import generate_enterprise
    >>> from supportml.routing import Router
    >>> data = generate_enterprise(n_users=60, n_requests=150)
    >>> folder = Router(embedder="hashing").fit(
    ...     data.requests, **data.reference_tables()).save(getfixture("tmp_path") / "r")
    >>> model = RouterModel()
    >>> model.load_context(SimpleNamespace(artifacts={"router": str(folder)}))
    >>> out = model.predict(None, pd.DataFrame({"text": ["Teams is down, error 500"]}))
    >>> list(out.columns)
    ['tier', 'confidence', 'intent', 'abstained', 'explanation', 'kb_entry_id', 'content_ids',
     'ambassador_id']
    """

    def load_context(self, context) -> None:
        """Load the router once, from the ``router`` artifact."""
        from supportml.routing import Router

        self.router_ = Router.load(context.artifacts["router"])
        self.router_.book_ambassadors = False

    def predict(self, context, model_input, params=None):
        """Route each row of ``model_input`` (see :func:`requests_from_frame`).

        Returns
        -------
        decisions : DataFrame
            One row per request, columns :data:`DECISION_COLUMNS`.
        """
        texts, users = requests_from_frame(model_input)
        return decisions_to_frame(self.router_.route_many(texts, users=users))
