"""FeedbackStore: agents' corrections of routing decisions, kept in SQLite, PII redacted."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supportml.exceptions import InvalidInputError
from supportml.text import redact_pii, validate_texts

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FeedbackStore"]

logger = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    request_id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    predicted_tier TEXT,
    predicted_intent TEXT,
    confidence REAL
);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id TEXT NOT NULL REFERENCES requests(request_id),
    tier TEXT,
    intent TEXT,
    agent TEXT,
    recorded_at TEXT NOT NULL
);
"""
_INSERT_REQUEST = "INSERT OR REPLACE INTO requests VALUES (?, ?, ?, ?, ?, ?)"


class FeedbackStore:
    """Requests as routed, and the tier and intent agents say they should have had.

    The store is a SQLite file: it survives restarts, and several threads or processes may
    write to it (each call opens its own connection; the journal is in WAL mode). Request
    texts are normalised and **redacted of PII** (e-mail, phone, IBAN, IP; see
    :func:`supportml.text.redact_pii`) before they are written: the file never holds them.

    A request is logged with :meth:`log_request` when it is routed; an agent's correction is
    recorded with :meth:`record_feedback`, which refuses a request id that was never logged.
    :meth:`labelled_requests` gives the corrected labels to retrain with, the latest
    correction of each request winning.

    Parameters
    ----------
    path : str or path-like
        The SQLite file; created with its folder when missing.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from supportml.insights import FeedbackStore
    >>> store = FeedbackStore(pathlib.Path(tempfile.mkdtemp()) / "feedback.sqlite3")
    >>> store.log_request("r1", "Teams crashes, call me on 06 12 34 56 78",
    ...                   predicted_tier="chatbot", predicted_intent="app_crash")
    >>> store.record_feedback("r1", tier="support")
    >>> store.labelled_requests()[["request_id", "text", "tier", "intent"]].to_dict("records")
    [{'request_id': 'r1', 'text': 'Teams crashes, call me on <PHONE>', 'tier': 'support', \
'intent': 'app_crash'}]
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as connection:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.executescript(_SCHEMA)

    def log_request(
        self,
        request_id: str,
        text: str,
        *,
        predicted_tier: str | None = None,
        predicted_intent: str | None = None,
        confidence: float | None = None,
        at: datetime | date | None = None,
    ) -> None:
        """Log a routed request (its text redacted); logging the same id again replaces it.

        Raises
        ------
        InvalidInputError
            An empty request id, a bad text, or an unknown tier.
        """
        request_id = _check_id(request_id)
        [clean] = validate_texts([text])
        if predicted_tier is not None:
            _check_tier(predicted_tier, "predicted_tier")
        with self._connect() as connection:
            connection.execute(
                _INSERT_REQUEST,
                (
                    request_id,
                    redact_pii(clean),
                    _timestamp(at),
                    predicted_tier,
                    predicted_intent,
                    None if confidence is None else float(confidence),
                ),
            )

    def log_decisions(self, requests: Any, decisions: Any, *, at: datetime | None = None) -> None:
        """Log requests with the router's decisions, in one transaction.

        Parameters
        ----------
        requests : sequence of Request
            Each with a ``request_id``.
        decisions : sequence of RoutingDecision
            From :meth:`Router.route_many`, in the same order.

        Raises
        ------
        InvalidInputError
            Different lengths, or a request without an id.
        """
        requests, decisions = list(requests), list(decisions)
        if len(requests) != len(decisions):
            raise InvalidInputError(
                f"requests and decisions have different lengths: {len(requests)} and "
                f"{len(decisions)}."
            )
        rows = []
        for i, (request, decision) in enumerate(zip(requests, decisions, strict=True)):
            if getattr(request, "request_id", None) is None:
                raise InvalidInputError(f"requests[{i}] has no request_id to log it under.")
            [clean] = validate_texts([request.text])
            rows.append(
                (
                    _check_id(request.request_id),
                    redact_pii(clean),
                    _timestamp(at),
                    decision.tier,
                    decision.intent,
                    float(decision.confidence),
                )
            )
        with self._connect() as connection:
            connection.executemany(
                "INSERT OR REPLACE INTO requests VALUES (?, ?, ?, ?, ?, ?)", rows
            )

    def record_feedback(
        self,
        request_id: str,
        *,
        tier: str | None = None,
        intent: str | None = None,
        agent: str | None = None,
        at: datetime | date | None = None,
    ) -> None:
        """Record the tier and/or intent an agent says a logged request should have had.

        Parameters
        ----------
        request_id : str
            A request logged with :meth:`log_request` or :meth:`log_decisions`.
        tier : {"chatbot", "elearning", "ambassador", "support"}, default=None
        intent : str, default=None
        agent : str, default=None
            Who corrected it (kept for audit, never logged).
        at : datetime or date, default=None
            When; default now (UTC).

        Raises
        ------
        InvalidInputError
            An unknown request id, neither ``tier`` nor ``intent``, an unknown tier, or an
            empty intent.
        """
        request_id = _check_id(request_id)
        if tier is None and intent is None:
            raise InvalidInputError("record_feedback needs a tier, an intent, or both.")
        if tier is not None:
            _check_tier(tier, "tier")
        if intent is not None and (not isinstance(intent, str) or not intent.strip()):
            raise InvalidInputError(f"intent must be a non-empty str; got {intent!r}.")
        with self._connect() as connection:
            known = connection.execute(
                "SELECT 1 FROM requests WHERE request_id = ?", (request_id,)
            ).fetchone()
            if known is None:
                raise InvalidInputError(
                    f"Unknown request_id {request_id!r}: log the request (log_request or "
                    "log_decisions) before recording feedback on it."
                )
            connection.execute(
                "INSERT INTO feedback (request_id, tier, intent, agent, recorded_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    request_id,
                    tier,
                    None if intent is None else intent.strip(),
                    agent,
                    _timestamp(at),
                ),
            )
        logger.debug("Feedback recorded for request %r", request_id)

    def labelled_requests(self) -> pd.DataFrame:
        """Requests with feedback, labelled by it: the examples to retrain with.

        A tier or intent the feedback leaves out is the router's prediction (confirmed by the
        agent's silence); the latest feedback on a request wins, field by field.

        Returns
        -------
        labelled : DataFrame
            Columns ``request_id``, ``created_at``, ``text`` (redacted), ``intent``, ``tier``,
            ``predicted_intent``, ``predicted_tier``, ``n_feedback``; ordered by request
            creation time, then id.
        """
        import pandas as pd

        query = """
        SELECT r.request_id, r.created_at, r.text,
               COALESCE((SELECT f.intent FROM feedback f WHERE f.request_id = r.request_id
                         AND f.intent IS NOT NULL ORDER BY f.id DESC LIMIT 1),
                        r.predicted_intent) AS intent,
               COALESCE((SELECT f.tier FROM feedback f WHERE f.request_id = r.request_id
                         AND f.tier IS NOT NULL ORDER BY f.id DESC LIMIT 1),
                        r.predicted_tier) AS tier,
               r.predicted_intent, r.predicted_tier,
               (SELECT COUNT(*) FROM feedback f WHERE f.request_id = r.request_id) AS n_feedback
        FROM requests r
        WHERE EXISTS (SELECT 1 FROM feedback f WHERE f.request_id = r.request_id)
        ORDER BY r.created_at, r.request_id
        """
        with self._connect() as connection:
            frame = pd.read_sql_query(query, connection)
        frame["created_at"] = pd.to_datetime(frame["created_at"], format="ISO8601")
        return frame

    def __len__(self) -> int:
        """Feedback records held."""
        with self._connect() as connection:
            return int(connection.execute("SELECT COUNT(*) FROM feedback").fetchone()[0])

    def __repr__(self) -> str:
        return f"FeedbackStore({str(self.path)!r})"

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A connection that commits on success, rolls back on error, and is closed."""
        connection = sqlite3.connect(self.path, timeout=30)
        try:
            with connection:
                yield connection
        finally:
            connection.close()


def _check_id(request_id: Any) -> str:
    if not isinstance(request_id, str) or not request_id.strip():
        raise InvalidInputError(f"request_id must be a non-empty str; got {request_id!r}.")
    return request_id.strip()


def _check_tier(tier: Any, name: str) -> None:
    from supportml.routing._policy import TIERS

    if tier not in TIERS:
        raise InvalidInputError(f"{name} must be one of {list(TIERS)}; got {tier!r}.")


def _timestamp(at: datetime | date | None) -> str:
    if at is None:
        at = datetime.now(UTC)
    elif isinstance(at, datetime):
        at = at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)
    elif isinstance(at, date):
        at = datetime(at.year, at.month, at.day, tzinfo=UTC)
    else:
        raise InvalidInputError(f"at must be a datetime, a date or None; got {type(at).__name__}.")
    return at.isoformat(timespec="seconds")
