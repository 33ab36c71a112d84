"""A real vLLM behind Stockade: `engine: vllm` in the catalog, weights converted from the verified
GGUF, the process started and supervised by the gateway, requests through the openai SDK.

The kill -9 test restarts vLLM (another ~45 s here, run eagerly), so it runs last in this module."""

from __future__ import annotations

import json
import os
import signal
import time
from typing import Any

import httpx
import openai
import pytest
from openai import OpenAI
from prometheus_client import REGISTRY

from inference.openai_upstream import OpenAIUpstreamEngine, UpstreamSettings

from ..conftest import RunningServer, ledger_rows  # type: ignore[import-not-found]
from .conftest import LLAMA_MODEL, VLLM_MODEL  # type: ignore[import-not-found]

pytestmark = pytest.mark.slow

QUESTION = [{"role": "user", "content": "Write a Python function that adds two numbers."}]


def client(gateway: RunningServer) -> OpenAI:
    return OpenAI(base_url=gateway.v1, api_key=gateway.tenant_key, max_retries=0, timeout=120)


def engine_of(gateway: RunningServer) -> Any:
    return gateway.app.state.stockade.models.models[VLLM_MODEL].chat  # type: ignore[attr-defined]


def direct(gateway: RunningServer) -> OpenAI:
    """vLLM itself, with the key the supervisor generated for it (no client ever gets it)."""
    engine = engine_of(gateway)
    return OpenAI(
        base_url=f"http://127.0.0.1:{engine.settings.port}/v1", api_key=engine._api_key, max_retries=0
    )


def test_the_catalog_entry_runs_a_supervised_vllm(vllm_gateway: RunningServer) -> None:
    body = httpx.get(vllm_gateway.base_url + "/readyz", timeout=60).json()
    state = body["models"][VLLM_MODEL]
    assert state["status"] == "ready" and state["engine"] == "vllm"
    assert state["engine_state"]["state"] == "ready" and state["engine_state"]["ready"] is True
    assert (
        REGISTRY.get_sample_value("stockade_engine_up", {"model": VLLM_MODEL, "replica": "supervised"}) == 1
    )
    assert REGISTRY.get_sample_value("stockade_engine_up", {"model": LLAMA_MODEL, "replica": "local"}) == 1
    # vLLM binds loopback and refuses callers without the per-start key.
    port = engine_of(vllm_gateway).settings.port
    anonymous = httpx.post(
        f"http://127.0.0.1:{port}/v1/chat/completions",
        json={"model": VLLM_MODEL, "messages": QUESTION},
        timeout=10,
    )
    assert anonymous.status_code == 401
    log = vllm_gateway.app.state.stockade.settings.data_dir / "logs" / f"vllm-{VLLM_MODEL}.log"  # type: ignore[attr-defined]
    assert log.stat().st_size > 0
    # Started through the server's own module, not the api_server one vLLM deprecates.
    assert "api_server` command is deprecated" not in log.read_text(errors="replace")


def test_answers_and_usage_equal_vllms_own(vllm_gateway: RunningServer) -> None:
    ours = client(vllm_gateway).chat.completions.create(
        model=VLLM_MODEL,
        messages=QUESTION,
        temperature=0,
        max_tokens=24,  # type: ignore[arg-type]
    )
    theirs = direct(vllm_gateway).chat.completions.create(
        model=VLLM_MODEL,
        messages=QUESTION,
        temperature=0,
        max_tokens=24,  # type: ignore[arg-type]
    )
    assert ours.choices[0].message.content == theirs.choices[0].message.content
    assert ours.usage is not None and theirs.usage is not None
    assert ours.usage.prompt_tokens == theirs.usage.prompt_tokens
    assert ours.usage.completion_tokens == theirs.usage.completion_tokens
    row = ledger_rows(vllm_gateway, "WHERE request_id = ?", ours.id.removeprefix("chatcmpl-"))
    # Metered with vLLM's counts, and reserved with exactly them: the prompt counted by the model's
    # own tokenizer and chat template, plus max_tokens.
    assert row and row[0]["input_tokens"] == theirs.usage.prompt_tokens
    assert row[0]["output_tokens"] == theirs.usage.completion_tokens
    assert row[0]["reserved_tokens"] == theirs.usage.prompt_tokens + 24


def test_streamed_usage_equals_vllms_own(vllm_gateway: RunningServer) -> None:
    stream = client(vllm_gateway).chat.completions.create(
        model=VLLM_MODEL,
        messages=QUESTION,  # type: ignore[arg-type]
        temperature=0,
        max_tokens=24,
        stream=True,
        stream_options={"include_usage": True},
    )
    text, usage = "", None
    for chunk in stream:
        if chunk.choices:
            text += chunk.choices[0].delta.content or ""
        usage = chunk.usage or usage
    theirs = direct(vllm_gateway).chat.completions.create(
        model=VLLM_MODEL,
        messages=QUESTION,
        temperature=0,
        max_tokens=24,  # type: ignore[arg-type]
    )
    assert text == theirs.choices[0].message.content
    assert usage is not None and theirs.usage is not None
    assert (usage.prompt_tokens, usage.completion_tokens) == (
        theirs.usage.prompt_tokens,
        theirs.usage.completion_tokens,
    )


async def test_the_reservation_counts_prompt_tokens_with_the_models_tokenizer(
    vllm_gateway: RunningServer,
) -> None:
    from inference.engine import ChatMessage

    messages = [
        ChatMessage("system", "You are terse."),
        ChatMessage("user", "Çalışma saatleriniz nedir? " * 20),
    ]
    engine = engine_of(vllm_gateway)
    counted = await engine.count_chat_tokens(messages)
    theirs = direct(vllm_gateway).chat.completions.create(
        model=VLLM_MODEL,
        messages=[{"role": m.role, "content": m.content} for m in messages],  # type: ignore[misc]
        max_tokens=1,
    )
    assert theirs.usage is not None and counted == theirs.usage.prompt_tokens
    # A vLLM reached as an `openai-upstream` endpoint counts with vLLM's own /tokenize instead.
    remote = OpenAIUpstreamEngine(
        UpstreamSettings(
            model_id=VLLM_MODEL,
            base_url=f"http://127.0.0.1:{engine.settings.port}/v1",
            context_length=8192,
            api_key=engine._api_key,
            token_count="tokenize",
        )
    )
    try:
        assert await remote.count_chat_tokens(messages) == theirs.usage.prompt_tokens
        assert await remote.count_text_tokens("def add(a, b):") == len(
            engine._tokens._tokenizer("def add(a, b):")["input_ids"]
        )
    finally:
        await remote.close()


def test_vllm_parameters_reach_vllm(vllm_gateway: RunningServer) -> None:
    """`ignore_eos` makes every request generate max_tokens: fixed-length benchmarks depend on it."""
    answer = client(vllm_gateway).chat.completions.create(
        model=VLLM_MODEL,
        messages=[{"role": "user", "content": "Say yes."}],
        max_tokens=40,
        temperature=0,
        extra_body={"ignore_eos": True, "top_k": 5, "repetition_penalty": 1.05},
    )
    assert answer.usage is not None and answer.usage.completion_tokens == 40
    assert answer.choices[0].finish_reason == "length"


def test_a_parameter_no_engine_understands_is_refused_by_name(vllm_gateway: RunningServer) -> None:
    with pytest.raises(openai.BadRequestError) as refused:
        client(vllm_gateway).chat.completions.create(
            model=VLLM_MODEL,
            messages=QUESTION,
            max_tokens=4,
            extra_body={"best_of_everything": 3},  # type: ignore[arg-type]
        )
    error = refused.value.body
    assert isinstance(error, dict)
    assert error["code"] == "unsupported_parameter" and error["param"] == "best_of_everything"
    # A vLLM-only field on an app whose fallback is llama.cpp: refused, not dropped when the
    # fallback answers.
    with pytest.raises(openai.BadRequestError) as vllm_only:
        client(vllm_gateway).chat.completions.create(
            model="assistant",
            messages=QUESTION,  # type: ignore[arg-type]
            max_tokens=4,
            extra_body={"chat_template_kwargs": {"enable_thinking": False}},
        )
    body = vllm_only.value.body
    assert isinstance(body, dict) and body["param"] == "chat_template_kwargs"
    assert LLAMA_MODEL in body["message"]


def test_json_schema_through_vllms_structured_outputs(vllm_gateway: RunningServer) -> None:
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "population": {"type": "integer"}},
        "required": ["city", "population"],
        "additionalProperties": False,
    }
    answer = client(vllm_gateway).chat.completions.create(
        model=VLLM_MODEL,
        messages=[{"role": "user", "content": "Give the largest city of Turkey and its population."}],
        max_tokens=60,
        temperature=0,
        response_format={"type": "json_schema", "json_schema": {"name": "city", "schema": schema}},
    )
    parsed = json.loads(answer.choices[0].message.content or "")
    assert set(parsed) == {"city", "population"} and isinstance(parsed["population"], int)


WEATHER_TOOL: Any = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


def test_tool_calls_pass_through_streaming_and_not(vllm_gateway: RunningServer) -> None:
    ask = {
        "model": VLLM_MODEL,
        "messages": [{"role": "user", "content": "What is the weather in Ankara?"}],
        "tools": [WEATHER_TOOL],
        "tool_choice": "required",
        "max_tokens": 60,
        "temperature": 0,
    }
    answer = client(vllm_gateway).chat.completions.create(**ask)
    choice = answer.choices[0]
    assert choice.finish_reason in ("tool_calls", "stop")  # vLLM reports a forced call as "stop"
    calls = choice.message.tool_calls
    assert calls and calls[0].function.name == "get_weather"  # type: ignore[union-attr]
    assert "ankara" in json.loads(calls[0].function.arguments)["city"].lower()  # type: ignore[union-attr]

    names, arguments = set(), ""
    for chunk in client(vllm_gateway).chat.completions.create(**ask, stream=True):
        for call in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
            if call.function and call.function.name:
                names.add(call.function.name)
            arguments += (call.function.arguments or "") if call.function else ""
    assert names == {"get_weather"}
    assert "ankara" in json.loads(arguments)["city"].lower()


def test_kill_9_mid_stream_then_fallback_then_restart(vllm_gateway: RunningServer) -> None:
    engine = engine_of(vllm_gateway)
    first_pid = engine.pid
    restarts_before = REGISTRY.get_sample_value("stockade_vllm_restarts_total", {"model": VLLM_MODEL}) or 0
    stream = client(vllm_gateway).chat.completions.create(
        model=VLLM_MODEL,
        messages=QUESTION,  # type: ignore[arg-type]
        max_tokens=400,
        stream=True,
        extra_body={"ignore_eos": True},
    )
    received = 0
    with pytest.raises(openai.APIError) as broken:
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                received += 1
                if received == 3:
                    os.killpg(first_pid, signal.SIGKILL)
    assert received >= 3
    assert "engine" in str(broken.value.message)  # the clean SSE error event, not a dropped connection

    # While vLLM is down the app's fallback, the in-process llama.cpp model, answers.
    deadline = time.monotonic() + 30
    while engine.health().ready and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not engine.health().ready
    served = client(vllm_gateway).chat.completions.with_raw_response.create(
        model="assistant",
        messages=[{"role": "user", "content": "Say hi."}],
        max_tokens=8,  # type: ignore[arg-type]
    )
    assert served.status_code == 200 and served.parse().choices[0].message.content
    fallback_rows = ledger_rows(
        vllm_gateway, "WHERE request_id = ?", served.parse().id.removeprefix("chatcmpl-")
    )
    assert fallback_rows and fallback_rows[0]["model"] == LLAMA_MODEL

    # The supervisor brings vLLM back by itself.
    deadline = time.monotonic() + 600
    while not engine.health().ready and time.monotonic() < deadline:
        time.sleep(1)
    assert engine.health().ready and engine.pid not in (None, first_pid)
    assert (
        REGISTRY.get_sample_value("stockade_vllm_restarts_total", {"model": VLLM_MODEL})
        == restarts_before + 1
    )
    again = client(vllm_gateway).chat.completions.create(
        model=VLLM_MODEL,
        messages=QUESTION,
        max_tokens=4,  # type: ignore[arg-type]
    )
    assert again.choices[0].message.content
