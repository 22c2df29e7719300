"""Bad rows never stop a batch: each comes back as an error row, in its place."""

from __future__ import annotations

import json

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supportml.batch import score

GOOD = "how do I share a folder with a colleague?"
ONE_MEGABYTE = "x" * 1_000_001

bad_texts = st.one_of(
    st.text(alphabet=" \t\n\r\x00\u200b", max_size=8),  # empty, blank, control characters
    st.none(),
    st.just(float("nan")),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.binary(min_size=1, max_size=16),
    st.lists(st.text(max_size=4), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.text(max_size=12).map(lambda text: text + "\udcff"),  # an undecodable byte, escaped
    st.just(ONE_MEGABYTE),
)
bad_ids = st.one_of(
    st.none(),
    st.just(""),
    st.just("   "),
    st.floats(allow_nan=False).filter(lambda x: not x.is_integer()),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
    st.text(min_size=1, max_size=6).map(lambda text: "\udc80" + text),
)
ids = st.text(alphabet="abcdef0123456789-", min_size=1, max_size=10)
malformed = st.one_of(
    st.fixed_dictionaries({"id": ids, "text": bad_texts}),
    st.fixed_dictionaries({"id": bad_ids, "text": st.just(GOOD)}),
    st.fixed_dictionaries({"text": st.just(GOOD)}),  # no id at all, beside rows that have one
    st.fixed_dictionaries({"id": ids}),  # no text
)


def test_fuzzed_malformed_rows_each_come_back_as_error_rows(router):
    fed = []

    @settings(
        max_examples=40,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(rows=st.lists(malformed, min_size=25, max_size=40))
    def check(rows):
        good = {"id": "good-row", "text": GOOD}
        rows = [*rows[:10], good, *rows[10:]]
        frame = score(rows, model=router, chunk_size=16).frame
        assert len(frame) == len(rows)
        assert frame["row"].tolist() == list(range(len(rows)))
        errors = frame["error"].tolist()
        assert errors[10] == "" and frame["id"][10] == "good-row"
        bad = frame.drop(index=10)
        assert (bad["error"] != "").all(), bad[bad["error"] == ""].to_dict("records")
        assert (bad["tier"] == "support").all() and bad["abstained"].all()
        assert (bad["confidence"] == 0.0).all()
        assert all(e in x for e, x in zip(bad["error"], bad["explanation"], strict=True))
        fed.append(len(rows) - 1)

    check()
    assert sum(fed) >= 1000


def test_unreadable_jsonl_lines_are_error_rows(router, tmp_path):
    lines = [
        json.dumps({"id": "a", "text": GOOD}).encode(),
        b'{"id": "b", "text": "caf\xe9 \xff"}',  # Latin-1 bytes, not UTF-8
        b'{"id": "c", "text": ',  # cut short
        b"[1, 2, 3]",
        b"",  # a blank line is not a row
        json.dumps({"id": "d", "text": 42}).encode(),
        json.dumps({"id": "e", "text": "x" * 200_001}).encode(),
        json.dumps({"id": "f", "text": GOOD}).encode(),
    ]
    source = tmp_path / "tickets.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    frame = score(source, model=router, chunk_size=3).frame
    assert frame["error"].tolist() == [
        "",
        "line 2 has bytes that are not valid UTF-8",
        "line 3 is not valid JSON (Expecting value)",
        "line 4 is a JSON list, not an object",
        "text must be str, got int",
        "text is longer than 100000 characters (200001)",
        "",
    ]
    assert frame["id"].tolist() == ["a", "", "", "", "d", "e", "f"]


def test_undecodable_csv_bytes_are_error_rows(router, tmp_path):
    source = tmp_path / "tickets.csv"
    source.write_bytes(
        b"id,text\n1," + GOOD.encode() + b"\n2,caf\xe9 au lait\n3,\n\xff4," + GOOD.encode() + b"\n"
    )
    frame = score(source, model=router).frame
    assert frame["error"].tolist() == [
        "",
        "text has bytes that are not valid UTF-8",
        "text is empty or whitespace-only",
        "id has bytes that are not valid UTF-8",
    ]
    assert pd.Series(frame["id"]).tolist() == ["1", "2", "3", "\\udcff4"]
