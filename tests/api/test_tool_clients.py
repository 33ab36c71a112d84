"""Tool calling end to end: real clients (the openai SDK's tool loop, LangChain's `bind_tools`, the
OpenAI Agents SDK) against the gateway serving the real Qwen2.5-Coder 0.5B in-process."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest
from openai import AsyncOpenAI, OpenAI

pytestmark = pytest.mark.slow

QWEN = "qwen2.5-coder-0.5b-instruct"
QUESTION = "What is the weather like in Paris right now?"
RESULT = '{"temperature_c": 17, "condition": "light rain"}'
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "The city, e.g. Paris"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["city"],
            "additionalProperties": False,
        },
    },
}


@pytest.fixture(scope="module")
def client(server) -> OpenAI:  # type: ignore[no-untyped-def]
    return OpenAI(base_url=server.v1, api_key=server.tenant_key, max_retries=0, timeout=180)


def audit_detail(server, request_id: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    path = server.app.state.stockade.settings.resolved_database_url().removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        rows = [json.loads(r[0]) for r in conn.execute("SELECT detail FROM audit_log WHERE action = 'chat'")]
    (detail,) = [d for d in rows if d.get("request_id") == request_id]
    return detail


def first_turn(client: OpenAI, stream: bool) -> tuple[list[dict[str, Any]], str, str]:
    """The model's tool calls as a client assembles them, the finish reason and the request id."""
    messages = [{"role": "user", "content": QUESTION}]
    kwargs: dict[str, Any] = {"model": QWEN, "messages": messages, "tools": [WEATHER], "temperature": 0}
    kwargs |= {"seed": 0, "max_tokens": 120}
    if not stream:
        raw = client.chat.completions.with_raw_response.create(**kwargs)
        completion = raw.parse()
        choice = completion.choices[0]
        calls = [c.model_dump() for c in choice.message.tool_calls or []]
        assert choice.message.content is None  # OpenAI's shape: a turn of calls has no content
        return calls, choice.finish_reason, raw.headers["x-request-id"]
    raw_stream = client.chat.completions.with_raw_response.create(**kwargs, stream=True)
    assembled: dict[int, dict[str, Any]] = {}
    finish = ""
    for chunk in raw_stream.parse():
        if not chunk.choices:
            continue
        delta = chunk.choices[0].delta
        for piece in delta.tool_calls or []:
            call = assembled.setdefault(
                piece.index, {"id": "", "type": "function", "function": {"name": "", "arguments": ""}}
            )
            if piece.id:
                call["id"] = piece.id
            if piece.function and piece.function.name:
                call["function"]["name"] = piece.function.name
            if piece.function and piece.function.arguments:
                call["function"]["arguments"] += piece.function.arguments
        finish = chunk.choices[0].finish_reason or finish
    return [assembled[i] for i in sorted(assembled)], finish, raw_stream.headers["x-request-id"]


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
def test_openai_sdk_two_turn_weather_loop(client: OpenAI, server, stream: bool) -> None:  # type: ignore[no-untyped-def]
    calls, finish, request_id = first_turn(client, stream)
    assert finish == "tool_calls"
    assert len(calls) == 1 and calls[0]["function"]["name"] == "get_weather"
    assert calls[0]["id"].startswith("call_") and calls[0]["type"] == "function"
    assert "paris" in json.loads(calls[0]["function"]["arguments"])["city"].lower()
    # The audit record names the tool called, never its arguments.
    detail = audit_detail(server, request_id)
    assert detail["tools_called"] == ["get_weather"] and "Paris" not in json.dumps(detail)

    messages = [
        {"role": "user", "content": QUESTION},
        {"role": "assistant", "content": None, "tool_calls": calls},
        {"role": "tool", "tool_call_id": calls[0]["id"], "content": RESULT},
    ]
    second = client.chat.completions.create(
        model=QWEN,
        messages=messages,
        tools=[WEATHER],
        temperature=0,
        seed=0,
        max_tokens=80,  # type: ignore[arg-type]
    )
    answer = second.choices[0].message.content or ""
    assert second.choices[0].finish_reason == "stop"
    assert "17" in answer and "rain" in answer.lower(), answer


def test_langchain_bind_tools_with_tool_choice(server) -> None:  # type: ignore[no-untyped-def]
    from langchain_core.messages import HumanMessage, ToolMessage
    from langchain_core.tools import tool
    from langchain_openai import ChatOpenAI

    @tool
    def get_weather(city: str) -> str:
        """Get the current weather in a city."""
        return RESULT

    llm = ChatOpenAI(
        model=QWEN,
        base_url=server.v1,
        api_key=server.tenant_key,
        temperature=0,
        max_tokens=120,
        max_retries=0,
    )
    # A named choice: the gateway's engine must call exactly this function, with valid arguments.
    called = llm.bind_tools([get_weather], tool_choice="get_weather").invoke(QUESTION)
    assert [c["name"] for c in called.tool_calls] == ["get_weather"]
    assert "paris" in called.tool_calls[0]["args"]["city"].lower()
    result = ToolMessage(
        get_weather.invoke(called.tool_calls[0]["args"]), tool_call_id=called.tool_calls[0]["id"]
    )
    answer = llm.bind_tools([get_weather]).invoke([HumanMessage(QUESTION), called, result])
    assert not answer.tool_calls
    assert "17" in str(answer.content), answer.content


async def test_openai_agents_sdk_runs_an_agent_with_a_function_tool(server) -> None:  # type: ignore[no-untyped-def]
    from agents import (
        Agent,
        ModelSettings,
        OpenAIChatCompletionsModel,
        Runner,
        function_tool,
        set_tracing_disabled,
    )

    set_tracing_disabled(True)  # the SDK's tracing exports to OpenAI; nothing leaves this deployment
    asked: list[str] = []

    @function_tool
    def get_weather(city: str) -> str:
        """Get the current weather in a city."""
        asked.append(city)
        return RESULT

    model = OpenAIChatCompletionsModel(
        model=QWEN, openai_client=AsyncOpenAI(base_url=server.v1, api_key=server.tenant_key, max_retries=0)
    )
    agent = Agent(
        name="weather",
        instructions="Answer weather questions. Use the get_weather tool to look the weather up.",
        tools=[get_weather],
        model=model,
        model_settings=ModelSettings(temperature=0, max_tokens=120),
    )
    result = await Runner.run(agent, QUESTION, max_turns=4)
    assert asked and "paris" in asked[0].lower()
    assert "17" in str(result.final_output), result.final_output
