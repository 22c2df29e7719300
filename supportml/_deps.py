"""Optional dependencies: a clear error when an extra is missing."""

from __future__ import annotations

import importlib
from types import ModuleType

from supportml.exceptions import MissingDependencyError

__all__ = ["require"]


def require(module: str, *, extra: str, caller: str) -> ModuleType:
    """Import an optional module, or explain which extra installs it.

    Parameters
    ----------
    module : str
        The module to import, e.g. ``"sentence_transformers"``.
    extra : str
        The supportml extra that brings it, e.g. ``"embed"``.
    caller : str
        What needs it, named in the error message.

    Returns
    -------
    module : ModuleType
        The imported module.

    Raises
    ------
    MissingDependencyError
        When the module cannot be imported; chained from the original ``ImportError``.

    Examples
    --------
    >>> require("json", extra="core", caller="example").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise MissingDependencyError(
            f"{caller} requires {module}, which is not installed. "
            f'Install it with: pip install "supportml[{extra}]"'
        ) from e
