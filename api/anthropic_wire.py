"""Shapes a generation's events into Anthropic's Messages format: one JSON message, or its typed
server-sent events (message_start, content_block_start / _delta / _stop, message_delta with the stop
reason and usage, message_stop; errors as `event: error`).

As on the OpenAI door, nothing here decides anything: message_stop is sent only once the answer is
in the ledger (the `Settled` event), so a stream that was not metered never looks complete.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any

from api.errors import anthropic_error_body
from api.generation import Collected, join_tool_calls
from api.wire_json import compact_json
from inference.engine import TextDelta, ToolCallDelta, Usage
from pipeline.events import Event, Finish, Settled, UsageReport
from tenancy.errors import DomainError

log = logging.getLogger(__name__)


def stop_reason(finish_reason: str, stop_sequence: str | None) -> str:
    if finish_reason == "tool_calls":
        return "tool_use"
    if finish_reason == "length":
        return "max_tokens"
    return "stop_sequence" if stop_sequence is not None else "end_turn"


def _usage(usage: Usage) -> dict[str, int]:
    return {"input_tokens": usage.prompt_tokens, "output_tokens": usage.completion_tokens}


def tool_input(arguments: str) -> dict[str, Any]:
    """A call's JSON arguments as the object Anthropic's `input` is. Engines emit calls whose
    arguments parse (a grammar or a parser stands behind them); anything else is logged."""
    try:
        value = json.loads(arguments) if arguments.strip() else {}
    except json.JSONDecodeError:
        log.warning("a tool call's arguments are not JSON; sent as an empty input")
        return {}
    return value if isinstance(value, dict) else {"value": value}


@dataclass(frozen=True)
class MessageShape:
    message_id: str
    model: str


def message_json(shape: MessageShape, answer: Collected) -> dict[str, Any]:
    content: list[dict[str, Any]] = []
    if answer.text:
        content.append({"type": "text", "text": answer.text})
    for call in join_tool_calls(answer.tool_calls):
        function = call["function"]
        content.append(
            {
                "type": "tool_use",
                "id": call["id"],
                "name": function["name"],
                "input": tool_input(function["arguments"]),
            }
        )
    return {
        "id": shape.message_id,
        "type": "message",
        "role": "assistant",
        "model": shape.model,
        "content": content,
        "stop_reason": stop_reason(answer.finish_reason, answer.stop_sequence),
        "stop_sequence": answer.stop_sequence,
        "usage": _usage(answer.usage),
    }


def _event(name: str, payload: dict[str, Any]) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + compact_json(payload) + b"\n\n"


class _Blocks:
    """Numbers the content blocks as they open: text and tool_use blocks in the order they come,
    each closed before the next one opens, as Anthropic's stream has them."""

    def __init__(self) -> None:
        self.count = 0
        self.open: tuple[str, int] | None = None  # ("text", -1) or ("tool", call index)
        self.by_call: dict[int, int] = {}

    def _close(self) -> bytes:
        if self.open is None:
            return b""
        self.open = None
        return _event("content_block_stop", {"type": "content_block_stop", "index": self.count - 1})

    def _start(self, kind: tuple[str, int], block: dict[str, Any]) -> bytes:
        out = self._close()
        self.open = kind
        out += _event(
            "content_block_start",
            {"type": "content_block_start", "index": self.count, "content_block": block},
        )
        self.count += 1
        return out

    def text(self, text: str) -> bytes:
        out = b"" if self.open == ("text", -1) else self._start(("text", -1), {"type": "text", "text": ""})
        delta = {"type": "text_delta", "text": text}
        return out + _event(
            "content_block_delta", {"type": "content_block_delta", "index": self.count - 1, "delta": delta}
        )

    def tool(self, piece: ToolCallDelta) -> bytes:
        out = b""
        if piece.id is not None or piece.index not in self.by_call:
            block = {"type": "tool_use", "id": piece.id or "", "name": piece.name or "", "input": {}}
            out = self._start(("tool", piece.index), block)
            self.by_call[piece.index] = self.count - 1
        if not piece.arguments:
            return out
        delta = {"type": "input_json_delta", "partial_json": piece.arguments}
        index = self.by_call[piece.index]
        return out + _event(
            "content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}
        )

    def finish(self) -> bytes:
        return self._close()


async def message_events(
    shape: MessageShape, events: AsyncGenerator[Event, None], *, settled: bool = False
) -> AsyncIterator[bytes]:
    """The stream of one message. `settled`: the events are a whole answer already metered."""
    blocks = _Blocks()
    start: dict[str, Any] = {
        "id": shape.message_id,
        "type": "message",
        "role": "assistant",
        "model": shape.model,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        # The exact counts come with message_delta, once the engine has reported them.
        "usage": {"input_tokens": 0, "output_tokens": 0},
    }
    pending = _event("message_start", {"type": "message_start", "message": start})
    finish = Finish("stop")
    try:
        async with aclosing(events):
            async for event in events:
                if isinstance(event, TextDelta):
                    yield pending + blocks.text(event.text)
                    pending = b""
                elif isinstance(event, ToolCallDelta):
                    yield pending + blocks.tool(event)
                    pending = b""
                elif isinstance(event, Finish):
                    finish = event
                    pending += blocks.finish()
                elif isinstance(event, UsageReport):
                    delta: dict[str, Any] = {
                        "stop_reason": stop_reason(finish.reason, finish.stop_sequence),
                        "stop_sequence": finish.stop_sequence,
                    }
                    usage = {"type": "message_delta", "delta": delta, "usage": _usage(event.usage)}
                    yield pending + _event("message_delta", usage)
                    pending = b""
                elif isinstance(event, Settled):  # in the ledger: only now may it look complete
                    yield _event("message_stop", {"type": "message_stop"})
        if settled:
            yield _event("message_stop", {"type": "message_stop"})
    except DomainError as error:
        # After the first byte the status is sent: Anthropic's SDK raises an `error` event instead.
        yield pending + _event("error", anthropic_error_body(error.status, error.message))


async def collected_events(answer: Collected) -> AsyncGenerator[Event, None]:
    """A whole, already-metered answer as the events of a stream."""
    if answer.text:
        yield TextDelta(answer.text)
    for piece in answer.tool_calls:
        yield piece
    yield Finish(answer.finish_reason, answer.stop_sequence)  # type: ignore[arg-type]
    yield UsageReport(answer.usage)
