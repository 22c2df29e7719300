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


@pytest.fixture(scope="module")
def saved_router(tmp_path_factory):
    """A router trained by ``supportml train`` on the bundled synthetic data (hashing vectors)."""
    model = tmp_path_factory.mktemp("cli") / "router"
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
    return model


def test_train_then_route_from_the_saved_folder(saved_router, tmp_path, capsys):
    assert (saved_router / "manifest.json").is_file()
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
            str(saved_router),
            "--user",
            str(profile),
            "--json",
        ]
    )
    decision = json.loads(capsys.readouterr().out)
    assert decision["tier"] == "support"
    assert decision["rule"].startswith("rule: incident wording")


@pytest.mark.parametrize(
    ("text", "profile", "message"),
    [
        ("  ", None, r"^supportml route: request text is empty"),
        ("Teams down", '{"digital_maturity": 9}', r"^supportml route: .*digital_maturity.*got 9"),
        ("Teams down", "{not json", r"^supportml route: --user .* is not valid JSON"),
        ("Teams down", "missing", r"^supportml route: .*No such file"),
    ],
)
def test_bad_input_is_one_line_naming_the_command(saved_router, tmp_path, text, profile, message):
    argv = ["route", text, "--model", str(saved_router)]
    if profile is not None:
        path = tmp_path / "user.json"
        if profile != "missing":
            path.write_text(profile)
        argv += ["--user", str(path)]
    with pytest.raises(SystemExit, match=message):
        main(argv)


def test_verbose_shows_the_traceback_of_bad_input(saved_router):
    with pytest.raises(ValueError, match="request text is empty"):
        main(["--verbose", "route", "", "--model", str(saved_router)])


def test_train_without_a_requests_table_says_so(tmp_path):
    with pytest.raises(SystemExit, match="no requests table"):
        main(["train", "--data", str(tmp_path), "--out", str(tmp_path / "m")])
