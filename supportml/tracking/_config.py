"""The retraining configuration: one frozen dataclass per concern, read from TOML.

Every field is logged as an MLflow param (``data.n_requests``, ``model.embedder``, ...), so a
run can be rebuilt from its params.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from supportml.exceptions import InvalidInputError

__all__ = ["DataConfig", "ModelConfig", "RetrainConfig", "TrackingConfig"]

PrimaryMetric = Literal["tier_macro_f1", "intent_accuracy", "intent_macro_f1"]
PRIMARY_METRICS: tuple[str, ...] = ("tier_macro_f1", "intent_accuracy", "intent_macro_f1")


class _Section:
    """``to_dict`` / ``from_dict`` shared by the config dataclasses."""

    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict (nested for :class:`RetrainConfig`)."""
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, values: Mapping[str, Any], *, ignore_extra: bool = False):
        """Build from a dict (a TOML table); unknown keys are refused unless ``ignore_extra``.

        Raises
        ------
        InvalidInputError
            An unknown key (the message lists the valid ones) or an invalid value.
        """
        if not isinstance(values, Mapping):
            raise InvalidInputError(
                f"The [{cls._section}] table must be a mapping; got {type(values).__name__}."
            )
        names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
        extra = sorted(set(values) - set(names))
        if extra and not ignore_extra:
            raise InvalidInputError(
                f"Unknown key(s) {extra} in [{cls._section}]; valid keys: {names}."
            )
        return cls(**{k: v for k, v in values.items() if k in names})

    def _check(self, name: str, ok: bool, expected: str) -> None:
        if not ok:
            raise InvalidInputError(
                f"The {name!r} parameter of [{self._section}] must be {expected}. "
                f"Got {getattr(self, name)!r} instead."
            )

    def _check_int(self, name: str, low: int) -> None:
        value = getattr(self, name)
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= low
        self._check(name, ok, f"an int in the range [{low}, inf)")


@dataclasses.dataclass(frozen=True)
class DataConfig(_Section):
    """Where the resolved requests come from and how they are split.

    Parameters
    ----------
    source : str, default="synthetic"
        ``"synthetic"`` draws :func:`~supportml.data.generate_enterprise`; otherwise a folder
        holding ``requests`` and optionally ``users``, ``knowledge_base``, ``catalogue``,
        ``ambassadors`` and ``interactions`` tables (``.csv``, ``.parquet`` or ``.jsonl``), as
        ``datasets/synthetic/``. A relative path is read from the config file's folder.
    n_users, n_requests : int, default=2000, 12000
        Size of the synthetic organisation.
    random_state : int, default=0
        Seed of the synthetic data, of the split (data without a ``split`` column) and of the
        training sample.
    test_size : float, default=0.3
        Share held out for evaluation when the requests have no ``split`` column.
    train_fraction : float, default=1.0
        Share of the training split actually used (a smaller one makes a weaker model).
    """

    _section = "data"

    source: str = "synthetic"
    n_users: int = 2000
    n_requests: int = 12000
    random_state: int = 0
    test_size: float = 0.3
    train_fraction: float = 1.0

    def __post_init__(self) -> None:
        self._check("source", isinstance(self.source, str) and bool(self.source), "a non-empty str")
        self._check_int("n_users", 50)
        self._check_int("n_requests", 1)
        self._check_int("random_state", 0)
        for name in ("test_size", "train_fraction"):
            value = getattr(self, name)
            ok = isinstance(value, int | float) and not isinstance(value, bool) and 0 < value <= 1
            self._check(name, ok, "a float in the range (0, 1]")


@dataclasses.dataclass(frozen=True)
class ModelConfig(_Section):
    """How the router is built.

    Parameters
    ----------
    embedder : str, default="default"
        ``"default"`` (all-MiniLM-L6-v2 behind the embedding cache), ``"hashing"`` (tests),
        ``"onnx"``, or a sentence-transformers model name or folder.
    n_folds : int, default=3
        Folds for the out-of-fold intent probabilities the tier model learns from.
    random_state : int, default=42
        Seed of the folds and the tier model.
    """

    _section = "model"

    embedder: str = "default"
    n_folds: int = 3
    random_state: int = 42

    def __post_init__(self) -> None:
        self._check(
            "embedder", isinstance(self.embedder, str) and bool(self.embedder), "a non-empty str"
        )
        self._check_int("n_folds", 2)
        self._check_int("random_state", 0)

    @property
    def embedder_spec(self) -> str | None:
        """What :class:`~supportml.routing.Router` takes as ``embedder``."""
        return None if self.embedder == "default" else self.embedder


@dataclasses.dataclass(frozen=True)
class TrackingConfig(_Section):
    """Where the run, the model and the registry go.

    Parameters
    ----------
    tracking_uri : str, default=""
        Empty: ``$MLFLOW_TRACKING_URI``, else ``sqlite:///mlflow.db`` in the working directory.
    experiment : str, default="supportml-router"
    registered_model : str, default="supportml-router"
        Name in the model registry; empty: the model is logged but not registered.
    alias : str, default="challenger"
        Alias given to the new model version.
    output_dir : str, default="outputs/router"
        Folder the trained router is saved to before any tracking call (relative to the
        working directory).
    primary_metric : str, default="tier_macro_f1"
        What the promotion gate compares.
    unsafe_tolerance : float, default=0.01
        How much higher the challenger's unsafe self-service rate may be than the champion's.
    """

    _section = "tracking"

    tracking_uri: str = ""
    experiment: str = "supportml-router"
    registered_model: str = "supportml-router"
    alias: str = "challenger"
    output_dir: str = "outputs/router"
    primary_metric: PrimaryMetric = "tier_macro_f1"
    unsafe_tolerance: float = 0.01

    def __post_init__(self) -> None:
        for name in ("tracking_uri", "registered_model"):
            self._check(name, isinstance(getattr(self, name), str), "a str")
        for name in ("experiment", "alias", "output_dir"):
            value = getattr(self, name)
            self._check(name, isinstance(value, str) and bool(value), "a non-empty str")
        self._check(
            "primary_metric", self.primary_metric in PRIMARY_METRICS, f"one of {PRIMARY_METRICS}"
        )
        value = self.unsafe_tolerance
        ok = isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1
        self._check("unsafe_tolerance", ok, "a float in the range [0, 1]")


@dataclasses.dataclass(frozen=True)
class RetrainConfig(_Section):
    """A whole retraining: data, model and tracking settings.

    Examples
    --------
    >>> config = RetrainConfig.from_dict(
    ...     {"data": {"n_requests": 500}, "model": {"embedder": "hashing"}})
    >>> config.data.n_requests, config.model.embedder, config.tracking.alias
    (500, 'hashing', 'challenger')
    >>> config.to_params()["data.n_requests"]
    500
    >>> RetrainConfig.from_dict({"modle": {}})
    Traceback (most recent call last):
    ...
    supportml.exceptions.InvalidInputError: Unknown key(s) ['modle'] in [config]; valid keys: ...
    """

    _section = "config"

    data: DataConfig = dataclasses.field(default_factory=DataConfig)
    model: ModelConfig = dataclasses.field(default_factory=ModelConfig)
    tracking: TrackingConfig = dataclasses.field(default_factory=TrackingConfig)

    def __post_init__(self) -> None:
        for name, kind in (
            ("data", DataConfig),
            ("model", ModelConfig),
            ("tracking", TrackingConfig),
        ):
            value = getattr(self, name)
            if not isinstance(value, kind):
                object.__setattr__(self, name, kind.from_dict(value))

    @classmethod
    def from_toml(cls, path: str | Path) -> RetrainConfig:
        """Read a TOML file with ``[data]``, ``[model]`` and ``[tracking]`` tables.

        A relative ``data.source`` path is resolved against the file's folder.

        Raises
        ------
        InvalidInputError
            A file that is not valid TOML (with its line), or an unknown or invalid setting.
        """
        path = Path(path)
        try:
            values = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as e:
            raise InvalidInputError(f"{path} is not valid TOML: {e}") from e
        config = cls.from_dict(values)
        source = config.data.source
        if source != "synthetic" and not Path(source).is_absolute():
            data = dataclasses.replace(config.data, source=str((path.parent / source).resolve()))
            config = dataclasses.replace(config, data=data)
        return config

    def to_params(self) -> dict[str, Any]:
        """The settings flattened to ``section.key`` MLflow params."""
        return {
            f"{section}.{key}": value
            for section, values in self.to_dict().items()
            for key, value in values.items()
        }
