"""The audit chain detects edits, deletions and reordering; counters reserve all-or-nothing on both
backends (in-process and a real Redis)."""

from __future__ import annotations

import asyncio
import os
import secrets
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import yaml
from sqlalchemy import text

from tenancy.audit import AuditLog
from tenancy.counters import Counters, LocalCounters, QuotaCheck, RateCheck, RedisCounters
from tenancy.storage import Store

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def audit(tmp_path: Path) -> AuditLog:
    store = Store.from_url(f"sqlite:///{tmp_path / 'audit.db'}")
    store.create_schema()
    log = AuditLog(store)
    for i in range(6):
        log.append(actor="key:abc", action="chat", tenant="acme", detail={"n": i, "model": "m"})
    return log


def test_untouched_chain_verifies(audit: AuditLog) -> None:
    result = audit.verify()
    assert result.ok and result.records == 6


def test_edited_record_is_named(audit: AuditLog) -> None:
    with audit.store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = :d WHERE seq = 3"), {"d": '{"model":"m","n":99}'})
    result = audit.verify()
    assert not result.ok and result.first_bad_seq == 3 and "edited" in result.problem


def test_edit_with_recomputed_hash_breaks_the_next_link(audit: AuditLog) -> None:
    from tenancy.audit import record_hash

    with audit.store.engine.begin() as conn:
        row = conn.execute(text("SELECT * FROM audit_log WHERE seq = 2")).mappings().one()
        forged = '{"model":"m","n":42}'
        from datetime import UTC, datetime

        ts = row["ts"] if isinstance(row["ts"], datetime) else datetime.fromisoformat(str(row["ts"]))
        new_hash = record_hash(
            2, ts.replace(tzinfo=UTC), row["actor"], row["tenant"], row["action"], forged, row["prev_hash"]
        )
        conn.execute(
            text("UPDATE audit_log SET detail = :d, hash = :h WHERE seq = 2"), {"d": forged, "h": new_hash}
        )
    result = audit.verify()
    assert not result.ok and result.first_bad_seq == 3


def test_deleted_record_is_named(audit: AuditLog) -> None:
    with audit.store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 4"))
    result = audit.verify()
    assert not result.ok and result.first_bad_seq == 4 and "missing" in result.problem


def test_reordered_records_are_named(audit: AuditLog) -> None:
    with audit.store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET seq = -1 WHERE seq = 2"))
        conn.execute(text("UPDATE audit_log SET seq = 2 WHERE seq = 5"))
        conn.execute(text("UPDATE audit_log SET seq = 5 WHERE seq = -1"))
    result = audit.verify()
    assert not result.ok and result.first_bad_seq == 2


def test_cli_verify_exit_codes(tmp_path: Path, audit: AuditLog) -> None:
    config = tmp_path / "stockade.yaml"
    config.write_text(
        yaml.safe_dump({"database_url": str(audit.store.engine.url), "data_dir": str(tmp_path)})
    )
    command = [sys.executable, "-m", "operations.cli", "audit", "verify", "--config", str(config)]
    good = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert good.returncode == 0 and "6 records" in good.stdout
    with audit.store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'key:evil' WHERE seq = 5"))
    bad = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and "record 5" in bad.stderr


@pytest.fixture(params=["local", "redis"])
async def counters(request: pytest.FixtureRequest) -> AsyncIterator[Counters]:
    if request.param == "local":
        yield LocalCounters()
        return
    redis_counters = RedisCounters(REDIS_URL, prefix=f"stockade-test-{secrets.token_hex(4)}:")
    yield redis_counters
    await redis_counters.delete_prefix()
    await redis_counters.close()


async def test_reservation_is_all_or_nothing(counters: Counters) -> None:
    small = QuotaCheck("tok:a", cap=100, amount=60, ttl_s=60)
    other = QuotaCheck("tok:b", cap=1000, amount=60, ttl_s=60)
    assert (await counters.reserve([small, other])).allowed
    refused = await counters.reserve([other, small])
    assert not refused.allowed and refused.failed_index == 1
    # `other` was not charged by the refused attempt: exactly 1000 - 60 = 940 still fits.
    assert (await counters.reserve([QuotaCheck("tok:b", cap=1000, amount=940, ttl_s=60)])).allowed
    assert not (await counters.reserve([QuotaCheck("tok:b", cap=1000, amount=1, ttl_s=60)])).allowed


async def test_adjust_releases_and_seed_only_sets_once(counters: Counters) -> None:
    await counters.seed("tok:c", 50, 60)
    await counters.seed("tok:c", 0, 60)  # a second seed must not reset usage
    assert not (await counters.reserve([QuotaCheck("tok:c", cap=100, amount=60, ttl_s=60)])).allowed
    await counters.adjust("tok:c", -30, 60)
    assert (await counters.reserve([QuotaCheck("tok:c", cap=100, amount=60, ttl_s=60)])).allowed


async def _age_bucket(counters: Counters, key: str, seconds: float) -> None:
    """Let `seconds` pass for one bucket: its last refill moves back in time, on either backend."""
    if isinstance(counters, LocalCounters):
        tokens, at = counters._buckets[key]
        counters._buckets[key] = (tokens, at - seconds)
        return
    assert isinstance(counters, RedisCounters)
    redis_key = counters.prefix + key
    at = float(await counters._redis.hget(redis_key, "at"))
    await counters._redis.hset(redis_key, "at", str(at - seconds))


async def test_token_bucket_allows_burst_then_refuses_with_wait(counters: Counters) -> None:
    # One request per 1,000 s: no machine is slow enough for the bucket to refill during the test,
    # so the refusal does not depend on how fast the four calls run; time passing is simulated.
    check = RateCheck("rate:x", rate=0.001, burst=3)
    results = [await counters.reserve([check]) for _ in range(4)]
    assert [r.allowed for r in results] == [True, True, True, False]
    assert 990 < results[3].states[0].reset_s <= 1000
    await _age_bucket(counters, "rate:x", 990)
    assert not (await counters.reserve([check])).allowed  # 0.99 of a token: not yet
    await _age_bucket(counters, "rate:x", 11)  # 1,001 s in all (a refusal changes nothing)
    assert (await counters.reserve([check])).allowed
    assert not (await counters.reserve([check])).allowed  # exactly one came back


async def test_concurrent_reservations_never_overrun(counters: Counters) -> None:
    check = QuotaCheck("tok:race", cap=1000, amount=7, ttl_s=60)
    results = await asyncio.gather(*(counters.reserve([check]) for _ in range(300)))
    assert sum(r.allowed for r in results) == 1000 // 7
