"""Responses kept per tenant (`store: true`): one row each, holding this request's own input items
and the Response object, both as the model read and wrote them (placeholders, never restored
values). Only the owner tenant finds a response; to anyone else it does not exist."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select

from api.responses.items import Item
from tenancy.db.tables import StoredResponseRow
from tenancy.storage import Store


@dataclass(frozen=True)
class StoredResponse:
    id: str
    previous_response_id: str | None
    input_items: list[Item]
    body: dict[str, Any]


class ResponseStore:
    """Synchronous (SQLAlchemy): call it from a thread. A response past `keep_days` is gone even
    before the retention purge removes its row."""

    def __init__(self, store: Store, keep_days: float | None) -> None:
        self.store = store
        self.keep_days = keep_days

    def save(self, tenant_id: str, key_id: str, user_ref: str, response: StoredResponse) -> None:
        with self.store.session() as session:
            session.add(
                StoredResponseRow(
                    id=response.id,
                    tenant_id=tenant_id,
                    key_id=key_id,
                    created_at=datetime.now(UTC),
                    previous_response_id=response.previous_response_id,
                    user_ref=user_ref,
                    input_items=json.dumps(response.input_items, ensure_ascii=False),
                    body=json.dumps(response.body, ensure_ascii=False),
                )
            )

    def get(self, tenant_id: str, response_id: str) -> StoredResponse | None:
        with self.store.session() as session:
            row = session.scalars(self._owned(tenant_id, response_id)).first()
            if row is None:
                return None
            return StoredResponse(
                row.id, row.previous_response_id, json.loads(row.input_items), json.loads(row.body)
            )

    def delete(self, tenant_id: str, response_id: str) -> bool:
        with self.store.session() as session:
            result = session.execute(
                delete(StoredResponseRow).where(
                    StoredResponseRow.id == response_id, StoredResponseRow.tenant_id == tenant_id
                )
            )
            deleted = bool(result.rowcount)  # type: ignore[attr-defined]
        if deleted:
            self.store.erase_deleted()
        return deleted

    def conversation(self, tenant_id: str, response_id: str, max_items: int) -> list[Item] | None:
        """Every item of the chain that ends in `response_id`, oldest first: each response's input
        items, then its output. None when the response (or one it continues) is not found."""
        turns: list[list[Item]] = []
        count = 0
        next_id: str | None = response_id
        while next_id is not None:
            found = self.get(tenant_id, next_id)
            if found is None:
                return None
            turn = [*found.input_items, *found.body.get("output", [])]
            turns.append(turn)
            count += len(turn)
            if count > max_items:
                break  # over the request's own message limit anyway: the pipeline refuses it
            next_id = found.previous_response_id
        return [item for turn in reversed(turns) for item in turn]

    def _owned(self, tenant_id: str, response_id: str) -> Any:
        query = select(StoredResponseRow).where(
            StoredResponseRow.id == response_id, StoredResponseRow.tenant_id == tenant_id
        )
        if self.keep_days is not None:
            query = query.where(
                StoredResponseRow.created_at >= datetime.now(UTC) - timedelta(days=self.keep_days)
            )
        return query
