"""Spark scores like one process: 1,000 rows on ``local[2]`` through MLflow's ``spark_udf``."""

from __future__ import annotations

import os
import sys

import mlflow
import pandas as pd
import pytest

from supportml.batch import score, spark_score
from supportml.data import generate_enterprise
from supportml.exceptions import InvalidInputError
from supportml.tracking import DECISION_COLUMNS, log_router


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # PySpark starts its Python workers with $PYSPARK_PYTHON (default: python3 on the PATH)
    previous = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("supportml-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.driver.memory", "1g")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    yield session
    session.stop()
    if previous is None:
        del os.environ["PYSPARK_PYTHON"]
    else:
        os.environ["PYSPARK_PYTHON"] = previous


@pytest.fixture
def model_uri(router, tmp_path):
    previous = mlflow.get_tracking_uri()
    mlflow.set_tracking_uri(f"sqlite:///{tmp_path}/mlflow.db")
    try:
        # An explicit experiment of this fresh store: an earlier test may have left another
        # store's experiment active in MLflow's process-wide state.
        with mlflow.start_run(experiment_id=mlflow.create_experiment("spark-scoring")):
            yield log_router(router).model_uri
    finally:
        mlflow.set_tracking_uri(previous)


def test_spark_score_equals_single_process(router, spark, model_uri):
    requests = generate_enterprise(n_users=60, n_requests=1000, random_state=2).requests
    frame = requests[["request_id", "user_id", "text"]].reset_index(drop=True)
    assert len(frame) == 1000
    expected = score(frame, model=router, id_col="request_id").frame
    scored = spark_score(spark.createDataFrame(frame).repartition(2), model_uri).toPandas()
    scored = scored.set_index("request_id").loc[frame["request_id"]].reset_index()
    assert scored["request_id"].tolist() == expected["id"].tolist()
    pd.testing.assert_frame_equal(
        scored[list(DECISION_COLUMNS)], expected[list(DECISION_COLUMNS)], check_exact=True
    )


def test_spark_score_missing_text_column(spark):
    df = spark.createDataFrame(pd.DataFrame({"id": ["a"], "body": ["hello"]}))
    with pytest.raises(InvalidInputError, match=r"lacks the 'text' column.*\['id', 'body'\]"):
        spark_score(df, "models:/unused/1")
