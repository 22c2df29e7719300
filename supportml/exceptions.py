"""Exceptions raised by supportml.

Every error the library raises on purpose subclasses :class:`SupportMLError` *and* the builtin
exception that callers already catch, so ``except ValueError`` keeps working::

    SupportMLError
    ├── InvalidInputError(SupportMLError, ValueError)    bad text, shape or label at the boundary
    ├── NotFittedError(SupportMLError, ValueError, AttributeError)  predict before fit
    ├── ModelNotFoundError(SupportMLError, FileNotFoundError)       weights not on disk
    ├── ModelFormatError(SupportMLError, ValueError)     a saved model that cannot be loaded safely
    └── MissingDependencyError(SupportMLError, ImportError)         an optional extra is absent

Examples
--------
>>> from supportml.exceptions import InvalidInputError, SupportMLError
>>> issubclass(InvalidInputError, ValueError) and issubclass(InvalidInputError, SupportMLError)
True
"""

from __future__ import annotations

__all__ = [
    "InvalidInputError",
    "MissingDependencyError",
    "ModelFormatError",
    "ModelNotFoundError",
    "NotFittedError",  # noqa: F822 (built on first use, see __getattr__)
    "SupportMLError",
]


class SupportMLError(Exception):
    """Base class of every error supportml raises on purpose."""


class InvalidInputError(SupportMLError, ValueError):
    """An input (text, array, label, parameter) is malformed; the message names where and why."""


class ModelNotFoundError(SupportMLError, FileNotFoundError):
    """Model weights are not on this machine; the message says how to supply them."""


class ModelFormatError(SupportMLError, ValueError):
    """A saved model has the wrong format version, embedder or files, and is refused."""


class MissingDependencyError(SupportMLError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


def __getattr__(name: str):
    # NotFittedError subclasses scikit-learn's (itself ValueError and AttributeError), so that
    # scikit-learn's callers and estimator checks recognise it; it is built on first use so that
    # ``import supportml`` does not import scikit-learn.
    if name != "NotFittedError":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from sklearn.exceptions import NotFittedError as SklearnNotFittedError

    class NotFittedError(SupportMLError, SklearnNotFittedError):
        """A predict-like method was called before ``fit``."""

    NotFittedError.__module__ = __name__
    globals()["NotFittedError"] = NotFittedError
    return NotFittedError
