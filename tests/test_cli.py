from __future__ import annotations

import json
from pathlib import Path

import pytest

from supportml.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("command", ["demo", "route", "train", "export-onnx"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: supportml" in capsys.readouterr().out


def test_train_then_route_from_the_saved_folder(tmp_path, capsys):
    model = tmp_path / "router"
    main(
        [
            "train",
            "--data",
            str(ROOT / "datasets" / "synthetic"),
            "--out",
            str(model),
            "--embedder",
            "hashing",
        ]
    )
    assert (model / "manifest.json").is_file()
    profile = tmp_path / "user.json"
    profile.write_text(
        json.dumps({"user_id": "u1", "digital_maturity": 1, "adoption_state": "new_hire"})
    )
    capsys.readouterr()
    main(
        [
            "route",
            "Teams est en panne pour tout le site",
            "--model",
            str(model),
            "--user",
            str(profile),
            "--json",
        ]
    )
    decision = json.loads(capsys.readouterr().out)
    assert decision["tier"] == "support"
    assert decision["rule"].startswith("rule: incident wording")


def test_train_without_a_requests_table_says_so(tmp_path):
    with pytest.raises(SystemExit, match="no requests table"):
        main(["train", "--data", str(tmp_path), "--out", str(tmp_path / "m")])
