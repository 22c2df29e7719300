"""The recommender as an MLflow ``PythonModel`` (logged from code, see ``_recommender_code.py``)."""

from __future__ import annotations

from numbers import Integral

import mlflow.pyfunc
import numpy as np

from supportml._profile import UserProfile, _is_missing
from supportml.exceptions import InvalidInputError
from supportml.tracking._frames import requests_from_frame
from supportml.tracking._recommender_model import DEFAULT_N, RECOMMENDATION_COLUMNS

__all__ = ["RecommenderModel"]


class RecommenderModel(mlflow.pyfunc.PythonModel):
    """Recommends content for a frame of users with the recommender saved among the artifacts.

    The recommender folder (manifest, JSON + arrays) is the ``recommender`` artifact, so
    loading the model never unpickles anything.

    Examples
    --------
    >>> import pandas as pd
    >>> from types import SimpleNamespace
    >>> from supportml.data import generate_enterprise
    >>> from supportml.recommend import ContentRecommender
    >>> from supportml.recommend._persistence import save_recommender
    >>> data = generate_enterprise(n_users=60, n_requests=150)
    >>> recommender = ContentRecommender(embedder="hashing").fit(
    ...     data.interactions, data.users, data.catalogue)
    >>> folder = save_recommender(recommender, getfixture("tmp_path") / "r")
    >>> model = RecommenderModel()
    >>> model.load_context(SimpleNamespace(artifacts={"recommender": str(folder)}))
    >>> out = model.predict(None, pd.DataFrame({"user_id": ["u00001", "new"], "n": [3, 2]}))
    >>> list(out.columns), out["item_ids"].map(len).tolist()
    (['user_id', 'item_ids', 'scores'], [3, 2])
    """

    def load_context(self, context) -> None:
        """Load the recommender once, from the ``recommender`` artifact."""
        from supportml.recommend._persistence import load_recommender

        self.recommender_ = load_recommender(context.artifacts["recommender"])

    def predict(self, context, model_input, params=None):
        """The top items of each row's user (see :func:`users_from_frame`).

        Returns
        -------
        recommendations : DataFrame
            One row per input row, columns :data:`RECOMMENDATION_COLUMNS`: the row's
            ``user_id`` (empty when missing), its item ids best first and their scores (lists,
            shorter than ``n`` when fewer items are eligible).
        """
        import pandas as pd

        users, sizes = users_from_frame(model_input)
        item_ids: list[list[str]] = [[] for _ in users]
        scores: list[list[float]] = [[] for _ in users]
        for n in np.unique(sizes):  # one batch per list length: constraints depend on n
            rows = np.flatnonzero(sizes == n)
            ids, values = self.recommender_.recommend([users[i] for i in rows], n=int(n))
            for row, row_ids, row_values in zip(rows, ids, values, strict=True):
                kept = row_ids != None  # noqa: E711 (elementwise: padding is None)
                item_ids[row] = [str(i) for i in row_ids[kept]]
                scores[row] = [float(s) for s in row_values[kept]]
        user_ids = ["" if _is_missing(u) else str(u) for u in model_input["user_id"]]
        return pd.DataFrame(
            dict(zip(RECOMMENDATION_COLUMNS, (user_ids, item_ids, scores), strict=True))
        )


def users_from_frame(frame) -> tuple[list[UserProfile | str], np.ndarray]:
    """Each row's user and list length.

    A row is read as :func:`~supportml.tracking.requests_from_frame` reads a sender (profile
    columns build a :class:`UserProfile`, a bare ``user_id`` is the profile learned for it); a
    row with neither is an anonymous cold start. ``n`` (optional, default 10) is the row's list
    length.

    Raises
    ------
    InvalidInputError
        When ``frame`` is not a DataFrame, has no ``user_id`` column, or an ``n`` that is not
        an integer of 1 or more (the message names the row).

    Examples
    --------
    >>> import pandas as pd
    >>> users, sizes = users_from_frame(pd.DataFrame({"user_id": ["u1", None], "n": [5, None]}))
    >>> users, sizes.tolist()
    (['u1', UserProfile(user_id=None, role='employee', department='unknown', site='unknown', \
field_team=False, language=None, digital_maturity=3, adoption_state='unknown', \
completed_items=())], [5, 10])
    """
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):
        raise InvalidInputError(
            "The model input must be a DataFrame with a 'user_id' column; "
            f"got {type(frame).__name__}."
        )
    if "user_id" not in frame.columns:
        raise InvalidInputError(
            f"The model input lacks the 'user_id' column; columns present: {list(frame.columns)}."
        )
    _, senders = requests_from_frame(frame.assign(text=""))
    users = [UserProfile() if user is None else user for user in senders]
    sizes = np.full(len(frame), DEFAULT_N, dtype=np.int64)
    if "n" in frame.columns:
        for row, n in enumerate(frame["n"]):
            if _is_missing(n):
                continue
            number = isinstance(n, Integral | float) and not isinstance(n, bool)
            if not (number and float(n) >= 1 and float(n).is_integer()):
                raise InvalidInputError(f"Row {row}: n must be an integer of 1 or more; got {n!r}.")
            sizes[row] = int(n)
    return users, sizes
