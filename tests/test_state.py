from __future__ import annotations

import dataclasses
import enum
import io
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from supportml import _state
from supportml._state import decode, encode
from supportml.exceptions import ModelFormatError


def _round_trip(graph, externals=None):
    """Through the files the router format writes: JSON text and an npz read without pickle."""
    document, arrays = encode(graph, externals=externals)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    buffer.seek(0)
    with np.load(buffer, allow_pickle=False) as stored:
        return decode(json.loads(json.dumps(document)), stored, externals=externals)


def _same(a, b) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, np.ndarray):
        nan = a.dtype.kind in "fc"
        return a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b, equal_nan=nan)
    if isinstance(a, np.generic):
        return a.dtype == b.dtype and (a == b or (a != a and b != b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b or (a != a and b != b)  # NaN


_ARRAYS = hnp.arrays(
    dtype=st.sampled_from([np.float64, np.float32, np.int64, np.int32, np.bool_, np.dtype("<U6")]),
    shape=hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=4),
)
_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=8)
    | _ARRAYS
    | st.builds(np.float64, st.floats())
    | st.builds(np.int32, st.integers(-(2**31), 2**31 - 1))
    | st.sampled_from([np.dtype("<f4"), np.dtype([("a", "<i8"), ("b", "<f8")])])
)
_KEYS = st.text(max_size=5) | st.integers() | st.tuples(st.integers(), st.text(max_size=3))
_GRAPHS = st.recursive(
    _LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(_KEYS, inner, max_size=4)
        | st.frozensets(st.integers(), max_size=4)
        | st.sets(st.text(max_size=4), max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(_GRAPHS)
def test_nested_structures_round_trip(graph):
    assert _same(_round_trip(graph), graph)


def test_object_arrays_of_strings_and_of_objects_round_trip():
    graph = {
        "ids": np.array(["u1", "u22"], dtype=object),
        "mixed": np.array([(1, 2), None, "x"], dtype=object),
    }
    back = _round_trip(graph)
    assert back["ids"].dtype == object and back["ids"].tolist() == ["u1", "u22"]
    assert back["mixed"].dtype == object and back["mixed"].tolist() == [(1, 2), None, "x"]


def test_large_fortran_and_packed_arrays_keep_values_and_layout():
    big = np.asfortranarray(np.random.default_rng(0).normal(size=(300, 200)))
    small = np.asfortranarray(np.arange(6.0).reshape(2, 3))
    _, arrays = encode([big, small])
    assert any(a.shape == big.shape for a in arrays.values())  # large arrays are stored as-is
    back = _round_trip([big, small])
    assert np.array_equal(back[0], big) and np.array_equal(back[1], small)
    assert back[1].flags.f_contiguous and back[1].flags.owndata


def test_shared_and_cyclic_references_are_kept():
    shared = np.zeros(3)
    cycle: list = ["head"]
    cycle.append(cycle)
    back = _round_trip({"a": shared, "b": shared, "cycle": cycle})
    assert back["a"] is back["b"]
    assert back["cycle"][1] is back["cycle"]


@pytest.mark.parametrize(
    "generator",
    [np.random.RandomState(3), np.random.default_rng(3), np.random.Generator(np.random.MT19937(3))],
)
def test_random_generators_continue_where_they_were(generator):
    generator.random(5)  # not at their seed any more
    back = _round_trip(generator)
    assert type(back) is type(generator)
    assert np.array_equal(back.random(5), generator.random(5))


class Tier(enum.Enum):
    CHATBOT = "chatbot"
    SUPPORT = "support"


@dataclasses.dataclass(slots=True)  # no __dict__: its state is (None, slots)
class Slotted:
    name: str
    tier: Tier


@pytest.fixture
def allow_this_module(monkeypatch):
    package = __name__.partition(".")[0]
    monkeypatch.setattr(_state, "_ALLOWED_PACKAGES", (*_state._ALLOWED_PACKAGES, package))


def test_enums_and_slotted_dataclasses_round_trip(allow_this_module):
    graph = [Slotted("a", Tier.SUPPORT), Tier.CHATBOT]
    back = _round_trip(graph)
    assert back == graph
    assert back[1] is Tier.CHATBOT


def test_externals_are_named_not_stored():
    embedder = object()
    document, arrays = encode({"embedder": embedder}, externals={"embedder": embedder})
    assert document["root"]["v"]["embedder"] == {"!": "ext", "v": "embedder"}
    replacement = object()
    back = decode(document, arrays, externals={"embedder": replacement})
    assert back["embedder"] is replacement
    with pytest.raises(ModelFormatError, match="needs the external 'embedder'"):
        decode(document, arrays)


def test_fitted_scikit_learn_models_predict_the_same():
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction.text import TfidfVectorizer

    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(90, 4)), np.array(["a", "b", "c"] * 30)
    model = CalibratedClassifierCV(
        GradientBoostingClassifier(n_estimators=5, random_state=0), cv=2
    ).fit(X, y)
    words = TfidfVectorizer(ngram_range=(1, 2)).fit(["partager un dossier", "share a file"])
    back_model, back_words = _round_trip([model, words])
    assert np.array_equal(back_model.predict_proba(X), model.predict_proba(X))
    texts = ["share un dossier"]
    assert (back_words.transform(texts) != words.transform(texts)).nnz == 0


def test_saving_a_type_outside_the_allow_list_names_where_it_is():
    with pytest.raises(TypeError, match=r"root\['hook'\]: type builtins:function"):
        encode({"hook": lambda: None})


@pytest.mark.parametrize("name", ["os:system", "subprocess:Popen", "builtins:eval"])
def test_a_type_outside_the_allow_list_is_refused_before_anything_is_built(name, monkeypatch):
    imported = []
    monkeypatch.setattr(_state.importlib, "import_module", imported.append)
    document = {
        "types": ["supportml._profile:UserProfile", name],
        "root": {"!": "obj", "c": 1, "i": 0, "s": None},
    }
    with pytest.raises(ModelFormatError, match="not allow-listed"):
        decode(document, {})
    assert imported == []  # not even the allowed module was imported


@pytest.mark.parametrize(
    "name",
    ["sklearn.utils._array_api:os.system", "sklearn.base:np.ndarray", "numpy:load"],
)
def test_a_name_under_an_allowed_package_must_be_that_very_class(name):
    with pytest.raises(ModelFormatError, match="not that class here"):
        decode({"types": [name], "root": None}, {})


def test_only_listed_classes_get_constructor_arguments():
    document = {
        "types": ["numpy.random.mtrand:RandomState"],
        "root": {"!": "obj", "c": 0, "i": 0, "a": {"!": "tuple", "v": [1]}, "s": None},
    }
    with pytest.raises(ModelFormatError, match="may not be built with arguments"):
        decode(document, {})


def test_an_object_array_in_the_file_is_refused():
    document, arrays = encode(np.arange(3))
    buffer = io.BytesIO()
    np.savez(buffer, **{key: np.array([print], dtype=object) for key in arrays})
    buffer.seek(0)
    with (
        np.load(buffer, allow_pickle=False) as stored,
        pytest.raises(ModelFormatError, match="cannot be loaded safely"),
    ):
        decode(document, stored)


@pytest.mark.parametrize(
    "root",
    [{"!": "nope"}, {"!": "ref", "i": 7}, {"!": "array", "i": 0, "at": "a9"}, ["raw", "list"]],
)
def test_malformed_documents_are_refused(root):
    with pytest.raises(ModelFormatError):
        decode({"types": [], "root": root}, {})
