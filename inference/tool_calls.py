"""Tool calling for engines that write the prompt themselves (llama.cpp, transformers).

Three parts, all in OpenAI's vocabulary so that every engine kind agrees:
- the wire/template form of tools, tool choice and messages (assistant tool calls, tool results);
- which tools a request renders and whether its output is read for calls (`ToolPlan`);
- a streaming reader of the Hermes-style markup that Qwen2.5's chat template asks for,
  `<tool_call>\\n{"name": ..., "arguments": {...}}\\n</tool_call>`, which turns the model's text into
  `TextDelta`s and `ToolCallDelta`s (`ToolCallStream`).
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from inference.engine import (
    ChatMessage,
    EngineError,
    NamedToolChoice,
    SamplingParams,
    TextDelta,
    ToolCallDelta,
    ToolChoice,
    ToolSpec,
)

OPEN_TAG = "<tool_call>"
CLOSE_TAG = "</tool_call>"

# An answer that is one fenced code block: Qwen2.5-Coder 0.5B, offered two tools, answered most of our
# questions with a ```json block holding the call instead of the tags (measured, greedy decoding).
_FENCED = re.compile(r"```[A-Za-z]*[ \t]*\n(.*?)\n?```", re.S)
# What the start of such an answer (or of bare JSON) looks like while it streams in.
_JSON_FENCE_START = re.compile(r"`{1,2}|```(?:j(?:s(?:o(?:n)?)?)?)?\s*(?:[\[{].*)?", re.S)


# wire and template forms -------------------------------------------------------------------------
def wire_tools(tools: Sequence[ToolSpec]) -> list[dict[str, Any]]:
    """OpenAI's `tools` entries: `{"type": "function", "function": {...}}` (chat templates such as
    Qwen2.5's print each entry as it is, so this is also what the model sees)."""
    out: list[dict[str, Any]] = []
    for tool in tools:
        function: dict[str, Any] = {"name": tool.name}
        if tool.description:
            function["description"] = tool.description
        if tool.parameters:
            function["parameters"] = dict(tool.parameters)
        out.append({"type": "function", "function": function})
    return out


def wire_tool_choice(choice: ToolChoice) -> str | dict[str, Any]:
    if isinstance(choice, NamedToolChoice):
        return {"type": "function", "function": {"name": choice.name}}
    return choice


def _arguments_object(arguments: str) -> Any:
    """A call's arguments as the JSON value they encode. Chat templates print them with `tojson`
    (transformers' convention: a mapping), so a JSON string would be printed quoted and escaped, not
    as the model once wrote it; text that is not JSON stays text."""
    try:
        return json.loads(arguments)
    except ValueError:
        return arguments


def wire_messages(
    messages: Sequence[ChatMessage], *, arguments: Literal["text", "object"] = "text"
) -> list[dict[str, Any]]:
    """Messages in OpenAI's shape. `arguments="text"` is the wire (arguments are a JSON string);
    `"object"` is what Hugging Face chat templates expect (arguments are a mapping)."""
    out: list[dict[str, Any]] = []
    for m in messages:
        message: dict[str, Any] = {"role": m.role, "content": m.content}
        if m.images:
            # OpenAI's content parts: the images, then the text the guard scanned.
            parts: list[dict[str, Any]] = [{"type": "image_url", "image_url": {"url": u}} for u in m.images]
            message["content"] = [*parts, *([{"type": "text", "text": m.content}] if m.content else [])]
        if m.tool_calls:
            # OpenAI sends null content beside tool calls; templates test it for truth either way.
            message["content"] = m.content or None
            message["tool_calls"] = [
                {
                    "id": call.id,
                    "type": "function",
                    "function": {
                        "name": call.name,
                        "arguments": call.arguments
                        if arguments == "text"
                        else _arguments_object(call.arguments),
                    },
                }
                for call in m.tool_calls
            ]
        if m.tool_call_id is not None:
            message["tool_call_id"] = m.tool_call_id
        out.append(message)
    return out


# what a request asks of the engine ---------------------------------------------------------------
@dataclass(frozen=True)
class ToolPlan:
    """How one generation treats tools."""

    # Tools printed into the prompt by the chat template (empty: none).
    rendered: tuple[ToolSpec, ...] = ()
    # Whether the output is read for calls (else all of it is text).
    parse: bool = False
    # Decoding must produce calls to exactly these functions (required or a named choice).
    forced: tuple[ToolSpec, ...] = ()
    # At most this many calls (parallel_tool_calls false: one); None: no limit.
    limit: int | None = None

    @property
    def names(self) -> frozenset[str]:
        return frozenset(t.name for t in self.rendered)


def rendered_tools(tools: Sequence[ToolSpec], tool_choice: ToolChoice) -> tuple[ToolSpec, ...]:
    """The tools the prompt carries. With `none` they are left out: Qwen2.5's template has no way to
    say "do not call" (it always ends the tools section with "For each function call, return ...
    <tool_call>"), so printing them would invite the very calls the client ruled out, and a small
    model follows that invitation. Token counting uses the same rule, so reservations stay exact."""
    return () if tool_choice == "none" else tuple(tools)


def plan_tools(params: SamplingParams) -> ToolPlan:
    tools, choice = params.tools, params.tool_choice
    if not tools:
        if choice == "required" or isinstance(choice, NamedToolChoice):
            raise EngineError("tool_choice requires tools", status=400)
        return ToolPlan()
    names = [t.name for t in tools]
    if len(set(names)) != len(names):
        raise EngineError("tool names must be unique", status=400)
    limit = None if params.parallel_tool_calls else 1
    if choice == "none":
        return ToolPlan()
    if choice == "auto":
        return ToolPlan(rendered=tuple(tools), parse=True, limit=limit)
    if choice == "required":
        return ToolPlan(rendered=tuple(tools), parse=True, forced=tuple(tools), limit=limit)
    named = [t for t in tools if t.name == choice.name]
    if not named:
        raise EngineError(f"tool_choice names {choice.name!r}, which is not among the tools", status=400)
    # A named choice is one call of that function, whatever parallel_tool_calls says (OpenAI's too).
    return ToolPlan(rendered=tuple(tools), parse=True, forced=tuple(named), limit=1)


def new_call_id() -> str:
    return "call_" + secrets.token_hex(12)


# reading the model's output ----------------------------------------------------------------------
@dataclass(frozen=True)
class ParsedCall:
    name: str
    arguments: str  # JSON text of an object


def _as_call(value: Any, names: frozenset[str]) -> ParsedCall | None:
    """One decoded JSON value as a call to a known function, or None. Arguments may come as an object
    or as JSON text of one (both are seen in the wild), under `arguments` or `parameters`."""
    if not isinstance(value, Mapping) or not isinstance(value.get("name"), str):
        return None
    if value["name"] not in names:
        return None  # a call to a function the client never offered would break its tool loop
    arguments = value.get("arguments", value.get("parameters", {}))
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments)
        except ValueError:
            return None
    if not isinstance(arguments, Mapping):
        return None
    return ParsedCall(value["name"], json.dumps(arguments, ensure_ascii=False))


def parse_call(body: str, names: frozenset[str]) -> ParsedCall | None:
    """The JSON between `<tool_call>` and `</tool_call>`, or None when it is not a call."""
    try:
        return _as_call(json.loads(body), names)
    except ValueError:
        return None


def _may_be_bare(text: str) -> bool:
    """Whether an answer that starts so may still turn out to be bare JSON calls."""
    start = text.lstrip()
    return not start or start[0] in "{[" or _JSON_FENCE_START.fullmatch(start) is not None


def parse_bare(text: str, names: frozenset[str]) -> list[ParsedCall] | None:
    """A whole answer that is only JSON calls without the markup (Qwen2.5 sometimes answers so): one
    object, a list of them, or several objects one after another, possibly as the only thing in a
    fenced code block. None unless all of it is calls."""
    decoder = json.JSONDecoder()
    values: list[Any] = []
    text = text.strip()
    fenced = _FENCED.fullmatch(text)
    position, text = 0, (fenced.group(1) if fenced else text).strip()
    while position < len(text):
        try:
            value, position = decoder.raw_decode(text, position)
        except ValueError:
            return None
        values.extend(value if isinstance(value, list) else [value])
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
    calls = [_as_call(v, names) for v in values]
    if not calls or any(c is None for c in calls):
        return None
    return [c for c in calls if c is not None]


def _partial_tag_suffix(text: str) -> int:
    """How many characters at the end of `text` could be the start of `<tool_call>`."""
    for size in range(min(len(OPEN_TAG) - 1, len(text)), 0, -1):
        if OPEN_TAG.startswith(text[-size:]):
            return size
    return 0


class ToolCallStream:
    """Turns generated text into text deltas and tool-call deltas as it arrives.

    Text passes at once except what could be the start of `<tool_call>`. A call is held until its
    closing tag and then sent whole (its id and name, then its arguments), so a call that does not
    parse goes on as the text it was instead of half a call. An answer that begins with `{`, `[` or a
    ```json fence is held to the end: it may be a bare JSON call.

    `forced`: decoding was held to call markup by a grammar, so whatever is left at the end that is
    not a whole call is a call cut short by max_tokens, not an answer, and is dropped."""

    def __init__(self, names: frozenset[str], limit: int | None = None, *, forced: bool = False) -> None:
        self._names = names
        self._limit = limit
        self._forced = forced
        self._pending = ""
        self._in_call = False
        self._started = False  # anything but whitespace sent (or a call): bare JSON no longer possible
        self.calls = 0

    @property
    def done(self) -> bool:
        """The call limit is reached: nothing the model writes after this is wanted."""
        return self._limit is not None and self.calls >= self._limit

    def feed(self, text: str) -> list[TextDelta | ToolCallDelta]:
        self._pending += text
        out: list[TextDelta | ToolCallDelta] = []
        while not self.done:
            if self._in_call:
                end = self._pending.find(CLOSE_TAG)
                if end < 0:
                    break
                body, self._pending = self._pending[:end], self._pending[end + len(CLOSE_TAG) :]
                self._in_call = False
                out += self._call_or_text(body)
                continue
            start = self._pending.find(OPEN_TAG)
            if start >= 0:
                out += self._text(self._pending[:start])
                self._pending = self._pending[start + len(OPEN_TAG) :]
                self._in_call = True
                continue
            if not self._started and _may_be_bare(self._pending):
                break  # nothing yet, or maybe a bare JSON call: decided at the end
            keep = _partial_tag_suffix(self._pending)
            cut = len(self._pending) - keep
            out += self._text(self._pending[:cut])
            self._pending = self._pending[cut:]
            break
        return out

    def finish(self) -> list[TextDelta | ToolCallDelta]:
        """What is still held when generation ends."""
        rest, self._pending = self._pending, ""
        if self.done:
            return []
        if self._forced and not self._in_call:
            return []
        if self._in_call:
            # Ended inside a call: Qwen sometimes stops right after the JSON, without the closing tag.
            self._in_call = False
            return self._call_or_text(rest)
        if not self._started and rest.strip():
            bare = parse_bare(rest, self._names)
            if bare is not None:
                return [d for call in bare[: self._room()] for d in self._deltas(call)]
        return self._text(rest)

    def _room(self) -> int | None:
        return None if self._limit is None else self._limit - self.calls

    def _call_or_text(self, body: str) -> list[TextDelta | ToolCallDelta]:
        call = parse_call(body, self._names)
        if call is None:
            return [] if self._forced else self._text(OPEN_TAG + body + CLOSE_TAG)
        return self._deltas(call)

    def _deltas(self, call: ParsedCall) -> list[TextDelta | ToolCallDelta]:
        index = self.calls
        self.calls += 1
        self._started = True
        return [
            ToolCallDelta(index=index, id=new_call_id(), name=call.name, arguments=""),
            ToolCallDelta(index=index, arguments=call.arguments),
        ]

    def _text(self, text: str) -> list[TextDelta | ToolCallDelta]:
        if not text.strip() and (self.calls or not self._started):
            return []  # line breaks before and between calls are markup, not an answer
        self._started = True
        return [TextDelta(text)]
