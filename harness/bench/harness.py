"""Processes a gateway-overhead benchmark needs: the stand-in upstream and a `stockade serve` in
front of it. Only subprocesses and the `stockade` command line: this module imports nothing of
Stockade's, so the benchmark library stays usable against any gateway."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psutil
import yaml

from harness.bench.errors import EndpointError

REPO = Path(__file__).resolve().parents[2]
# Variables that would point a child gateway at shared services instead of its own scratch files.
_SHARED_STATE_ENV = (
    "DATABASE_URL",
    "REDIS_URL",
    "STOCKADE_DATABASE_URL",
    "STOCKADE_REDIS_URL",
    "STOCKADE_CONFIG",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1.0, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise EndpointError(f"{url} did not come up within {timeout_s:g} s")


def stop_process(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


@contextmanager
def standin(
    *, ttft_ms: float = 0.0, itl_ms: float = 0.0, model: str = "standin", port: int | None = None
) -> Iterator[str]:
    """Runs `python -m harness.bench.standin`; yields its OpenAI base URL (…/v1)."""
    port = port or free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "harness.bench.standin", "--port", str(port), "--model", model,
         "--ttft-ms", str(ttft_ms), "--itl-ms", str(itl_ms)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_until_up(f"http://127.0.0.1:{port}/v1/models")
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        stop_process(process)


@dataclass(frozen=True)
class Gateway:
    base_url: str  # …/v1
    api_key: str
    model: str
    pid: int

    def cpu_seconds(self) -> float:
        """User + system CPU time of the gateway and its worker processes so far (every thread)."""
        main = psutil.Process(self.pid)
        total = 0.0
        for process in (main, *main.children(recursive=True)):
            try:
                times = process.cpu_times()
            except psutil.NoSuchProcess:  # a worker that exited between the listing and the read
                continue
            total += times.user + times.system
        return total


def _cli(args: list[str], config: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "operations.cli", *args, "--config", str(config)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode != 0:
        raise EndpointError(f"stockade {' '.join(args)} failed: {done.stderr.strip()[-500:]}")
    return done.stdout


@contextmanager
def stockade_gateway(
    upstream_base_url: str,
    served_model: str,
    workdir: Path,
    *,
    model: str = "bench",
    extra_config: dict[str, Any] | None = None,
) -> Iterator[Gateway]:
    """A `stockade serve` on loopback with one catalog model: the upstream as an OpenAI engine.
    Scratch SQLite and in-process counters, so it touches no shared database or Redis."""
    workdir.mkdir(parents=True, exist_ok=True)
    catalog = yaml.safe_load((REPO / "models" / "catalog.yaml").read_text())
    catalog["models"].append(
        {
            "id": model,
            "kind": "chat",
            "engine": "openai-upstream",
            "context_length": 32768,
            "price_per_1k": {"input": 0.0, "output": 0.0},
            "source": {"type": "upstream"},
            "endpoint": {"base_url": upstream_base_url, "served_model": served_model},
        }
    )
    (workdir / "catalog.yaml").write_text(yaml.safe_dump(catalog))
    with catalog_gateway(
        workdir, [model], catalog_path=workdir / "catalog.yaml", extra_config=extra_config
    ) as gw:
        yield gw


@contextmanager
def catalog_gateway(
    workdir: Path,
    serve: list[str],
    *,
    catalog_path: Path | None = None,
    extra_config: dict[str, Any] | None = None,
    env: dict[str, str] | None = None,
    ready_timeout_s: float = 60.0,
) -> Iterator[Gateway]:
    """A `stockade serve` on loopback serving these catalog models (the first is `Gateway.model`),
    guards off unless `extra_config` turns them on. Scratch SQLite and in-process counters, so it
    touches no shared database or Redis."""
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    extra = dict(extra_config or {})
    server = {"host": "127.0.0.1", "port": port, **extra.pop("server", {})}
    config: dict[str, Any] = {
        "catalog_path": str(catalog_path or REPO / "models" / "catalog.yaml"),
        "database_url": f"sqlite:///{workdir / 'stockade.db'}",
        "data_dir": str(workdir),
        "models": {"serve": serve},
        "guard": {"enabled": False},  # the guards-off side; a --guards-config fragment turns them on
        # The loads send the same prompts every round: a response cache would answer the later rounds
        # itself and hide what serving costs. (benchmarks/gateway_cache.py measures the cache.)
        "gateway": {"cache": {"enabled": False}},
        "server": server,
        "log_level": "WARNING",
        **extra,
    }
    config_path = workdir / "stockade.yaml"
    config_path.write_text(yaml.safe_dump(config))
    child_env = {k: v for k, v in os.environ.items() if k not in _SHARED_STATE_ENV}
    child_env |= {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", **(env or {})}
    _cli(["tenants", "create", "bench"], config_path, child_env)
    key = _cli(["keys", "create", "--tenant", "bench"], config_path, child_env).strip().splitlines()[-1]
    log_file = (workdir / "gateway.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "operations.cli", "serve", "--config", str(config_path)],
        cwd=REPO,
        env=child_env,
        stdout=subprocess.DEVNULL,
        stderr=log_file,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/readyz", ready_timeout_s)
        yield Gateway(f"http://127.0.0.1:{port}/v1", key, serve[0], process.pid)
    finally:
        stop_process(process)
        log_file.close()
