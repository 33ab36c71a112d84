"""Shapes a generation's events into OpenAI's wire format: one JSON body, or server-sent events.

Nothing here decides anything about the request (the pipeline did): a streaming request waits in the
pipeline for its first item before the response starts, so an engine that fails early still gets a
proper HTTP status instead of a broken stream; an answer the pipeline had to hold whole leaves in
one write.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing, asynccontextmanager, suppress
from dataclasses import dataclass, field
from typing import Any, Literal

from fastapi import Request
from fastapi.responses import JSONResponse

from api.errors import error_body
from api.event_stream import EventStreamResponse
from api.wire_json import compact_json
from inference.engine import Cancellation, TextDelta, ToolCallDelta, Usage
from pipeline.events import Event, Finish, Settled, UsageReport
from pipeline.generation import Generation
from pipeline.request import GenerationRequest
from pipeline.steps import Pipeline
from tenancy.errors import DomainError

Kind = Literal["chat", "completion"]


@dataclass(frozen=True)
class WireFormat:
    kind: Kind
    response_id: str
    include_usage: bool
    model: str = ""
    # Documented extension fields (e.g. `citations`): top level of the JSON body, first stream chunk.
    extensions: dict[str, Any] = field(default_factory=dict)


@dataclass
class Collected:
    """A whole answer, gathered from its events."""

    text: str = ""
    finish_reason: str = "stop"
    usage: Usage = field(default_factory=lambda: Usage(0, 0))
    tool_calls: list[ToolCallDelta] = field(default_factory=list)
    stop_sequence: str | None = None


def _usage_body(usage: Usage) -> dict[str, int]:
    return {
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
        "total_tokens": usage.total_tokens,
    }


def _finish(reason: str) -> str:
    # "cancelled" is internal; a client that is still listening only ever sees OpenAI's values.
    return reason if reason in ("length", "tool_calls") else "stop"


def _tool_call_delta(item: ToolCallDelta) -> dict[str, Any]:
    """One streamed piece of a tool call, in OpenAI's chunk shape (id, type and name on the first)."""
    call: dict[str, Any] = {"index": item.index}
    if item.id is not None:
        call["id"] = item.id
        call["type"] = "function"
    function: dict[str, str] = {"arguments": item.arguments}
    if item.name is not None:
        function["name"] = item.name
    call["function"] = function
    return call


def join_tool_calls(pieces: list[ToolCallDelta]) -> list[dict[str, Any]]:
    """The streamed pieces of each call joined into the whole call a non-streaming answer carries."""
    calls: dict[int, dict[str, Any]] = {}
    for piece in pieces:
        call = calls.setdefault(
            piece.index, {"id": "", "type": "function", "function": {"name": "", "arguments": ""}}
        )
        if piece.id is not None:
            call["id"] = piece.id
        if piece.name is not None:
            call["function"]["name"] = piece.name
        call["function"]["arguments"] += piece.arguments
    return [calls[index] for index in sorted(calls)]


async def _watch_disconnect(request: Request, cancel: Cancellation) -> None:
    """Non-streaming requests are not cancelled by the server when the client leaves: watch for it."""
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            cancel.cancel()
            return


@asynccontextmanager
async def watching_disconnect(request: Request) -> AsyncIterator[Cancellation]:
    """A cancellation that fires when the client leaves while the block runs (the pipeline's steps
    before the first byte: guards, a whole answer), for every front door."""
    cancel = Cancellation()
    watcher = asyncio.create_task(_watch_disconnect(request, cancel))
    try:
        yield cancel
    finally:
        watcher.cancel()
        with suppress(asyncio.CancelledError):
            await watcher


async def start(
    request: Request, pipeline: Pipeline, generation_request: GenerationRequest
) -> tuple[Generation, Collected | None]:
    """Runs the pipeline up to the answer's first item (errors so far still get a status); an
    answer the pipeline held whole comes back collected. Shared by the chat and Messages doors."""
    async with watching_disconnect(request) as cancel:
        generation = await pipeline.run(generation_request, cancel)
        answer = await collect(generation.events) if generation.whole else None
    return generation, answer


async def respond(
    request: Request, pipeline: Pipeline, generation_request: GenerationRequest, wire: WireFormat
) -> JSONResponse | EventStreamResponse:
    generation, answer = await start(request, pipeline, generation_request)
    extensions = generation.extensions if wire.kind == "chat" else {}
    wire = WireFormat(wire.kind, wire.response_id, wire.include_usage, generation.model, extensions)
    if answer is not None and not generation_request.stream:
        return JSONResponse(_json_shape(wire, answer) | wire.extensions, headers=generation.headers)
    body = _replay(wire, answer) if answer is not None else _sse(wire, generation.events)
    return EventStreamResponse(
        body, headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"} | generation.headers
    )


async def collect(events: AsyncGenerator[Event, None]) -> Collected:
    answer, parts = Collected(), []
    async with aclosing(events):
        async for event in events:
            if isinstance(event, TextDelta):
                parts.append(event.text)
            elif isinstance(event, ToolCallDelta):
                answer.tool_calls.append(event)
            elif isinstance(event, Finish):
                answer.finish_reason = event.reason
                answer.stop_sequence = event.stop_sequence
            elif isinstance(event, UsageReport):
                answer.usage = event.usage
    answer.text = "".join(parts)
    return answer


def _json_shape(ctx: WireFormat, answer: Collected) -> dict[str, Any]:
    created = int(time.time())
    if ctx.kind == "chat":
        message: dict[str, Any] = {"role": "assistant", "content": answer.text, "refusal": None}
        if answer.tool_calls:
            message["tool_calls"] = join_tool_calls(answer.tool_calls)
            message["content"] = answer.text or None
        return {
            "id": ctx.response_id,
            "object": "chat.completion",
            "created": created,
            "model": ctx.model,
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "logprobs": None,
                    "finish_reason": _finish(answer.finish_reason),
                }
            ],
            "usage": _usage_body(answer.usage),
        }
    return {
        "id": ctx.response_id,
        "object": "text_completion",
        "created": created,
        "model": ctx.model,
        "choices": [
            {
                "index": 0,
                "text": answer.text,
                "logprobs": None,
                "finish_reason": _finish(answer.finish_reason),
            }
        ],
        "usage": _usage_body(answer.usage),
    }


async def _replay(wire: WireFormat, answer: Collected) -> AsyncIterator[bytes]:
    """A checked, already-metered answer sent in the shape of a stream."""
    maker = _ChunkMaker(wire)
    events = [maker.role()] if wire.kind == "chat" else []
    if answer.text:
        events.append(maker.text(answer.text))
    events.extend(maker.tool_call(piece) for piece in answer.tool_calls)
    events.append(maker.finish(answer.finish_reason))
    if wire.include_usage:
        events.append(maker.usage(answer.usage))
    # All of it is known already: one write.
    yield b"".join(map(sse_event, events)) + b"data: [DONE]\n\n"


def sse_event(payload: dict[str, Any]) -> bytes:
    return b"data: " + compact_json(payload) + b"\n\n"


class _ChunkMaker:
    def __init__(self, ctx: WireFormat) -> None:
        self.ctx = ctx
        self.created = int(time.time())

    def _base(self, choices: list[dict[str, Any]]) -> dict[str, Any]:
        obj = "chat.completion.chunk" if self.ctx.kind == "chat" else "text_completion"
        chunk: dict[str, Any] = {
            "id": self.ctx.response_id,
            "object": obj,
            "created": self.created,
            "model": self.ctx.model,
            "choices": choices,
        }
        if self.ctx.include_usage:
            chunk["usage"] = None
        return chunk

    def role(self) -> dict[str, Any]:
        return (
            self._base([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])
            | self.ctx.extensions
        )

    def text(self, text: str) -> dict[str, Any]:
        if self.ctx.kind == "chat":
            return self._base(
                [{"index": 0, "delta": {"content": text}, "logprobs": None, "finish_reason": None}]
            )
        return self._base([{"index": 0, "text": text, "logprobs": None, "finish_reason": None}])

    def tool_call(self, piece: ToolCallDelta) -> dict[str, Any]:
        return self._base(
            [
                {
                    "index": 0,
                    "delta": {"tool_calls": [_tool_call_delta(piece)]},
                    "logprobs": None,
                    "finish_reason": None,
                }
            ]
        )

    def finish(self, reason: str) -> dict[str, Any]:
        if self.ctx.kind == "chat":
            return self._base([{"index": 0, "delta": {}, "logprobs": None, "finish_reason": _finish(reason)}])
        return self._base([{"index": 0, "text": "", "logprobs": None, "finish_reason": _finish(reason)}])

    def usage(self, usage: Usage) -> dict[str, Any]:
        chunk = self._base([])
        chunk["usage"] = _usage_body(usage)
        return chunk


async def _sse(wire: WireFormat, events: AsyncGenerator[Event, None]) -> AsyncIterator[bytes]:
    maker = _ChunkMaker(wire)
    # Events ready at the same moment leave in one write (the role chunk with the first text, the
    # finish chunk with the usage chunk): each write is a pass through every ASGI layer and a syscall.
    pending = sse_event(maker.role()) if wire.kind == "chat" else b""
    try:
        async with aclosing(events):
            async for event in events:
                if isinstance(event, TextDelta):
                    yield pending + sse_event(maker.text(event.text))
                    pending = b""
                elif isinstance(event, ToolCallDelta):
                    yield pending + sse_event(maker.tool_call(event))
                    pending = b""
                elif isinstance(event, Finish):
                    pending += sse_event(maker.finish(event.reason))
                elif isinstance(event, UsageReport):
                    if wire.include_usage:
                        pending += sse_event(maker.usage(event.usage))
                    yield pending
                    pending = b""
                elif isinstance(event, Settled):  # in the ledger: only now may the answer look complete
                    yield b"data: [DONE]\n\n"
    except DomainError as error:
        # After the first byte there is no status code left to change: the client gets a clean
        # error event (the openai SDK raises it as an APIError) and the stream ends.
        yield sse_event(error_body(error.status, error.message, error.code))
