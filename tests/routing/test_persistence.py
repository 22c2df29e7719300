from __future__ import annotations

import json

import pytest

from supportml.embed import HashingEmbedder
from supportml.exceptions import ModelFormatError
from supportml.routing import Router


def _decisions(router, frame):
    return [
        (d.tier, d.intent, round(d.confidence, 9))
        for d in router.route_many(list(frame["text"])[:60], users=list(frame["user_id"])[:60])
    ]


def test_saved_router_decides_exactly_as_before(router, test_requests, tmp_path):
    router.save(tmp_path / "model")  # the ledger of bookings is saved too
    loaded = Router.load(tmp_path / "model")
    assert _decisions(loaded, test_requests) == _decisions(router, test_requests)
    assert not list(tmp_path.glob(".model-*"))  # no staging folder left behind


def test_saved_folder_holds_no_pickle(router, tmp_path):
    folder = router.save(tmp_path / "model")
    assert sorted(p.name for p in folder.iterdir()) == [
        "manifest.json",
        "policy.toml",
        "router.json",
        "router.npz",
    ]


def test_another_format_version_is_refused(router, tmp_path):
    folder = router.save(tmp_path / "model")
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["format_version"] = 999
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelFormatError, match="format version 999"):
        Router.load(folder)


def test_another_embedder_is_refused(router, tmp_path):
    folder = router.save(tmp_path / "model")
    with pytest.raises(ModelFormatError, match="trained with embedder"):
        Router.load(folder, embedder=HashingEmbedder(dim=64))


def test_a_folder_that_is_not_a_model_is_refused(tmp_path):
    with pytest.raises(ModelFormatError, match="not a saved supportml router"):
        Router.load(tmp_path)
