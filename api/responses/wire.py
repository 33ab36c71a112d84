"""The pipeline's events as a Response object, or as its typed stream of server-sent events
(`response.created` ... `response.completed`), in OpenAI's shapes (the tests validate both against
the openai package's own types)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from api.responses.items import Item, new_id
from api.wire_json import compact_json
from inference.engine import TextDelta, ToolCallDelta, Usage
from pipeline.events import Event, Finish, UsageReport


@dataclass(frozen=True)
class Echo:
    """The request's settings a Response repeats back, fixed before the model runs."""

    id: str
    created_at: int
    instructions: str | None
    max_output_tokens: int | None
    metadata: dict[str, str]
    parallel_tool_calls: bool
    previous_response_id: str | None
    store: bool
    temperature: float | None
    top_p: float | None
    text: dict[str, Any]
    tool_choice: Any
    tools: list[dict[str, Any]]
    user: str | None


def usage_body(usage: Usage, cached_tokens: int = 0) -> dict[str, Any]:
    return {
        "input_tokens": usage.prompt_tokens,
        "input_tokens_details": {"cached_tokens": cached_tokens, "cache_write_tokens": 0},
        "output_tokens": usage.completion_tokens,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": usage.total_tokens,
    }


def response_body(
    echo: Echo,
    model: str,
    status: str,
    output: list[Item],
    usage: Usage | None = None,
    finish_reason: str = "stop",
) -> dict[str, Any]:
    incomplete = {"reason": "max_output_tokens"} if status == "incomplete" else None
    return {
        "id": echo.id,
        "object": "response",
        "created_at": echo.created_at,
        "completed_at": int(time.time()) if status in ("completed", "incomplete") else None,
        "status": status,
        "background": False,
        "error": None,
        "incomplete_details": incomplete,
        "instructions": echo.instructions,
        "max_output_tokens": echo.max_output_tokens,
        "metadata": echo.metadata,
        "model": model,
        "output": output,
        "parallel_tool_calls": echo.parallel_tool_calls,
        "previous_response_id": echo.previous_response_id,
        "reasoning": None,
        "store": echo.store,
        "temperature": echo.temperature,
        "text": echo.text,
        "tool_choice": echo.tool_choice,
        "tools": echo.tools,
        "top_p": echo.top_p,
        "truncation": "disabled",
        "usage": usage_body(usage) if usage is not None else None,
        "user": echo.user,
    }


def sse(payload: dict[str, Any]) -> bytes:
    return b"event: " + str(payload["type"]).encode() + b"\ndata: " + compact_json(payload) + b"\n\n"


@dataclass
class _Call:
    item: Item
    output_index: int


@dataclass
class Translation:
    """Turns the pipeline's events into output items and, on the way, the stream events that build
    them; one per response. `feed` returns the events to send (none are needed for a JSON answer)."""

    sequence: int = 0
    items: list[Item] = field(default_factory=list)
    finish_reason: str = "stop"
    usage: Usage = field(default_factory=lambda: Usage(0, 0))
    _message: Item | None = None
    _calls: dict[int, _Call] = field(default_factory=dict)

    def event(self, kind: str, **fields: Any) -> dict[str, Any]:
        payload = {"type": kind, "sequence_number": self.sequence, **fields}
        self.sequence += 1
        return payload

    @property
    def status(self) -> str:
        return "incomplete" if self.finish_reason == "length" else "completed"

    def feed(self, event: Event) -> list[dict[str, Any]]:
        if isinstance(event, TextDelta):
            return self._text(event.text)
        if isinstance(event, ToolCallDelta):
            return self._call(event)
        if isinstance(event, Finish):
            self.finish_reason = event.reason
            return self._close_message() + self._close_calls()
        if isinstance(event, UsageReport):
            self.usage = event.usage
        return []

    def _text(self, text: str) -> list[dict[str, Any]]:
        events = []
        if self._message is None:
            self._message = {
                "id": new_id("msg"),
                "type": "message",
                "role": "assistant",
                "status": "in_progress",
                "content": [],
            }
            self.items.append(self._message)
            index = len(self.items) - 1
            events.append(
                self.event("response.output_item.added", output_index=index, item=_copy(self._message))
            )
            part = {"type": "output_text", "text": "", "annotations": []}
            self._message["content"].append(part)
            events.append(
                self.event(
                    "response.content_part.added",
                    item_id=self._message["id"],
                    output_index=index,
                    content_index=0,
                    part=_copy(part),
                )
            )
        self._message["content"][0]["text"] += text
        events.append(
            self.event(
                "response.output_text.delta",
                item_id=self._message["id"],
                output_index=self.items.index(self._message),
                content_index=0,
                delta=text,
                logprobs=[],
            )
        )
        return events

    def _close_message(self) -> list[dict[str, Any]]:
        message, self._message = self._message, None
        if message is None:
            return []
        index = self.items.index(message)
        part = message["content"][0]
        message["status"] = self.status
        where = {"item_id": message["id"], "output_index": index, "content_index": 0}
        return [
            self.event("response.output_text.done", **where, text=part["text"], logprobs=[]),
            self.event("response.content_part.done", **where, part=_copy(part)),
            self.event("response.output_item.done", output_index=index, item=_copy(message)),
        ]

    def _call(self, piece: ToolCallDelta) -> list[dict[str, Any]]:
        events = []
        call = self._calls.get(piece.index)
        if call is None:
            events += self._close_message()  # the model's text ends where its calls begin
            item = {
                "id": new_id("fc"),
                "type": "function_call",
                "call_id": piece.id or new_id("call"),
                "name": piece.name or "",
                "arguments": "",
                "status": "in_progress",
            }
            self.items.append(item)
            call = self._calls[piece.index] = _Call(item, len(self.items) - 1)
            events.append(
                self.event("response.output_item.added", output_index=call.output_index, item=_copy(item))
            )
        elif piece.name:
            call.item["name"] = piece.name
        if piece.arguments:
            call.item["arguments"] += piece.arguments
            events.append(
                self.event(
                    "response.function_call_arguments.delta",
                    item_id=call.item["id"],
                    output_index=call.output_index,
                    delta=piece.arguments,
                )
            )
        return events

    def _close_calls(self) -> list[dict[str, Any]]:
        events = []
        for call in sorted(self._calls.values(), key=lambda c: c.output_index):
            call.item["status"] = "completed"
            events.append(
                self.event(
                    "response.function_call_arguments.done",
                    item_id=call.item["id"],
                    output_index=call.output_index,
                    arguments=call.item["arguments"],
                )
            )
            events.append(
                self.event("response.output_item.done", output_index=call.output_index, item=_copy(call.item))
            )
        self._calls.clear()
        return events

    def output(self, conceal: Callable[[str], str] | None = None) -> list[Item]:
        """The output items; with `conceal`, in the form the model wrote them (for storing)."""
        if conceal is None:
            return [_copy(item) for item in self.items]
        out = []
        for item in self.items:
            if item["type"] == "function_call":
                out.append(item | {"arguments": conceal(item["arguments"])})
            else:
                content = [part | {"text": conceal(part["text"])} for part in item["content"]]
                out.append(item | {"content": content})
        return out


def _copy(item: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(item))
