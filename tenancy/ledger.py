"""The metering ledger: one row per request, written before the client sees the end of its answer.

The row is committed before the final bytes of a response leave (the JSON body, or the `[DONE]` of a
stream), so a crash can lose an answer in flight but never the record of an answer delivered.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Literal

from sqlalchemy import Connection, func, insert, select

from tenancy.db.tables import LedgerRow
from tenancy.storage import Store


@dataclass(frozen=True)
class LedgerEntry:
    request_id: str
    trace_id: str
    ts: datetime
    day: str
    month: str
    tenant_id: str
    tenant: str
    key_id: str
    route: str
    model: str
    engine: str
    input_tokens: int
    output_tokens: int
    cost: float
    latency_ms: float
    status: str
    http_status: int
    ttft_ms: float | None = None
    cached_tokens: int = 0
    reserved_tokens: int = 0
    finish_reason: str = ""
    app: str = ""
    prompt_version: str = ""
    experiment_arm: str = ""
    routing: str = ""
    user_ref: str = ""  # the end user's pseudonym (tenancy.governance.subjects), "" when none was named


@dataclass(frozen=True)
class LedgerPoint:
    ts: datetime
    tenant: str
    model: str
    http_status: int
    finish_reason: str
    input_tokens: int
    output_tokens: int
    cost: float
    ttft_ms: float | None


_ENTRY_FIELDS = tuple(f.name for f in fields(LedgerEntry))

GroupBy = Literal["model", "prompt", "arm", "day", "tenant", "app"]
_GROUP_COLUMNS = {
    "model": LedgerRow.model,
    "prompt": LedgerRow.prompt_version,
    "arm": LedgerRow.experiment_arm,
    "day": LedgerRow.day,
    "tenant": LedgerRow.tenant,
    "app": LedgerRow.app,
}


class Ledger:
    def __init__(self, store: Store) -> None:
        self.store = store

    @staticmethod
    def insert(connection: Connection, entries: list[LedgerEntry]) -> None:
        """Adds the rows inside the caller's transaction: one Core executemany on the table, which
        skips the ORM's bulk-insert bookkeeping (and `asdict`'s deep copies) on the metering path."""
        if entries:
            connection.execute(
                insert(LedgerRow),
                [{name: getattr(entry, name) for name in _ENTRY_FIELDS} for entry in entries],
            )

    def find(self, request_id: str, tenant_id: str) -> LedgerEntry | None:
        with self.store.session() as session:
            row = session.scalars(
                select(LedgerRow).where(LedgerRow.request_id == request_id, LedgerRow.tenant_id == tenant_id)
            ).first()
            return (
                LedgerEntry(**{f: getattr(row, f) for f in LedgerEntry.__dataclass_fields__}) if row else None
            )

    def tokens_on(self, tenant_id: str, day: str) -> int:
        with self.store.session() as session:
            total = session.scalar(
                select(func.coalesce(func.sum(LedgerRow.input_tokens + LedgerRow.output_tokens), 0)).where(
                    LedgerRow.tenant_id == tenant_id, LedgerRow.day == day
                )
            )
        return int(total or 0)

    def cost_in(self, tenant_id: str, month: str) -> float:
        with self.store.session() as session:
            total = session.scalar(
                select(func.coalesce(func.sum(LedgerRow.cost), 0.0)).where(
                    LedgerRow.tenant_id == tenant_id, LedgerRow.month == month
                )
            )
        return float(total or 0.0)

    def usage(
        self,
        *,
        tenant: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        by: GroupBy = "model",
    ) -> list[dict[str, object]]:
        column = _GROUP_COLUMNS[by]
        query = (
            select(
                column.label(by),
                func.count().label("requests"),
                func.sum(LedgerRow.input_tokens).label("input_tokens"),
                func.sum(LedgerRow.output_tokens).label("output_tokens"),
                func.sum(LedgerRow.cached_tokens).label("cached_tokens"),
                func.sum(LedgerRow.cost).label("cost"),
                func.avg(LedgerRow.latency_ms).label("avg_latency_ms"),
            )
            .group_by(column)
            .order_by(column)
        )
        if tenant:
            query = query.where(LedgerRow.tenant == tenant)
        if since:
            query = query.where(LedgerRow.ts >= since)
        if until:
            query = query.where(LedgerRow.ts < until)
        with self.store.session() as session:
            rows = session.execute(query).all()
        return [
            {
                by: row[0],
                "requests": int(row.requests),
                "input_tokens": int(row.input_tokens or 0),
                "output_tokens": int(row.output_tokens or 0),
                "cached_tokens": int(row.cached_tokens or 0),
                "cost": round(float(row.cost or 0.0), 8),
                "avg_latency_ms": round(float(row.avg_latency_ms or 0.0), 2),
            }
            for row in rows
        ]

    def points(
        self, *, since: datetime, until: datetime, tenant: str | None = None, model: str | None = None
    ) -> list[LedgerPoint]:
        """The few columns a chart over time needs, one per request in [since, until), oldest first."""
        query = (
            select(
                LedgerRow.ts,
                LedgerRow.tenant,
                LedgerRow.model,
                LedgerRow.http_status,
                LedgerRow.finish_reason,
                LedgerRow.input_tokens,
                LedgerRow.output_tokens,
                LedgerRow.cost,
                LedgerRow.ttft_ms,
            )
            .where(LedgerRow.ts >= since, LedgerRow.ts < until)
            .order_by(LedgerRow.ts)
        )
        if tenant:
            query = query.where(LedgerRow.tenant == tenant)
        if model:
            query = query.where(LedgerRow.model == model)
        with self.store.session() as session:
            return [LedgerPoint(*row) for row in session.execute(query)]

    def rows(self, tenant: str | None = None) -> list[LedgerEntry]:
        query = select(LedgerRow).order_by(LedgerRow.id)
        if tenant:
            query = query.where(LedgerRow.tenant == tenant)
        with self.store.session() as session:
            return [
                LedgerEntry(**{f: getattr(r, f) for f in LedgerEntry.__dataclass_fields__})
                for r in session.scalars(query)
            ]


def usage_csv(rows: list[dict[str, object]]) -> str:
    if not rows:
        return ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
