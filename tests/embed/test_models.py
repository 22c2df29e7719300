from __future__ import annotations

import importlib.util

import pytest

from supportml.embed import (
    DEFAULT_MODEL,
    SentenceTransformerEmbedder,
    default_embedder,
    make_embedder,
)
from supportml.embed._models import canonical_model_name, resolve_model_path
from supportml.exceptions import ModelNotFoundError


def test_default_model_resolves_to_the_packaged_folder():
    path = resolve_model_path("all-MiniLM-L6-v2")
    assert (path / "config.json").is_file()
    assert canonical_model_name("all-MiniLM-L6-v2") == DEFAULT_MODEL


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFoundError, match="does not exist"):
        resolve_model_path(tmp_path / "nowhere")


def test_unknown_hub_id_says_how_to_supply_it_without_downloading(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HOME", str(tmp_path))  # an empty cache
    with pytest.raises(ModelNotFoundError, match="never downloads weights") as info:
        SentenceTransformerEmbedder("some-org/some-model").encode(["hello"])
    assert isinstance(info.value, FileNotFoundError)


def test_constructing_an_embedder_loads_nothing():
    embedder = SentenceTransformerEmbedder("some-org/not-there")
    assert embedder.name == "some-org/not-there"


def test_make_embedder_accepts_names_objects_and_refuses_the_rest(hashing_embedder):
    assert make_embedder(hashing_embedder) is hashing_embedder
    assert make_embedder("hashing").name.startswith("hashing")
    assert make_embedder(None).name == f"{DEFAULT_MODEL}:onnx-int8"
    assert make_embedder(DEFAULT_MODEL).name == DEFAULT_MODEL
    with pytest.raises(TypeError, match="embedder must be"):
        make_embedder(42)


def test_the_default_falls_back_to_sentence_transformers_without_onnxruntime(monkeypatch):
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "onnxruntime" else real_find_spec(name, *a),
    )
    assert default_embedder().name == DEFAULT_MODEL
