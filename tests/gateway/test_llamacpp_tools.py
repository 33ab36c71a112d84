"""Tool calling through the in-process llama.cpp engine with the real Qwen2.5-Coder 0.5B GGUF: the
model's own chat template renders the tools, its `<tool_call>` output becomes tool-call deltas, and
`required` / a named choice decode under a grammar built from the tool's schema."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from pathlib import Path

import jsonschema
import pytest

from inference.catalog import load_catalog
from inference.engine import (
    Cancellation,
    ChatMessage,
    EngineError,
    Finished,
    NamedToolChoice,
    SamplingParams,
    StreamItem,
    TextDelta,
    ToolCall,
    ToolCallDelta,
    ToolChoice,
    ToolSpec,
)
from inference.llamacpp_engine import LlamaCppEngine, LlamaCppSettings
from inference.tool_calls import ToolCallStream, ToolPlan
from inference.weights import verify_weights

from ..conftest import CATALOG  # type: ignore[import-not-found]

pytestmark = pytest.mark.slow

QWEN_ID = "qwen2.5-coder-0.5b-instruct"

WEATHER = ToolSpec(
    name="get_weather",
    description="Get the current weather in a city.",
    parameters={
        "type": "object",
        "properties": {
            "city": {"type": "string", "description": "The city, e.g. Paris"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
        },
        "required": ["city"],
        "additionalProperties": False,
    },
)
TIME = ToolSpec(
    name="get_time",
    description="Get the current local time in an IANA time zone.",
    parameters={
        "type": "object",
        "properties": {"zone": {"type": "string", "description": "e.g. Europe/Paris"}},
        "required": ["zone"],
    },
)
SCHEMAS = {t.name: dict(t.parameters) for t in (WEATHER, TIME)}
WEATHER_QUESTION = [ChatMessage("user", "What is the weather like in Paris right now?")]


@pytest.fixture(scope="module")
def qwen() -> LlamaCppEngine:
    entry = load_catalog(CATALOG).get(QWEN_ID)
    assert entry is not None
    path = verify_weights(entry).path
    assert isinstance(path, Path)
    engine = LlamaCppEngine(LlamaCppSettings(model_id=QWEN_ID, model_path=path, context_length=4096))
    asyncio.run(engine.start())
    return engine


def _run(
    engine: LlamaCppEngine,
    messages: Sequence[ChatMessage],
    *,
    tools: tuple[ToolSpec, ...] = (WEATHER,),
    choice: ToolChoice = "auto",
    parallel: bool = True,
    seed: int = 0,
    temperature: float = 0.0,
    max_tokens: int = 120,
) -> list[StreamItem]:
    params = SamplingParams(
        max_tokens=max_tokens,
        temperature=temperature,
        seed=seed,
        tools=tools,
        tool_choice=choice,
        parallel_tool_calls=parallel,
    )

    async def collect() -> list[StreamItem]:
        return [item async for item in engine.stream_chat(messages, params, Cancellation())]

    items = asyncio.run(collect())
    assert isinstance(items[-1], Finished) and not any(isinstance(i, Finished) for i in items[:-1])
    return items


def _calls(items: Sequence[StreamItem]) -> list[ToolCall]:
    """The calls the deltas add up to, checked against OpenAI's streaming shape on the way."""
    calls: dict[int, dict[str, str]] = {}
    for item in items:
        if isinstance(item, ToolCallDelta):
            if item.index not in calls:
                assert item.id and item.id.startswith("call_") and item.name
                calls[item.index] = {"id": item.id, "name": item.name, "arguments": ""}
            else:
                assert item.id is None and item.name is None
            calls[item.index]["arguments"] += item.arguments
    assert sorted(calls) == list(range(len(calls)))
    return [ToolCall(c["id"], c["name"], c["arguments"]) for _, c in sorted(calls.items())]


def _text(items: Sequence[StreamItem]) -> str:
    return "".join(i.text for i in items if isinstance(i, TextDelta))


def _finish(items: Sequence[StreamItem]) -> Finished:
    last = items[-1]
    assert isinstance(last, Finished)
    return last


def test_auto_calls_the_weather_tool(qwen: LlamaCppEngine) -> None:
    items = _run(qwen, WEATHER_QUESTION)
    calls = _calls(items)
    assert len(calls) == 1, _text(items)
    assert calls[0].name == "get_weather"
    arguments = json.loads(calls[0].arguments)
    jsonschema.validate(arguments, SCHEMAS["get_weather"])
    assert "paris" in arguments["city"].lower()
    assert _finish(items).finish_reason == "tool_calls"
    # the prompt the engine counted is the prompt it ran: tools included
    finished = _finish(items)
    assert finished.usage.prompt_tokens == asyncio.run(qwen.count_chat_tokens(WEATHER_QUESTION, (WEATHER,)))


def test_counting_includes_the_rendered_tools(qwen: LlamaCppEngine) -> None:
    bare = asyncio.run(qwen.count_chat_tokens(WEATHER_QUESTION))
    with_tools = asyncio.run(qwen.count_chat_tokens(WEATHER_QUESTION, (WEATHER, TIME)))
    assert with_tools > bare + 100  # two signatures and the template's instructions
    # `none` does not render them, and the count says so
    assert asyncio.run(qwen.count_chat_tokens(WEATHER_QUESTION, (WEATHER, TIME), "none")) == bare


def test_streamed_deltas_join_into_the_call_the_model_wrote(qwen: LlamaCppEngine) -> None:
    """The same prompt decoded without tool parsing gives the model's raw text; read whole, it is the
    same call as the deltas the engine streamed piece by piece."""
    items = _run(qwen, WEATHER_QUESTION)

    async def raw() -> str:
        tokens = qwen._chat_prompt_tokens(WEATHER_QUESTION, (WEATHER,))
        params = SamplingParams(max_tokens=120, temperature=0.0, seed=0)
        stream = qwen._stream(lambda: tokens, params, Cancellation(), qwen._chat_stops, ToolPlan())
        return "".join([i.text async for i in stream if isinstance(i, TextDelta)])

    text = asyncio.run(raw())
    whole = ToolCallStream(frozenset({"get_weather"}))
    read = whole.feed(text) + whole.finish()
    streamed, at_once = _calls(items), _calls(read)
    assert [(c.name, json.loads(c.arguments)) for c in streamed] == [
        (c.name, json.loads(c.arguments)) for c in at_once
    ]


@pytest.mark.parametrize(
    "question",
    [
        "What's the weather in Tokyo?",
        "Tell me a joke about cats.",  # nothing to call for: the grammar still makes it a call
        "Quel temps fait-il à Montréal, en fahrenheit ?",
    ],
)
def test_required_always_gives_valid_arguments(qwen: LlamaCppEngine, question: str) -> None:
    for seed in (1, 2, 3):
        items = _run(qwen, [ChatMessage("user", question)], tools=(WEATHER, TIME), choice="required",
                     seed=seed, temperature=0.9)  # fmt: skip
        calls = _calls(items)
        assert calls, _text(items)
        for call in calls:
            jsonschema.validate(json.loads(call.arguments), SCHEMAS[call.name])
        # Nothing but calls: a sampled run may chain calls until max_tokens cuts the last one short,
        # which then is dropped (and the finish reason says so), never sent as text.
        assert _text(items) == ""
        assert _finish(items).finish_reason in ("tool_calls", "length")


def test_a_named_choice_calls_that_function(qwen: LlamaCppEngine) -> None:
    for seed, question in enumerate(
        ["What's the weather in Berlin?", "Hi there!", "What time is it in Lima?"]
    ):
        items = _run(qwen, [ChatMessage("user", question)], tools=(WEATHER, TIME),
                     choice=NamedToolChoice("get_time"), seed=seed, temperature=0.9)  # fmt: skip
        calls = _calls(items)
        assert [c.name for c in calls] == ["get_time"]
        jsonschema.validate(json.loads(calls[0].arguments), SCHEMAS["get_time"])
        assert _finish(items).finish_reason == "tool_calls"


def test_parallel_calls_off_means_one_call(qwen: LlamaCppEngine) -> None:
    question = [ChatMessage("user", "What is the weather in Paris, in London and in Madrid?")]
    items = _run(qwen, question, choice="required", parallel=False)
    assert len(_calls(items)) == 1
    assert _finish(items).finish_reason == "tool_calls"


def test_none_answers_in_text(qwen: LlamaCppEngine) -> None:
    items = _run(qwen, WEATHER_QUESTION, choice="none", max_tokens=60)
    assert not _calls(items)
    assert _text(items).strip()
    assert _finish(items).finish_reason in ("stop", "length")


def test_the_second_turn_uses_the_tool_result(qwen: LlamaCppEngine) -> None:
    call = ToolCall("call_0a1b2c", "get_weather", '{"city": "Paris"}')
    turn = [
        *WEATHER_QUESTION,
        ChatMessage("assistant", "", tool_calls=(call,)),
        ChatMessage("tool", '{"temperature_c": 17, "condition": "light rain"}', tool_call_id=call.id),
    ]
    items = _run(qwen, turn, max_tokens=80)
    assert not _calls(items)
    answer = _text(items)
    assert "17" in answer and "rain" in answer.lower(), answer
    assert _finish(items).finish_reason == "stop"
    assert _finish(items).usage.prompt_tokens == asyncio.run(qwen.count_chat_tokens(turn, (WEATHER,)))


def test_a_model_whose_template_has_no_tools_refuses_them(smol_engine: LlamaCppEngine) -> None:
    with pytest.raises(EngineError) as refused:
        _run(smol_engine, WEATHER_QUESTION)
    assert refused.value.status == 400
    # `none` renders no tools, so it is still served
    assert _text(_run(smol_engine, WEATHER_QUESTION, choice="none", max_tokens=8))
