"""The pipeline's order, seen from outside: the request rate is checked before any guard runs, and
the answer's one settlement is the ledger row (with the rate and token headers of both checks)."""

from __future__ import annotations

import secrets

import httpx

from ..conftest import ledger_rows, metric_value  # type: ignore[import-not-found]

SMOL = "smollm2-135m-instruct"


def _admin(server) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"Authorization": f"Bearer {server.admin_key}"}


def test_a_tenant_over_its_rate_costs_no_guard_work(server) -> None:  # type: ignore[no-untyped-def]
    name = f"t{secrets.token_hex(4)}"
    assert httpx.post(
        server.base_url + "/admin/tenants",
        json={"name": name},
        headers=_admin(server),
        timeout=60,
    ).is_success
    # One request per 1,000 s, so the bucket cannot refill between the two calls on any machine.
    limits = {"requests_per_second": 0.001, "burst": 1, "daily_tokens": 100_000}
    r = httpx.put(
        f"{server.base_url}/admin/tenants/{name}/limits", json=limits, headers=_admin(server), timeout=60
    )
    assert r.status_code == 200, r.text
    key = httpx.post(
        server.base_url + "/admin/keys", json={"tenant": name}, headers=_admin(server), timeout=60
    ).json()["key"]
    body = {
        "model": SMOL,
        "messages": [{"role": "user", "content": "Write to jane.doe@example.com please."}],
        "max_tokens": 2,
    }
    headers = {"Authorization": f"Bearer {key}"}

    first = httpx.post(server.v1 + "/chat/completions", json=body, headers=headers, timeout=60)
    assert first.status_code == 200, first.text
    # Both checks speak in the headers: the rate check's and the token reservation's.
    assert first.headers["x-ratelimit-limit-requests"] == "1"
    assert first.headers["x-ratelimit-remaining-requests"] == "0"
    assert first.headers["x-ratelimit-limit-tokens"] == "100000"

    scans_before = metric_value(server.base_url, "stockade_guard_decisions_total", direction="input")
    second = httpx.post(server.v1 + "/chat/completions", json=body, headers=headers, timeout=60)
    assert second.status_code == 429 and second.json()["error"]["code"] == "rate_limit_exceeded"
    assert metric_value(server.base_url, "stockade_guard_decisions_total", direction="input") == scans_before

    (row,) = ledger_rows(server, "WHERE tenant = ?", name)
    assert row["request_id"] == first.headers["x-request-id"] and row["status"] == "ok"
    assert row["input_tokens"] + row["output_tokens"] == first.json()["usage"]["total_tokens"]
    assert row["reserved_tokens"] > row["input_tokens"]
