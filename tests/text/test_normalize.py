from __future__ import annotations

import unicodedata

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from supportml.exceptions import InvalidInputError
from supportml.text import (
    MAX_CHARS,
    normalize_text,
    text_problem,
    truncate_text,
    validate_texts,
)

# Whitespace, control and format characters are over-represented so the properties bite.
_AWKWARD = "\n\t\r \u00a0\u2028\u200b\u200d\ufeff\x00\x1b\x0b\x85e\u0301é"
awkward_text = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(_AWKWARD)))


# --- normalize_text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  hello  ", "hello"),
        ("line one\nline two\r\nline\tthree", "line one line two line three"),
        ("a\u00a0\u2003b", "a b"),  # no-break and em spaces
        ("zero\u200bwidth\u200c\u200djoin\u2060er\ufeff", "zerowidthjoiner"),
        ("bell\x07 escape\x1b[31m", "bell escape[31m"),
        ("soft\u00adhyphen", "softhyphen"),
        ("e\u0301te\u0301", "été"),  # NFD to NFC
        ("a\x0bb\x0cc\x85d\u2028e\u2029f", "a b c d e f"),
        ("\x00", ""),
        ("", ""),
        ("déjà   vu", "déjà vu"),
    ],
)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("value", [b"bytes", None, 3, ["a"]])
def test_normalize_text_rejects_non_str(value):
    with pytest.raises(
        TypeError, match=f"normalize_text expects a str, got {type(value).__name__}"
    ):
        normalize_text(value)


def test_normalize_text_returns_plain_str_for_numpy_strings():
    result = normalize_text(np.array(["abc"])[0])
    assert type(result) is str


@given(awkward_text)
def test_normalize_text_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(awkward_text)
def test_normalize_text_output_is_clean(text):
    result = normalize_text(text)
    assert not any(unicodedata.category(char) in {"Cc", "Cf", "Cs"} for char in result)
    assert "  " not in result
    assert result == result.strip()
    assert all(char == " " or not char.isspace() for char in result)
    assert unicodedata.is_normalized("NFC", result)


# --- truncate_text ----------------------------------------------------------------------------


def test_short_text_is_unchanged():
    assert truncate_text("x" * MAX_CHARS) == "x" * MAX_CHARS


def test_long_text_keeps_head_and_tail_on_word_boundaries():
    words = [f"w{i:04d}" for i in range(3000)]
    text = " ".join(words)
    result = truncate_text(text, max_chars=1000)
    head, tail = result.split(" … ")
    assert len(result) <= 1000
    assert head.split() == words[: len(head.split())]
    assert tail.split() == words[-len(tail.split()) :]
    assert 700 <= len(head) <= 797
    assert 150 <= len(tail) <= 200


def test_text_without_spaces_is_cut_inside_the_word():
    result = truncate_text("a" * 100 + "b" * 100, max_chars=53)
    assert result == "a" * 40 + " … " + "b" * 10


def test_default_is_max_chars():
    result = truncate_text("word " * 10_000)
    assert len(result) <= MAX_CHARS
    assert " … " in result


@pytest.mark.parametrize("max_chars", [0, 9, -5, 10.5, "100", True])
def test_invalid_max_chars(max_chars):
    with pytest.raises(InvalidInputError, match="'max_chars' parameter of truncate_text"):
        truncate_text("text", max_chars=max_chars)


def test_truncate_text_rejects_non_str():
    with pytest.raises(TypeError, match="truncate_text expects a str, got int"):
        truncate_text(12)


@given(awkward_text, st.integers(min_value=10, max_value=60))
def test_truncation_is_bounded_and_keeps_text_normalised(text, max_chars):
    normalized = normalize_text(text)
    result = truncate_text(normalized, max_chars=max_chars)
    assert len(result) <= max_chars
    assert normalize_text(result) == result
    assert truncate_text(result, max_chars=max_chars) == result


# --- text_problem and validate_texts ----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("ok", None),
        (" ok\n", None),
        (None, "is None"),
        (float("nan"), "is NaN (a missing value)"),
        (np.float64("nan"), "is NaN (a missing value)"),
        (3, "must be str, got int"),
        (1.5, "must be str, got float"),
        ({"text": "a"}, "must be str, got dict"),
        (b"abc", "must be str, got bytes; decode it first, e.g. b.decode('utf-8')"),
        ("", "is empty or whitespace-only"),
        (" \t\u200b\n", "is empty or whitespace-only"),
    ],
)
def test_text_problem(value, problem):
    assert text_problem(value) == problem


def test_validate_texts_normalises_and_truncates():
    long_text = "mot " * 5000
    result = validate_texts(["  a\nb ", long_text])
    assert result[0] == "a b"
    assert len(result[1]) <= MAX_CHARS
    assert result[1] == truncate_text(normalize_text(long_text))


@pytest.mark.parametrize(
    "texts",
    [
        ["a", "b"],
        ("a", "b"),
        np.array(["a", "b"]),
        np.array(["a", "b"], dtype=object),
        (text for text in ["a", "b"]),
    ],
)
def test_validate_texts_accepts_sequences_and_iterables(texts):
    result = validate_texts(texts)
    assert result == ["a", "b"]
    assert all(type(text) is str for text in result)


@pytest.mark.parametrize(
    ("texts", "error", "message"),
    [
        (
            "hello",
            TypeError,
            "texts must be a sequence of str, got a single str; wrap it in a list",
        ),
        (b"hello", TypeError, "texts must be a sequence of str, got bytes"),
        (None, TypeError, "texts must be a sequence of str, got NoneType"),
        (5, TypeError, "texts must be a sequence of str, got int"),
        ([], InvalidInputError, "texts is empty"),
        (np.array([], dtype=str), InvalidInputError, "texts is empty"),
        (
            np.array([["a", "b"]]),
            InvalidInputError,
            r"texts must be one-dimensional, got shape \(1, 2\)",
        ),
        (["a", "b", "c", None], InvalidInputError, r"texts\[3\] is None"),
        (["a", b"b"], TypeError, r"texts\[1\] must be str, got bytes; decode it first"),
        (["a", 7], TypeError, r"texts\[1\] must be str, got int"),
        (["a", " \n "], InvalidInputError, r"texts\[1\] is empty or whitespace-only"),
        (["a", float("nan")], InvalidInputError, r"texts\[1\] is NaN"),
    ],
)
def test_validate_texts_errors(texts, error, message):
    with pytest.raises(error, match=message):
        validate_texts(texts)


def test_validate_texts_names_the_argument():
    with pytest.raises(InvalidInputError, match=r"queries\[0\] is None"):
        validate_texts([None], name="queries")
    with pytest.raises(InvalidInputError, match="queries is empty"):
        validate_texts([], name="queries")
    with pytest.raises(TypeError, match="queries must be a sequence of str, got a single str"):
        validate_texts("abc", name="queries")


def test_invalid_input_error_is_a_value_error():
    with pytest.raises(ValueError):
        validate_texts([None])


@given(st.lists(awkward_text, min_size=1, max_size=5))
def test_validate_texts_agrees_with_text_problem_and_is_stable(texts):
    if any(text_problem(text) is not None for text in texts):
        with pytest.raises(InvalidInputError):
            validate_texts(texts)
    else:
        validated = validate_texts(texts)
        assert validate_texts(validated) == validated
