"""Scoring ticket backlogs: streaming, resumable, fast on one machine, and Spark beyond it.

:func:`score` routes a whole backlog (a CSV, JSON Lines or Parquet file, a DataFrame or an
iterable of requests) chunk by chunk in bounded memory, writes one row per input row
(:data:`OUTPUT_COLUMNS`) atomically, resumes after a kill, and turns bad rows into error rows.
The ``supportml score`` command runs it from the shell. :func:`spark_score` scores a Spark
DataFrame with the same model through MLflow's ``spark_udf``.

Examples
--------
>>> from supportml.batch import OUTPUT_COLUMNS
>>> OUTPUT_COLUMNS[:4]
('row', 'id', 'tier', 'confidence')
"""

from __future__ import annotations

from supportml.batch._report import write_report
from supportml.batch._result import ScoreResult
from supportml.batch._rows import OUTPUT_COLUMNS
from supportml.batch._score import score
from supportml.batch._spark import spark_score

__all__ = ["OUTPUT_COLUMNS", "ScoreResult", "score", "spark_score", "write_report"]
