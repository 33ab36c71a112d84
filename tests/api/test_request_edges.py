"""Edges of the request surface found by review over real HTTP: a structured answer cut off by the
client's own max_tokens, lone surrogates anywhere in a body, tenant caps on requests that set no
max_tokens and on embeddings, and fields that were accepted though they make no sense."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from ..conftest import ledger_rows, tenant_with_key  # type: ignore[import-not-found]

QWEN = "qwen2.5-coder-0.5b-instruct"
SMOL = "smollm2-135m-instruct"
MINILM = "all-minilm-l6-v2"
TURING = "Return a JSON object with keys name and age for Alan Turing."


def _admin(server) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"Authorization": f"Bearer {server.admin_key}"}


def _tenant_with_key(server, **limits: int) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    return tenant_with_key(server, **limits)  # type: ignore[no-any-return]


def _post(server, path: str, body: dict[str, Any] | str, key: str | None = None) -> httpx.Response:  # type: ignore[no-untyped-def]
    headers = {"Authorization": f"Bearer {key or server.tenant_key}", "Content-Type": "application/json"}
    content = body if isinstance(body, str) else json.dumps(body)
    return httpx.post(server.v1 + path, content=content, headers=headers, timeout=180)


def _error(response: httpx.Response, status: int = 400) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return response.json()["error"]  # type: ignore[no-any-return]


# A structured answer cut off by max_tokens --------------------------------------------------------


def _one_row(server, tenant: str) -> Any:  # type: ignore[no-untyped-def]
    rows = ledger_rows(server, "WHERE tenant = ?", tenant)
    assert len(rows) == 1, [dict(r) for r in rows]  # answered once: no correction retry, no resend
    row = rows[0]
    assert (row["status"], row["http_status"], row["finish_reason"]) == ("ok", 200, "length")
    return row


def test_a_json_answer_cut_off_by_max_tokens_is_a_200_with_finish_reason_length(server) -> None:  # type: ignore[no-untyped-def]
    tenant, key = _tenant_with_key(server)
    body = {
        "model": QWEN,
        "messages": [{"role": "user", "content": TURING}],
        "temperature": 0,
        "max_tokens": 5,
        "response_format": {"type": "json_object"},
    }
    answer = _post(server, "/chat/completions", body, key)
    assert answer.status_code == 200, answer.text
    choice = answer.json()["choices"][0]
    assert choice["finish_reason"] == "length"
    text = choice["message"]["content"]
    assert text.lstrip().startswith("{")
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)  # the truncated text itself, as OpenAI sends it
    assert answer.json()["usage"]["completion_tokens"] == 5
    assert _one_row(server, tenant)["output_tokens"] == 5


def test_the_same_streamed_ends_with_finish_reason_length(server) -> None:  # type: ignore[no-untyped-def]
    tenant, key = _tenant_with_key(server)
    body = {
        "model": QWEN,
        "messages": [{"role": "user", "content": TURING}],
        "temperature": 0,
        "max_tokens": 5,
        "stream": True,
        "response_format": {"type": "json_object"},
    }
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.stream("POST", server.v1 + "/chat/completions", json=body, headers=headers, timeout=180) as r:
        assert r.status_code == 200, r.read()
        lines = [line.removeprefix("data: ") for line in r.iter_lines() if line.startswith("data: ")]
    assert lines[-1] == "[DONE]"
    chunks = [json.loads(line) for line in lines[:-1]]
    assert all("error" not in chunk for chunk in chunks), chunks
    assert chunks[-1]["choices"][0]["finish_reason"] == "length"
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks).lstrip().startswith("{")
    _one_row(server, tenant)


def test_responses_say_incomplete_and_messages_say_max_tokens(server) -> None:  # type: ignore[no-untyped-def]
    tenant, key = _tenant_with_key(server)
    response = _post(
        server,
        "/responses",
        {
            "model": QWEN,
            "input": TURING,
            "temperature": 0,
            "max_output_tokens": 5,
            "store": False,
            "text": {"format": {"type": "json_object"}},
        },
        key,
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "incomplete"
    assert response.json()["incomplete_details"] == {"reason": "max_output_tokens"}
    _one_row(server, tenant)

    tenant, key = _tenant_with_key(server)
    schema = {"type": "object", "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}}
    message = _post(
        server,
        "/messages",
        {
            "model": QWEN,
            "max_tokens": 5,
            "temperature": 0,
            "messages": [{"role": "user", "content": TURING}],
            "output_config": {"format": {"type": "json_schema", "schema": schema}},
        },
        key,
    )
    assert message.status_code == 200, message.text
    assert message.json()["stop_reason"] == "max_tokens"
    _one_row(server, tenant)


# Lone surrogates anywhere in a body ---------------------------------------------------------------

FUNCTION = {"name": "lookup", "description": "D", "parameters": {"type": "object", "properties": {}}}
HI = [{"role": "user", "content": "Hi"}]
SURROGATE_FIELDS: dict[str, tuple[str, dict[str, Any], str]] = {
    "chat tool description": (
        "/chat/completions",
        {
            "model": SMOL,
            "max_tokens": 1,
            "messages": HI,
            "tools": [{"type": "function", "function": FUNCTION}],
        },
        "tools.0.function.description",
    ),
    "chat tool-call arguments": (
        "/chat/completions",
        {
            "model": SMOL,
            "max_tokens": 1,
            "messages": [
                {"role": "user", "content": "Hi"},
                {
                    "role": "assistant",
                    "tool_calls": [
                        {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "D"}}
                    ],
                },
                {"role": "tool", "tool_call_id": "c1", "content": "ok"},
            ],
        },
        "messages.1.tool_calls.0.function.arguments",
    ),
    "chat stop": (
        "/chat/completions",
        {"model": SMOL, "max_tokens": 1, "messages": HI, "stop": ["D"]},
        "stop.0",
    ),
    "chat metadata": (
        "/chat/completions",
        {"model": SMOL, "max_tokens": 1, "messages": HI, "metadata": {"k": "D"}},
        "metadata.k",
    ),
    "chat schema description": (
        "/chat/completions",
        {
            "model": SMOL,
            "max_tokens": 1,
            "messages": HI,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "a", "schema": {"type": "object", "description": "D"}},
            },
        },
        "response_format.json_schema.schema.description",
    ),
    "completions user": (
        "/completions",
        {"model": SMOL, "max_tokens": 1, "prompt": "Hi", "user": "D"},
        "user",
    ),
    "responses tool description": (
        "/responses",
        {"model": SMOL, "input": "Hi", "max_output_tokens": 16, "tools": [{"type": "function"} | FUNCTION]},
        "tools.0.description",
    ),
    "responses instructions": (
        "/responses",
        {"model": SMOL, "input": "Hi", "max_output_tokens": 16, "instructions": "D"},
        "instructions",
    ),
    "embeddings input list": ("/embeddings", {"model": MINILM, "input": ["fine", "D"]}, "input.1"),
}


def _with_surrogate(body: dict[str, Any]) -> str:
    """The body as JSON text with each "D" string holding an escaped lone surrogate (an SDK would
    refuse to encode one; a raw client sends it as valid JSON)."""
    return json.dumps(body).replace('"D"', '"hi \\ud800 there"')


@pytest.mark.parametrize("name", list(SURROGATE_FIELDS))
def test_a_lone_surrogate_anywhere_is_a_400_naming_the_field(server, name: str) -> None:  # type: ignore[no-untyped-def]
    path, body, param = SURROGATE_FIELDS[name]
    error = _error(_post(server, path, _with_surrogate(body)))
    assert error["param"] == param and error["code"] == "invalid_value", error
    assert "surrogate" in error["message"]


def test_a_lone_surrogate_in_an_object_key_names_the_object(server) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps({"model": SMOL, "max_tokens": 1, "messages": HI, "metadata": {"KEY": "v"}})
    error = _error(_post(server, "/chat/completions", body.replace('"KEY"', '"k\\udc00"')))
    assert error["param"] == "metadata" and "key" in error["message"], error


@pytest.mark.parametrize("path", ["/messages", "/messages/count_tokens"])
def test_anthropic_tools_with_a_lone_surrogate_are_a_400_in_anthropic_shape(server, path: str) -> None:  # type: ignore[no-untyped-def]
    tool = {"name": "lookup", "description": "D", "input_schema": {"type": "object", "properties": {}}}
    body = {"model": SMOL, "max_tokens": 1, "messages": HI, "tools": [tool]}
    response = _post(server, path, _with_surrogate(body))
    assert response.status_code == 400, response.text
    assert response.json()["type"] == "error"
    assert response.json()["error"]["type"] == "invalid_request_error"
    assert "tools.0.description" in response.json()["error"]["message"]


def test_a_surrogate_pair_is_valid_text(server) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps({"model": SMOL, "max_tokens": 1, "messages": [{"role": "user", "content": "Hi PAIR"}]})
    assert _post(server, "/chat/completions", body.replace("PAIR", "\\ud83d\\ude00")).status_code == 200


# Tenant caps ----------------------------------------------------------------------------------------


def test_a_request_without_max_tokens_gets_the_tenants_cap_not_a_400(server) -> None:  # type: ignore[no-untyped-def]
    # A daily quota so that the ledger shows the reservation: prompt + the cap, not + 512.
    tenant, key = _tenant_with_key(server, max_tokens_per_request=4, daily_tokens=1_000_000)
    ask = {
        "model": SMOL,
        "messages": [{"role": "user", "content": "Tell me a long story."}],
        "temperature": 0,
    }
    answer = _post(server, "/chat/completions", ask, key)
    assert answer.status_code == 200, answer.text
    assert answer.json()["usage"]["completion_tokens"] <= 4
    row = ledger_rows(server, "WHERE tenant = ?", tenant)[-1]
    assert row["reserved_tokens"] == answer.json()["usage"]["prompt_tokens"] + 4
    over = _error(_post(server, "/chat/completions", ask | {"max_tokens": 5}, key))
    assert (over["param"], over["code"]) == ("max_tokens", "max_tokens_over_tenant_limit")

    responses = {"model": SMOL, "input": "Tell me a long story.", "store": False}
    answer = _post(server, "/responses", responses, key)
    assert answer.status_code == 200, answer.text
    assert answer.json()["usage"]["output_tokens"] <= 4
    over = _error(_post(server, "/responses", responses | {"max_output_tokens": 5}, key))
    assert (over["param"], over["code"]) == ("max_output_tokens", "max_tokens_over_tenant_limit")
    assert over["message"].startswith("max_output_tokens 5 ")

    refused = _post(server, "/messages", {"model": SMOL, "max_tokens": 5, "messages": HI}, key)
    assert refused.status_code == 400 and refused.json()["error"]["message"].startswith("max_tokens 5 ")


def test_the_cap_names_max_completion_tokens_when_that_is_what_was_sent(server) -> None:  # type: ignore[no-untyped-def]
    _, key = _tenant_with_key(server, max_tokens_per_request=4)
    ask = {"model": SMOL, "messages": HI, "max_completion_tokens": 5}
    over = _error(_post(server, "/chat/completions", ask, key))
    assert (over["param"], over["code"]) == ("max_completion_tokens", "max_tokens_over_tenant_limit")
    assert over["message"].startswith("max_completion_tokens 5 ")


@pytest.mark.parametrize(
    ("path", "body", "param"),
    [
        (
            "/chat/completions",
            {"model": SMOL, "max_tokens": 1, "messages": [{"role": "user", "content": "LONG"}]},
            "messages",
        ),
        (
            "/messages",
            {"model": SMOL, "max_tokens": 1, "messages": [{"role": "user", "content": "LONG"}]},
            "messages",
        ),
        ("/completions", {"model": SMOL, "max_tokens": 1, "prompt": "LONG"}, "prompt"),
        ("/responses", {"model": SMOL, "max_output_tokens": 16, "input": "LONG"}, "input"),
        ("/embeddings", {"model": MINILM, "input": ["LONG"]}, "input"),
    ],
    ids=["chat", "messages", "completions", "responses", "embeddings"],
)
def test_an_over_long_prompt_names_the_field_of_the_api_used(
    server, path: str, body: dict[str, Any], param: str
) -> None:  # type: ignore[no-untyped-def]
    limit = server.app.state.stockade.settings.limits.max_prompt_chars
    response = _post(server, path, json.dumps(body).replace("LONG", "x" * (limit + 1)))
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    if path == "/messages":  # Anthropic's error shape has no param: the message names the limit
        assert "prompt too long" in error["message"], error
        return
    assert (error["param"], error["code"]) == (param, "prompt_too_long"), error


def test_the_tenants_prompt_cap_holds_for_embeddings(server) -> None:  # type: ignore[no-untyped-def]
    tenant, key = _tenant_with_key(server, max_prompt_tokens=40)
    short = _post(server, "/embeddings", {"model": MINILM, "input": "a short sentence"}, key)
    assert short.status_code == 200, short.text
    error = _error(_post(server, "/embeddings", {"model": MINILM, "input": "word " * 200}, key))
    assert (error["param"], error["code"]) == ("input", "prompt_over_tenant_limit")
    assert "40" in error["message"]
    assert len(ledger_rows(server, "WHERE tenant = ?", tenant)) == 1  # the refused one is not metered


# Fields that make no sense ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "body", "param", "code"),
    [
        ("/embeddings", {"model": MINILM, "input": "x", "foo": 1}, "foo", "unsupported_parameter"),
        (
            "/chat/completions",
            {"model": SMOL, "messages": HI, "max_tokens": 3, "max_completion_tokens": 1},
            "max_completion_tokens",
            "invalid_value",
        ),
        (
            "/chat/completions",
            {"model": SMOL, "messages": HI, "max_tokens": 1, "stream_options": {"include_usage": True}},
            "stream_options",
            "invalid_value",
        ),
        (
            "/completions",
            {"model": SMOL, "prompt": "Hi", "max_tokens": 1, "stream": False, "stream_options": {}},
            "stream_options",
            "invalid_value",
        ),
        (
            "/responses",
            {
                "model": SMOL,
                "input": "Hi",
                "max_output_tokens": 16,
                "stream_options": {"include_usage": True},
            },
            "stream_options",
            "invalid_value",
        ),
        ("/chat/completions", {"model": SMOL, "messages": [{"role": "user"}]}, "messages.0.content", None),
        (
            "/chat/completions",
            {"model": SMOL, "messages": [*HI, {"role": "assistant"}, *HI]},
            "messages.1.content",
            None,
        ),
        (
            "/chat/completions",
            {"model": SMOL, "messages": [*HI, {"role": "assistant", "content": None, "tool_calls": []}, *HI]},
            "messages.1.content",
            None,
        ),
        (
            "/chat/completions",
            {"model": SMOL, "messages": [{"role": "system", "content": None}, *HI]},
            "messages.0.content",
            None,
        ),
        (
            "/chat/completions",
            {"model": SMOL, "messages": [{"role": "user", "content": 5}]},
            "messages.0.content",
            "invalid_value",
        ),
        (
            "/chat/completions",
            {"model": SMOL, "messages": [{"role": "user", "content": [{"type": "text", "text": 5}]}]},
            "messages.0.content.0.text",
            "invalid_value",
        ),
        ("/chat/completions", {"model": SMOL, "messages": HI, "stop": 5}, "stop", "invalid_value"),
        (
            "/chat/completions",
            {"model": SMOL, "messages": HI, "tool_choice": {"type": "x"}},
            "tool_choice.type",
            "invalid_value",
        ),
        ("/chat/completions", {"model": SMOL, "messages": HI, "min_p": 5}, "min_p", "invalid_value"),
        (
            "/chat/completions",
            {"model": SMOL, "messages": HI, "repetition_penalty": -3},
            "repetition_penalty",
            "invalid_value",
        ),
        (
            "/chat/completions",
            {"model": SMOL, "messages": HI, "repetition_penalty": 0},
            "repetition_penalty",
            "invalid_value",
        ),
        ("/chat/completions", {"model": SMOL, "messages": HI, "top_k": -5}, "top_k", "invalid_value"),
        ("/chat/completions", {"model": SMOL, "messages": HI, "top_k": 1.5}, "top_k", "invalid_value"),
        (
            "/chat/completions",
            {"model": SMOL, "messages": HI, "min_tokens": -1},
            "min_tokens",
            "invalid_value",
        ),
        (
            "/chat/completions",
            {"model": SMOL, "messages": HI, "presence_penalty": 3},
            "presence_penalty",
            "invalid_value",
        ),
        ("/completions", {"model": SMOL, "prompt": "Hi", "min_p": -0.1}, "min_p", "invalid_value"),
    ],
    ids=[
        "embeddings-unknown-field",
        "two-max-tokens",
        "chat-stream-options-without-stream",
        "completions-stream-options-without-stream",
        "responses-stream-options-without-stream",
        "user-without-content",
        "assistant-without-content-or-tool-calls",
        "assistant-with-null-content-and-no-tool-calls",
        "system-null-content",
        "content-not-text",
        "text-part-not-text",
        "stop-not-text",
        "tool-choice-type",
        "min-p",
        "repetition-penalty-negative",
        "repetition-penalty-zero",
        "top-k",
        "top-k-fraction",
        "min-tokens",
        "presence-penalty",
        "completions-min-p",
    ],
)
def test_a_field_that_makes_no_sense_is_a_400_naming_it(  # type: ignore[no-untyped-def]
    server, path: str, body: dict[str, Any], param: str, code: str | None
) -> None:
    error = _error(_post(server, path, body))
    assert error["param"] == param, error
    if code is not None:
        assert error["code"] == code, error
    else:
        assert error["code"] == "missing_required_parameter", error


@pytest.mark.parametrize(
    "fields",
    [
        {"max_tokens": 2, "max_completion_tokens": 2},
        {"max_completion_tokens": 2},
        {"stream_options": None},
        {"top_k": -1, "min_p": 0, "repetition_penalty": 1.1, "min_tokens": 0, "presence_penalty": -2},
    ],
    ids=[
        "same-max-tokens",
        "max-completion-tokens-alone",
        "null-stream-options",
        "engine-parameters-in-range",
    ],
)
def test_the_sensible_values_are_still_accepted(server, fields: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    limit = {} if "max_completion_tokens" in fields else {"max_tokens": 2}
    body = {"model": SMOL, "messages": HI} | limit | fields
    answer = _post(server, "/chat/completions", body)
    assert answer.status_code == 200, answer.text
    assert answer.json()["usage"]["completion_tokens"] <= 2
