from __future__ import annotations

import copy
import json
import zipfile

import numpy as np
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


def test_a_router_saved_before_the_newer_parameters_keeps_their_old_behaviour(
    router, test_requests, tmp_path
):
    old = copy.copy(router)
    del old.__dict__["recheck_margin"], old.__dict__["reference_examples"]
    loaded = Router.load(old.save(tmp_path / "old"))
    assert loaded.recheck_margin == 0.0 and loaded.reference_examples is False
    assert len(_decisions(loaded, test_requests)) == 60


def test_a_router_saved_before_the_intent_aware_searches_routes_without_them(
    router, test_requests, tmp_path
):
    old = copy.copy(router)
    old.knowledge_base_ = copy.copy(router.knowledge_base_)
    old.coverage_ = copy.copy(router.coverage_)
    del old.knowledge_base_.__dict__["intent_boost"], old.coverage_.__dict__["_items"]
    loaded = Router.load(old.save(tmp_path / "old"))
    assert loaded.knowledge_base_.intent_boost == 0.0
    assert loaded.coverage_.content_items("share_file", "fr") == []
    assert len(_decisions(loaded, test_requests)) == 60


def test_saved_folder_holds_no_pickle(router, tmp_path):
    folder = router.save(tmp_path / "model")
    assert sorted(p.name for p in folder.iterdir()) == [
        "manifest.json",
        "policy.toml",
        "router.json",
        "router.npz",
    ]


def test_saved_arrays_are_compressed_and_uncompressed_ones_still_load(
    router, test_requests, tmp_path
):
    folder = router.save(tmp_path / "model")
    with zipfile.ZipFile(folder / "router.npz") as archive:
        assert {member.compress_type for member in archive.infolist()} == {zipfile.ZIP_DEFLATED}
    with np.load(folder / "router.npz") as stored:
        arrays = dict(stored)
    np.savez(folder / "router.npz", **arrays)  # as routers were saved before
    assert _decisions(Router.load(folder), test_requests) == _decisions(router, test_requests)


def test_another_format_version_is_refused(router, tmp_path):
    folder = router.save(tmp_path / "model")
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["format_version"] = 999
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelFormatError, match="format version 999"):
        Router.load(folder)


def test_a_folder_in_format_1_is_refused_with_a_retrain_hint(router, tmp_path):
    folder = router.save(tmp_path / "model")
    manifest = json.loads((folder / "manifest.json").read_text())
    (folder / "manifest.json").write_text(json.dumps({**manifest, "format_version": 1}))
    with pytest.raises(ModelFormatError, match=r"format version 1; .* Retrain"):
        Router.load(folder)


def test_a_folder_without_its_arrays_is_refused(router, tmp_path):
    folder = router.save(tmp_path / "model")
    (folder / "router.npz").unlink()
    with pytest.raises(ModelFormatError, match="not a complete saved supportml router"):
        Router.load(folder)


def test_an_object_array_in_the_npz_is_refused(router, tmp_path):
    folder = router.save(tmp_path / "model")
    with np.load(folder / "router.npz") as stored:
        keys = list(stored)
    np.savez(folder / "router.npz", **{key: np.array([print], dtype=object) for key in keys})
    with pytest.raises(ModelFormatError, match="cannot be loaded safely"):
        Router.load(folder)


@pytest.mark.parametrize("name", ["subprocess:Popen", "builtins:eval"])
def test_a_graph_naming_a_type_outside_the_allow_list_is_refused(router, tmp_path, name):
    folder = router.save(tmp_path / "model")
    graph = json.loads((folder / "router.json").read_text())
    graph["types"][0] = name
    (folder / "router.json").write_text(json.dumps(graph))
    with pytest.raises(ModelFormatError, match="not allow-listed"):
        Router.load(folder)


def test_another_embedder_is_refused(router, tmp_path):
    folder = router.save(tmp_path / "model")
    with pytest.raises(ModelFormatError, match="trained with embedder"):
        Router.load(folder, embedder=HashingEmbedder(dim=64))


def test_a_folder_that_is_not_a_model_is_refused(tmp_path):
    with pytest.raises(ModelFormatError, match="not a saved supportml router"):
        Router.load(tmp_path)
