from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from supportml.cli import main
from supportml.insights import _cli


@pytest.mark.parametrize("action", ["discover", "drift", "forecast", "ledger"])
def test_every_insights_command_has_help(action, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["insights", action, "--help"])
    assert exit_info.value.code == 0
    assert f"usage: supportml insights {action}" in capsys.readouterr().out


@pytest.fixture
def hashing_router(monkeypatch, classifier):
    monkeypatch.setattr(_cli, "_router", lambda args: classifier)


def test_discover_writes_a_report(tmp_path, hashing_router, split_requests, capsys):
    _, new = split_requests
    table = tmp_path / "requests.csv"
    pd.DataFrame({"text": [r["text"] for r in new]}).to_csv(table, index=False)
    out = tmp_path / "needs.html"
    assert main(["insights", "discover", str(table), "--out", str(out), "--unsure-below", "1"]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "needs found" in capsys.readouterr().out


def test_drift_exit_status_says_whether_it_drifted(tmp_path, hashing_router, split_requests):
    seen, new = split_requests
    reference, same, changed = (tmp_path / f"{n}.csv" for n in ("reference", "same", "changed"))
    texts = [r["text"] for r in seen]
    pd.DataFrame({"text": texts}).to_csv(reference, index=False)
    pd.DataFrame({"text": texts[::2]}).to_csv(same, index=False)
    pd.DataFrame({"text": [r["text"] for r in new] * 2}).to_csv(changed, index=False)
    assert main(["insights", "drift", str(reference), str(same)]) == 0
    assert main(["insights", "drift", str(reference), str(changed), "--json"]) == 3


def test_forecast_from_a_requests_table(tmp_path):
    rng = np.random.default_rng(0)
    times = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.uniform(0, 42, 500), unit="D")
    table = tmp_path / "requests.csv"
    pd.DataFrame({"created_at": times, "tier": rng.choice(["chatbot", "support"], 500)}).to_csv(
        table, index=False
    )
    out = tmp_path / "forecast.csv"
    assert main(["insights", "forecast", str(table), "--out", str(out), "--horizon", "7"]) == 0
    assert pd.read_csv(out).groupby("tier").size().to_dict() == {"chatbot": 7, "support": 7}


def test_ledger_to_csv(tmp_path, capsys):
    handled = tmp_path / "handled.csv"
    pd.DataFrame({"ambassador_id": ["a1", "a1", "a2"], "created_at": ["2025-01-06"] * 3}).to_csv(
        handled, index=False
    )
    out = tmp_path / "ledger.csv"
    assert main(["insights", "ledger", str(handled), "--out", str(out)]) == 0
    assert pd.read_csv(out)["requests"].tolist() == [2, 1]
    assert "max_over_mean" in capsys.readouterr().out
