"""The retention purge: each kind of record older than its configured age goes, except a tenant's
under legal hold; what went is recorded in the audit log (in the same transaction that removes the
oldest audit records, so the chain's new starting point is attested by the chain itself)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, not_, select

from tenancy.audit import AuditLog, AuditRecord
from tenancy.db.tables import FeedbackRow, LedgerRow, StoredResponseRow, TenantRow, TraceBatchRow
from tenancy.governance.settings import RetentionSettings
from tenancy.governance.subjects import SubjectKeys
from tenancy.storage import Store

log = logging.getLogger(__name__)

# Documents live in the retrieval collections, outside SQL; the server (which has them loaded)
# passes a purger: (cutoff, tenants under hold) -> documents removed.
DocumentPurger = Callable[[datetime, set[str]], int]


@dataclass
class PurgeReport:
    removed: dict[str, int] = field(default_factory=dict)
    held: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # kind -> why it was not purged
    audit_through_seq: int = 0
    audit_through_hash: str = ""

    @property
    def anything(self) -> bool:
        return any(self.removed.values())

    def detail(self) -> dict[str, Any]:
        detail: dict[str, Any] = {"removed": self.removed, "legal_hold": self.held}
        if self.skipped:
            detail["skipped"] = self.skipped
        if self.audit_through_seq:
            detail |= {
                "audit_through_seq": self.audit_through_seq,
                "audit_through_hash": self.audit_through_hash,
            }
        return detail


def _cutoff(now: datetime, days: float | None) -> datetime | None:
    return None if days is None else now - timedelta(days=days)


def run_retention(
    store: Store,
    settings: RetentionSettings,
    *,
    audit: AuditLog,
    subjects: SubjectKeys,
    documents: DocumentPurger | None = None,
    actor: str = "system:retention",
    record_empty: bool = True,
    now: datetime | None = None,
) -> PurgeReport:
    now = now or datetime.now(UTC)
    report = PurgeReport()
    with store.session() as session:
        held_rows = session.execute(select(TenantRow.id, TenantRow.name).where(TenantRow.legal_hold)).all()
    held_ids = {row[0] for row in held_rows}
    report.held = sorted(row[1] for row in held_rows)

    with store.engine.begin() as connection:
        if (cutoff := _cutoff(now, settings.ledger_days)) is not None:
            result = connection.execute(
                delete(LedgerRow).where(LedgerRow.ts < cutoff, LedgerRow.tenant_id.not_in(held_ids))
            )
            report.removed["ledger"] = int(result.rowcount or 0)
        if (cutoff := _cutoff(now, settings.feedback_days)) is not None:
            result = connection.execute(
                delete(FeedbackRow).where(FeedbackRow.ts < cutoff, FeedbackRow.tenant_id.not_in(held_ids))
            )
            report.removed["feedback"] = int(result.rowcount or 0)
        if (cutoff := _cutoff(now, settings.responses_days)) is not None:
            result = connection.execute(
                delete(StoredResponseRow).where(
                    StoredResponseRow.created_at < cutoff, StoredResponseRow.tenant_id.not_in(held_ids)
                )
            )
            report.removed["responses"] = int(result.rowcount or 0)
        if (cutoff := _cutoff(now, settings.traces_days)) is not None:
            # A trace names its tenant only inside its spans (the request span's attributes).
            keep = [TraceBatchRow.spans.contains(f'"stockade.tenant":"{name}"') for name in report.held]
            condition = and_(TraceBatchRow.started < cutoff, *[not_(k) for k in keep])
            report.removed["traces"] = int(
                connection.execute(delete(TraceBatchRow).where(condition)).rowcount or 0
            )

    if (cutoff := _cutoff(now, settings.conversations_days)) is not None:
        if report.held:
            # A day's key seals every tenant's prompts of that day: one held tenant keeps them all.
            report.skipped["conversations"] = "a tenant is under legal hold"
        else:
            days = subjects.days_before(cutoff.strftime("%Y-%m-%d"))
            report.removed["conversation_days"] = subjects.destroy(days)
    if (cutoff := _cutoff(now, settings.documents_days)) is not None:
        if documents is None:
            report.skipped["documents"] = "retrieval is not loaded in this process (the server purges them)"
        else:
            report.removed["documents"] = documents(cutoff, set(report.held))

    with store.engine.begin() as connection:
        if (cutoff := _cutoff(now, settings.audit_days)) is not None:
            seq, digest, removed = audit.purge_through(connection, cutoff, set(report.held))
            report.removed["audit"] = removed
            report.audit_through_seq, report.audit_through_hash = seq, digest
        if record_empty or report.anything:
            audit.append_all(connection, [AuditRecord(actor, "retention.purge", "", report.detail())])
    if report.anything:
        store.erase_deleted()  # what was purged leaves the disk now, not at a later checkpoint
    log.info("retention purge: %s", report.detail())
    return report
