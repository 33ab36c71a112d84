"""Allow-lists: which models, apps and collections a tenant, and each of its keys, may use.

A request must pass both lists: the tenant's (what the organisation granted the team) and the key's
(what one application of that team needs). No list of a kind means no restriction of that kind.
Lists are re-read after a short TTL like limits, so a change reaches every replica without a restart.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tenancy.db.tables import AllowListRow
from tenancy.errors import NotOnAllowList
from tenancy.storage import ApiKey, Store
from tenancy.timed_cache import TimedCache

Kind = Literal["models", "apps", "collections"]
_PARAM = {"models": "model", "apps": "model", "collections": "collection"}
_NOUN = {"models": "model", "apps": "app", "collections": "collection"}
_SURROGATE = re.compile("[\ud800-\udfff]")


class AllowList(BaseModel):
    """`None`: any; `[]`: none."""

    model_config = ConfigDict(extra="forbid")

    models: list[str] | None = Field(default=None, max_length=1000)
    apps: list[str] | None = Field(default=None, max_length=1000)
    collections: list[str] | None = Field(default=None, max_length=1000)

    @field_validator("models", "apps", "collections")
    @classmethod
    def _names(cls, values: list[str] | None) -> list[str] | None:
        # Names are stored as JSON text; a lone surrogate cannot be encoded for any database.
        if values is not None and any(not 1 <= len(v) <= 256 or _SURROGATE.search(v) for v in values):
            raise ValueError("names are 1-256 characters of valid Unicode")
        return values

    def permits(self, kind: Kind, name: str) -> bool:
        values = getattr(self, kind)
        return values is None or name in values


def _load(value: str | None) -> list[str] | None:
    return None if value is None else [str(v) for v in json.loads(value)]


def _dump(value: list[str] | None) -> str | None:
    return None if value is None else json.dumps(sorted(set(value)))


class AccessRepository:
    def __init__(self, store: Store, cache_ttl_s: float = 2.0) -> None:
        self.store = store
        self.cache: TimedCache[str, AllowList] = TimedCache(cache_ttl_s)

    def get(self, subject: str) -> AllowList:
        cached = self.cache.get(subject)
        return cached if cached is not None else self.load(subject)

    def load(self, subject: str) -> AllowList:
        """Reads the database (never the cache) and caches what it read."""
        started = time.monotonic()
        with self.store.session() as session:
            row = session.get(AllowListRow, subject)
            lists = (
                AllowList(models=_load(row.models), apps=_load(row.apps), collections=_load(row.collections))
                if row
                else AllowList()
            )
        self.cache.put(subject, lists, started)
        return lists

    def set(self, subject: str, lists: AllowList) -> AllowList:
        with self.store.session() as session:
            row = session.get(AllowListRow, subject)
            if row is None:
                row = AllowListRow(subject=subject)
                session.add(row)
            row.models, row.apps, row.collections = (
                _dump(lists.models),
                _dump(lists.apps),
                _dump(lists.collections),
            )
        self.cache.forget(subject)
        return self.get(subject)


def refusal(key: ApiKey, tenant: AllowList, own: AllowList, kind: Kind, name: str) -> NotOnAllowList | None:
    """The 403 for using `name`, or None when both lists permit it."""
    for lists, who in ((tenant, "your tenant"), (own, "this API key")):
        if not lists.permits(kind, name):
            return NotOnAllowList(
                f"The {_NOUN[kind]} '{name}' is not on the allow-list of {who}.",
                code=f"{_NOUN[kind]}_not_allowed",
                param=_PARAM[kind],
            )
    return None


def permitted(tenant: AllowList, own: AllowList, kind: Kind) -> Callable[[str], bool]:
    return lambda name: tenant.permits(kind, name) and own.permits(kind, name)
