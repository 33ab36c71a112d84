"""One CPU per worker process, on machines that run little else; one BLAS thread per worker.

A worker whose threads (the event loop, the ledger writer, the trace sink) float over every core
passes its GIL between cores, and the kernel spreads connections' work as it likes: measured on a
2-core VM, two pinned workers served about 30% more requests/s than two floating ones, with a
third of the p99 latency. Each worker claims the first CPU that no other worker holds, through an
advisory file lock that the kernel releases when the worker exits, so a restarted worker takes the
CPU its predecessor had.

numpy's BLAS (OpenBLAS) starts a thread per core for any product above a small size, and its threads
spin while they wait. The guard's products (spaCy's NER, a few hundred rows) are too small to share
out, and a gateway runs requests side by side anyway: with a thread per core the gateway spent 91.62
ms of CPU per request on real 1 KB prompts with the default guard policy, with one 44.95 ms, and
answered sooner (a 2-core VM; docs/guard.md, twenty-third pass). So each worker limits BLAS to
``server.blas_threads`` (one by default).
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

# Locks this process holds for its lifetime (closing the file would release the CPU).
_held: list[IO[str]] = []


def pin_to_free_cpu(lock_dir: Path) -> int | None:
    """Pins the calling thread, and so every thread it starts later, to a CPU no other worker
    holds; returns that CPU, or None where no CPU is free (more workers than CPUs) or the platform
    cannot pin."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    lock_dir.mkdir(parents=True, exist_ok=True)
    for cpu in sorted(os.sched_getaffinity(0)):
        handle = (lock_dir / f"cpu-{cpu}.lock").open("w")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            continue
        _held.append(handle)
        os.sched_setaffinity(0, {cpu})
        return cpu
    log.warning("every CPU already has a worker pinned to it; this worker is not pinned")
    return None


def limit_blas_threads(threads: int) -> None:
    """Lets every BLAS library loaded in this process (now or later) use at most ``threads``.

    A worker calls this before create_app, when numpy is usually not loaded yet: OpenBLAS then reads
    the environment variable as it loads. Processes the worker starts (a vLLM engine) inherit it;
    vLLM computes with torch, whose MKL does not read it."""
    from threadpoolctl import threadpool_limits

    os.environ["OPENBLAS_NUM_THREADS"] = str(threads)
    # Not a context manager: the limit holds for the worker's lifetime.
    threadpool_limits(limits=threads, user_api="blas")
