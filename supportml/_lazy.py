"""Names a package exports but imports on first use (PEP 562), so that importing it stays light."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(
    package: str, lazy: Mapping[str, str], public: Sequence[str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The module ``__getattr__`` and ``__dir__`` of a package whose ``lazy`` names load late.

    Parameters
    ----------
    package : str
        The package's ``__name__``; it must be importing (in ``sys.modules``).
    lazy : mapping of str to str
        Each lazily loaded name, and the module that defines it.
    public : sequence of str
        The package's ``__all__``, which ``dir()`` lists.

    Returns
    -------
    __getattr__, __dir__ : callables
        To assign at the package's top level. A name is imported on its first lookup, then
        stored in the package, so later lookups do not call ``__getattr__`` again.

    Examples
    --------
    >>> import types, sys
    >>> package = sys.modules["example"] = types.ModuleType("example")
    >>> package.__getattr__, package.__dir__ = lazy_attributes(
    ...     "example", {"dumps": "json"}, ["dumps"])
    >>> package.dumps([1])
    '[1]'
    >>> "dumps" in vars(package)
    True
    >>> package.loads
    Traceback (most recent call last):
    ...
    AttributeError: module 'example' has no attribute 'loads'
    >>> del sys.modules["example"]
    """
    namespace = vars(sys.modules[package])

    def __getattr__(name: str) -> Any:
        module = lazy.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value  # later lookups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted(public)

    return __getattr__, __dir__
