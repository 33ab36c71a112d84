"""Workers pinned to CPUs: each claims a CPU no other worker holds, and a CPU comes free again when
its worker exits. Run in child processes, so that the test process itself is never pinned."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="Linux CPU affinity")

_WORKER = """
import os, sys
from pathlib import Path
from api.cpu_affinity import pin_to_free_cpu
cpu = pin_to_free_cpu(Path(sys.argv[1]))
print(cpu, sorted(os.sched_getaffinity(0)), flush=True)
sys.stdin.read()  # hold the CPU until the test closes stdin
"""


def _start(lock_dir: Path) -> tuple[subprocess.Popen[str], str, list[int]]:
    worker = subprocess.Popen(
        [sys.executable, "-c", _WORKER, str(lock_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert worker.stdout is not None
    cpu, _, affinity = worker.stdout.readline().strip().partition(" ")
    return worker, cpu, [int(c) for c in affinity.strip("[]").split(",") if c.strip()]


def _stop(worker: subprocess.Popen[str]) -> None:
    assert worker.stdin is not None
    worker.stdin.close()
    worker.wait(10)


def test_workers_take_distinct_cpus_and_a_freed_cpu_is_taken_again(tmp_path: Path) -> None:
    cpus = sorted(os.sched_getaffinity(0))
    workers = [_start(tmp_path) for _ in cpus]
    try:
        claimed = [int(cpu) for _, cpu, _ in workers]
        assert sorted(claimed) == cpus  # one CPU each, none shared
        assert all(affinity == [int(cpu)] for _, cpu, affinity in workers)  # really pinned
        extra, cpu, affinity = _start(tmp_path)  # more workers than CPUs: it floats
        assert cpu == "None" and affinity == cpus
        _stop(extra)
        _stop(workers[0][0])  # a worker exits: its CPU is free for the next one
        replacement, cpu, affinity = _start(tmp_path)
        assert int(cpu) == claimed[0] and affinity == [claimed[0]]
        _stop(replacement)
    finally:
        for worker, _, _ in workers:
            if worker.poll() is None:
                _stop(worker)


# numpy loaded before the limit, or after it (as in a worker, which limits BLAS before create_app).
_BLAS_LOADED_FIRST = """
import numpy
from api.cpu_affinity import limit_blas_threads
limit_blas_threads(1)
"""
_BLAS_LOADED_AFTER = """
from api.cpu_affinity import limit_blas_threads
limit_blas_threads(1)
import numpy
"""
_REPORT = """
from threadpoolctl import threadpool_info
print(sorted({p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"}))
"""


@pytest.mark.parametrize("order", [_BLAS_LOADED_FIRST, _BLAS_LOADED_AFTER])
def test_a_worker_limits_blas_to_one_thread(order: str) -> None:
    out = subprocess.run(
        [sys.executable, "-c", order + _REPORT],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
        env={k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")},
    )
    assert out.stdout.strip() == "[1]"  # numpy's OpenBLAS found, and held to one thread


def test_blas_threads_setting() -> None:
    from pydantic import ValidationError

    from api.config import ServerSettings

    assert ServerSettings().blas_threads == 1
    assert ServerSettings(blas_threads=None).blas_threads is None
    with pytest.raises(ValidationError, match="blas_threads"):
        ServerSettings(blas_threads=0)
