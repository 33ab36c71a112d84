"""OpenAIUpstreamEngine behind Stockade, against a real OpenAI-compatible server: llama.cpp's own
`python -m llama_cpp.server` on loopback serving SmolLM2 (the same client path reaches vLLM)."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest
import yaml
from openai import OpenAI

from harness.bench.harness import standin
from inference.engine import Cancellation, ChatMessage, Finished, SamplingParams, TextDelta
from inference.openai_upstream import OpenAIUpstreamEngine, UpstreamSettings

from ..conftest import (
    CATALOG,
    free_port,
    llama_server_argv,
    make_settings,
    start_server,
    stop_server,
    wait_until_ok,
)  # type: ignore[import-not-found]


@pytest.fixture(scope="module")
def upstream(smollm2_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    port = free_port()
    proc = subprocess.Popen(
        llama_server_argv(smollm2_path, port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}/v1"
    try:
        wait_until_ok(base + "/models")
        yield base, proc
    finally:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def gateway(upstream, tmp_path_factory):  # type: ignore[no-untyped-def]
    base, _ = upstream
    tmp = tmp_path_factory.mktemp("upstream")
    catalog = yaml.safe_load(CATALOG.read_text())
    catalog["models"].append(
        {
            "id": "smol-remote",
            "kind": "chat",
            "engine": "openai-upstream",
            "tier": "tiny",
            "context_length": 2048,
            "price_per_1k": {"input": 0.0, "output": 0.0},
            "source": {"type": "upstream"},
            "endpoint": {"base_url": base, "served_model": "smol", "timeout_s": 30, "connect_timeout_s": 2},
        }
    )
    path = tmp / "catalog.yaml"
    path.write_text(yaml.safe_dump(catalog))
    running = start_server(make_settings(tmp, catalog_path=path, models={"serve": ["smol-remote"]}))
    yield running
    stop_server(running)


def test_gateway_answers_like_the_upstream_itself(upstream, gateway) -> None:  # type: ignore[no-untyped-def]
    base, _ = upstream
    messages = [{"role": "user", "content": "What is 2+2?"}]
    direct = OpenAI(base_url=base, api_key="unused", max_retries=0).chat.completions.create(
        model="smol",
        messages=messages,
        temperature=0,
        max_tokens=10,  # type: ignore[arg-type]
    )
    client = OpenAI(base_url=gateway.v1, api_key=gateway.tenant_key, max_retries=0)
    ours = client.chat.completions.create(
        model="smol-remote", messages=messages, temperature=0, max_tokens=10
    )  # type: ignore[arg-type]
    assert ours.model == "smol-remote"
    assert ours.choices[0].message.content == direct.choices[0].message.content
    streamed = "".join(
        c.choices[0].delta.content or ""
        for c in client.chat.completions.create(
            model="smol-remote",
            messages=messages,
            temperature=0,
            max_tokens=10,
            stream=True,  # type: ignore[arg-type]
        )
        if c.choices
    )
    assert streamed == direct.choices[0].message.content


def test_upstream_usage_is_counted_per_generated_token(gateway) -> None:  # type: ignore[no-untyped-def]
    client = OpenAI(base_url=gateway.v1, api_key=gateway.tenant_key, max_retries=0)
    r = client.chat.completions.create(
        model="smol-remote",
        messages=[{"role": "user", "content": "Tell me a long story."}],
        temperature=0,
        max_tokens=6,
    )
    assert r.choices[0].finish_reason == "length"
    assert r.usage is not None and r.usage.completion_tokens == 6 and r.usage.prompt_tokens > 0


def test_dead_upstream_gives_a_clear_502_quickly(upstream, gateway) -> None:  # type: ignore[no-untyped-def]
    _, proc = upstream
    proc.kill()
    proc.wait()
    # A request that hung would end in the client's own timeout (APITimeoutError), not a status error.
    client = OpenAI(base_url=gateway.v1, api_key=gateway.tenant_key, max_retries=0, timeout=15)
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="smol-remote", messages=[{"role": "user", "content": "hi"}])
    assert info.value.status_code == 502
    assert info.value.code == "engine_error"
    with pytest.raises(openai.APIStatusError) as streamed:
        list(
            client.chat.completions.create(
                model="smol-remote", messages=[{"role": "user", "content": "hi"}], stream=True
            )
        )
    # By now the engine's circuit breaker may have opened: then it is refused at once with 503.
    assert streamed.value.status_code in (502, 503)


@pytest.mark.parametrize("itl_ms", [0.0, 40.0])
def test_events_of_one_network_read_pass_on_as_one_piece(itl_ms: float) -> None:
    """A burst (the stand-in writing every token at once) may arrive as fewer, longer pieces; a paced
    stream is passed on as it comes, not held for its end. Either way nothing is lost and each piece
    counts its events."""

    async def collect(base_url: str) -> tuple[list[TextDelta], Finished]:
        engine = OpenAIUpstreamEngine(
            UpstreamSettings(model_id="standin", base_url=base_url, context_length=4096)
        )
        try:
            items = [
                item
                async for item in engine.stream_chat(
                    [ChatMessage("user", "count")], SamplingParams(max_tokens=12), Cancellation()
                )
            ]
        finally:
            await engine.close()
        *deltas, finished = items
        assert isinstance(finished, Finished)
        return [d for d in deltas if isinstance(d, TextDelta)], finished

    with standin(itl_ms=itl_ms) as base_url:
        deltas, finished = asyncio.run(collect(base_url))
    assert finished.usage.completion_tokens == 12
    assert sum(d.pieces for d in deltas) == 12  # one event per token from the stand-in
    assert len("".join(d.text for d in deltas).split()) == 12
    if itl_ms:
        # Not "one piece per token": a loaded machine may read two paced events at once. Holding the
        # stream back would need a stall of the whole 0.44 s.
        assert len(deltas) > 1


_EVENTS = (
    b'data: {"choices":[{"index":0,"delta":{"content":"hi"}}]}\n\n'
    b'data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],'
    b'"usage":{"prompt_tokens":3,"completion_tokens":1}}\n\n'
    b"data: [DONE]\n\n"
)


async def _read_request(reader: asyncio.StreamReader) -> bool:
    """One HTTP request off the connection, body and all; False when the client closed it."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return False
    fields = dict(line.split(b":", 1) for line in head.split(b"\r\n")[1:] if b":" in line)
    length = int(next((v for k, v in fields.items() if k.strip().lower() == b"content-length"), 0))
    await reader.readexactly(length)
    return True


def test_a_pooled_connection_dropped_by_the_upstream_is_sent_again_on_another() -> None:
    """The keep-alive race: an upstream answers one request on a connection, then closes it as the
    next request arrives on it (as uvicorn does when its idle timeout ends just then). The engine sends
    that request again on a new connection instead of failing it, so a healthy replica is not counted
    as failing (and a fleet does not eject it)."""
    connections: list[int] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(0)
        number = len(connections) - 1
        while await _read_request(reader):
            connections[number] += 1
            if connections[number] > 1:
                break  # the second request on a kept-alive connection: dropped unanswered
            head = f"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: {len(_EVENTS)}\r\n"
            writer.write(head.encode() + b"\r\n" + _EVENTS)
            await writer.drain()
        writer.close()

    async def two_requests() -> list[str]:
        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        engine = OpenAIUpstreamEngine(
            UpstreamSettings(model_id="standin", base_url=f"http://127.0.0.1:{port}/v1", context_length=4096)
        )
        texts = []
        try:
            for _ in range(2):
                items = [
                    item
                    async for item in engine.stream_chat(
                        [ChatMessage("user", "hi")], SamplingParams(max_tokens=4), Cancellation()
                    )
                ]
                texts.append("".join(i.text for i in items if isinstance(i, TextDelta)))
        finally:
            await engine.close()
            server.close()
            await server.wait_closed()
        return texts

    assert asyncio.run(two_requests()) == ["hi", "hi"]
    # The first connection carried the first request and the dropped one; the second, the resend.
    assert connections[:2] == [2, 1]
