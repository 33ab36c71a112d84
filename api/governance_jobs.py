"""Retention and erasure as the running server does them (the CLI calls the same functions), and
the retention of documents in retrieval collections (files on disk, outside SQL): the glue between
tenancy and retrieval, which know nothing of each other."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime

from api.state import AppState
from retrieval.service import Retrieval
from tenancy.governance.erasure import ErasureReport, erase_user
from tenancy.governance.retention import PurgeReport, run_retention
from tenancy.storage import Store

log = logging.getLogger(__name__)


def document_purger(store: Store, retrieval: Retrieval) -> Callable[[datetime, set[str]], int]:
    """(cutoff, held tenants) -> documents removed: each tenant's own collections, documents
    ingested before the cutoff."""

    def purge(cutoff: datetime, held: set[str]) -> int:
        removed = 0
        for tenant in store.list_tenants():
            if tenant.name in held:
                continue
            for info in retrieval.list_collections(tenant.name):
                if info.owner != tenant.name:
                    continue  # shared with this tenant: its owner's retention applies
                for document in retrieval.list_documents(info.name, tenant.name):
                    ingested = datetime.fromisoformat(str(document["ingested_at"]))
                    if ingested.tzinfo is None:
                        ingested = ingested.replace(tzinfo=cutoff.tzinfo)
                    if ingested < cutoff:
                        retrieval.delete_document(info.name, tenant.name, str(document["id"]))
                        removed += 1
        return removed

    return purge


def purge_now(state: AppState, *, actor: str = "system:retention", record_empty: bool = True) -> PurgeReport:
    retrieval = state.retrieval.retrieval
    return run_retention(
        state.store,
        state.settings.retention,
        audit=state.tenancy.audit,
        subjects=state.tenancy.subjects,
        documents=document_purger(state.store, retrieval) if retrieval is not None else None,
        actor=actor,
        record_empty=record_empty,
    )


def erase_now(state: AppState, user: str, tenant: str | None, actor: str) -> ErasureReport:
    return erase_user(
        state.store, state.tenancy.subjects, state.tenancy.audit, user, tenant=tenant, actor=actor
    )


async def retention_schedule(state: AppState) -> None:
    """Purges every `purge_interval_s`, starting one interval after start. Every replica runs it; a
    purge finds nothing left by another, and records only runs that removed something."""
    while True:
        await asyncio.sleep(state.settings.retention.purge_interval_s)
        try:
            await asyncio.to_thread(purge_now, state, record_empty=False)
        except Exception:  # the next interval tries again; serving is never affected
            log.exception("scheduled retention purge failed")
