from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from supportml.data import TABLES, read_table, write_synthetic
from supportml.data.__main__ import main
from supportml.exceptions import InvalidInputError, MissingDependencyError

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DIR = ROOT / "datasets" / "synthetic"


@pytest.fixture(scope="module")
def written(tmp_path_factory, small_enterprise):
    data = small_enterprise(0)
    return data, write_synthetic(tmp_path_factory.mktemp("synthetic"), data)


def test_write_synthetic_round_trips_through_read_table(written):
    data, paths = written
    assert [path.name for path in paths] == [f"{name}.csv" for name in TABLES]
    for name, path in zip(TABLES, paths, strict=True):
        pd.testing.assert_frame_equal(read_table(path, table=name), getattr(data, name))


def test_written_sample_is_commit_sized(written):
    _, paths = written
    assert sum(path.stat().st_size for path in paths) < 1_000_000
    first_line = paths[0].read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "request_id,user_id,created_at,text,language,intent,tier,split,template_id"


def test_read_table_without_schema_reads_as_pandas_infers(written):
    _, paths = written
    users = read_table(paths[1])
    assert len(users) == 300 and users["registered_at"].dtype != "datetime64[ns]"


def test_parquet_and_jsonl_round_trip(tmp_path, written):
    data, _ = written
    users = data.users
    users.to_parquet(tmp_path / "users.parquet")
    users.to_json(tmp_path / "iso.jsonl", orient="records", lines=True, date_format="iso")
    for name in ("users.parquet", "iso.jsonl"):
        pd.testing.assert_frame_equal(read_table(tmp_path / name, table="users"), users)


def test_jsonl_datetimes_may_be_epoch_milliseconds(tmp_path):
    path = tmp_path / "interactions.ndjson"
    path.write_text(
        '{"user_id": "u00001", "item_id": "c001", "timestamp": 1704103200000, "event": "open"}\n',
        encoding="utf-8",
    )
    events = read_table(path, table="interactions")
    assert events["timestamp"].tolist() == [pd.Timestamp("2024-01-01 10:00:00")]


def test_parquet_without_pyarrow_names_the_extra(tmp_path, monkeypatch):
    path = tmp_path / "requests.parquet"
    path.write_bytes(b"PAR1")
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingDependencyError, match=r'pip install "supportml\[parquet\]"'):
        read_table(path)


def test_read_table_refuses_what_it_cannot_read(tmp_path, written):
    _, paths = written
    with pytest.raises(InvalidInputError, match=r"supported extensions: \['.csv'"):
        read_table(tmp_path / "requests.xlsx")
    with pytest.raises(InvalidInputError, match="Unknown table 'tickets'"):
        read_table(paths[0], table="tickets")
    with pytest.raises(
        InvalidInputError, match=r"The users table lacks the columns \['role', 'department'"
    ):
        read_table(paths[0], table="users")
    with pytest.raises(FileNotFoundError):
        read_table(tmp_path / "missing.csv")


def test_main_writes_the_sample(tmp_path):
    assert main(["--out-dir", str(tmp_path), "--n-users", "60", "--n-requests", "80"]) == 0
    requests = read_table(tmp_path / "requests.csv", table="requests")
    assert len(requests) == 80
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(f"{t}.csv" for t in TABLES)


def test_committed_sample_is_up_to_date(small_enterprise):
    """datasets/synthetic is what ``python -m supportml.data`` writes; regenerate it if not."""
    data = small_enterprise(0)
    for name in TABLES:
        committed = read_table(SAMPLE_DIR / f"{name}.csv", table=name)
        pd.testing.assert_frame_equal(committed, getattr(data, name), obj=name)
