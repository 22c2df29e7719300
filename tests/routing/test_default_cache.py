"""``Router.default()`` retrains when the library changes and keeps only the newest routers."""

from __future__ import annotations

import os

import pytest

from supportml.routing._router import _KEPT_DEFAULTS, _default_data_fingerprint, _prune_defaults


def test_only_the_newest_default_routers_stay_and_nothing_else_is_touched(tmp_path):
    folders = [tmp_path / f"router-default-0.1.0-{i:012x}" for i in range(_KEPT_DEFAULTS + 2)]
    for age, folder in enumerate(reversed(folders)):
        folder.mkdir()
        (folder / "manifest.json").write_text("{}")
        os.utime(folder, (1_000_000 - age, 1_000_000 - age))
    (tmp_path / "onnx").mkdir()
    (tmp_path / "embeddings.sqlite3").write_text("")

    _prune_defaults(tmp_path)

    left = sorted(path.name for path in tmp_path.iterdir())
    kept = sorted(folder.name for folder in folders[-_KEPT_DEFAULTS:])
    assert left == sorted([*kept, "embeddings.sqlite3", "onnx"])


@pytest.mark.parametrize(
    ("changed", "retrains"),
    [
        ("routing/_router.py", True),
        ("routing/default_policy.toml", True),
        ("README.txt", False),
    ],
)
def test_a_changed_module_or_default_policy_retrains_the_default_router(
    tmp_path, changed, retrains
):
    for name in ("routing/_router.py", "routing/default_policy.toml", "README.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("before")
    before = _default_data_fingerprint(tmp_path)
    (tmp_path / changed).write_text("after")
    assert (_default_data_fingerprint(tmp_path) != before) is retrains
