"""Append-only, hash-chained audit log.

Each record holds the hash of the one before it and a hash over its own content and that link, so
editing, deleting or reordering any record breaks the chain from that point, and `verify` names
the first record where it breaks. Retention may remove the oldest records only as a whole prefix,
leaving a checkpoint (the last removed record's number and hash) that a chained `retention.purge`
record attests, so the rest still verifies and a forged checkpoint does not. Appends are
serialised (an advisory lock on PostgreSQL, a process lock plus SQLite's write lock otherwise) so
replicas cannot fork the chain.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Select, delete, func, insert, select, text

from tenancy.db.tables import AuditCheckpointRow, AuditRow
from tenancy.storage import Store

GENESIS = "0" * 64
_PG_AUDIT_LOCK = 7_221_004  # arbitrary, constant advisory-lock id for the audit chain


def _canonical(detail: dict[str, Any]) -> str:
    return json.dumps(detail, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def record_hash(
    seq: int, ts: datetime, actor: str, tenant: str, action: str, detail: str, prev_hash: str
) -> str:
    stamp = ts.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    material = "\x1f".join([str(seq), stamp, actor, tenant, action, detail, prev_hash])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AuditRecord:
    actor: str
    action: str
    tenant: str = ""
    detail: dict[str, Any] | None = None


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    records: int
    problem: str = ""
    first_bad_seq: int | None = None


@dataclass(frozen=True)
class AuditQuery:
    """Filters of the audit tail: exact actor and tenant; an action exactly, or as a prefix when it
    ends in `.` or `*`; a time range [since, until)."""

    actor: str | None = None
    tenant: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def apply(self, statement: Select[Any]) -> Select[Any]:
        if self.actor:
            statement = statement.where(AuditRow.actor == self.actor)
        if self.tenant:
            statement = statement.where(AuditRow.tenant == self.tenant)
        if self.action:
            if self.action.endswith(("*", ".")):
                prefix = self.action.rstrip("*")
                escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                statement = statement.where(AuditRow.action.like(escaped + "%", escape="\\"))
            else:
                statement = statement.where(AuditRow.action == self.action)
        if self.since:
            statement = statement.where(AuditRow.ts >= _utc(self.since))
        if self.until:
            statement = statement.where(AuditRow.ts < _utc(self.until))
        return statement


def _utc(moment: datetime) -> datetime:
    """Records are stamped in UTC; a time without a zone is taken as UTC."""
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


class AuditLog:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._postgres = store.engine.dialect.name == "postgresql"

    def append(
        self, *, actor: str, action: str, tenant: str = "", detail: dict[str, Any] | None = None
    ) -> int:
        with self.store.engine.begin() as connection:
            return self.append_all(connection, [AuditRecord(actor, action, tenant, detail)])

    def append_all(self, connection: Connection, records: list[AuditRecord]) -> int:
        """Chains the records after the current head inside the caller's transaction, which holds
        the chain's lock until it commits; returns the last sequence number (0 for none)."""
        if not records:
            return 0
        with self._lock:
            self._serialise(connection)
            last = connection.execute(
                select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)
            ).first()
            seq = last[0] if last else 0
            prev = last[1] if last else GENESIS
            rows = []
            for record in records:
                seq += 1
                ts = datetime.now(UTC)
                body = _canonical(record.detail or {})
                digest = record_hash(seq, ts, record.actor, record.tenant, record.action, body, prev)
                rows.append(
                    {
                        "seq": seq,
                        "ts": ts,
                        "actor": record.actor,
                        "tenant": record.tenant,
                        "action": record.action,
                        "detail": body,
                        "prev_hash": prev,
                        "hash": digest,
                    }
                )
                prev = digest
            connection.execute(insert(AuditRow), rows)
            return seq

    def _serialise(self, connection: Connection) -> None:
        if self._postgres:
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})
        elif self.store.engine.dialect.name == "sqlite":
            # Take SQLite's write lock now, so two processes cannot both read the same chain head.
            connection.execute(text("UPDATE audit_log SET seq = seq WHERE 0"))

    def purge_through(self, connection: Connection, cutoff: datetime, held: set[str]) -> tuple[int, str, int]:
        """Deletes the oldest records written before `cutoff`, stopping at the first record of a
        tenant under legal hold, and leaves a checkpoint; inside the caller's transaction, which
        must append the attesting record (`retention.purge` with audit_through_seq/_hash) before it
        commits. Returns (through_seq, through_hash, removed); (0, "", 0) when nothing went."""
        with self._lock:
            self._serialise(connection)
            through: tuple[int, str] | None = None
            removed = 0
            for seq, ts, tenant, digest in connection.execute(
                select(AuditRow.seq, AuditRow.ts, AuditRow.tenant, AuditRow.hash).order_by(AuditRow.seq)
            ):
                stamp = ts if ts.tzinfo else ts.replace(tzinfo=UTC)
                if stamp >= cutoff or tenant in held:
                    break
                through = (seq, digest)
                removed += 1
            if through is None:
                return 0, "", 0
            connection.execute(delete(AuditRow).where(AuditRow.seq <= through[0]))
            connection.execute(
                insert(AuditCheckpointRow).values(
                    through_seq=through[0], through_hash=through[1], ts=datetime.now(UTC)
                )
            )
            return through[0], through[1], removed

    def verify(self) -> VerifyResult:
        with self.store.session() as session:
            checkpoint = session.execute(
                select(AuditCheckpointRow.through_seq, AuditCheckpointRow.through_hash)
                .order_by(AuditCheckpointRow.through_seq.desc())
                .limit(1)
            ).first()
            first = session.scalar(select(AuditRow.seq).order_by(AuditRow.seq).limit(1))
            prev, expected_seq = GENESIS, 1
            if checkpoint is not None and first != 1:
                # The oldest records were purged by retention: the chain resumes after the checkpoint.
                expected_seq, prev = checkpoint[0] + 1, checkpoint[1]
            attested = checkpoint is None or first == 1
            count = 0
            for row in session.scalars(select(AuditRow).order_by(AuditRow.seq)):
                count += 1
                if row.seq != expected_seq:
                    return VerifyResult(
                        False, count, f"record {expected_seq} is missing (next is {row.seq})", expected_seq
                    )
                if row.prev_hash != prev:
                    return VerifyResult(
                        False,
                        count,
                        f"record {row.seq} does not follow record {row.seq - 1} "
                        "(deleted, inserted or reordered)",
                        row.seq,
                    )
                ts = row.ts if row.ts.tzinfo else row.ts.replace(tzinfo=UTC)
                actual = record_hash(
                    row.seq, ts, row.actor, row.tenant, row.action, row.detail, row.prev_hash
                )
                if actual != row.hash:
                    return VerifyResult(
                        False, count, f"record {row.seq} was edited (its hash does not match)", row.seq
                    )
                if not attested and row.action == "retention.purge" and checkpoint is not None:
                    detail = json.loads(row.detail)
                    attested = (detail.get("audit_through_seq"), detail.get("audit_through_hash")) == (
                        checkpoint[0],
                        checkpoint[1],
                    )
                prev = row.hash
                expected_seq += 1
        if not attested:
            assert checkpoint is not None
            return VerifyResult(
                False,
                count,
                f"records up to {checkpoint[0]} are gone, and no retention record attests the purge",
                checkpoint[0],
            )
        return VerifyResult(True, count)

    def count_subject(self, ref: str) -> int:
        """Records that carry an end user's pseudonym (sealed values under their key)."""
        pattern = f'%"subject":"{ref}"%'
        with self.store.session() as session:
            return int(session.scalar(select(func.count()).where(AuditRow.detail.like(pattern))) or 0)

    def guard_events(
        self, since: datetime, until: datetime, tenant: str | None = None
    ) -> list[tuple[datetime, str]]:
        """(when, "block" or "finding") of each request the input guard blocked (a `guard.block`
        record) or found something in and let through redacted (a request record whose
        `guard_input` names entity types; canonical JSON writes a non-empty list as `["`)."""
        statement = (
            select(AuditRow.ts, AuditRow.action)
            .where(AuditRow.ts >= _utc(since), AuditRow.ts < _utc(until))
            .where((AuditRow.action == "guard.block") | AuditRow.detail.like('%"guard_input":["%'))
            .order_by(AuditRow.seq)
        )
        if tenant:
            statement = statement.where(AuditRow.tenant == tenant)
        with self.store.session() as session:
            return [
                (_utc(ts), "block" if action == "guard.block" else "finding")
                for ts, action in session.execute(statement)
            ]

    def tail(self, limit: int = 50, query: AuditQuery | None = None) -> list[dict[str, Any]]:
        statement = select(AuditRow).order_by(AuditRow.seq.desc()).limit(limit)
        if query is not None:
            statement = query.apply(statement)
        with self.store.session() as session:
            rows = session.scalars(statement).all()
        return [
            {
                "seq": r.seq,
                "ts": r.ts.isoformat(),
                "actor": r.actor,
                "tenant": r.tenant,
                "action": r.action,
                "detail": json.loads(r.detail),
            }
            for r in reversed(rows)
        ]
