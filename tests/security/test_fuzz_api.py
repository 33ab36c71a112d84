"""schemathesis against Stockade's own OpenAPI document, on a real server with real models: no input
may produce a 5xx, and every error carries its door's shape: OpenAI's {"error": {message, type,
param, code}}, or under /v1/messages Anthropic's {"type": "error", "error": {type, message}}.

schemathesis' pytest plugin does not run under pytest 9, so each operation's strategy drives a plain
hypothesis test here: positive (schema-valid) and negative (schema-violating) cases per operation.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from ..conftest import RunningServer  # type: ignore[import-not-found]

# Per operation and generation mode: small enough for the CI budget on two cores; a deeper run sets
# STOCKADE_FUZZ_EXAMPLES (docs/security.md has the figures of one).
MAX_EXAMPLES = int(os.environ.get("STOCKADE_FUZZ_EXAMPLES", "12"))
ERROR_FIELDS = {"message", "type", "param", "code"}
ANTHROPIC_ERROR_FIELDS = {"type", "message"}


def _problems(case: Any, response: Any) -> str | None:
    body_text = json.dumps(case.body, default=str)[:400]
    described = f"{case.method} {case.formatted_path} query={case.query} body={body_text}"
    if response.status_code >= 500:
        return f"{described} -> {response.status_code} {response.text[:400]}"
    if response.status_code >= 400:
        try:
            body = response.json()
        except ValueError:
            return f"{described} -> {response.status_code} non-JSON error {response.text[:200]!r}"
        error = body.get("error") if isinstance(body, dict) else None
        anthropic = case.path.startswith("/v1/messages")
        top, fields = ({"type", "error"}, ANTHROPIC_ERROR_FIELDS) if anthropic else ({"error"}, ERROR_FIELDS)
        if set(body) != top or not isinstance(error, dict) or set(error) != fields:
            return f"{described} -> {response.status_code} wrong error shape {body}"
        if not isinstance(error["message"], str) or not error["message"]:
            return f"{described} -> {response.status_code} empty message {body}"
    return None


def _fuzz(operation: Any, mode: GenerationMode, key: str, statuses: Counter[str]) -> str | None:
    """Runs one operation in one generation mode; returns the first problem found, if any."""
    problems: list[str] = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
    )
    def run(case: Any) -> None:
        response = case.call(headers={"Authorization": f"Bearer {key}"}, timeout=120)
        statuses[f"{response.status_code // 100}xx"] += 1
        problem = _problems(case, response)
        if problem:
            problems.append(problem)

    try:
        run()
    except Unsatisfiable:  # nothing to violate: an operation without parameters or body
        assert mode is GenerationMode.NEGATIVE, operation.label
    return problems[0] if problems else None


def test_no_server_error_and_every_error_is_openai_shaped(server: RunningServer) -> None:
    schema = schemathesis.openapi.from_url(server.base_url + "/openapi.json")
    statuses: Counter[str] = Counter()
    failures: dict[str, str] = {}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    for operation in operations:
        key = server.admin_key if operation.path.startswith("/admin") else server.tenant_key
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            problem = _fuzz(operation, mode, key, statuses)
            if problem:
                failures[f"{operation.label} ({mode.value})"] = problem
    print(
        f"\nschemathesis: {len(operations)} operations, {sum(statuses.values())} requests, {dict(statuses)}"
    )
    assert statuses["2xx"] > 0 and statuses["4xx"] > 0
    assert not failures, json.dumps(failures, indent=2)


# Found by hand after the fuzzing above came back clean: JSON may escape a lone UTF-16 surrogate
# ("\ud800"); Python decodes it into a str that no UTF-8 codec (spaCy, tokenizers) accepts.
SURROGATE = "hi \\ud800 there"
SURROGATE_REQUESTS = {
    "guard scan (input)": ("/v1/guard/scan", '{"text": "%s"}'),
    "guard scan (output)": ("/v1/guard/scan", '{"text": "%s", "direction": "output"}'),
    "guard scan (document)": ("/v1/guard/scan", '{"text": "%s", "direction": "document"}'),
    "chat": (
        "/v1/chat/completions",
        '{"model": "smollm2-135m-instruct", "max_tokens": 4,'
        ' "messages": [{"role": "user", "content": "%s"}]}',
    ),
    "chat (stream)": (
        "/v1/chat/completions",
        '{"model": "smollm2-135m-instruct", "max_tokens": 4, "stream": true,'
        ' "messages": [{"role": "user", "content": "%s"}]}',
    ),
    "completions": ("/v1/completions", '{"model": "smollm2-135m-instruct", "max_tokens": 4, "prompt": "%s"}'),
    "messages": (
        "/v1/messages",
        '{"model": "smollm2-135m-instruct", "max_tokens": 4,'
        ' "messages": [{"role": "user", "content": "%s"}]}',
    ),
    "embeddings": ("/v1/embeddings", '{"model": "all-minilm-l6-v2", "input": "%s"}'),
    "collection upload": ("/v1/collections/surrogates/documents", '{"filename": "a.md", "content": "%s"}'),
}


@pytest.mark.parametrize("name", list(SURROGATE_REQUESTS))
def test_a_lone_surrogate_is_a_400_not_a_500(server: RunningServer, name: str) -> None:
    path, template = SURROGATE_REQUESTS[name]
    response = _post_raw(server, path, template % SURROGATE)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["type"] == "invalid_request_error"


def test_a_lone_surrogate_in_a_search_query_is_a_400(server: RunningServer) -> None:
    response = _post_raw(server, "/v1/collections/surrogates/search", f'{{"query": "{SURROGATE}"}}')
    assert response.status_code == 400, response.text
    assert set(response.json()["error"]) == ERROR_FIELDS


def _post_raw(server: RunningServer, path: str, body: str) -> httpx.Response:
    """POSTs the JSON text as written (an SDK would refuse to encode a lone surrogate)."""
    auth = {"Authorization": f"Bearer {server.tenant_key}"}
    if path.startswith("/v1/collections/surrogates"):
        created = httpx.post(
            server.v1 + "/collections", json={"name": "surrogates"}, headers=auth, timeout=60
        )
        assert created.status_code in (201, 409), created.text
    return httpx.post(
        server.base_url + path, content=body, headers=auth | {"Content-Type": "application/json"}, timeout=60
    )
