"""Limits that hold for a fleet: four gateway processes sharing Redis (counters) and PostgreSQL (the
ledger) in front of one real engine; and a gateway killed with SIGKILL under load loses no
completed request."""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import yaml
from sqlalchemy import create_engine, text

from tenancy.limits import Limits, LimitsRepository
from tenancy.storage import Store, normalise_database_url

from ..conftest import CATALOG, REPO, free_port, llama_server_argv, wait_until_ok  # type: ignore[import-not-found]

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://root@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
PROMPT = "Count from one to one hundred in words, separated by commas."


@pytest.fixture(scope="module")
def engine_url(smollm2_path: Path) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        llama_server_argv(smollm2_path, port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_until_ok(f"http://127.0.0.1:{port}/v1/models")
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        proc.kill()
        proc.wait()


def _catalog(tmp: Path, engine_url: str) -> Path:
    catalog = yaml.safe_load(CATALOG.read_text())
    catalog["models"].append(
        {
            "id": "smol-remote",
            "kind": "chat",
            "engine": "openai-upstream",
            "tier": "tiny",
            "context_length": 2048,
            "price_per_1k": {"input": 0.001, "output": 0.002},
            "source": {"type": "upstream"},
            "endpoint": {"base_url": engine_url, "served_model": "smol", "timeout_s": 120},
        }
    )
    path = tmp / "catalog.yaml"
    path.write_text(yaml.safe_dump(catalog))
    return path


def _gateway(
    tmp: Path, name: str, catalog: Path, database_url: str, redis_url: str | None
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    config = tmp / f"{name}.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "catalog_path": str(catalog),
                "database_url": database_url,
                "redis_url": redis_url,
                "data_dir": str(tmp),
                "models": {"serve": ["smol-remote"]},
                "server": {"port": port},
                "log_level": "WARNING",
                # Limits are under test here, not guardrails: four gateways start faster without spaCy.
                "guard": {"enabled": False},
                # Every request asks the same question at temperature 0: the shared cache would answer
                # most of them for free, and the cap would never be reached by generation.
                "gateway": {"cache": {"enabled": False}},
            }
        )
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "operations.cli", "serve", "--config", str(config)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=(tmp / f"{name}.log").open("w"),
    )
    return proc, f"http://127.0.0.1:{port}"


@pytest.fixture
def fleet_db() -> Iterator[str]:
    name = f"stockade_fleet_{secrets.token_hex(4)}"
    admin = create_engine(normalise_database_url(DATABASE_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = DATABASE_URL.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _request(base: str, key: str, i: int, max_tokens: int) -> tuple[int, str]:
    try:
        return _request_once(base, key, i, max_tokens)
    except httpx.HTTPError as exc:  # reported with the gateway logs instead of aborting the whole run
        return 598, f"{type(exc).__name__}: {exc}"


def _request_once(base: str, key: str, i: int, max_tokens: int) -> tuple[int, str]:
    stream = i % 2 == 0
    body = {
        "model": "smol-remote",
        "messages": [{"role": "user", "content": PROMPT}],
        "max_tokens": max_tokens,
        "temperature": 0,
        "stream": stream,
    }
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(timeout=300) as client:
        if not stream:
            r = client.post(base + "/v1/chat/completions", json=body, headers=headers)
            return r.status_code, r.text if r.status_code != 200 else r.json()["id"]
        with client.stream("POST", base + "/v1/chat/completions", json=body, headers=headers) as r:
            if r.status_code != 200:
                r.read()
                return r.status_code, r.text
            lines = [line for line in r.iter_lines() if line]
            return (200, json.loads(lines[1][6:])["id"]) if lines[-1] == "data: [DONE]" else (599, lines[-1])


def _setup_tenant(database_url: str, **limits: object) -> str:
    store = Store.from_url(database_url)
    store.create_schema()
    tenant = f"fleet{secrets.token_hex(3)}"
    store.create_tenant(tenant)
    LimitsRepository(store).set_for_tenant(tenant, Limits(**limits))  # type: ignore[arg-type]
    key = store.create_key(scope="tenant", tenant_name=tenant).secret
    store.close()
    return key


def test_four_replicas_share_one_daily_cap_and_one_rate(
    tmp_path: Path, engine_url: str, fleet_db: str
) -> None:
    catalog = _catalog(tmp_path, engine_url)
    cap, max_tokens = 1500, 6
    quota_key = _setup_tenant(fleet_db, daily_tokens=cap)
    rate_key = _setup_tenant(fleet_db, requests_per_second=2, burst=4)
    gateways = [_gateway(tmp_path, f"gw{i}", catalog, fleet_db, REDIS_URL) for i in range(4)]
    try:
        for _, base in gateways:
            wait_until_ok(base + "/readyz", 300)
        with ThreadPoolExecutor(64) as pool:
            started = time.monotonic()
            results = list(
                pool.map(lambda i: _request(gateways[i % 4][1], quota_key, i, max_tokens), range(200))
            )
            quota_elapsed = time.monotonic() - started
            started = time.monotonic()
            rated = list(pool.map(lambda i: _request(gateways[i % 4][1], rate_key, i, 1), range(200)))
            rate_elapsed = time.monotonic() - started
    finally:
        for proc, _ in gateways:
            proc.terminate()
        for proc, _ in gateways:
            proc.wait(15)
    statuses = [status for status, _ in results]
    logs = "\n".join((tmp_path / f"gw{i}.log").read_text()[-3000:] for i in range(4))
    assert set(statuses) <= {200, 429}, ([r for r in results if r[0] not in (200, 429)][:3], logs)
    assert 429 in statuses and 200 in statuses
    store = Store.from_url(fleet_db)
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT input_tokens, output_tokens, reserved_tokens, status FROM ledger WHERE route = 'chat'"
            )
        ).all()
    quota_rows = [r for r in rows if r.reserved_tokens > 0]
    used = sum(r.input_tokens + r.output_tokens for r in quota_rows)
    biggest_reservation = max(r.reserved_tokens for r in quota_rows)
    # What served requests handed back after the fact (reserved but not generated).
    released = sum(max(0, r.reserved_tokens - r.input_tokens - r.output_tokens) for r in quota_rows)
    print(
        f"\nquota: {statuses.count(200)} served, {statuses.count(429)} refused in {quota_elapsed:.1f}s; "
        f"ledger {used}/{cap} tokens; largest reservation {biggest_reservation}; released {released}"
    )
    assert len(quota_rows) == statuses.count(200)
    assert used <= cap, "the fleet overran the daily cap"
    # A refusal means the counter plus that request's reservation was over the cap; after it the
    # counter only fell by what was released. So unless a request was refused while its reservation
    # fitted, the tokens left unused are fewer than one reservation plus what was released.
    assert cap - used < biggest_reservation + released, "a request was refused while its reservation fitted"
    rate_ok = sum(1 for status, _ in rated if status == 200)
    print(f"rate: {rate_ok} of 200 admitted in {rate_elapsed:.1f}s at 2 rps, burst 4")
    assert {status for status, _ in rated} <= {200, 429}
    assert 4 <= rate_ok <= 4 + 2 * (rate_elapsed + 1), "the fleet admitted more than one shared bucket allows"
    store.close()


def test_sigkill_under_load_loses_no_completed_request(tmp_path: Path, engine_url: str) -> None:
    catalog = _catalog(tmp_path, engine_url)
    db = f"sqlite:///{tmp_path / 'durable.db'}"
    key = _setup_tenant(db, daily_tokens=100_000)
    proc, base = _gateway(tmp_path, "solo", catalog, db, None)
    wait_until_ok(base + "/readyz", 300)
    completed: list[str] = []
    with ThreadPoolExecutor(6) as pool:
        futures = [pool.submit(_request, base, key, i, 12) for i in range(40)]
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and sum(f.done() for f in futures) < 12:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for future in futures:
            try:
                status, request_id = future.result(timeout=60)
            except httpx.HTTPError:
                continue
            if status == 200:
                completed.append(request_id.split("-", 1)[1])
    assert len(completed) >= 12
    store = Store.from_url(db)
    with store.engine.connect() as conn:
        ledger_ids = {r[0] for r in conn.execute(text("SELECT request_id FROM ledger"))}
        used_before = conn.execute(text("SELECT SUM(input_tokens + output_tokens) FROM ledger")).scalar()
    missing = set(completed) - ledger_ids
    print(f"\n{len(completed)} requests completed before SIGKILL; {len(missing)} missing from the ledger")
    assert not missing
    # Restart on the same database: today's usage is intact and the audit chain verifies.
    proc, base = _gateway(tmp_path, "solo-again", catalog, db, None)
    try:
        wait_until_ok(base + "/readyz", 300)
        status, _ = _request(base, key, 1, 4)
        assert status == 200
        r = httpx.post(
            base + "/v1/chat/completions",
            headers={"Authorization": f"Bearer {key}"},
            json={"model": "smol-remote", "messages": [{"role": "user", "content": PROMPT}], "max_tokens": 4},
            timeout=60,
        )
        remaining = int(r.headers["x-ratelimit-remaining-tokens"])
        assert remaining < 100_000 - int(used_before or 0)
    finally:
        proc.terminate()
        proc.wait(15)
    verify = subprocess.run(
        [
            sys.executable,
            "-m",
            "operations.cli",
            "audit",
            "verify",
            "--config",
            str(tmp_path / "solo-again.yaml"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert verify.returncode == 0, verify.stderr
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET tenant = 'someone-else' WHERE seq = 3"))
    tampered = subprocess.run(
        [
            sys.executable,
            "-m",
            "operations.cli",
            "audit",
            "verify",
            "--config",
            str(tmp_path / "solo-again.yaml"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert tampered.returncode == 1 and "record 3" in tampered.stderr
    store.close()
