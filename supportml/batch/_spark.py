"""Scoring a Spark DataFrame with a logged router, through MLflow's ``spark_udf``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from supportml._deps import require
from supportml.exceptions import InvalidInputError
from supportml.tracking import DECISION_COLUMNS, PROFILE_COLUMNS

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

__all__ = ["spark_score"]

_SPARK_TYPES = {"confidence": "double", "abstained": "boolean"}


def spark_score(
    df: DataFrame,
    model_uri: str,
    *,
    text_col: str = "text",
    user_col: str = "user_id",
    env_manager: str = "local",
) -> DataFrame:
    """Route every row of a Spark DataFrame with a router logged by :func:`log_router`.

    The model runs in Spark's Python workers through :func:`mlflow.pyfunc.spark_udf`: each
    worker loads the router once and routes its partitions in Arrow batches, reading the
    ambassadors' ledger without booking, so the decisions are those of
    :func:`~supportml.batch.score` on one machine, whatever the partitioning.

    Parameters
    ----------
    df : pyspark.sql.DataFrame
        One request per row: ``text_col`` and, optionally, ``user_col`` and the profile
        columns of :data:`~supportml.tracking.PROFILE_COLUMNS`.
    model_uri : str
        The logged model, e.g. ``ModelInfo.model_uri`` or ``models:/supportml-router/3``.
    text_col : str, default="text"
    user_col : str, default="user_id"
    env_manager : {"local", "virtualenv", "uv", "conda"}, default="local"
        Where the workers run the model (see ``spark_udf``); "local" uses the driver's Python
        environment, which must have supportml installed.

    Returns
    -------
    pyspark.sql.DataFrame
        ``df``'s columns followed by :data:`~supportml.tracking.DECISION_COLUMNS`.

    Raises
    ------
    InvalidInputError
        When ``text_col`` is missing (the message lists the columns present).
    MissingDependencyError
        When pyspark or mlflow is not installed.

    Examples
    --------
    >>> from supportml.batch import spark_score
    >>> scored = spark_score(spark.read.parquet("backlog.parquet"), "models:/router/3")
    ... # doctest: +SKIP
    >>> scored.groupBy("tier").count().show()  # doctest: +SKIP
    """
    require("pyspark", extra="spark", caller="spark_score")
    mlflow_pyfunc = require("mlflow.pyfunc", extra="mlflow", caller="spark_score")
    from pyspark.sql import functions as F

    if text_col not in df.columns:
        raise InvalidInputError(
            f"spark_score: the DataFrame lacks the {text_col!r} column; columns present: "
            f"{df.columns}."
        )
    clashes = [c for c in DECISION_COLUMNS if c in df.columns]
    if clashes:
        raise InvalidInputError(
            f"spark_score: the DataFrame already has the output column(s) {clashes}; "
            "rename or drop them first."
        )
    result_type = ", ".join(f"{c} {_SPARK_TYPES.get(c, 'string')}" for c in DECISION_COLUMNS)
    udf = mlflow_pyfunc.spark_udf(
        df.sparkSession, model_uri, result_type=result_type, env_manager=env_manager
    )
    inputs = [F.col(text_col).alias("text")]
    if user_col in df.columns:
        inputs.append(F.col(user_col).cast("string").alias("user_id"))
    inputs += [F.col(c) for c in PROFILE_COLUMNS if c in df.columns]
    decision = "__supportml_decision"
    scored = df.withColumn(decision, udf(F.struct(*inputs)))
    return scored.select(
        *df.columns, *(F.col(f"{decision}.{c}").alias(c) for c in DECISION_COLUMNS)
    )
