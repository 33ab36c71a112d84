"""Tool calling in OpenAI's wire shape, through the official openai SDK against the real server:
what the gateway accepts and refuses before any engine sees the request. The model's own tool calls
(llama.cpp rendering and parsing them) are tested with the engines."""

from __future__ import annotations

import json
from typing import Any

import httpx
import openai
import pytest
from openai import OpenAI

from ..conftest import ledger_rows  # type: ignore[import-not-found]

QWEN = "qwen2.5-coder-0.5b-instruct"
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}
ASK = {"role": "user", "content": "What is the weather in Paris?"}


@pytest.fixture(scope="module")
def client(server) -> OpenAI:  # type: ignore[no-untyped-def]
    return OpenAI(base_url=server.v1, api_key=server.tenant_key, max_retries=0, timeout=120)


def refusal(client: OpenAI, **kwargs: Any) -> dict[str, Any]:
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(model=QWEN, max_tokens=4, **kwargs)
    body = refused.value.body
    assert isinstance(body, dict)
    return body


def test_a_tool_choice_naming_an_unknown_function_is_refused_by_name(client: OpenAI) -> None:
    body = refusal(
        client,
        messages=[ASK],
        tools=[WEATHER],
        tool_choice={"type": "function", "function": {"name": "get_time"}},
    )
    assert body["param"] == "tool_choice" and "get_time" in body["message"]


def test_required_without_tools_is_refused(client: OpenAI) -> None:
    assert refusal(client, messages=[ASK], tool_choice="required")["param"] == "tool_choice"


def test_an_invalid_tool_definition_names_its_field(client: OpenAI) -> None:
    bad_schema = {"type": "function", "function": {"name": "f", "parameters": {"type": "nonsense"}}}
    assert refusal(client, messages=[ASK], tools=[bad_schema])["param"] == "tools[0].function.parameters"
    bad_name = {"type": "function", "function": {"name": "no spaces allowed", "parameters": {}}}
    assert refusal(client, messages=[ASK], tools=[bad_name])["param"] == "tools.0.function.name"
    twice = refusal(client, messages=[ASK], tools=[WEATHER, WEATHER])
    assert twice["param"] == "tools[1].function.name"


def test_a_tool_message_needs_the_call_it_answers(client: OpenAI) -> None:
    body = refusal(client, messages=[ASK, {"role": "tool", "content": "sunny"}])
    assert body["param"] is not None and body["param"].startswith("messages.1")
    orphan = refusal(client, messages=[ASK, {"role": "tool", "tool_call_id": "call_x", "content": "sunny"}])
    assert orphan["param"] == "messages[1].tool_call_id"


def test_the_second_turn_of_a_tool_loop_is_answered(client: OpenAI, server) -> None:  # type: ignore[no-untyped-def]
    """An assistant message with tool_calls and null content, then the tool's result: the turn the
    gateway used to refuse with a 400 (no `tool` role) now reaches the model and is metered."""
    call_id = "call_weather_1"
    messages = [
        ASK,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": call_id,
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": json.dumps({"city": "Paris"})},
                }
            ],
        },
        {"role": "tool", "tool_call_id": call_id, "content": "Sunny, 24 degrees Celsius"},
    ]
    answer = client.chat.completions.with_raw_response.create(
        model=QWEN,
        messages=messages,
        tools=[WEATHER],
        temperature=0,
        max_tokens=40,  # type: ignore[arg-type]
    )
    completion = answer.parse()
    assert completion.choices[0].message.content
    assert completion.usage is not None and completion.usage.prompt_tokens > 0
    request_id = answer.headers["x-request-id"]
    rows = ledger_rows(server, "WHERE request_id = ?", request_id)
    assert (
        len(rows) == 1
        and rows[0]["status"] == "ok"
        and rows[0]["input_tokens"] == completion.usage.prompt_tokens
    )


def test_tool_call_shapes_are_validated_like_openai(server) -> None:  # type: ignore[no-untyped-def]
    """Raw bodies: tool_calls on a user message, and an unknown tool_choice string, are 400s."""
    headers = {"Authorization": f"Bearer {server.tenant_key}"}
    bad_role = {
        "model": QWEN,
        "messages": [
            {
                "role": "user",
                "content": "x",
                "tool_calls": [{"id": "a", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
            }
        ],
    }
    response = httpx.post(server.v1 + "/chat/completions", json=bad_role, headers=headers, timeout=60)
    assert response.status_code == 400 and response.json()["error"]["param"].startswith("messages.0")
    bad_choice = {"model": QWEN, "messages": [ASK], "tools": [WEATHER], "tool_choice": "sometimes"}
    response = httpx.post(server.v1 + "/chat/completions", json=bad_choice, headers=headers, timeout=60)
    assert response.status_code == 400 and response.json()["error"]["param"].startswith("tool_choice")


def test_tool_messages_to_a_model_without_a_tool_template_are_refused(client: OpenAI) -> None:
    """SmolLM2's chat template has no tool role: the conversation is refused with a 400 naming the
    model, not a 500 from the template."""
    turn = [
        ASK,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "Sunny"},
    ]
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(model="smollm2-135m-instruct", messages=turn, max_tokens=4)  # type: ignore[arg-type]
    body = refused.value.body
    assert isinstance(body, dict) and "smollm2-135m-instruct" in body["message"]
