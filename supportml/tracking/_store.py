"""Where runs and models go: the tracking URI, and a quick check that a server answers."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

from supportml._deps import require
from supportml.exceptions import SupportMLError

__all__ = [
    "TrackingUnavailableError",
    "check_tracking_server",
    "resolve_tracking_uri",
    "use_tracking_uri",
]

_DEFAULT_DB = "mlflow.db"


class TrackingUnavailableError(SupportMLError, ConnectionError):
    """The MLflow tracking server does not answer; the message names its URI."""


def resolve_tracking_uri(uri: str | None = None) -> str:
    """The tracking URI to use: ``uri``, else the one set for MLflow, else a local store.

    "Set for MLflow" means ``$MLFLOW_TRACKING_URI`` or ``mlflow.set_tracking_uri``. The local
    store is the SQLite file ``mlflow.db`` in the working directory (its artifacts go to
    ``./mlruns``), so that tracking and the model registry work with no server.

    Examples
    --------
    >>> resolve_tracking_uri("http://127.0.0.1:5000")
    'http://127.0.0.1:5000'
    """
    if uri:
        return uri
    mlflow = require("mlflow", extra="mlflow", caller="resolve_tracking_uri")

    if mlflow.is_tracking_uri_set():
        return mlflow.get_tracking_uri()
    return f"sqlite:///{Path.cwd() / _DEFAULT_DB}"


def use_tracking_uri(uri: str | None = None) -> str:
    """Point MLflow (tracking and registry) at :func:`resolve_tracking_uri` and return it."""
    mlflow = require("mlflow", extra="mlflow", caller="use_tracking_uri")
    resolved = resolve_tracking_uri(uri)
    mlflow.set_tracking_uri(resolved)
    return resolved


def check_tracking_server(uri: str, *, timeout: float = 10.0) -> None:
    """Fail fast when an HTTP tracking server does not answer (other URIs are local).

    MLflow's own client retries for minutes before giving up; this asks the server's
    ``/health`` once, with ``timeout`` seconds to connect and answer.

    Raises
    ------
    TrackingUnavailableError
        The server refused the connection, timed out or answered with an error.

    Examples
    --------
    >>> check_tracking_server("sqlite:///mlflow.db")  # nothing to reach
    >>> check_tracking_server("http://127.0.0.1:9", timeout=2)
    Traceback (most recent call last):
    ...
    supportml.tracking._store.TrackingUnavailableError: MLflow tracking server http://127.0.0.1:9...
    """
    if not uri.startswith(("http://", "https://")):
        return
    try:
        with urllib.request.urlopen(f"{uri.rstrip('/')}/health", timeout=timeout) as answer:
            answer.read()
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise TrackingUnavailableError(
            f"MLflow tracking server {uri} does not answer ({reason}). Start it, or set "
            "MLFLOW_TRACKING_URI (or [tracking] tracking_uri) to a reachable one; leave both "
            "empty to track in the local sqlite:///mlflow.db."
        ) from e
