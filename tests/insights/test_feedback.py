from __future__ import annotations

import sqlite3
import threading
from datetime import date

import pytest

from supportml.exceptions import InvalidInputError
from supportml.insights import FeedbackStore
from supportml.routing import Request, RoutingDecision

PII = "Teams crashes, mail jane.doe@example.com or call 06 12 34 56 78"


def test_feedback_is_durable_and_redacted(tmp_path):
    path = tmp_path / "store" / "feedback.sqlite3"
    store = FeedbackStore(path)
    store.log_request("r1", PII, predicted_tier="chatbot", predicted_intent="app_crash",
                      confidence=0.7, at=date(2025, 1, 6))  # fmt: skip
    store.record_feedback("r1", tier="support", agent="agent-7")
    del store

    reopened = FeedbackStore(path)
    assert len(reopened) == 1
    [row] = reopened.labelled_requests().to_dict("records")
    assert row["tier"] == "support" and row["intent"] == "app_crash"
    assert row["predicted_tier"] == "chatbot" and row["n_feedback"] == 1
    assert row["text"] == "Teams crashes, mail <EMAIL> or call <PHONE>"
    with sqlite3.connect(path) as connection:
        stored = " ".join(str(v) for r in connection.execute("SELECT * FROM requests") for v in r)
    assert "jane.doe" not in stored and "56 78" not in stored


def test_latest_feedback_wins_field_by_field(tmp_path):
    store = FeedbackStore(tmp_path / "f.sqlite3")
    store.log_request("r1", "sync fails", predicted_tier="chatbot", predicted_intent="sync")
    store.log_request("r2", "no feedback on this one")
    store.record_feedback("r1", intent="sync_error")
    store.record_feedback("r1", tier="ambassador")
    store.record_feedback("r1", tier="support")
    labelled = store.labelled_requests()
    assert labelled[["request_id", "intent", "tier", "n_feedback"]].values.tolist() == [
        ["r1", "sync_error", "support", 3]
    ]


def test_decisions_are_logged_in_one_go(tmp_path):
    store = FeedbackStore(tmp_path / "f.sqlite3")
    decision = RoutingDecision("elearning", 0.8, "share_file", 0.9, False, "why", "tier model")
    store.log_decisions([Request("share a folder", request_id="r9")], [decision])
    store.record_feedback("r9", tier="chatbot")
    assert store.labelled_requests()["intent"].tolist() == ["share_file"]
    with pytest.raises(InvalidInputError, match="no request_id"):
        store.log_decisions([Request("share a folder")], [decision])


def test_unknown_request_and_bad_feedback_are_refused(tmp_path):
    store = FeedbackStore(tmp_path / "f.sqlite3")
    store.log_request("r1", "share a folder")
    with pytest.raises(InvalidInputError, match=r"Unknown request_id 'r404'"):
        store.record_feedback("r404", tier="support")
    with pytest.raises(InvalidInputError, match="a tier, an intent, or both"):
        store.record_feedback("r1")
    with pytest.raises(InvalidInputError, match="tier must be one of"):
        store.record_feedback("r1", tier="manager")
    with pytest.raises(InvalidInputError, match="intent must be a non-empty str"):
        store.record_feedback("r1", intent="  ")
    with pytest.raises(InvalidInputError, match="request_id must be a non-empty str"):
        store.log_request("", "text")
    with pytest.raises(InvalidInputError, match="is empty"):
        store.log_request("r2", "   ")
    assert len(store) == 0


def test_threads_write_safely(tmp_path):
    store = FeedbackStore(tmp_path / "f.sqlite3")
    for i in range(40):
        store.log_request(f"r{i}", f"request number {i}")

    def work(start: int) -> None:
        for i in range(start, 40, 4):
            store.record_feedback(f"r{i}", tier="support")

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store) == 40 and len(store.labelled_requests()) == 40
