"""The ONNX Runtime backend: batching, the export cache, and fidelity to sentence-transformers.

Fast tests stand a tiny fake in for the torch export step (``_build_onnx``) to check the cache
logic; the slow ones export the real model once per module into a temporary cache.
"""

from __future__ import annotations

import json
import logging
import pickle
import shutil
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import supportml.embed._onnx_export as onnx_export
from supportml.embed import (
    DEFAULT_MODEL,
    CachedEmbedder,
    OnnxEmbedder,
    SentenceTransformerEmbedder,
    export_onnx,
    make_embedder,
)
from supportml.embed._batching import length_sorted_batches
from supportml.embed._onnx_export import default_onnx_dir
from supportml.exceptions import InvalidInputError

EXPORT_LOGGER = "supportml.embed._onnx_export"

TEXTS = [
    "How do I share a folder with an external partner?",
    "reset password",
    "I can't log in to the messaging app on my phone since this morning",
    "Where is the recording of yesterday's team meeting?",
    "sync error",
    "The desktop client says my storage quota is full but I deleted lots of files last week.",
    "Can I post in a community without being a member?",
    "how to mention someone in a post",
    "My colleague left the company; who owns the files she shared with our department now?",
    "Notifications arrive twice on my laptop and once on my phone, is that normal?",
    "Hi, I'm new here. Is there a short training on the enterprise social network?",
    "The app crashes when I open a PDF attachment",
    "I need to restore a previous version of a spreadsheet edited by three people",
    "Could you add me to the ambassadors' group for the field teams?",
    "video call freezes",
    "Hello, step 1: open the portal. Step 2: click Files. Step 3: click Share. "
    "Step 4: the dialog shows 'Access denied (code 403)'. I tried twice with two browsers, "
    "cleared the cache, restarted the laptop and asked my manager, who has the same issue. "
    "We need this folder for the audit on Friday morning, please help quickly.",
    "is the instant messaging down?",
    "How do I create a poll in a group chat?",
    "I accidentally deleted a channel, can it be recovered?",
    "How can I sync a shared library to my computer for offline work?",
    "Which browsers are supported by the in-house expense app built on the platform?",
    "status message",
    "Can guests see the files in our private group?",
    "The search does not find documents I uploaded an hour ago",
    "please call me back about the licence for my new tablet",
    "Comment partager un dossier avec un partenaire externe ?",
    "mot de passe oublié",
    "Je n'arrive plus à me connecter à la messagerie depuis ce matin",
    "Où est l'enregistrement de la réunion d'équipe d'hier ?",
    "erreur de synchronisation",
    "Le client de bureau indique que mon quota de stockage est plein alors que j'ai tout supprimé.",
    "Peut-on publier dans une communauté sans en être membre ?",
    "comment mentionner quelqu'un dans une publication",
    "Ma collègue a quitté l'entreprise : qui est propriétaire des fichiers qu'elle partageait ?",
    "Les notifications arrivent en double sur mon ordinateur portable, est-ce normal ?",
    "Bonjour, je suis nouveau. Existe-t-il une formation courte sur le réseau social interne ?",
    "L'application plante quand j'ouvre une pièce jointe PDF",
    "Je dois restaurer une version précédente d'un tableur modifié par trois personnes",
    "Pouvez-vous m'ajouter au groupe des ambassadeurs des équipes terrain ?",
    "la visio se fige",
    "Bonjour, étape 1 : ouvrir le portail. Étape 2 : cliquer sur Fichiers. Étape 3 : Partager. "
    "Étape 4 : la fenêtre affiche « Accès refusé (code 403) ». J'ai essayé deux navigateurs, "
    "vidé le cache, redémarré le portable et demandé à ma responsable, qui a le même souci. "
    "Nous avons besoin de ce dossier pour l'audit de vendredi matin, merci de m'aider vite. " * 3,
    "la messagerie instantanée est-elle en panne ?",
    "Comment créer un sondage dans une discussion de groupe ?",
    "J'ai supprimé un canal par erreur, peut-on le récupérer ?",
    "Comment synchroniser une bibliothèque partagée pour travailler hors ligne ?",
    "Quels navigateurs sont pris en charge par l'application interne de notes de frais ?",
    "statut",
    "Les invités voient-ils les fichiers de notre groupe privé ?",
    "La recherche ne trouve pas les documents déposés il y a une heure",
    "merci de me rappeler pour la licence de ma nouvelle tablette",
]


# ------------------------------------------------------------------------------ batching
def test_length_sorted_batches_groups_by_length_and_keeps_ties_in_order():
    batches = [b.tolist() for b in length_sorted_batches([5, 1, 5, 3, 1], batch_size=2)]
    assert batches == [[1, 4], [3, 0], [2]]


@given(
    lengths=st.lists(st.integers(min_value=0, max_value=300), max_size=200),
    batch_size=st.integers(min_value=1, max_value=50),
)
def test_length_sorted_batches_cover_every_index_once_in_length_order(lengths, batch_size):
    batches = list(length_sorted_batches(lengths, batch_size))
    flat = np.concatenate(batches) if batches else np.array([], dtype=int)
    assert sorted(flat.tolist()) == list(range(len(lengths)))
    assert all(1 <= len(b) <= batch_size for b in batches)
    assert all(len(b) == batch_size for b in batches[:-1])
    ordered = np.asarray(lengths, dtype=int)[flat]
    assert np.all(np.diff(ordered) >= 0)


@pytest.mark.parametrize("batch_size", [0, -1, 2.5, True, None])
def test_length_sorted_batches_refuses_a_bad_batch_size(batch_size):
    with pytest.raises(InvalidInputError, match=r"batch_size.*must be an int >= 1"):
        length_sorted_batches([1, 2], batch_size)


# ---------------------------------------------------------------- names and parameters
def test_names_differ_by_backend_and_precision_and_nothing_loads():
    int8, fp32 = OnnxEmbedder("some-org/not-there"), OnnxEmbedder(precision="fp32")
    assert int8.name == "some-org/not-there:onnx-int8"
    assert fp32.name == f"{DEFAULT_MODEL}:onnx-fp32"
    assert len({fp32.name, OnnxEmbedder().name, SentenceTransformerEmbedder().name}) == 3


def test_make_embedder_onnx_specs_are_cached_onnx_embedders():
    for spec, precision in (("onnx", "int8"), ("onnx-fp32", "fp32")):
        embedder = make_embedder(spec)
        assert isinstance(embedder, CachedEmbedder)
        assert isinstance(embedder.embedder, OnnxEmbedder)
        assert embedder.embedder.precision == precision


def test_unknown_precision_is_refused_before_any_work(tmp_path):
    with pytest.raises(InvalidInputError, match="'precision' parameter of export_onnx"):
        export_onnx(precision="fp16", cache_dir=tmp_path)
    with pytest.raises(ValueError, match="'precision' parameter of OnnxEmbedder"):
        OnnxEmbedder(precision="fp16", cache_dir=tmp_path).encode(["hello"])
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("param", "value"),
    [("batch_size", 0), ("batch_size", "32"), ("max_seq_length", -3), ("num_threads", 1.5)],
)
def test_bad_runtime_parameters_are_refused_on_first_use(tmp_path, param, value):
    embedder = OnnxEmbedder(cache_dir=tmp_path, **{param: value})
    with pytest.raises(InvalidInputError, match=f"'{param}' parameter of OnnxEmbedder"):
        embedder.encode(["hello"])


def test_default_export_dir_follows_the_cache_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("SUPPORTML_CACHE_DIR", str(tmp_path))
    assert default_onnx_dir() == tmp_path / "onnx"


# ---------------------------------------------- the export cache, with a fake export step
@pytest.fixture
def fake_build(monkeypatch):
    """Replace the torch export by a writer of small fake graphs; count the builds."""
    calls = []

    def build(model_path, out, scratch, precision, config):
        (scratch / "raw.onnx").write_bytes(b"intermediate")
        out.write_bytes(f"fake {precision} graph".encode())
        calls.append(out)

    monkeypatch.setattr(onnx_export, "_build_onnx", build)
    return calls


def test_a_valid_export_is_reused(tmp_path, fake_build):
    path = export_onnx(cache_dir=tmp_path)
    assert export_onnx(cache_dir=tmp_path) == path
    assert len(fake_build) == 1
    manifest = json.loads((path.parent / "manifest.json").read_text())
    assert manifest["model"] == DEFAULT_MODEL and manifest["precision"] == "int8"
    assert manifest["dim"] == 384 and manifest["versions"]["onnxruntime"]
    assert (path.parent / "tokenizer.json").is_file()
    assert [p.name for p in tmp_path.iterdir()] == [path.parent.name]  # no temporary left


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda f: f.write_bytes(f.read_bytes()[:4]), id="truncated"),
        pytest.param(lambda f: f.write_bytes(b"another model's graph"), id="replaced"),
        pytest.param(lambda f: f.unlink(), id="missing"),
        pytest.param(lambda f: (f.parent / "manifest.json").write_text("{"), id="bad-manifest"),
        pytest.param(
            lambda f: (f.parent / "manifest.json").write_text(
                json.dumps(
                    {**json.loads((f.parent / "manifest.json").read_text()), "weights_sha256": "0"}
                )
            ),
            id="stale-weights",
        ),
    ],
)
def test_a_damaged_export_is_detected_and_rebuilt_with_a_warning(
    tmp_path, fake_build, caplog, damage
):
    path = export_onnx(cache_dir=tmp_path)
    damage(path)
    with caplog.at_level(logging.WARNING, logger=EXPORT_LOGGER):
        assert export_onnx(cache_dir=tmp_path) == path
    assert len(fake_build) == 2
    assert "Unusable ONNX export" in caplog.text
    assert path.read_bytes() == b"fake int8 graph"
    assert [p.name for p in tmp_path.iterdir()] == [path.parent.name]


def test_an_export_another_process_published_meanwhile_is_kept(tmp_path, monkeypatch):
    """Two processes that both found no export build one each; the second keeps the first's."""
    folders = []

    def build_while_another_publishes(model_path, out, scratch, precision, config):
        folders.append(out.parent)
        if len(folders) == 1:  # the other process builds and publishes during our build
            assert export_onnx(cache_dir=tmp_path).read_bytes() == b"the other process's graph"
            out.write_bytes(b"our graph")
        else:
            out.write_bytes(b"the other process's graph")

    monkeypatch.setattr(onnx_export, "_build_onnx", build_while_another_publishes)
    path = export_onnx(cache_dir=tmp_path)
    assert len(folders) == 2 and path.read_bytes() == b"the other process's graph"
    assert [p.name for p in tmp_path.iterdir()] == [path.parent.name]


def test_a_failing_export_leaves_nothing_behind(tmp_path, monkeypatch):
    def half_written(model_path, out, scratch, precision, config):
        out.write_bytes(b"half a gra")
        raise RuntimeError("export died")

    monkeypatch.setattr(onnx_export, "_build_onnx", half_written)
    with pytest.raises(RuntimeError, match="export died"):
        export_onnx(cache_dir=tmp_path)
    assert not any(tmp_path.iterdir())


def test_a_failing_rebuild_leaves_the_old_folder_untouched(tmp_path, fake_build, monkeypatch):
    path = export_onnx(cache_dir=tmp_path)
    path.write_bytes(b"corrupted")

    def failing(model_path, out, scratch, precision, config):
        raise RuntimeError("export died")

    monkeypatch.setattr(onnx_export, "_build_onnx", failing)
    with pytest.raises(RuntimeError):
        export_onnx(cache_dir=tmp_path)
    assert path.read_bytes() == b"corrupted"  # still refused on next use, never half-replaced
    assert [p.name for p in tmp_path.iterdir()] == [path.parent.name]


# --------------------------------------------------------------- the real export (slow)
@pytest.fixture(scope="module")
def onnx_cache(tmp_path_factory):
    """Both precisions of the real model, exported once for this module."""
    cache_dir = tmp_path_factory.mktemp("onnx")
    for precision in ("int8", "fp32"):
        export_onnx(precision=precision, cache_dir=cache_dir)
    return cache_dir


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.sum(a * b, axis=1)


@pytest.mark.slow
def test_int8_and_fp32_match_sentence_transformers(onnx_cache, real_embedder):
    reference = real_embedder.encode(TEXTS)
    int8 = OnnxEmbedder(cache_dir=onnx_cache, num_threads=2).encode(TEXTS)
    fp32 = OnnxEmbedder(precision="fp32", cache_dir=onnx_cache, num_threads=2).encode(TEXTS)
    for vectors in (int8, fp32):
        assert vectors.shape == (len(TEXTS), 384) and vectors.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    assert _cosines(int8, reference).mean() >= 0.99
    assert _cosines(int8, reference).min() >= 0.95
    assert _cosines(fp32, reference).min() >= 0.9999


@pytest.mark.slow
@pytest.mark.parametrize("precision", ["int8", "fp32"])
def test_residual_layer_norms_stay_unfused(onnx_cache, precision):
    """ONNX Runtime's SkipLayerNormalization CPU kernel is ~8x slower than Add + LayerNorm."""
    onnx = pytest.importorskip("onnx")
    graph = onnx.load(export_onnx(precision=precision, cache_dir=onnx_cache)).graph
    op_types = [node.op_type for node in graph.node]
    assert "SkipLayerNormalization" not in op_types
    assert op_types.count("LayerNormalization") == 12  # two per layer of all-MiniLM-L6-v2
    assert "EmbedLayerNormalization" in op_types or "QEmbedLayerNormalization" in op_types


@pytest.mark.slow
def test_input_order_is_restored_across_length_sorted_batches(onnx_cache):
    embedder = OnnxEmbedder(precision="fp32", cache_dir=onnx_cache, batch_size=4, num_threads=2)
    texts = TEXTS[::-1]  # long and short texts interleaved across batches of 4
    together = embedder.encode(texts)
    one_by_one = np.vstack([embedder.encode([text]) for text in texts])
    np.testing.assert_allclose(together, one_by_one, atol=1e-5)


@pytest.mark.slow
def test_int8_vectors_do_not_depend_on_batch_mates_or_threads(onnx_cache):
    """int8 runs each text alone, so its activation scale is its own (see OnnxEmbedder's Notes)."""
    embedder = OnnxEmbedder(cache_dir=onnx_cache, num_threads=2)
    together = embedder.encode(TEXTS)
    one_by_one = np.vstack([embedder.encode([text]) for text in TEXTS])
    single_thread = OnnxEmbedder(cache_dir=onnx_cache, num_threads=1).encode(TEXTS[::-1])[::-1]
    np.testing.assert_array_equal(together, one_by_one)
    np.testing.assert_array_equal(together, single_thread)


@pytest.mark.slow
@pytest.mark.parametrize("precision", ["int8", "fp32"])
def test_a_long_lone_text_runs_on_every_thread_with_the_same_vector(onnx_cache, precision):
    embedder = OnnxEmbedder(precision=precision, cache_dir=onnx_cache, num_threads=2)
    long_text = max(TEXTS, key=len)  # over 64 tokens: runs wide when alone
    alone = embedder.encode([long_text])
    runtime = embedder._loaded()
    assert "wide_session" in vars(runtime)
    among_others = embedder.encode(TEXTS)[TEXTS.index(long_text)]
    narrow = runtime.run(runtime.tokenizer.encode_batch([long_text]))[0]
    np.testing.assert_array_equal(alone[0], narrow)
    if precision == "fp32":  # fp32 batches of 32 pad the text: equal up to float rounding
        np.testing.assert_allclose(alone[0], among_others, atol=1e-5)
    else:
        np.testing.assert_array_equal(alone[0], among_others)


@pytest.mark.slow
def test_one_batch_holding_a_long_text_keeps_the_input_order(onnx_cache):
    """A single fp32 batch (under 32 texts) with a long text runs wide, rows still in order."""
    embedder = OnnxEmbedder(precision="fp32", cache_dir=onnx_cache, num_threads=2)
    texts = TEXTS[:20]  # one batch, the long text among them
    one_by_one = np.vstack([embedder.encode([text]) for text in texts])
    np.testing.assert_allclose(embedder.encode(texts), one_by_one, atol=1e-5)


@pytest.mark.slow
def test_a_short_lone_text_stays_on_one_thread(onnx_cache):
    embedder = OnnxEmbedder(cache_dir=onnx_cache, num_threads=2)
    embedder.encode(["reset password"])
    assert "wide_session" not in vars(embedder._loaded())


@pytest.mark.slow
def test_batched_int8_shares_one_scale_per_batch(onnx_cache):
    """Why batch_size=None means 1 for int8: batch-mates move a batched text's vector."""
    embedder = OnnxEmbedder(cache_dir=onnx_cache, batch_size=32, num_threads=1)
    together = embedder.encode(TEXTS)
    one_by_one = np.vstack([embedder.encode([text]) for text in TEXTS])
    assert not np.array_equal(together, one_by_one)
    assert _cosines(together, one_by_one).mean() >= 0.98  # measured 0.991


@pytest.mark.slow
def test_a_loaded_embedder_pickles_without_its_session(onnx_cache):
    embedder = OnnxEmbedder(precision="fp32", cache_dir=onnx_cache, num_threads=1)
    vectors = embedder.encode(TEXTS[:3])
    clone = pickle.loads(pickle.dumps(embedder))
    np.testing.assert_array_equal(clone.encode(TEXTS[:3]), vectors)


@pytest.fixture
def cache_copy(onnx_cache, tmp_path):
    """A private copy of the int8 export, free to damage."""
    [folder] = onnx_cache.glob("*-int8")
    shutil.copytree(folder, tmp_path / folder.name)
    return tmp_path / folder.name / "model.onnx"


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["truncate", "other-model"])
def test_a_damaged_real_export_is_exported_again_before_use(onnx_cache, cache_copy, caplog, damage):
    good = cache_copy.read_bytes()
    if damage == "truncate":
        cache_copy.write_bytes(good[: len(good) // 2])
    else:
        [fp32] = onnx_cache.glob("*-fp32/model.onnx")
        shutil.copyfile(fp32, cache_copy)  # a valid graph, but not the one in the manifest
    embedder = OnnxEmbedder(cache_dir=cache_copy.parent.parent, num_threads=2)
    with caplog.at_level(logging.WARNING, logger=EXPORT_LOGGER):
        vectors = embedder.encode(TEXTS[:5])
    assert "Unusable ONNX export" in caplog.text
    manifest = json.loads((cache_copy.parent / "manifest.json").read_text())
    assert onnx_export._sha256(cache_copy) == manifest["onnx_sha256"]
    expected = OnnxEmbedder(cache_dir=onnx_cache, num_threads=2).encode(TEXTS[:5])
    assert _cosines(vectors, expected).min() >= 0.999


@pytest.mark.slow
def test_serving_from_an_existing_export_imports_no_torch(onnx_cache):
    code = (
        "import sys; from supportml.embed import OnnxEmbedder; "
        f"v = OnnxEmbedder(cache_dir={str(onnx_cache)!r}, num_threads=1).encode(['hello']); "
        "heavy = {'torch', 'transformers', 'sentence_transformers'} & set(sys.modules); "
        "print(v.shape, sorted(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "(1, 384) []"
