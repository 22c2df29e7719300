"""One-thread sections: BLAS and OpenMP pools limited to one thread while a request is served."""

from __future__ import annotations

import functools
import sys
from contextlib import AbstractContextManager

__all__ = ["one_thread"]


@functools.lru_cache(maxsize=1)
def _controller(n_modules: int):
    """The thread pools of the native libraries loaded so far; looked up again (a few ms)
    only when modules were imported since, which may have loaded another BLAS or OpenMP."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_thread() -> AbstractContextManager:
    """A context in which OpenBLAS/MKL and OpenMP run on one thread.

    One request is a handful of small products (a vector against a few thousand examples,
    a few hundred small trees): waking a second thread costs more than it saves, and on a busy
    machine a pool waiting for a descheduled thread made single requests take up to ~100 ms.
    Entering the context costs a few microseconds (the libraries are looked up again only after
    new imports).

    Examples
    --------
    >>> import numpy as np
    >>> with one_thread():
    ...     float(np.ones(3) @ np.ones(3))
    3.0
    """
    return _controller(len(sys.modules)).limit(limits=1)
