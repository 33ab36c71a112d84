"""Edges of the request surface found by review over real HTTP: a structured answer cut off by the
client's own max_tokens, lone surrogates anywhere in a body, tenant caps on requests that set no
max_tokens and on embeddings, and fields that were accepted though they make no sense."""

from __future__ import annotations

import json
import secrets
from typing import Any

import httpx
import pytest

from ..conftest import ledger_rows  # type: ignore[import-not-found]

QWEN = "qwen2.5-coder-0.5b-instruct"
SMOL = "smollm2-135m-instruct"
MINILM = "all-minilm-l6-v2"
TURING = "Return a JSON object with keys name and age for Alan Turing."


def _admin(server) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"Authorization": f"Bearer {server.admin_key}"}


def _tenant_with_key(server, **limits: int) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    name = f"t{secrets.token_hex(4)}"
    created = httpx.post(
        server.base_url + "/admin/tenants", json={"name": name}, headers=_admin(server), timeout=60
    )
    assert created.status_code == 201, created.text
    if limits:
        r = httpx.put(
            f"{server.base_url}/admin/tenants/{name}/limits", json=limits, headers=_admin(server), timeout=60
        )
        assert r.status_code == 200, r.text
    key = httpx.post(
        server.base_url + "/admin/keys", json={"tenant": name}, headers=_admin(server), timeout=60
    ).json()["key"]
    return name, str(key)


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
