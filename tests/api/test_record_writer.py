"""Group commit of ledger rows and audit records: shared commits, the same guarantees."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event

from tenancy.audit import AuditLog, AuditRecord
from tenancy.ledger import Ledger, LedgerEntry
from tenancy.records import RecordWriter
from tenancy.storage import Store


def _entry(request_id: str) -> LedgerEntry:
    now = datetime.now(UTC)
    return LedgerEntry(
        request_id=request_id,
        trace_id="0" * 32,
        ts=now,
        day=now.date().isoformat(),
        month=now.strftime("%Y-%m"),
        tenant_id="t1",
        tenant="acme",
        key_id="k1",
        route="chat",
        model="m",
        engine="e",
        input_tokens=3,
        output_tokens=5,
        cost=0.001,
        latency_ms=1.0,
        status="ok",
        http_status=200,
    )


@pytest.fixture
def parts(tmp_path: Path) -> Iterator[tuple[Store, Ledger, AuditLog, RecordWriter]]:
    store = Store.from_url(f"sqlite:///{tmp_path / 'records.db'}")
    store.create_schema()
    ledger, audit = Ledger(store), AuditLog(store)
    writer = RecordWriter(ledger, audit)
    yield store, ledger, audit, writer
    writer.close()
    store.close()


async def test_concurrent_requests_share_commits_and_keep_every_row_in_order(
    parts: tuple[Store, Ledger, AuditLog, RecordWriter],
) -> None:
    store, ledger, audit, writer = parts
    commits = 0

    def count(_connection: object) -> None:
        nonlocal commits
        commits += 1

    event.listen(store.engine, "commit", count)
    await asyncio.gather(
        *(
            writer.write(_entry(f"r{i}"), AuditRecord(actor="key:k1", action="chat", detail={"i": i}))
            for i in range(100)
        )
    )
    assert sorted(row.request_id for row in ledger.rows()) == sorted(f"r{i}" for i in range(100))
    verified = audit.verify()
    assert verified.ok and verified.records == 100
    assert commits < 50, f"{commits} commits for 100 rows: nothing was grouped"


async def test_a_failed_commit_reaches_the_request_and_leaves_neither_row(
    parts: tuple[Store, Ledger, AuditLog, RecordWriter],
) -> None:
    _, ledger, audit, writer = parts
    broken = replace(_entry("bad"), tenant_id=None)  # type: ignore[arg-type]  # NOT NULL column
    with pytest.raises(Exception, match="NOT NULL"):
        await writer.write(broken, AuditRecord(actor="key:k1", action="chat", detail={}))
    assert ledger.rows() == []
    assert audit.verify().records == 0
    # The writer goes on: the next request is recorded.
    await writer.write(_entry("good"), AuditRecord(actor="key:k1", action="chat", detail={}))
    assert [row.request_id for row in ledger.rows()] == ["good"]
    assert audit.verify().records == 1


async def test_rows_queued_before_close_are_written(
    parts: tuple[Store, Ledger, AuditLog, RecordWriter],
) -> None:
    _, ledger, _, writer = parts
    pending = [asyncio.ensure_future(writer.write(_entry(f"r{i}"), None)) for i in range(20)]
    await asyncio.sleep(0)  # every write has queued its row
    await asyncio.to_thread(writer.close)
    await asyncio.gather(*pending)
    assert len(ledger.rows()) == 20
