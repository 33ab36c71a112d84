"""Counts past 32 bits through a real gateway: a daily token quota above two billion is taken,
stored, read back and enforced to the token, and the ledger keeps writing once its ids pass
2**31 - 1. On SQLite with in-process counters (the embedded default) and on PostgreSQL with Redis
counters (a fleet), where the columns used to be 32-bit and the sequences stopped at 2**31 - 1."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from tenancy.db.tables import BIG_COUNT_MAX
from tenancy.ledger import Ledger, LedgerEntry
from tenancy.limits import Limits, windows
from tenancy.storage import Store, normalise_database_url

from ..conftest import (  # type: ignore[import-not-found]
    REDIS_URL,
    RunningServer,
    admin_request,
    make_settings,
    start_server,
    stop_server,
)

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://root@127.0.0.1:5432/test")
FIVE_BILLION = 5_000_000_000


@dataclass
class Gateway:
    server: RunningServer
    store: Store


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def gateway(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    tmp = tmp_path_factory.mktemp("large-counts")
    common: dict[str, Any] = {
        "models": {"serve": []},
        "guard": {"policy": {"pii": {"enabled": False}, "injection": {"enabled": False}}},
        "tracing": {"enabled": False},
    }
    if request.param == "sqlite":
        running = start_server(make_settings(tmp, **common))
        yield Gateway(running, running.app.state.stockade.store)  # type: ignore[attr-defined]
        stop_server(running)
        return
    schema = f"stockade_big_{secrets.token_hex(4)}"
    admin = create_engine(normalise_database_url(DATABASE_URL))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    store = Store.from_url(DATABASE_URL, schema=schema)
    try:
        running = start_server(make_settings(tmp, redis_url=REDIS_URL, **common), store=store)
        yield Gateway(running, store)
        stop_server(running)
    finally:
        store.close()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@dataclass
class Team:
    name: str
    tenant_id: str
    key: str
    key_id: str


def _team(gw: Gateway) -> Team:
    name = f"big-{secrets.token_hex(3)}"
    assert admin_request(gw.server, "POST", "/tenants", {"name": name}).status_code == 201
    created = admin_request(gw.server, "POST", "/keys", {"tenant": name}).json()
    tenant = gw.store.tenant_by_name(name)
    assert tenant is not None
    return Team(name, tenant.id, created["key"], created["id"])


def _scan(gw: Gateway, key: str) -> httpx.Response:
    return httpx.post(
        gw.server.v1 + "/guard/scan",
        json={"text": "hello"},
        headers={"Authorization": f"Bearer {key}"},
        timeout=30,
    )


def _used_today(gw: Gateway, team: Team, tokens: int) -> None:
    """A request of today's ledger that used `tokens` (as the gateway's metering writes it)."""
    day = windows(Limits())
    entry = LedgerEntry(
        request_id=f"req-{secrets.token_hex(4)}",
        trace_id="0" * 32,
        ts=datetime.now(UTC),
        day=day.day,
        month=day.month,
        tenant_id=team.tenant_id,
        tenant=team.name,
        key_id="k",
        route="chat",
        model="m",
        engine="e",
        input_tokens=tokens - tokens // 3,
        output_tokens=tokens // 3,
        cost=0.0,
        latency_ms=1.0,
        status="ok",
        http_status=200,
    )
    with gw.store.engine.begin() as conn:
        Ledger.insert(conn, [entry])


def _stored_daily_tokens(gw: Gateway, subject: str) -> int:
    with gw.store.engine.connect() as conn:
        value = conn.execute(text("SELECT daily_tokens FROM limits WHERE subject = :s"), {"s": subject})
        return int(value.scalar_one())


def test_a_daily_quota_above_two_billion_is_stored_read_back_and_enforced(gateway: Gateway) -> None:
    room, spent = _team(gateway), _team(gateway)
    for team in (room, spent):
        put = admin_request(
            gateway.server, "PUT", f"/tenants/{team.name}/limits", {"daily_tokens": FIVE_BILLION}
        )
        assert put.status_code == 200, put.text
        assert put.json()["daily_tokens"] == FIVE_BILLION
        got = admin_request(gateway.server, "GET", f"/tenants/{team.name}/limits").json()
        assert got["daily_tokens"] == FIVE_BILLION
        assert _stored_daily_tokens(gateway, f"tenant:{team.tenant_id}") == FIVE_BILLION
    # Today's usage, read from the ledger when the counter starts: one token short of the quota, and
    # one token over it. Each needs 64-bit token counts in the ledger, and their sum too.
    _used_today(gateway, room, FIVE_BILLION - 1)
    _used_today(gateway, spent, FIVE_BILLION + 1)

    ok = _scan(gateway, room.key)
    assert ok.status_code == 200, ok.text
    assert ok.headers["x-ratelimit-limit-tokens"] == "5000000000"
    assert ok.headers["x-ratelimit-remaining-tokens"] == "1"

    refused = _scan(gateway, spent.key)
    assert refused.status_code == 429, refused.text
    error = refused.json()["error"]
    assert (error["code"], error["type"]) == ("daily_token_quota_exceeded", "rate_limit_error")
    assert error["message"].startswith(
        "Daily token quota exhausted for your tenant: all 5000000000 tokens of today's quota are used."
    )


def test_the_largest_daily_quota_is_exact_and_one_more_is_a_400(gateway: Gateway) -> None:
    team = _team(gateway)
    for too_big in (BIG_COUNT_MAX + 1, 2**63, 99999999999999999999999):
        for path in (f"/tenants/{team.name}/limits", f"/keys/{team.key_id}/limits"):
            r = admin_request(gateway.server, "PUT", path, {"daily_tokens": too_big})
            assert r.status_code == 400, r.text
            error = r.json()["error"]
            assert (error["param"], error["code"], error["type"]) == (
                "daily_tokens",
                "invalid_value",
                "invalid_request_error",
            )
    assert admin_request(gateway.server, "GET", f"/tenants/{team.name}/limits").json()["daily_tokens"] is None

    for path in (f"/tenants/{team.name}/limits", f"/keys/{team.key_id}/limits"):
        put = admin_request(gateway.server, "PUT", path, {"daily_tokens": BIG_COUNT_MAX})
        assert put.status_code == 200, put.text
    assert (
        admin_request(gateway.server, "GET", f"/tenants/{team.name}/limits").json()["daily_tokens"]
        == BIG_COUNT_MAX
    )
    assert _stored_daily_tokens(gateway, f"tenant:{team.tenant_id}") == BIG_COUNT_MAX
    assert _stored_daily_tokens(gateway, f"key:{team.key_id}") == BIG_COUNT_MAX
    # Nothing used yet: the remaining count is the quota itself, to the last digit (Redis's Lua
    # used to print it with 14 significant digits).
    scanned = _scan(gateway, team.key)
    assert scanned.status_code == 200, scanned.text
    assert scanned.headers["x-ratelimit-limit-tokens"] == str(BIG_COUNT_MAX)
    assert scanned.headers["x-ratelimit-remaining-tokens"] == str(BIG_COUNT_MAX)


# PostgreSQL only: SQLite's rowids have always been 64-bit.
@pytest.mark.postgres
@pytest.mark.parametrize("gateway", ["postgres"], indirect=True)
def test_requests_are_metered_once_the_ledger_ids_pass_two_to_the_31(gateway: Gateway) -> None:
    team = _team(gateway)
    past = 2**31 + 1000
    with gateway.store.engine.begin() as conn:
        for table in ("ledger", "feedback"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {past})"))
    scanned = _scan(gateway, team.key)
    assert scanned.status_code == 200, scanned.text
    request_id = scanned.headers["x-request-id"]
    rated = httpx.post(
        gateway.server.v1 + "/feedback",
        json={"request_id": request_id, "rating": "up"},
        headers={"Authorization": f"Bearer {team.key}"},
        timeout=30,
    )
    assert rated.status_code == 201, rated.text
    with gateway.store.engine.connect() as conn:
        ledger = conn.execute(
            text("SELECT id, route, http_status FROM ledger WHERE request_id = :r"), {"r": request_id}
        ).one()
        feedback = conn.execute(
            text("SELECT id, rating FROM feedback WHERE request_id = :r"), {"r": request_id}
        ).one()
    assert tuple(ledger) == (past + 1, "guard.scan", 200)
    assert tuple(feedback) == (past + 1, "up")
    entry = Ledger(gateway.store).find(request_id, team.tenant_id)
    assert entry is not None and entry.tenant == team.name and entry.status == "ok"
