"""Request fields Stockade does not interpret: passed to an engine that understands them (the
catalog's `engine_parameters`), refused by name otherwise, never silently dropped. Against the real
in-process llama.cpp engine; tests/vllm covers a real vLLM."""

from __future__ import annotations

import openai
import pytest
from openai import OpenAI

QWEN = "qwen2.5-coder-0.5b-instruct"
SHORT = [{"role": "user", "content": "Reply with the single word yes."}]


@pytest.fixture(scope="module")
def client(server) -> OpenAI:  # type: ignore[no-untyped-def]
    return OpenAI(base_url=server.v1, api_key=server.tenant_key, max_retries=0, timeout=120)


def test_ignore_eos_generates_exactly_max_tokens(client: OpenAI) -> None:
    plain = client.chat.completions.create(model=QWEN, messages=SHORT, temperature=0, max_tokens=24)  # type: ignore[arg-type]
    assert plain.usage is not None and plain.usage.completion_tokens < 24  # the model stops by itself
    forced = client.chat.completions.create(
        model=QWEN,
        messages=SHORT,  # type: ignore[arg-type]
        temperature=0,
        max_tokens=24,
        extra_body={"ignore_eos": True},
    )
    assert forced.usage is not None and forced.usage.completion_tokens == 24
    assert forced.choices[0].finish_reason == "length"


def test_min_tokens_and_sampling_parameters_are_honoured(client: OpenAI) -> None:
    answer = client.chat.completions.create(
        model=QWEN,
        messages=SHORT,  # type: ignore[arg-type]
        temperature=0,
        max_tokens=30,
        extra_body={"min_tokens": 10, "top_k": 1, "min_p": 0.1, "repetition_penalty": 1.1},
    )
    assert answer.usage is not None and answer.usage.completion_tokens >= 10


def test_an_unknown_field_is_refused_by_name(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(
            model=QWEN,
            messages=SHORT,
            max_tokens=4,
            extra_body={"guided_decoding_backend": "x"},  # type: ignore[arg-type]
        )
    body = refused.value.body
    assert isinstance(body, dict)
    assert body["code"] == "unsupported_parameter" and body["param"] == "guided_decoding_backend"
    assert "llamacpp" in body["message"]


def test_tools_are_typed_fields_not_engine_parameters(client: OpenAI) -> None:
    """`tools` is part of the request every engine honours (not an allow-listed engine parameter), so
    the in-process engine accepts it; a tool choice naming no offered function is refused by name."""
    tools = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]
    answer = client.chat.completions.create(model=QWEN, messages=SHORT, max_tokens=4, tools=tools)  # type: ignore[arg-type]
    assert answer.choices[0].finish_reason in ("stop", "length", "tool_calls")
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(
            model=QWEN,
            messages=SHORT,  # type: ignore[arg-type]
            max_tokens=4,
            tools=tools,  # type: ignore[arg-type]
            tool_choice={"type": "function", "function": {"name": "g"}},
        )
    assert isinstance(refused.value.body, dict) and refused.value.body["param"] == "tool_choice"


def test_a_bad_value_for_an_engine_parameter_is_a_400(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(
            model=QWEN,
            messages=SHORT,
            max_tokens=4,
            extra_body={"top_k": "many"},  # type: ignore[arg-type]
        )
    assert isinstance(refused.value.body, dict) and "top_k" in refused.value.body["message"]


def test_fields_that_change_nothing_are_accepted(client: OpenAI) -> None:
    answer = client.chat.completions.create(
        model=QWEN,
        messages=SHORT,  # type: ignore[arg-type]
        max_tokens=4,
        metadata={"team": "payments"},
        store=False,
    )
    assert answer.choices[0].message.content is not None
    assert answer.choices[0].message.refusal is None


def test_completions_take_engine_parameters_too(client: OpenAI) -> None:
    answer = client.completions.create(
        model=QWEN, prompt="def add(a, b):", max_tokens=16, temperature=0, extra_body={"ignore_eos": True}
    )
    assert answer.usage is not None and answer.usage.completion_tokens == 16
    with pytest.raises(openai.BadRequestError):
        client.completions.create(model=QWEN, prompt="x", max_tokens=2, extra_body={"nonsense": 1})
