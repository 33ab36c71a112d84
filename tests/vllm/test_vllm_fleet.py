"""A fleet of two real vLLM replicas behind Stockade: the supervised one of the session and a second
vLLM process serving the same converted weights. One is killed (its whole process group, as a pod
dies) while requests stream from both; after its ejection no request is lost."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Iterator

import httpx
import openai
import pytest
import yaml
from openai import AsyncOpenAI
from prometheus_client import REGISTRY

from ..conftest import CATALOG, RunningServer, make_settings, start_server, stop_server  # type: ignore[import-not-found]
from ..gateway.conftest import Upstream  # type: ignore[import-not-found]
from .conftest import VLLM_MODEL  # type: ignore[import-not-found]

pytestmark = pytest.mark.slow

FLEET_MODEL = "qwen-vllm-fleet"
KEY_ENV = "STOCKADE_TEST_VLLM_FLEET_KEY"


def supervised_url(vllm_gateway: RunningServer) -> str:
    engine = vllm_gateway.app.state.stockade.models.models[VLLM_MODEL].chat  # type: ignore[attr-defined]
    return f"http://127.0.0.1:{engine.settings.port}/v1"


@pytest.fixture(scope="module")
def fleet_gateway(
    vllm_gateway: RunningServer, vllm_replica: Upstream, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    engine = vllm_gateway.app.state.stockade.models.models[VLLM_MODEL].chat  # type: ignore[attr-defined]
    os.environ[KEY_ENV] = engine._api_key  # both replicas take the key the supervisor generated
    tmp = tmp_path_factory.mktemp("vllm-fleet")
    catalog = yaml.safe_load(CATALOG.read_text())
    catalog["models"].append(
        {
            "id": FLEET_MODEL,
            "kind": "chat",
            "engine": "openai-upstream",
            "tier": "default",
            "context_length": 8192,
            "price_per_1k": {"input": 0.0002, "output": 0.0006},
            "source": {"type": "upstream"},
            "endpoints": [
                {
                    "base_url": url,
                    "served_model": VLLM_MODEL,
                    "api_key_env": KEY_ENV,
                    "token_count": "tokenize",
                    "timeout_s": 120,
                    "connect_timeout_s": 2,
                }
                for url in (supervised_url(vllm_gateway), vllm_replica.base_url)
            ],
            "fleet": {"prefix_affinity": False, "probe_interval_s": 1.0},
        }
    )
    path = tmp / "catalog.yaml"
    path.write_text(yaml.safe_dump(catalog))
    running = start_server(make_settings(tmp, catalog_path=path, models={"serve": [FLEET_MODEL]}))
    yield running
    stop_server(running)
    del os.environ[KEY_ENV]


def metric(name: str, replica: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, {"model": FLEET_MODEL, "replica": replica, **labels}) or 0.0


async def ask(client: AsyncOpenAI, n: int) -> str:
    """One streamed answer; raises what the client raises."""
    stream = await client.chat.completions.create(
        model=FLEET_MODEL,
        messages=[{"role": "user", "content": f"Write a Python function number {n} that adds two numbers."}],
        max_tokens=48,
        temperature=0,
        stream=True,
    )
    text, finish = "", None
    async for chunk in stream:
        if chunk.choices:
            text += chunk.choices[0].delta.content or ""
            finish = chunk.choices[0].finish_reason or finish
    assert finish in ("stop", "length"), f"stream ended without a finish reason: {text!r}"
    return text


async def kill_when_busy(replica: Upstream) -> int:
    """Kills the replica's process group once it has requests in flight; returns how many."""
    deadline = time.monotonic() + 120
    while (busy := metric("stockade_fleet_outstanding_requests", replica.base_url)) < 1:
        assert time.monotonic() < deadline, "the replica never got a request"
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)  # let its streams start sending tokens
    os.killpg(replica.proc.pid, signal.SIGKILL)
    return int(busy)


async def test_two_vllm_replicas_one_killed_mid_stream_lose_no_request_after_ejection(
    fleet_gateway: RunningServer, vllm_gateway: RunningServer, vllm_replica: Upstream
) -> None:
    alive = supervised_url(vllm_gateway)
    dead = vllm_replica.base_url
    ready = httpx.get(fleet_gateway.base_url + "/readyz", timeout=60).json()["models"][FLEET_MODEL]
    assert [r["healthy"] for r in ready["engine_state"]["replicas"]] == [True, True]
    ejections = metric("stockade_fleet_ejections_total", dead)
    served_alive = metric("stockade_fleet_requests_total", alive, outcome="ok")
    client = AsyncOpenAI(
        base_url=fleet_gateway.v1, api_key=fleet_gateway.tenant_key, max_retries=0, timeout=180
    )

    # Eight streams spread over both replicas; the second dies under four of them.
    results = await asyncio.gather(
        *(ask(client, n) for n in range(8)), kill_when_busy(vllm_replica), return_exceptions=True
    )
    *answers, in_flight = results
    assert isinstance(in_flight, int) and in_flight >= 1
    broken = [a for a in answers if isinstance(a, BaseException)]
    # Streams cut by the kill end in the gateway's clean in-band error, never in a hang or a reset.
    for error in broken:
        assert isinstance(error, openai.APIError) and not isinstance(error, openai.APIConnectionError), error
    assert len(broken) <= in_flight
    assert all(isinstance(a, str) and a for a in answers if not isinstance(a, BaseException))

    # After the ejection, every request is served by the replica still alive.
    after = await asyncio.gather(*(ask(client, n) for n in range(8, 16)))
    assert all(after)
    assert metric("stockade_fleet_ejections_total", dead) == ejections + 1
    assert metric("stockade_engine_up", dead) == 0
    assert metric("stockade_fleet_requests_total", alive, outcome="ok") >= served_alive + 8
    ready = httpx.get(fleet_gateway.base_url + "/readyz", timeout=60).json()["models"][FLEET_MODEL]
    assert ready["status"] == "ready"
    states = {r["base_url"]: r for r in ready["engine_state"]["replicas"]}
    assert not states[dead]["healthy"] and states[alive]["healthy"]
