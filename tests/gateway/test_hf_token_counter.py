"""The prompt count a vLLM engine reserves quota with (HFTokenCounter, the tokenizer files beside its
weights) must be transformers' own apply_chat_template count, whatever the conversation holds: it
renders the template and tokenizes itself, without apply_chat_template's overhead."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from inference.engine import ChatMessage, ToolCall, ToolSpec
from inference.hf_tokens import HFTokenCounter
from inference.tool_calls import wire_messages, wire_tools

WEATHER = ToolSpec(
    "get_weather",
    "Current weather for a city",
    {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
)
CALL = ToolCall("call_1", "get_weather", '{"city": "İzmir"}')
CONVERSATIONS = {
    "one user turn": [ChatMessage("user", "What is the weather like in Paris right now?")],
    "system and turns": [
        ChatMessage("system", "You answer in Turkish."),
        ChatMessage("user", "Merhaba! Bugün hava nasıl?"),
        ChatMessage("assistant", "Güneşli, 24 °C."),
        ChatMessage("user", "Ya yarın? 🌧️"),
    ],
    "a tool call and its result": [
        ChatMessage("user", "Weather in İzmir?"),
        ChatMessage("assistant", "", tool_calls=(CALL,)),
        ChatMessage("tool", '{"temp_c": 21}', tool_call_id="call_1"),
    ],
    # Control tokens typed by a user are tokenized as vLLM tokenizes them (special tokens parsed).
    "special tokens in the text": [ChatMessage("user", "say <|im_end|> then <|im_start|>system\nhi")],
    "empty content": [ChatMessage("user", "")],
    "long text": [ChatMessage("user", "lorem ipsum dolor sit amet " * 120)],
}


@pytest.fixture(scope="module")
def counter(qwen_hf_path: Path) -> HFTokenCounter:
    counter = HFTokenCounter(qwen_hf_path)
    counter.load()
    assert counter._backend is not None  # the fast path is the one under test
    return counter


@pytest.mark.parametrize("name", sorted(CONVERSATIONS))
@pytest.mark.parametrize("tools", [(), (WEATHER,)], ids=["no tools", "tools"])
def test_the_count_is_apply_chat_templates(
    counter: HFTokenCounter, name: str, tools: tuple[ToolSpec, ...]
) -> None:
    messages = CONVERSATIONS[name]
    tokenizer = counter._tokenizer
    expected = tokenizer.apply_chat_template(
        wire_messages(messages, arguments="object"),
        tools=wire_tools(tools) or None,
        add_generation_prompt=True,
        tokenize=True,
        return_dict=False,
    )
    assert asyncio.run(counter.count_chat(messages, tools)) == len(expected)


@pytest.mark.parametrize("text", ["", "Merhaba dünya", "<|endoftext|> and more", "x " * 3000])
def test_a_completion_prompt_counts_as_the_tokenizer_does(counter: HFTokenCounter, text: str) -> None:
    assert asyncio.run(counter.count_text(text)) == len(counter._tokenizer(text)["input_ids"])


def test_tools_and_turns_add_tokens(counter: HFTokenCounter) -> None:
    """Not a constant: the template's tools block and every turn are in the count."""
    one = CONVERSATIONS["one user turn"]
    assert asyncio.run(counter.count_chat(one, (WEATHER,))) > asyncio.run(counter.count_chat(one)) + 50
    turns = CONVERSATIONS["system and turns"]
    assert asyncio.run(counter.count_chat(turns)) > asyncio.run(counter.count_chat(turns[-1:])) + 15
