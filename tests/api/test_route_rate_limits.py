"""The request rate on the tenant routes that do no metered work (the model list, stored responses,
feedback), through the real API: each takes a request from the tenant's bucket before it reads
anything, and a tenant over its rate gets the 429 /v1/embeddings answers with. (The collection
routes have theirs in test_collection_limits.py.)"""

from __future__ import annotations

import sqlite3

import httpx
import pytest

from ..conftest import (  # type: ignore[import-not-found]
    ledger_rows,
    tenant_with_key,
)

MINILM = "all-minilm-l6-v2"


@pytest.fixture(scope="module")
def server(embedding_server):  # type: ignore[no-untyped-def]
    return embedding_server


def _feedback_rows(server, tenant_id: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    path = server.app.state.stockade.settings.resolved_database_url().removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        return list(
            conn.execute(
                "SELECT request_id, rating FROM feedback WHERE tenant_id = ? ORDER BY id", (tenant_id,)
            )
        )


def test_a_tenant_over_its_rate_gets_429_on_models_stored_responses_and_feedback(server) -> None:  # type: ignore[no-untyped-def]
    # One request per 1,000 s: the bucket cannot refill between the calls on any machine.
    burst = 8
    name, key = tenant_with_key(server, requests_per_second=0.001, burst=burst)
    api = httpx.Client(base_url=server.v1, headers={"Authorization": f"Bearer {key}"}, timeout=60)
    for text in ("one", "two"):
        embedded = api.post("/embeddings", json={"model": MINILM, "input": text})
        assert embedded.status_code == 200, embedded.text
    rated, unrated = (row["request_id"] for row in ledger_rows(server, "WHERE tenant = ?", name))
    missing = "resp_0123456789abcdef"

    def calls(request_id: str, rating: str) -> dict[str, httpx.Response]:
        return {
            "models": api.get("/models"),
            "model": api.get(f"/models/{MINILM}"),
            "response": api.get(f"/responses/{missing}"),
            "delete response": api.delete(f"/responses/{missing}"),
            "input items": api.get(f"/responses/{missing}/input_items"),
            "feedback": api.post("/feedback", json={"request_id": request_id, "rating": rating}),
        }

    # Within the rate: each answers as before, taking one request (a 404 too: it was looked up).
    passed = calls(rated, "up")
    assert {route: r.status_code for route, r in passed.items()} == {
        "models": 200,
        "model": 200,
        "response": 404,
        "delete response": 404,
        "input items": 404,
        "feedback": 201,
    }
    # The two embeddings took two; the three 404s in between took theirs too.
    for route, left in (("models", burst - 3), ("model", burst - 4), ("feedback", burst - 8)):
        assert passed[route].headers["x-ratelimit-limit-requests"] == str(burst)
        assert passed[route].headers["x-ratelimit-remaining-requests"] == str(left)

    refused = calls(unrated, "down")
    for route, answer in refused.items():
        assert answer.status_code == 429, (route, answer.text)
        assert answer.json() == {
            "error": {
                "message": "Rate limit reached for your tenant: too many requests per second. Retry after "
                f"{answer.headers['Retry-After']}s.",
                "type": "rate_limit_error",
                "param": None,
                "code": "rate_limit_exceeded",
            }
        }, route
        assert 990 <= int(answer.headers["Retry-After"]) <= 1000
        assert answer.headers["x-ratelimit-limit-requests"] == str(burst)
        assert answer.headers["x-ratelimit-remaining-requests"] == "0"
        assert answer.headers["x-ratelimit-reset-requests"].endswith("s")
    # The refused rating was not stored; the one before it was.
    tenant_id = server.app.state.stockade.store.tenant_by_name(name).id
    assert _feedback_rows(server, tenant_id) == [(rated, "up")]


def test_a_refusal_after_the_rate_check_carries_the_rate_state(server) -> None:  # type: ignore[no-untyped-def]
    # Refused after taking one from the bucket: an unknown model, an embedding model asked to chat,
    # through both front doors and Anthropic's token count. Each says how much of the rate is left,
    # as a success does, and the count goes down by one each time.
    name, key = tenant_with_key(server, requests_per_second=0.001, burst=10)
    openai = httpx.Client(base_url=server.v1, headers={"Authorization": f"Bearer {key}"}, timeout=60)
    messages = [{"role": "user", "content": "hello"}]
    refused = [
        openai.post("/chat/completions", json={"model": "no-such-model", "messages": messages}),
        openai.post("/chat/completions", json={"model": MINILM, "messages": messages}),
        openai.post("/messages", json={"model": "no-such-model", "max_tokens": 8, "messages": messages}),
        openai.post("/messages/count_tokens", json={"model": "no-such-model", "messages": messages}),
    ]
    assert [r.status_code for r in refused] == [404, 400, 404, 404], [r.text for r in refused]
    assert [r.headers.get("x-ratelimit-remaining-requests") for r in refused] == ["9", "8", "7", "6"]
    assert all(r.headers.get("x-ratelimit-limit-requests") == "10" for r in refused)
    assert refused[2].headers.get("anthropic-ratelimit-requests-remaining") == "7"
    assert refused[0].json()["error"]["code"] == "model_not_found"
    assert ledger_rows(server, "WHERE tenant = ?", name) == []  # refused before anything was metered
