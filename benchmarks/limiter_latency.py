"""Latency the limiter adds to one request: admission (atomic check-and-reserve of request rate,
daily tokens and budget) plus the counter reconciliation at settlement, in-process and on Redis.

    .venv/bin/python benchmarks/limiter_latency.py [--requests 3000]

Measures the counter operations a request performs (reserve, then adjust tokens and budget) with
the limits lookup cached as in the server; the ledger and audit commit is reported separately because
it is metering, not limiting. Prints median and p99 in microseconds; writes
benchmarks/results/limiter_latency.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tenancy.counters import Counters, LocalCounters, QuotaCheck, RateCheck, RedisCounters  # noqa: E402


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _measure(counters: Counters, requests: int) -> list[float]:
    tenant = secrets.token_hex(4)
    checks = [
        RateCheck(f"rate:tenant:{tenant}", rate=1e9, burst=10**9),
        QuotaCheck(f"tokens:tenant:{tenant}:day", cap=10**12, amount=600, ttl_s=90_000),
        QuotaCheck(f"budget:tenant:{tenant}:month", cap=10**15, amount=1200, ttl_s=90_000),
    ]
    samples = []
    for i in range(requests + 200):
        started = time.perf_counter()
        reservation = await counters.reserve(checks)
        assert reservation.allowed
        await counters.adjust(checks[1].key, -100, 90_000)
        await counters.adjust(checks[2].key, -200, 90_000)
        if i >= 200:  # warm-up excluded
            samples.append((time.perf_counter() - started) * 1e6)
    return samples


async def _ledger_write_us(requests: int) -> list[float]:
    """What a request waits for before its `[DONE]`: its ledger row and audit record committed by
    the group-commit writer, one request at a time (no batching to hide behind)."""
    from datetime import UTC, datetime

    from tenancy.audit import AuditLog, AuditRecord
    from tenancy.ledger import Ledger, LedgerEntry
    from tenancy.records import RecordWriter
    from tenancy.storage import Store

    store = Store.from_url(f"sqlite:///{tempfile.mkdtemp()}/bench.db")
    store.create_schema()
    writer = RecordWriter(Ledger(store), AuditLog(store))
    samples = []
    for i in range(requests):
        entry = LedgerEntry(
            request_id=str(i),
            trace_id="0" * 32,
            ts=datetime.now(UTC),
            day="2026-01-01",
            month="2026-01",
            tenant_id="t",
            tenant="t",
            key_id="k",
            route="chat",
            model="m",
            engine="e",
            input_tokens=10,
            output_tokens=10,
            cost=0.001,
            latency_ms=1.0,
            status="ok",
            http_status=200,
        )
        audit = AuditRecord(actor="key:k", action="chat", tenant="t", detail={"request_id": str(i)})
        started = time.perf_counter()
        await writer.write(entry, audit)
        samples.append((time.perf_counter() - started) * 1e6)
    await asyncio.to_thread(writer.close)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    args = parser.parse_args()
    results = {}
    local = asyncio.run(_measure(LocalCounters(), args.requests))
    results["in-process"] = local

    async def on_redis() -> list[float]:
        counters = RedisCounters(args.redis_url, prefix=f"stockade-bench-{secrets.token_hex(3)}:")
        try:
            return await _measure(counters, args.requests)
        finally:
            await counters.delete_prefix()
            await counters.close()

    results["redis"] = asyncio.run(on_redis())
    metering = asyncio.run(_ledger_write_us(min(args.requests, 1000)))
    results["sqlite ledger + audit commit (metering)"] = metering
    print(
        f"{args.requests} requests, {platform.machine()} {os.cpu_count()} cores; microseconds per request\n"
    )
    print("| backend | median µs | p99 µs |")
    print("|---|---|---|")
    summary = {}
    for name, samples in results.items():
        summary[name] = {
            "median_us": statistics.median(samples),
            "p99_us": _pct(samples, 0.99),
            "n": len(samples),
        }
        print(f"| {name} | {summary[name]['median_us']:.0f} | {summary[name]['p99_us']:.0f} |")
    out = REPO / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "limiter_latency.json").write_text(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
