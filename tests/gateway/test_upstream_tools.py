"""Tool calling through OpenAIUpstreamEngine (vLLM, fleets): the typed fields leave in OpenAI's wire
shape, unchanged, and the upstream's streamed `delta.tool_calls` come back as tool-call deltas.

The upstream is a small HTTP stand-in on loopback that records what it was sent and answers with the
chunks vLLM's hermes parser streams: these tests are about the HTTP handling, which is what a stand-in
can check exactly (a real vLLM takes minutes to start; tests/vllm runs the real one)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web

from inference.engine import (
    Cancellation,
    ChatMessage,
    Finished,
    NamedToolChoice,
    SamplingParams,
    StreamItem,
    TextDelta,
    ToolCall,
    ToolCallDelta,
    ToolSpec,
)
from inference.openai_upstream import OpenAIUpstreamEngine, UpstreamSettings

from ..conftest import free_port  # type: ignore[import-not-found]

WEATHER = ToolSpec(
    "get_weather",
    "Get the current weather in a city.",
    {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
)

# What vLLM (--tool-call-parser hermes) streams for one call: id, type and name first, then the
# arguments in pieces, then the finish reason, then usage.
_CHUNKS: list[dict[str, Any]] = [
    {"choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]},
    {"choices": [{"index": 0, "delta": {"tool_calls": [
        {"index": 0, "id": "chatcmpl-tool-1", "type": "function",
         "function": {"name": "get_weather", "arguments": ""}}]}}]},
    {"choices": [{"index": 0, "delta": {"tool_calls": [
        {"index": 0, "function": {"arguments": '{"city": '}}]}}]},
    {"choices": [{"index": 0, "delta": {"tool_calls": [
        {"index": 0, "function": {"arguments": '"Paris"}'}}]}}]},
    {"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]},
    {"choices": [], "usage": {"prompt_tokens": 180, "completion_tokens": 21, "total_tokens": 201}},
]  # fmt: skip


class StandIn:
    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.base_url = ""
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_post("/tokenize", self._tokenize)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        port = free_port()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        self.base_url = f"http://127.0.0.1:{port}/v1"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        self.bodies.append(await request.json())
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        for chunk in _CHUNKS:
            await response.write(f"data: {json.dumps(chunk)}\n\n".encode())
        await response.write(b"data: [DONE]\n\n")
        return response

    async def _tokenize(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.bodies.append(body)
        # a count that grows with what was sent, so that the test sees the tools were part of it
        return web.json_response({"count": len(json.dumps(body)), "max_model_len": 8192, "tokens": []})


@pytest.fixture
async def standin() -> AsyncIterator[StandIn]:
    server = StandIn()
    await server.start()
    yield server
    await server.stop()


def _engine(server: StandIn, token_count: str = "estimate") -> OpenAIUpstreamEngine:
    return OpenAIUpstreamEngine(
        UpstreamSettings(
            model_id="remote", base_url=server.base_url, context_length=8192, served_model="qwen",
            token_count=token_count,  # type: ignore[arg-type]
        )
    )  # fmt: skip


async def _stream(
    engine: OpenAIUpstreamEngine, messages: list[ChatMessage], params: SamplingParams
) -> list[StreamItem]:
    try:
        return [item async for item in engine.stream_chat(messages, params, Cancellation())]
    finally:
        await engine.close()


CONVERSATION = [
    ChatMessage("user", "Weather in Paris?"),
    ChatMessage("assistant", "", tool_calls=(ToolCall("call_9", "get_weather", '{"city": "Paris"}'),)),
    ChatMessage("tool", '{"temp_c": 17}', tool_call_id="call_9"),
]


async def test_typed_tools_leave_in_openais_wire_shape(standin: StandIn) -> None:
    params = SamplingParams(
        max_tokens=64, tools=(WEATHER,), tool_choice=NamedToolChoice("get_weather"), parallel_tool_calls=False
    )
    await _stream(_engine(standin), CONVERSATION, params)
    body = standin.bodies[-1]
    assert body["tools"] == [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": WEATHER.description,
                "parameters": dict(WEATHER.parameters),
            },
        }
    ]
    assert body["tool_choice"] == {"type": "function", "function": {"name": "get_weather"}}
    assert body["parallel_tool_calls"] is False
    assert body["messages"] == [
        {"role": "user", "content": "Weather in Paris?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_9",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
                }
            ],
        },
        {"role": "tool", "content": '{"temp_c": 17}', "tool_call_id": "call_9"},
    ]


@pytest.mark.parametrize("choice", ["auto", "none", "required"])
async def test_string_tool_choices_go_as_they_are(standin: StandIn, choice: str) -> None:
    params = SamplingParams(max_tokens=8, tools=(WEATHER,), tool_choice=choice)  # type: ignore[arg-type]
    await _stream(_engine(standin), CONVERSATION[:1], params)
    assert standin.bodies[-1]["tool_choice"] == choice
    assert standin.bodies[-1]["parallel_tool_calls"] is True


async def test_without_tools_no_tool_fields_are_sent(standin: StandIn) -> None:
    await _stream(_engine(standin), CONVERSATION[:1], SamplingParams(max_tokens=8))
    assert not {"tools", "tool_choice", "parallel_tool_calls"} & set(standin.bodies[-1])


async def test_streamed_tool_calls_become_deltas(standin: StandIn) -> None:
    items = await _stream(_engine(standin), CONVERSATION[:1], SamplingParams(max_tokens=64, tools=(WEATHER,)))
    deltas = [i for i in items if isinstance(i, ToolCallDelta)]
    assert deltas[0] == ToolCallDelta(index=0, id="chatcmpl-tool-1", name="get_weather", arguments="")
    assert "".join(d.arguments for d in deltas) == '{"city": "Paris"}'
    assert all(d.id is None and d.name is None for d in deltas[1:])
    assert not [i for i in items if isinstance(i, TextDelta) and i.text]
    finished = items[-1]
    assert isinstance(finished, Finished) and finished.finish_reason == "tool_calls"
    assert finished.usage.prompt_tokens == 180


async def test_tokenize_counts_the_tools_too(standin: StandIn) -> None:
    engine = _engine(standin, token_count="tokenize")
    try:
        without = await engine.count_chat_tokens(CONVERSATION)
        sent_without = standin.bodies[-1]
        with_tools = await engine.count_chat_tokens(CONVERSATION, (WEATHER,))
        sent_with = standin.bodies[-1]
    finally:
        await engine.close()
    assert "tools" not in sent_without
    assert sent_with["tools"][0]["function"]["name"] == "get_weather"
    assert sent_with["messages"][1]["tool_calls"][0]["id"] == "call_9"
    assert with_tools > without


async def test_the_estimate_counts_tools_and_calls(standin: StandIn) -> None:
    engine = _engine(standin)
    plain = await engine.count_chat_tokens(CONVERSATION[:1])
    assert await engine.count_chat_tokens(CONVERSATION[:1], (WEATHER,)) > plain
    assert await engine.count_chat_tokens(CONVERSATION) > plain
