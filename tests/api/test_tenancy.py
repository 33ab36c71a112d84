"""Limits, metering and the audit log through the real API (in-process counters, SQLite)."""

from __future__ import annotations

import httpx
import openai
import pytest
from openai import OpenAI

from ..conftest import ledger_rows, metric_value, tenant_with_key, wait_for  # type: ignore[import-not-found]

SMOL = "smollm2-135m-instruct"
MINILM = "all-minilm-l6-v2"


def _admin(server) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"Authorization": f"Bearer {server.admin_key}"}


def _tenant_with_key(server, **limits) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    return tenant_with_key(server, **limits)  # type: ignore[no-any-return]


def _chat(server, key: str, max_tokens: int = 4, stream: bool = False) -> httpx.Response:  # type: ignore[no-untyped-def]
    # Sampled with a fixed seed, so that the cache (temperature-0 requests only, by default) does not
    # answer the repeats for free.
    body = {
        "model": SMOL,
        "messages": [{"role": "user", "content": "Hi"}],
        "max_tokens": max_tokens,
        "temperature": 0.5,
        "seed": 1,
        "stream": stream,
    }
    return httpx.post(
        server.v1 + "/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"}, timeout=60
    )


def _ledger(server, tenant: str) -> list:  # type: ignore[no-untyped-def, type-arg]
    return ledger_rows(server, "WHERE tenant = ?", tenant)


def test_request_rate_limit_refuses_with_retry_after_and_openai_headers(server) -> None:  # type: ignore[no-untyped-def]
    # One request per 1,000 s: the bucket cannot refill between the three calls on any machine.
    _name, key = _tenant_with_key(server, requests_per_second=0.001, burst=2)
    headers = {"Authorization": f"Bearer {key}"}
    body = {"model": MINILM, "input": "ping"}
    first = httpx.post(server.v1 + "/embeddings", json=body, headers=headers, timeout=60)
    second = httpx.post(server.v1 + "/embeddings", json=body, headers=headers, timeout=60)
    third = httpx.post(server.v1 + "/embeddings", json=body, headers=headers, timeout=60)
    assert (first.status_code, second.status_code, third.status_code) == (200, 200, 429)
    assert first.headers["x-ratelimit-limit-requests"] == "2"
    assert first.headers["x-ratelimit-remaining-requests"] == "1"
    assert second.headers["x-ratelimit-remaining-requests"] == "0"
    assert third.json()["error"]["code"] == "rate_limit_exceeded"
    assert third.json()["error"]["type"] == "rate_limit_error"
    assert 990 <= int(third.headers["Retry-After"]) <= 1000
    assert third.headers["x-ratelimit-reset-requests"].endswith("s")


def test_daily_token_quota_reserves_then_releases_what_was_not_used(server) -> None:  # type: ignore[no-untyped-def]
    name, key = _tenant_with_key(server, daily_tokens=200)
    ok = _chat(server, key, max_tokens=5)
    assert ok.status_code == 200
    used = ok.json()["usage"]["total_tokens"]
    assert ok.headers["x-ratelimit-limit-tokens"] == "200"
    # The header shows what was left after the reservation (prompt + max_tokens) ...
    reserved_remaining = int(ok.headers["x-ratelimit-remaining-tokens"])
    prompt = ok.json()["usage"]["prompt_tokens"]
    assert reserved_remaining == 200 - (prompt + 5)
    # ... and the next request sees only the real usage charged.
    follow = _chat(server, key, max_tokens=5)
    assert int(follow.headers["x-ratelimit-remaining-tokens"]) == 200 - used - (prompt + 5)
    too_big = _chat(server, key, max_tokens=190)
    assert too_big.status_code == 429
    error = too_big.json()["error"]
    assert error["code"] == "daily_token_quota_exceeded"
    assert "Lower max_tokens" in error["message"]
    assert int(too_big.headers["Retry-After"]) > 0
    rows = _ledger(server, name)
    assert len(rows) == 2
    assert sum(r["input_tokens"] + r["output_tokens"] for r in rows) <= 200
    assert all(r["status"] == "ok" and r["http_status"] == 200 for r in rows)


def test_tokens_stop_exactly_at_the_cap(server) -> None:  # type: ignore[no-untyped-def]
    name, key = _tenant_with_key(server, daily_tokens=120)
    statuses = [_chat(server, key, max_tokens=3).status_code for _ in range(12)]
    assert 429 in statuses
    first_refusal = statuses.index(429)
    assert all(s == 200 for s in statuses[:first_refusal])
    rows = _ledger(server, name)
    total = sum(r["input_tokens"] + r["output_tokens"] for r in rows)
    per_request = rows[0]["input_tokens"] + 3
    assert total <= 120
    assert 120 - total < per_request, "refused while the quota could still serve a request"


def test_monthly_budget_hard_limit_refuses(server) -> None:  # type: ignore[no-untyped-def]
    name, key = _tenant_with_key(server, monthly_budget=0.0000001)
    r = _chat(server, key)
    assert r.status_code == 429
    assert r.json()["error"]["code"] == "budget_exceeded"
    # What the exhaustion alert reads for a hard budget: the refusal, counted once.
    assert metric_value(server.base_url, "stockade_limit_rejections_total", tenant=name, limit="budget") == 1
    assert metric_value(server.base_url, "stockade_budget_monthly", tenant=name) == 0.0000001


def test_budget_gauges_follow_the_ledger(server) -> None:  # type: ignore[no-untyped-def]
    """The burn-rate and exhaustion alerts divide by these: they must be the tenant's real figures."""
    name, key = _tenant_with_key(server, monthly_budget=5.0)
    assert metric_value(server.base_url, "stockade_budget_monthly", tenant=name) == 0.0  # no series yet
    for _ in range(2):
        assert _chat(server, key).status_code == 200
    rows = _ledger(server, name)
    spent = sum(row["cost"] for row in rows)
    assert len(rows) == 2 and spent > 0
    assert metric_value(server.base_url, "stockade_budget_monthly", tenant=name) == 5.0
    ratio = metric_value(server.base_url, "stockade_budget_spent_ratio", tenant=name)
    # Counters hold millionths, rounded up per request.
    assert abs(ratio - spent / 5.0) <= len(rows) / 1_000_000 / 5.0
    assert metric_value(server.base_url, "stockade_cost_total", tenant=name, model=SMOL, app="-") == (
        pytest.approx(spent)
    )


def test_limits_change_without_restart(server) -> None:  # type: ignore[no-untyped-def]
    name, key = _tenant_with_key(server, daily_tokens=10)
    assert _chat(server, key).status_code == 429
    httpx.put(
        f"{server.base_url}/admin/tenants/{name}/limits",
        json={"daily_tokens": 10_000},
        headers=_admin(server),
        timeout=60,
    )
    # The process that made the change drops its cached limits at once: the next request sees them.
    assert _chat(server, key).status_code == 200


def test_per_key_rate_limit_is_separate_from_the_tenant(server) -> None:  # type: ignore[no-untyped-def]
    name, key = _tenant_with_key(server)
    other = httpx.post(
        server.base_url + "/admin/keys", json={"tenant": name}, headers=_admin(server), timeout=60
    ).json()
    key_id = next(
        k
        for k in httpx.get(
            server.base_url + "/admin/keys",
            params={"tenant": name},
            headers=_admin(server),
            timeout=60,
        ).json()["data"]
        if k["id"] != other["id"]
    )["id"]
    r = httpx.put(
        f"{server.base_url}/admin/keys/{key_id}/limits",
        json={"requests_per_second": 0.2, "burst": 1},
        headers=_admin(server),
        timeout=60,
    )
    assert r.status_code == 200
    body = {"model": MINILM, "input": "x"}
    limited = {"Authorization": f"Bearer {key}"}
    free = {"Authorization": f"Bearer {other['key']}"}
    assert httpx.post(server.v1 + "/embeddings", json=body, headers=limited, timeout=60).status_code == 200
    assert httpx.post(server.v1 + "/embeddings", json=body, headers=limited, timeout=60).status_code == 429
    assert httpx.post(server.v1 + "/embeddings", json=body, headers=free, timeout=60).status_code == 200


def test_ledger_rows_hold_every_field_and_usage_reports_them(server) -> None:  # type: ignore[no-untyped-def]
    name, key = _tenant_with_key(server)
    client = OpenAI(base_url=server.v1, api_key=key, max_retries=0)
    r = client.chat.completions.create(
        model=SMOL, messages=[{"role": "user", "content": "Hi"}], max_tokens=3, temperature=0
    )
    list(
        client.chat.completions.create(
            model=SMOL, messages=[{"role": "user", "content": "Yo"}], max_tokens=3, temperature=0, stream=True
        )
    )
    client.embeddings.create(model=MINILM, input=["a", "b"])
    rows = _ledger(server, name)
    assert [row["route"] for row in rows] == ["chat", "chat", "embeddings"]
    chat = rows[0]
    assert chat["request_id"] == r.id.removeprefix("chatcmpl-")
    assert (
        chat["input_tokens"] == r.usage.prompt_tokens and chat["output_tokens"] == r.usage.completion_tokens
    )  # type: ignore[union-attr]
    assert chat["model"] == SMOL and chat["engine"] == "llamacpp" and len(chat["trace_id"]) == 32
    assert chat["cost"] > 0 and chat["latency_ms"] > 0 and chat["ttft_ms"] is not None
    by_model = httpx.get(
        server.base_url + "/admin/usage",
        params={"tenant": name, "by": "model"},
        headers=_admin(server),
        timeout=60,
    ).json()["data"]
    assert {row["model"]: row["requests"] for row in by_model} == {SMOL: 2, MINILM: 1}
    csv_text = httpx.get(
        server.base_url + "/admin/usage",
        params={"tenant": name, "format": "csv", "by": "day"},
        headers=_admin(server),
        timeout=60,
    ).text
    assert csv_text.splitlines()[0].startswith("day,requests,input_tokens")
    assert csv_text.splitlines()[1].split(",")[1] == "3"


def test_disconnected_stream_is_charged_for_what_was_generated(server) -> None:  # type: ignore[no-untyped-def]
    name, key = _tenant_with_key(server)
    body = {
        "model": SMOL,
        "messages": [{"role": "user", "content": "Write a long story."}],
        "max_tokens": 1000,
        "stream": True,
        "temperature": 0.7,
        "seed": 3,
    }
    with httpx.stream(
        "POST",
        server.v1 + "/chat/completions",
        json=body,
        headers={"Authorization": f"Bearer {key}"},
        timeout=60,
    ) as r:
        for i, _ in enumerate(r.iter_lines()):
            if i > 8:
                break
    wait_for(lambda: _ledger(server, name), "the ledger row of the abandoned stream")
    row = _ledger(server, name)[0]
    assert row["status"] == "cancelled" and row["http_status"] == 499
    assert 3 <= row["output_tokens"] < 1000
    assert row["cost"] > 0


def test_audit_chain_records_requests_and_admin_changes_and_verifies(server) -> None:  # type: ignore[no-untyped-def]
    name, key = _tenant_with_key(server, daily_tokens=5000)
    _chat(server, key)
    tail = httpx.get(
        server.base_url + "/admin/audit", params={"limit": 20}, headers=_admin(server), timeout=60
    ).json()["data"]
    actions = [(r["action"], r["tenant"]) for r in tail]
    assert (
        ("tenant.create", name) in actions and ("limits.set", name) in actions and ("chat", name) in actions
    )
    chat = next(r for r in tail if r["action"] == "chat" and r["tenant"] == name)
    assert chat["detail"]["model"] == SMOL and "Hi" not in str(chat["detail"])  # no raw prompt text stored
    verdict = httpx.get(server.base_url + "/admin/audit/verify", headers=_admin(server), timeout=60).json()
    assert verdict["ok"] is True and verdict["records"] >= 4


def test_tenant_key_cannot_read_usage(server) -> None:  # type: ignore[no-untyped-def]
    _name, key = _tenant_with_key(server)
    assert (
        httpx.get(
            server.base_url + "/admin/usage", headers={"Authorization": f"Bearer {key}"}, timeout=60
        ).status_code
        == 403
    )


@pytest.mark.parametrize(
    "bad",
    [
        {"requests_per_second": -1},
        {"timezone": "Mars/Olympus"},
        {"daily_tokens": "x"},
        {"budget_policy": "maybe"},
        {"unknown": 1},
    ],
)
def test_invalid_limits_are_rejected_and_nothing_changes(server, bad) -> None:  # type: ignore[no-untyped-def]
    name, _key = _tenant_with_key(server, daily_tokens=77)
    r = httpx.put(
        f"{server.base_url}/admin/tenants/{name}/limits", json=bad, headers=_admin(server), timeout=60
    )
    assert r.status_code == 400
    current = httpx.get(
        f"{server.base_url}/admin/tenants/{name}/limits", headers=_admin(server), timeout=60
    ).json()
    assert current["daily_tokens"] == 77


def test_sdk_sees_rate_limit_error_type(server) -> None:  # type: ignore[no-untyped-def]
    _name, key = _tenant_with_key(server, daily_tokens=1)
    client = OpenAI(base_url=server.v1, api_key=key, max_retries=0)
    with pytest.raises(openai.RateLimitError) as info:
        client.chat.completions.create(model=SMOL, messages=[{"role": "user", "content": "x"}], max_tokens=2)
    assert info.value.code == "daily_token_quota_exceeded"
