"""Retention of documents in retrieval collections (files on disk, outside SQL)."""

from __future__ import annotations

from datetime import datetime

from api.storage import Store
from retrieval.service import Retrieval


def document_purger(store: Store, retrieval: Retrieval):  # type: ignore[no-untyped-def]
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
