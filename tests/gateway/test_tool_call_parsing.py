"""Reading Qwen2.5's tool-call output, streamed in pieces, and the grammar that forces calls.

The raw texts are the shapes Qwen2.5 writes (several calls, bare JSON, text before a call, JSON that
does not parse); each is also fed one character at a time, the worst split a token stream can make.
"""

from __future__ import annotations

import json

import pytest

from inference.engine import (
    ChatMessage,
    EngineError,
    NamedToolChoice,
    SamplingParams,
    TextDelta,
    ToolCall,
    ToolCallDelta,
    ToolSpec,
)
from inference.tool_calls import ToolCallStream, plan_tools, wire_messages, wire_tool_choice, wire_tools
from inference.tool_grammar import tool_call_grammar

NAMES = frozenset({"get_weather", "get_time"})

Item = TextDelta | ToolCallDelta


def _read(text: str, *, pieces: int | None = None, limit: int | None = None) -> list[Item]:
    stream = ToolCallStream(NAMES, limit)
    size = pieces or len(text) or 1
    out: list[Item] = []
    for start in range(0, len(text), size):
        out += stream.feed(text[start : start + size])
    return out + stream.finish()


def _calls(items: list[Item]) -> list[tuple[str, dict[str, object]]]:
    """The whole calls the deltas add up to, checked to be in OpenAI's streaming shape."""
    joined: dict[int, dict[str, str]] = {}
    for item in items:
        if not isinstance(item, ToolCallDelta):
            continue
        if item.index not in joined:
            assert item.id is not None and item.id.startswith("call_") and item.name, item
            joined[item.index] = {"name": item.name, "arguments": ""}
        else:
            assert item.id is None and item.name is None
        joined[item.index]["arguments"] += item.arguments
    assert sorted(joined) == list(range(len(joined)))
    return [(c["name"], json.loads(c["arguments"])) for _, c in sorted(joined.items())]


def _text(items: list[Item]) -> str:
    return "".join(i.text for i in items if isinstance(i, TextDelta))


@pytest.mark.parametrize("pieces", [None, 1, 3])
def test_several_tagged_calls(pieces: int | None) -> None:
    raw = (
        '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris"}}\n</tool_call>\n'
        '<tool_call>\n{"name": "get_time", "arguments": {"zone": "Europe/Paris"}}\n</tool_call>'
    )
    items = _read(raw, pieces=pieces)
    assert _calls(items) == [("get_weather", {"city": "Paris"}), ("get_time", {"zone": "Europe/Paris"})]
    assert _text(items) == ""


@pytest.mark.parametrize("pieces", [None, 1])
def test_text_then_a_call(pieces: int | None) -> None:
    call = '{"name": "get_weather", "arguments": {"city": "Oslo"}}'
    raw = f"Let me look that up.\n<tool_call>\n{call}\n</tool_call>"
    items = _read(raw, pieces=pieces)
    assert _text(items) == "Let me look that up.\n"
    assert _calls(items) == [("get_weather", {"city": "Oslo"})]
    # the text went out before the call, in order
    assert isinstance(items[0], TextDelta)


def test_text_is_not_held_back_while_it_streams() -> None:
    stream = ToolCallStream(NAMES)
    assert _text(stream.feed("The weather in Paris is mild")) == "The weather in Paris is mild"
    # only what could still become "<tool_call>" waits
    assert _text(stream.feed(" today <tool")) == " today "
    assert _text(stream.feed("kit> is a word")) == "<toolkit> is a word"


@pytest.mark.parametrize(
    "raw",
    [
        '{"name": "get_weather", "arguments": {"city": "Rome"}}',
        '\n{"name": "get_weather", "arguments": "{\\"city\\": \\"Rome\\"}"}\n',
        '[{"name": "get_weather", "arguments": {"city": "Rome"}}]',
        '{"name": "get_weather", "parameters": {"city": "Rome"}}',
    ],
)
def test_bare_json_calls(raw: str) -> None:
    items = _read(raw, pieces=2)
    assert _calls(items) == [("get_weather", {"city": "Rome"})]
    assert _text(items) == ""


def test_several_bare_objects() -> None:
    raw = '{"name": "get_weather", "arguments": {"city": "A"}}\n{"name": "get_time", "arguments": {}}'
    assert _calls(_read(raw)) == [("get_weather", {"city": "A"}), ("get_time", {})]


@pytest.mark.parametrize(
    "raw",
    [
        '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Par\n</tool_call>',  # broken JSON
        '<tool_call>\n{"name": "launch_rockets", "arguments": {}}\n</tool_call>',  # not offered
        '<tool_call>\n{"name": "get_weather", "arguments": [1, 2]}\n</tool_call>',  # not an object
        '{"answer": 42}',  # JSON, but not a call
        '{"name": "get_weather", "arguments": {"city": "Rome"}} and then some words',
        "[1, 2, 3",
    ],
)
def test_what_is_not_a_call_stays_text(raw: str) -> None:
    items = _read(raw, pieces=4)
    assert not any(isinstance(i, ToolCallDelta) for i in items)
    assert _text(items) == raw


def test_an_unclosed_call_at_the_end_still_counts() -> None:
    items = _read('<tool_call>\n{"name": "get_time", "arguments": {"zone": "UTC"}}\n')
    assert _calls(items) == [("get_time", {"zone": "UTC"})]


def test_forced_output_cut_short_is_dropped_not_sent_as_text() -> None:
    whole = '<tool_call>\n{"name": "get_time", "arguments": {"zone": "UTC"}}\n</tool_call>'
    raw = whole + '\n<tool_call>\n{"name": "get_'
    stream = ToolCallStream(NAMES, forced=True)
    items = stream.feed(raw) + stream.finish()
    assert _calls(items) == [("get_time", {"zone": "UTC"})]
    assert _text(items) == ""
    stream = ToolCallStream(NAMES, forced=True)
    assert stream.feed("<tool") + stream.finish() == []


def test_the_limit_keeps_only_the_first_call() -> None:
    raw = (
        '<tool_call>\n{"name": "get_weather", "arguments": {"city": "A"}}\n</tool_call>\n'
        '<tool_call>\n{"name": "get_weather", "arguments": {"city": "B"}}\n</tool_call>'
    )
    stream = ToolCallStream(NAMES, limit=1)
    items = stream.feed(raw[:70])
    assert not stream.done
    items += stream.feed(raw[70:])
    assert stream.done  # the engine stops generating here
    assert _calls(items + stream.finish()) == [("get_weather", {"city": "A"})]
    bare = '[{"name": "get_time", "arguments": {}}, {"name": "get_weather", "arguments": {"city": "B"}}]'
    assert _calls(_read(bare, limit=1)) == [("get_time", {})]


WEATHER = ToolSpec(
    "get_weather",
    "Current weather",
    {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
)
TIME = ToolSpec("get_time", "", {"type": "object", "properties": {"zone": {"type": "string"}}})


def test_plans_per_tool_choice() -> None:
    def plan(**kwargs: object) -> object:
        return plan_tools(SamplingParams(max_tokens=8, tools=(WEATHER, TIME), **kwargs))  # type: ignore[arg-type]

    auto = plan_tools(SamplingParams(max_tokens=8, tools=(WEATHER, TIME)))
    assert auto.rendered == (WEATHER, TIME) and auto.parse and not auto.forced and auto.limit is None
    none = plan_tools(SamplingParams(max_tokens=8, tools=(WEATHER,), tool_choice="none"))
    assert none.rendered == () and not none.parse
    required = plan_tools(
        SamplingParams(max_tokens=8, tools=(WEATHER, TIME), tool_choice="required", parallel_tool_calls=False)
    )
    assert required.forced == (WEATHER, TIME) and required.limit == 1
    named = plan_tools(
        SamplingParams(max_tokens=8, tools=(WEATHER, TIME), tool_choice=NamedToolChoice("get_time"))
    )
    assert named.forced == (TIME,) and named.rendered == (WEATHER, TIME) and named.limit == 1
    with pytest.raises(EngineError) as unknown:
        plan(tool_choice=NamedToolChoice("nope"))
    assert unknown.value.status == 400
    with pytest.raises(EngineError):
        plan_tools(SamplingParams(max_tokens=8, tool_choice="required"))


def test_wire_forms_are_openais() -> None:
    assert wire_tools((WEATHER, ToolSpec("ping"))) == [
        {"type": "function", "function": {"name": "get_weather", "description": "Current weather",
                                          "parameters": dict(WEATHER.parameters)}},
        {"type": "function", "function": {"name": "ping"}},
    ]  # fmt: skip
    assert wire_tool_choice(NamedToolChoice("ping")) == {"type": "function", "function": {"name": "ping"}}
    assert wire_tool_choice("required") == "required"
    turn = [
        ChatMessage("user", "Weather in Oslo?"),
        ChatMessage("assistant", "", tool_calls=(ToolCall("call_1", "get_weather", '{"city": "Oslo"}'),)),
        ChatMessage("tool", '{"temp_c": 4}', tool_call_id="call_1"),
    ]
    wire = wire_messages(turn)
    assert wire[1] == {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'},
            }
        ],
    }
    assert wire[2] == {"role": "tool", "content": '{"temp_c": 4}', "tool_call_id": "call_1"}
    # chat templates print arguments with tojson: they get the object, not its text
    assert wire_messages(turn, arguments="object")[1]["tool_calls"][0]["function"]["arguments"] == {
        "city": "Oslo"
    }


def test_the_grammar_allows_only_the_forced_tools() -> None:
    both = tool_call_grammar((WEATHER, TIME), None)
    assert both.count("root ::=") == 1
    assert '"\\"get_weather\\""' in both and '"\\"get_time\\""' in both
    assert both.rstrip().endswith(")*")  # one call or more
    one = tool_call_grammar((TIME,), 1)
    assert "get_weather" not in one and not one.rstrip().endswith(")*")
