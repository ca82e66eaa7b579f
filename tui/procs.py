"""Starting worker processes from anywhere, including inside the reader.

multiprocessing hands ``sys.stderr.fileno()`` to the processes it starts.
Inside a Textual app ``sys.stderr`` is captured and has no file descriptor
(``fileno()`` is -1 or raises), and starting a process fails with
"bad value(s) in fds_to_keep". :func:`process_pool` points ``sys.stderr``
at ``os.devnull`` while the pool starts its processes, and callers fall back
to working in-process when no pool can be had (:data:`POOL_ERRORS`).
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

#: what starting or using a process pool can raise on a machine that cannot give us one
POOL_ERRORS = (BrokenProcessPool, OSError, ValueError, RuntimeError)


def _stderr_has_fd() -> bool:
    try:
        return sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        return False


@contextlib.contextmanager
def process_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    ctx = mp.get_context("spawn" if sys.platform != "linux" else "forkserver")
    saved = sys.stderr
    devnull = None
    if not _stderr_has_fd():
        devnull = open(os.devnull, "w")  # noqa: SIM115 - closed below
        sys.stderr = devnull
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            # start the processes now, while stderr has a descriptor
            pool.submit(int).result()
            sys.stderr = saved
            yield pool
    finally:
        sys.stderr = saved
        if devnull is not None:
            devnull.close()
