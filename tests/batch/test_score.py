from __future__ import annotations

import copy

import numpy as np
import pandas as pd
import pytest

from supportml.batch import OUTPUT_COLUMNS, score
from supportml.embed import CachedEmbedder, EmbeddingCache, HashingEmbedder
from supportml.exceptions import InvalidInputError
from supportml.routing import Request, UserProfile
from supportml.tracking import decisions_to_frame

WRITERS = {
    "csv": lambda frame, path: frame.to_csv(path, index=False),
    "jsonl": lambda frame, path: frame.to_json(path, orient="records", lines=True),
    "parquet": lambda frame, path: frame.to_parquet(path),
}


def read_back(path) -> pd.DataFrame:
    kind = path.suffix[1:]
    if kind == "csv":
        return pd.read_csv(path, dtype={"id": str}, keep_default_na=False)
    if kind == "jsonl":
        return pd.read_json(path, lines=True, dtype=False)
    return pd.read_parquet(path)


def test_frame_equals_route_many(router, backlog):
    """Chunked scoring gives exactly the router's own decisions, in input order."""
    result = score(backlog, model=router, chunk_size=64)
    direct = copy.copy(router)
    direct.book_ambassadors = False
    expected = decisions_to_frame(
        direct.route_many(list(backlog["text"]), users=list(backlog["user_id"]))
    )
    assert list(result.frame.columns) == list(OUTPUT_COLUMNS)
    assert result.frame["id"].tolist() == backlog["id"].tolist()
    assert result.frame["row"].tolist() == list(range(len(backlog)))
    pd.testing.assert_frame_equal(result.frame[expected.columns], expected)
    assert (result.frame["error"] == "").all()
    assert result.n_rows == len(backlog) and sum(result.tier_counts.values()) == len(backlog)


@pytest.mark.parametrize(
    ("kind_in", "kind_out"), [("csv", "csv"), ("jsonl", "jsonl"), ("parquet", "parquet")]
)
def test_file_round_trips(router, backlog, tmp_path, kind_in, kind_out):
    small = backlog.iloc[:40]
    source = tmp_path / f"in.{kind_in}"
    WRITERS[kind_in](small, source)
    out = tmp_path / f"out.{kind_out}"
    result = score(source, model=router, out=out, chunk_size=15)
    expected = score(small, model=router).frame
    back = read_back(out)
    assert result.path == out and result.n_rows == len(small)
    assert list(back.columns) == list(OUTPUT_COLUMNS)
    assert back["id"].astype(str).tolist() == small["id"].tolist()
    for column in ("tier", "intent", "kb_entry_id", "content_ids", "ambassador_id", "error"):
        assert back[column].fillna("").astype(str).tolist() == expected[column].tolist(), column
    np.testing.assert_allclose(back["confidence"], expected["confidence"])
    assert not list(tmp_path.glob(".out*")), "the parts folder is left behind"


def test_missing_text_column_lists_columns(router, tmp_path):
    source = tmp_path / "in.csv"
    pd.DataFrame({"id": ["a"], "body": ["hello"]}).to_csv(source, index=False)
    with pytest.raises(InvalidInputError, match=r"\['text'\].*columns present: \['id', 'body'\]"):
        score(source, model=router, out=tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("kind", ["csv", "jsonl", "parquet"])
def test_missing_named_id_column(router, tmp_path, kind):
    source = tmp_path / f"in.{kind}"
    WRITERS[kind](pd.DataFrame({"ticket": ["a"], "text": ["hello"]}), source)
    with pytest.raises(InvalidInputError, match=r"\['number'\].*present: \['ticket', 'text'\]"):
        score(source, model=router, id_col="number")


def test_without_ids_rows_are_ids(router):
    result = score(["how do I share a folder?", "mot de passe oublié"], model=router)
    assert result.frame["id"].tolist() == ["0", "1"]


def test_requests_and_profiles(router, backlog, tmp_path):
    """Requests carry their profile; a profiles file is used before the router's users."""
    profile = UserProfile(role="developer", digital_maturity=5, adoption_state="power_user")
    texts = backlog["text"].iloc[:20].tolist()
    items = [Request(t, user=profile, request_id=f"q{i}") for i, t in enumerate(texts)]
    direct = copy.copy(router)
    direct.book_ambassadors = False
    expected = decisions_to_frame(direct.route_many(texts, users=[profile] * len(texts)))
    frame = score(items, model=router, chunk_size=7).frame
    assert frame["id"].tolist() == [f"q{i}" for i in range(20)]
    pd.testing.assert_frame_equal(frame[expected.columns], expected)
    users = tmp_path / "users.csv"
    pd.DataFrame([{**profile.to_dict(), "user_id": "zz"}]).drop(columns="completed_items").to_csv(
        users, index=False
    )
    by_file = score([{"text": t, "user_id": "zz"} for t in texts], model=router, profiles=users)
    pd.testing.assert_frame_equal(by_file.frame[expected.columns], expected)


def test_identical_texts_are_embedded_once(router, tmp_path):
    """Within a chunk, across chunks, and across runs through the on-disk cache."""
    calls = []

    class Counting(HashingEmbedder):
        def encode(self, texts):
            calls.extend(texts)
            return super().encode(texts)

    base = router.embedder_
    cached = copy.copy(router)
    cache = EmbeddingCache(tmp_path / "vectors.sqlite3")
    cached.embedder_ = CachedEmbedder(Counting(dim=base.dim, ngram_range=base.ngram_range), cache)
    texts = ["sync error on my laptop", "mot de passe oublié", "Teams is down"] * 12
    first = score(texts, model=cached, chunk_size=10)
    assert sorted(calls) == sorted(set(texts))
    again = score(texts, model=cached, chunk_size=25)
    assert sorted(calls) == sorted(set(texts))  # nothing embedded the second time
    plain = score(texts, model=router, chunk_size=10)
    pd.testing.assert_frame_equal(first.frame, plain.frame)
    pd.testing.assert_frame_equal(again.frame, plain.frame)


def test_parameters_are_checked(router):
    with pytest.raises(InvalidInputError, match="'chunk_size' parameter of score"):
        score(["hello"], model=router, chunk_size=0)
    with pytest.raises(InvalidInputError, match="cannot resume without an output file"):
        score(["hello"], model=router, resume=True)
    with pytest.raises(TypeError, match="file path, a DataFrame or an iterable"):
        score(42, model=router)


def test_report_png(router, backlog, tmp_path):
    result = score(backlog.iloc[:30], model=router, report=tmp_path / "report.png")
    assert (tmp_path / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "rows scored" in result.summary()
