"""EngineFleet against two real OpenAI-compatible replicas: `python -m llama_cpp.server` processes
serving SmolLM2 on loopback, which the tests hold busy, kill and restart on the same port."""

from __future__ import annotations

import subprocess
import time
from collections.abc import AsyncGenerator, Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import yaml
from openai import OpenAI
from prometheus_client import REGISTRY

from harness.bench.harness import standin
from inference.catalog import FleetPolicy
from inference.engine import (
    Cancellation,
    ChatMessage,
    Engine,
    EngineError,
    Finished,
    SamplingParams,
    StreamItem,
)
from inference.fleet import EngineFleet
from inference.openai_upstream import OpenAIUpstreamEngine, UpstreamSettings

from ..conftest import (  # type: ignore[import-not-found]
    CATALOG,
    RunningServer,
    free_port,
    llama_server_argv,
    make_settings,
    start_server,
    stop_server,
)
from .conftest import Upstream, wait_until_serving

PARAMS = SamplingParams(max_tokens=4, temperature=0)
HELLO = [ChatMessage("user", "Say hello.")]
PIRATE = [ChatMessage("system", "You are a pirate."), ChatMessage("user", "Say hello.")]
FLEET_MODEL = "smol-fleet"
REQUESTS = "stockade_fleet_requests_total"
EJECTIONS = "stockade_fleet_ejections_total"
UP = "stockade_engine_up"


def launch(model: Path, port: int) -> Upstream:
    argv = llama_server_argv(model, port)
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return Upstream(f"http://127.0.0.1:{port}/v1", proc)


def restart(replicas: list[Upstream], index: int, model: Path) -> None:
    """A new server on the killed one's port: to the fleet, the same replica coming back."""
    port = int(replicas[index].base_url.rsplit(":", 1)[1].split("/")[0])
    replicas[index] = launch(model, port)
    wait_until_serving(replicas[index].base_url + "/models", replicas[index].proc)


@pytest.fixture(scope="module")
def replicas(smollm2_path: Path) -> Iterator[list[Upstream]]:
    first = free_port()
    second = next(p for p in iter(free_port, None) if p != first)
    started = [launch(smollm2_path, first), launch(smollm2_path, second)]
    try:
        for upstream in started:
            wait_until_serving(upstream.base_url + "/models", upstream.proc)
        yield started  # restart() replaces entries in place, so this kills the new ones too
    finally:
        for upstream in started:
            upstream.kill()


@pytest.fixture(scope="module")
def gateway(replicas: list[Upstream], tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    tmp = tmp_path_factory.mktemp("fleet")
    catalog = yaml.safe_load(CATALOG.read_text())
    catalog["models"].append(
        {
            "id": FLEET_MODEL,
            "kind": "chat",
            "engine": "openai-upstream",
            "tier": "tiny",
            "context_length": 2048,
            "price_per_1k": {"input": 0.0, "output": 0.0},
            "source": {"type": "upstream"},
            "endpoints": [
                {"base_url": u.base_url, "served_model": "smol", "timeout_s": 30, "connect_timeout_s": 2}
                for u in replicas
            ],
            "fleet": {"probe_interval_s": 0.2},
        }
    )
    path = tmp / "catalog.yaml"
    path.write_text(yaml.safe_dump(catalog))
    running = start_server(make_settings(tmp, catalog_path=path, models={"serve": [FLEET_MODEL]}))
    yield running
    stop_server(running)


def make_fleet(replicas: list[Upstream], model_id: str, **policy: Any) -> EngineFleet:
    return EngineFleet(model_id, [u.engine(model_id) for u in replicas], FleetPolicy(**policy))


def metric(name: str, model: str, replica: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, {"model": model, "replica": replica, **labels}) or 0.0


def served(model: str, upstream: Upstream, outcome: str = "ok") -> float:
    return metric(REQUESTS, model, upstream.base_url, outcome=outcome)


def replica_states(fleet: EngineFleet) -> list[dict[str, Any]]:
    return fleet.health().extra["replicas"]  # type: ignore[return-value]


async def drain(stream: AsyncGenerator[StreamItem, None]) -> list[StreamItem]:
    items = [item async for item in stream]
    assert isinstance(items[-1], Finished)
    return items


async def test_concurrent_requests_go_to_the_least_busy_replica(replicas: list[Upstream]) -> None:
    model = "fleet-spread"
    fleet = make_fleet(replicas, model)
    assert isinstance(fleet, Engine)
    await fleet.start()
    first = fleet.stream_chat(HELLO, PARAMS, Cancellation())
    second = fleet.stream_chat(HELLO, PARAMS, Cancellation())
    try:
        await anext(first)  # held open: its replica now has one request in flight
        assert sorted(r["outstanding"] for r in replica_states(fleet)) == [0, 1]
        await anext(second)
        assert [r["outstanding"] for r in replica_states(fleet)] == [1, 1]
        await drain(first)
        await second.aclose()  # abandoned midway, as by a client that left: no longer in flight
        assert [r["outstanding"] for r in replica_states(fleet)] == [0, 0]
    finally:
        await first.aclose()
        await second.aclose()
        await fleet.close()
    assert [served(model, u) for u in replicas] == [1, 1]
    assert [metric("stockade_fleet_outstanding_requests", model, u.base_url) for u in replicas] == [0, 0]


async def test_one_system_prompt_stays_on_one_replica(replicas: list[Upstream]) -> None:
    model = "fleet-affinity"
    fleet = make_fleet(replicas, model)
    await fleet.start()
    try:
        for _ in range(4):  # without affinity the ties would alternate: 2 and 2
            await drain(fleet.stream_chat(PIRATE, PARAMS, Cancellation()))
        counts = [served(model, u) for u in replicas]
        assert sorted(counts) == [0, 4]
        elsewhere = replicas[counts.index(0)]
        # Other system prompts hash to either replica; one of a few lands on the other one.
        for n in range(16):
            messages = [ChatMessage("system", f"You are assistant number {n}."), *HELLO]
            await drain(fleet.stream_chat(messages, PARAMS, Cancellation()))
            if served(model, elsewhere):
                break
        assert served(model, elsewhere) == 1
    finally:
        await fleet.close()


async def test_affinity_yields_to_a_less_busy_replica(replicas: list[Upstream]) -> None:
    model = "fleet-slack"
    fleet = make_fleet(replicas, model, affinity_slack=0)
    await fleet.start()
    held = fleet.stream_chat(PIRATE, PARAMS, Cancellation())
    try:
        await anext(held)
        home = next(i for i, r in enumerate(replica_states(fleet)) if r["outstanding"])
        # Its replica has one more request in flight than the other: more than the slack of 0.
        await drain(fleet.stream_chat(PIRATE, PARAMS, Cancellation()))
        assert served(model, replicas[1 - home]) == 1
        await drain(held)
    finally:
        await held.aclose()
        await fleet.close()
    assert served(model, replicas[home]) == 1


async def test_a_client_error_neither_ejects_nor_moves_the_request() -> None:
    """llama.cpp's server answers an invalid body with 500 and an overlong prompt with an empty 200
    stream, never a 4xx; the bench's stand-in upstream answers 400 before streaming, as vLLM does."""
    model = "fleet-4xx"
    with standin() as first, standin() as second:
        settings = [
            UpstreamSettings(model_id=model, base_url=url, context_length=4096, served_model="standin")
            for url in (first, second)
        ]
        fleet = EngineFleet(model, [OpenAIUpstreamEngine(s) for s in settings], FleetPolicy())
        await fleet.start()
        try:
            with pytest.raises(EngineError) as info:
                await drain(fleet.stream_chat(HELLO, SamplingParams(max_tokens=-1), Cancellation()))
            assert info.value.status == 400 and not info.value.retryable
            assert sum(metric(REQUESTS, model, url, outcome="error") for url in (first, second)) == 1
            assert sum(metric(REQUESTS, model, url, outcome="retried") for url in (first, second)) == 0
            assert all(r["healthy"] and r["consecutive_failures"] == 0 for r in replica_states(fleet))
            assert [metric(EJECTIONS, model, url) for url in (first, second)] == [0, 0]
            await drain(fleet.stream_chat(HELLO, PARAMS, Cancellation()))
        finally:
            await fleet.close()


def wait_for(condition: Any, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.1)


def test_a_killed_replica_loses_no_request_and_is_probed_back_in(
    replicas: list[Upstream], gateway: RunningServer, smollm2_path: Path
) -> None:
    dead, alive = replicas
    ejections = metric(EJECTIONS, FLEET_MODEL, dead.base_url)
    served_alive = served(FLEET_MODEL, alive)
    client = OpenAI(base_url=gateway.v1, api_key=gateway.tenant_key, max_retries=0, timeout=30)
    dead.kill()
    for n in range(6):
        answer = client.chat.completions.create(
            model=FLEET_MODEL,
            messages=[{"role": "user", "content": f"Count to {n}."}],
            temperature=0,
            max_tokens=4,
        )
        assert answer.choices[0].message.content is not None
    assert metric(EJECTIONS, FLEET_MODEL, dead.base_url) == ejections + 1
    assert metric(UP, FLEET_MODEL, dead.base_url) == 0
    assert served(FLEET_MODEL, dead, "retried") >= 1
    assert served(FLEET_MODEL, alive) == served_alive + 6
    ready = httpx.get(gateway.base_url + "/readyz", timeout=60).json()["models"][FLEET_MODEL]
    assert ready["status"] == "ready" and ready["engine_state"]["ready"]
    states = {r["base_url"]: r for r in ready["engine_state"]["replicas"]}
    assert not states[dead.base_url]["healthy"] and states[dead.base_url]["ejections"] == 1
    assert states[alive.base_url]["healthy"]

    restart(replicas, 0, smollm2_path)
    wait_for(lambda: metric(UP, FLEET_MODEL, replicas[0].base_url) == 1)
    before = served(FLEET_MODEL, replicas[0])
    for _ in range(2):  # idle replicas take turns: one of two requests lands on the one back
        client.chat.completions.create(
            model=FLEET_MODEL, messages=[{"role": "user", "content": "Hi."}], temperature=0, max_tokens=4
        )
    assert served(FLEET_MODEL, replicas[0]) == before + 1


def test_with_every_replica_down_the_gateway_answers_503(
    replicas: list[Upstream], gateway: RunningServer
) -> None:
    """Kills both replicas for good: the module's last test."""
    for upstream in replicas:
        upstream.kill()
    client = OpenAI(base_url=gateway.v1, api_key=gateway.tenant_key, max_retries=0, timeout=15)
    for _ in range(2):  # the first finds both dead and ejects them; the second finds none healthy
        with pytest.raises(openai.APIStatusError) as info:
            client.chat.completions.create(
                model=FLEET_MODEL, messages=[{"role": "user", "content": "Hi."}], max_tokens=4
            )
        # A hung request would end in the client's timeout (APITimeoutError), not in a status error.
        assert info.value.status_code == 503
        assert (info.value.code, info.value.type) == ("model_not_ready", "service_unavailable")
    ready = httpx.get(gateway.base_url + "/readyz", timeout=60).json()["models"][FLEET_MODEL]
    assert ready["engine_state"]["ready"] is False
    assert all(not r["healthy"] for r in ready["engine_state"]["replicas"])
