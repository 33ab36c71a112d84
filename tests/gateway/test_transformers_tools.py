"""Tool calling through TransformersEngine with the real Qwen2.5-Coder 0.5B (the catalog's safetensors
folder converted from the verified GGUF): the tokenizer's own chat template renders the tools, the
`<tool_call>` output becomes tool-call deltas, and `required` / a named choice are steered by opening
the call for the model (no grammar in Hugging Face generation)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from pathlib import Path

import jsonschema
import pytest

from inference.engine import (
    Cancellation,
    ChatMessage,
    Finished,
    NamedToolChoice,
    SamplingParams,
    StreamItem,
    TextDelta,
    ToolCallDelta,
    ToolChoice,
    ToolSpec,
)
from inference.transformers_engine import TransformersEngine, TransformersSettings

pytestmark = pytest.mark.slow

WEATHER = ToolSpec(
    "get_weather",
    "Get the current weather in a city.",
    {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
)
TIME = ToolSpec(
    "get_time",
    "Get the current local time in an IANA time zone.",
    {"type": "object", "properties": {"zone": {"type": "string"}}, "required": ["zone"]},
)
SCHEMAS = {t.name: dict(t.parameters) for t in (WEATHER, TIME)}
QUESTION = [ChatMessage("user", "What is the weather like in Paris right now?")]


@pytest.fixture(scope="module")
def qwen_hf(qwen_hf_path: Path) -> TransformersEngine:
    engine = TransformersEngine(
        TransformersSettings("qwen-hf", qwen_hf_path, context_length=4096, device="cpu", dtype="float32")
    )
    asyncio.run(engine.start())
    return engine


def _run(engine: TransformersEngine, tools: tuple[ToolSpec, ...], choice: ToolChoice) -> list[StreamItem]:
    params = SamplingParams(max_tokens=60, temperature=0.0, tools=tools, tool_choice=choice)

    async def collect() -> list[StreamItem]:
        return [i async for i in engine.stream_chat(QUESTION, params, Cancellation())]

    items = asyncio.run(collect())
    finished = items[-1]
    assert isinstance(finished, Finished)
    # the prompt counted for the quota is the prompt that ran: tools and any opened call included
    assert finished.usage.prompt_tokens == asyncio.run(engine.count_chat_tokens(QUESTION, tools, choice))
    return items


def _call(items: Sequence[StreamItem]) -> tuple[str, dict[str, object]]:
    deltas = [i for i in items if isinstance(i, ToolCallDelta)]
    assert deltas and deltas[0].id and deltas[0].name and {d.index for d in deltas} == {0}
    return deltas[0].name, json.loads("".join(d.arguments for d in deltas))


@pytest.mark.parametrize(
    ("tools", "choice", "expected"),
    [
        ((WEATHER,), "auto", "get_weather"),
        ((WEATHER, TIME), "required", "get_weather"),
        ((WEATHER, TIME), NamedToolChoice("get_time"), "get_time"),
    ],
)
def test_calls_come_back_as_deltas(
    qwen_hf: TransformersEngine, tools: tuple[ToolSpec, ...], choice: ToolChoice, expected: str
) -> None:
    items = _run(qwen_hf, tools, choice)
    name, arguments = _call(items)
    assert name == expected
    jsonschema.validate(arguments, SCHEMAS[name])
    assert not "".join(i.text for i in items if isinstance(i, TextDelta)).strip()
    finished = items[-1]
    assert isinstance(finished, Finished) and finished.finish_reason == "tool_calls"


def test_none_answers_in_text(qwen_hf: TransformersEngine) -> None:
    items = _run(qwen_hf, (WEATHER,), "none")
    assert not any(isinstance(i, ToolCallDelta) for i in items)
    assert "".join(i.text for i in items if isinstance(i, TextDelta)).strip()


def test_vllms_token_counter_counts_the_same_prompt(qwen_hf: TransformersEngine) -> None:
    """vLLM's engine counts with the tokenizer files beside its weights (HFTokenCounter): the tools
    must be in that count, exactly as the same template renders them here."""
    from inference.hf_tokens import HFTokenCounter

    counter = HFTokenCounter(qwen_hf.settings.model_path)
    tools = (WEATHER, TIME)
    counted = asyncio.run(counter.count_chat(QUESTION, tools))
    assert counted == asyncio.run(qwen_hf.count_chat_tokens(QUESTION, tools))
    assert counted > asyncio.run(counter.count_chat(QUESTION)) + 100
