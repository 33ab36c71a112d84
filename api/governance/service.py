"""Retention and erasure as the running server does them (the CLI calls the same functions)."""

from __future__ import annotations

import asyncio
import logging

from api.governance.documents import document_purger
from api.governance.erasure import ErasureReport, erase_user
from api.governance.retention import PurgeReport, run_retention
from api.state import AppState

log = logging.getLogger(__name__)


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
