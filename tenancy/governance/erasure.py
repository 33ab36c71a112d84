"""Erasure of one end user (the `user` field of their requests, which also picks their experiment
arm): everything tied to them goes or becomes irreversibly anonymous, in every store.

- their key in subject_keys is destroyed: the user id and stored prompts sealed under it in audit
  records can never be read again, and their pseudonym can no longer be tied to them;
- ledger rows keep the counts billing needs, with the pseudonym replaced by "erased";
- feedback on their requests, the traces of their requests and their stored responses
  (/v1/responses) are deleted;
- the erasure is audited under a random erasure id, never the user id.
A tenant under legal hold is skipped and named in the report: its evidence is kept until the hold
is lifted, and the erasure can be run again then.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, update

from tenancy.audit import AuditLog
from tenancy.db.tables import FeedbackRow, LedgerRow, StoredResponseRow, TraceBatchRow
from tenancy.governance.subjects import ERASED, SubjectKeys, user_lookup
from tenancy.storage import StorageError, Store

NOT_USER_TIED = {
    "cache": "answers are not tied to a user; requests carrying detected personal data are never cached",
    "documents": "collections belong to tenants, not to end users",
}


@dataclass
class ErasureReport:
    erasure_id: str
    user: str
    tenants: list[str] = field(default_factory=list)  # where the user had data
    held: list[str] = field(default_factory=list)  # skipped: under legal hold
    removed: dict[str, int] = field(
        default_factory=lambda: {"feedback": 0, "traces": 0, "responses": 0, "subject_keys": 0}
    )
    anonymised: dict[str, int] = field(default_factory=lambda: {"ledger": 0, "audit": 0})

    def json(self) -> dict[str, Any]:
        return {
            "object": "erasure",
            "erasure_id": self.erasure_id,
            "user": self.user,
            "tenants": self.tenants,
            "legal_hold_skipped": self.held,
            "removed": self.removed,
            "anonymised": self.anonymised,
            "not_user_tied": NOT_USER_TIED,
        }

    def audit_detail(self) -> dict[str, Any]:
        return {k: v for k, v in self.json().items() if k not in ("user", "object", "not_user_tied")}


def erase_user(
    store: Store, subjects: SubjectKeys, audit: AuditLog, user: str, *, tenant: str | None, actor: str
) -> ErasureReport:
    if not user:
        raise StorageError("an erasure needs a user id")
    tenants = store.list_tenants()
    if tenant is not None:
        tenants = [t for t in tenants if t.name == tenant]
        if not tenants:
            raise StorageError(f"no tenant named {tenant!r}")
    report = ErasureReport(erasure_id=secrets.token_hex(8), user=user)
    for found in tenants:
        lookup = user_lookup(found.id, user)
        key = subjects.get(lookup, create=False)
        if key is None:
            continue
        if found.legal_hold:
            report.held.append(found.name)
            continue
        report.tenants.append(found.name)
        ref = key.ref()
        with store.engine.begin() as connection:
            requests = connection.execute(
                select(LedgerRow.request_id, LedgerRow.trace_id).where(LedgerRow.user_ref == ref)
            ).all()
            request_ids = [r[0] for r in requests]
            trace_ids = [r[1] for r in requests if r[1]]
            report.removed["feedback"] += int(
                connection.execute(
                    delete(FeedbackRow).where(
                        FeedbackRow.tenant_id == found.id, FeedbackRow.request_id.in_(request_ids)
                    )
                ).rowcount
                or 0
            )
            report.removed["traces"] += int(
                connection.execute(
                    delete(TraceBatchRow).where(TraceBatchRow.trace_id.in_(trace_ids))
                ).rowcount
                or 0
            )
            report.removed["responses"] += int(
                connection.execute(
                    delete(StoredResponseRow).where(
                        StoredResponseRow.tenant_id == found.id, StoredResponseRow.user_ref == ref
                    )
                ).rowcount
                or 0
            )
            report.anonymised["ledger"] += int(
                connection.execute(
                    update(LedgerRow).where(LedgerRow.user_ref == ref).values(user_ref=ERASED)
                ).rowcount
                or 0
            )
        report.anonymised["audit"] += audit.count_subject(ref)
        report.removed["subject_keys"] += subjects.destroy([lookup])
    audit.append(actor=actor, action="subject.erase", detail=report.audit_detail())
    store.erase_deleted()  # the deleted rows and the destroyed key leave the disk now, not later
    return report
