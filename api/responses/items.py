"""Conversation items of the Responses API (messages, function calls and their outputs) to and from
the pipeline's chat messages.

Items are kept in one normalised shape, OpenAI's `ResponseItem` (an id each, text content joined):
what `input_items` lists, what a stored response holds and what `previous_response_id` replays.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from api.errors import ApiError
from api.schemas import _valid_unicode
from inference.engine import ChatMessage, Role, ToolCall

Item = dict[str, Any]

_TEXT_PARTS = {"input_text", "output_text", "text"}
_ROLES = {"user", "assistant", "system", "developer"}


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(16)}"


def _invalid(param: str, message: str, code: str = "invalid_value") -> ApiError:
    return ApiError(400, f"{param}: {message}", code=code, param=param)


def _text(value: Any, param: str) -> str:
    if not isinstance(value, str):
        raise _invalid(param, "expected a string")
    try:
        return _valid_unicode(value)
    except ValueError as exc:
        raise _invalid(param, str(exc)) from exc


def _content_text(content: Any, param: str) -> str:
    """A string, or text parts joined; any other part (an image, a file, audio) is refused by name:
    the models behind this gateway read text only."""
    if isinstance(content, str):
        return _text(content, param)
    if not isinstance(content, list):
        raise _invalid(param, "expected a string or a list of content parts")
    texts = []
    for index, part in enumerate(content):
        where = f"{param}[{index}]"
        kind = part.get("type") if isinstance(part, dict) else None
        if kind not in _TEXT_PARTS:
            raise _invalid(
                f"{where}.type",
                f"content of type '{kind}' is not supported; send text (input_text)",
                "unsupported_content",
            )
        texts.append(_text(part.get("text"), f"{where}.text"))
    return "".join(texts)


def _required(item: dict[str, Any], field: str, param: str) -> str:
    if field not in item:
        raise _invalid(f"{param}.{field}", "missing required field", "missing_required_parameter")
    value = _text(item[field], f"{param}.{field}")
    if field in ("call_id", "name") and not value:
        raise _invalid(f"{param}.{field}", "must not be empty")
    return value


def message_item(role: str, text: str, item_id: str | None = None) -> Item:
    if role == "assistant":
        return {
            "id": item_id or new_id("msg"),
            "type": "message",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": text, "annotations": []}],
        }
    return {
        "id": item_id or new_id("msg"),
        "type": "message",
        "role": role,
        "status": "completed",
        "content": [{"type": "input_text", "text": text}],
    }


def function_call_item(call_id: str, name: str, arguments: str, item_id: str | None = None) -> Item:
    return {
        "id": item_id or new_id("fc"),
        "type": "function_call",
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
        "status": "completed",
    }


def function_output_item(call_id: str, output: str, item_id: str | None = None) -> Item:
    return {
        "id": item_id or new_id("fco"),
        "type": "function_call_output",
        "call_id": call_id,
        "output": output,
        "status": "completed",
    }


def parse_input(value: Any) -> list[Item]:
    """`input` as sent (a string or a list of items) in the normalised shape; anything this gateway
    cannot honour is a 400 naming where it is."""
    if isinstance(value, str):
        return [message_item("user", _text(value, "input"))]
    if not isinstance(value, list):
        raise _invalid("input", "expected a string or a list of items")
    items = []
    for index, raw in enumerate(value):
        param = f"input[{index}]"
        if not isinstance(raw, dict):
            raise _invalid(param, "expected an object")
        kind = raw.get("type", "message")
        given_id = raw.get("id") if isinstance(raw.get("id"), str) and raw.get("id") else None
        if kind == "message":
            role = raw.get("role")
            if role not in _ROLES:
                raise _invalid(f"{param}.role", f"expected one of {sorted(_ROLES)}")
            items.append(message_item(role, _content_text(raw.get("content"), f"{param}.content"), given_id))
        elif kind == "function_call":
            items.append(
                function_call_item(
                    _required(raw, "call_id", param),
                    _required(raw, "name", param),
                    _required(raw, "arguments", param),
                    given_id,
                )
            )
        elif kind == "function_call_output":
            if "output" not in raw:
                raise _invalid(f"{param}.output", "missing required field", "missing_required_parameter")
            output = _content_text(raw["output"], f"{param}.output")
            items.append(function_output_item(_required(raw, "call_id", param), output, given_id))
        else:
            raise _invalid(
                f"{param}.type",
                f"items of type '{kind}' are not supported; send messages, function_call and "
                "function_call_output items",
                "unsupported_item",
            )
    return items


def item_text(item: Item) -> str:
    if item["type"] == "message":
        return "".join(part["text"] for part in item["content"])
    if item["type"] == "function_call":
        return str(item["arguments"])
    return str(item["output"])


@dataclass(frozen=True)
class Placement:
    """Where an item's text went among the chat messages: a message, or one tool call of one."""

    message: int
    call: int | None = None


def to_messages(items: Sequence[Item]) -> tuple[list[ChatMessage], list[Placement]]:
    """Chat messages in order; a function call joins the assistant turn before it (the model's
    text and the calls it made are one turn), and its output is a tool message."""
    messages: list[ChatMessage] = []
    placements: list[Placement] = []
    for item in items:
        if item["type"] == "function_call":
            call = ToolCall(item["call_id"], item["name"], item["arguments"])
            last = messages[-1] if messages else None
            if last is not None and last.role == "assistant":
                messages[-1] = replace(last, tool_calls=(*last.tool_calls, call))
            else:
                messages.append(ChatMessage("assistant", "", tool_calls=(call,)))
            placements.append(Placement(len(messages) - 1, len(messages[-1].tool_calls) - 1))
        elif item["type"] == "function_call_output":
            messages.append(ChatMessage("tool", item["output"], tool_call_id=item["call_id"]))
            placements.append(Placement(len(messages) - 1))
        else:
            role: Role = "system" if item["role"] == "developer" else item["role"]
            messages.append(ChatMessage(role, item_text(item)))
            placements.append(Placement(len(messages) - 1))
    return messages, placements


def as_read(
    items: Sequence[Item], placements: Sequence[Placement], read: Sequence[ChatMessage]
) -> list[Item]:
    """The items with the text the model read in their place (the pipeline's transcript: personal
    data as placeholders, a withheld tool result as its notice)."""
    out = []
    for item, placement in zip(items, placements, strict=True):
        message = read[placement.message]
        if item["type"] == "function_call":
            assert placement.call is not None
            out.append(item | {"arguments": message.tool_calls[placement.call].arguments})
        elif item["type"] == "function_call_output":
            out.append(item | {"output": message.content})
        elif item["role"] == "assistant":
            out.append(message_item("assistant", message.content, item["id"]))
        else:
            out.append(message_item(item["role"], message.content, item["id"]))
    return out
