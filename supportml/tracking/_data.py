"""Training data for a retrain: loading, fingerprinting and a deterministic split."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supportml.exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd

    from supportml.tracking._config import DataConfig

__all__ = ["DataFingerprint", "TrainingData", "fingerprint", "load_training_data", "read_tables"]

_MIN_PER_TIER = 3  # the tier model's calibration folds need three of each tier
_REFERENCE_TABLES = ("users", "knowledge_base", "catalogue", "ambassadors", "interactions")


@dataclasses.dataclass(frozen=True)
class DataFingerprint:
    """What identifies a requests table: its content hash, size and label distribution.

    Attributes
    ----------
    sha256 : str
        Hash of every cell, in order (any change of text, label or order changes it).
    n_rows : int
    intents, tiers : dict of str to int
        Rows per label, sorted by label.
    """

    sha256: str
    n_rows: int
    intents: dict[str, int]
    tiers: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        """The fingerprint as a JSON-ready dict."""
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True, eq=False)
class TrainingData:
    """The requests split for training and evaluation, and the reference tables.

    Attributes
    ----------
    train, test : DataFrame
        Requests (``text``, ``intent``, ``tier``, optionally ``user_id``) to fit and to
        evaluate on.
    tables : dict of str to DataFrame
        The reference tables ``Router.fit`` takes as keywords.
    fingerprint : DataFingerprint
        Of all the requests, before the split.
    source : str
        Where they came from (``"synthetic"`` or a folder).
    """

    train: pd.DataFrame
    test: pd.DataFrame
    tables: dict[str, pd.DataFrame]
    fingerprint: DataFingerprint
    source: str


def fingerprint(requests: pd.DataFrame) -> DataFingerprint:
    """Fingerprint a requests table.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["a", "b"], "intent": ["x", "y"], "tier": ["chatbot"] * 2})
    >>> fp = fingerprint(frame)
    >>> fp.n_rows, fp.tiers, len(fp.sha256)
    (2, {'chatbot': 2}, 64)
    >>> fingerprint(frame.iloc[::-1]).sha256 == fp.sha256
    False
    """
    import pandas as pd

    digest = hashlib.sha256(",".join(map(str, requests.columns)).encode())
    digest.update(pd.util.hash_pandas_object(requests, index=False).to_numpy().tobytes())
    return DataFingerprint(
        sha256=digest.hexdigest(),
        n_rows=len(requests),
        intents=_counts(requests, "intent"),
        tiers=_counts(requests, "tier"),
    )


def read_tables(folder: str | Path) -> dict[str, pd.DataFrame]:
    """Read ``requests`` and the reference tables present in a folder (CSV, Parquet, JSONL).

    Raises
    ------
    InvalidInputError
        When the folder holds no ``requests`` table.

    Examples
    --------
    >>> tables = read_tables("datasets/synthetic")  # doctest: +SKIP
    >>> sorted(tables)  # doctest: +SKIP
    ['ambassadors', 'catalogue', 'interactions', 'knowledge_base', 'requests', 'users']
    """
    from supportml.data import read_table

    folder = Path(folder)
    tables = {}
    for name in ("requests", *_REFERENCE_TABLES):
        found = sorted(folder.glob(f"{name}.*"))
        if found:
            tables[name] = read_table(found[0], table=name)
    if "requests" not in tables:
        raise InvalidInputError(f"No requests table (requests.csv, .parquet, .jsonl) in {folder}.")
    return tables


def load_training_data(config: DataConfig) -> TrainingData:
    """Load the requests named by ``config``, fingerprint them and split them.

    A ``split`` column (``train`` / ``test``) is honoured, as the synthetic data holds out
    whole paraphrases and situations; otherwise ``test_size`` of the rows are held out,
    stratified by intent where every intent has two rows, with ``random_state``. Then
    ``train_fraction`` of each tier's training rows are kept (at least three per tier, which
    the tier model's calibration needs; same seed).

    Examples
    --------
    >>> from supportml.tracking import DataConfig
    >>> data = load_training_data(DataConfig(n_users=60, n_requests=200, train_fraction=0.5))
    >>> data.fingerprint.n_rows, len(data.train) < 200 - len(data.test), sorted(data.tables)[0]
    (200, True, 'ambassadors')
    """
    if config.source == "synthetic":
        from supportml.data import generate_enterprise

        generated = generate_enterprise(
            n_users=config.n_users, n_requests=config.n_requests, random_state=config.random_state
        )
        tables = {"requests": generated.requests, **generated.reference_tables()}
    else:
        tables = read_tables(config.source)
    requests = tables.pop("requests")
    train, test = _split(requests, config)
    if config.train_fraction < 1:
        train = _sample(train, config.train_fraction, config.random_state)
    return TrainingData(
        train=train.reset_index(drop=True),
        test=test.reset_index(drop=True),
        tables=tables,
        fingerprint=fingerprint(requests),
        source=config.source,
    )


def _split(requests: pd.DataFrame, config: DataConfig) -> tuple[pd.DataFrame, pd.DataFrame]:
    if "split" in requests.columns:
        train, test = requests[requests["split"] == "train"], requests[requests["split"] == "test"]
    else:
        from sklearn.model_selection import train_test_split

        counts = requests["intent"].value_counts()
        stratify = requests["intent"] if counts.min() >= 2 else None
        train, test = train_test_split(
            requests,
            test_size=config.test_size,
            random_state=config.random_state,
            stratify=stratify,
        )
        train, test = train.sort_index(), test.sort_index()
    if train.empty or test.empty:
        raise InvalidInputError(
            f"The requests split into {len(train)} training and {len(test)} test rows; "
            "both must be non-empty."
        )
    return train, test


def _sample(train: pd.DataFrame, fraction: float, random_state: int) -> pd.DataFrame:
    """``fraction`` of each tier's rows, at least :data:`_MIN_PER_TIER` where there are."""
    import pandas as pd

    parts = [
        group.sample(
            n=min(len(group), max(_MIN_PER_TIER, round(fraction * len(group)))),
            random_state=random_state,
        )
        for _, group in train.groupby("tier", sort=True)
    ]
    return pd.concat(parts).sort_index()


def _counts(frame: pd.DataFrame, column: str) -> dict[str, int]:
    if column not in frame.columns:
        return {}
    counts = frame[column].astype(str).value_counts()
    return {str(k): int(v) for k, v in sorted(counts.items())}
