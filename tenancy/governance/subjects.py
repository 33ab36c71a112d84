"""Per-subject keys: personal values are kept only sealed (AES-GCM) or pseudonymised (HMAC) under a
random key of their own, so destroying that one key erases them everywhere at once, including in
the hash-chained audit log, whose records cannot change without breaking the chain.

Two kinds of subject: an end user of one tenant (`user:`), erased on request, and a calendar day
(`day:`), destroyed when stored conversations reach their retention. A prompt kept in the audit log
is sealed under both, so either destruction makes it unreadable.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from tenancy.db.tables import SubjectKeyRow
from tenancy.storage import Store
from tenancy.timed_cache import TimedCache

ERASED = "erased"  # what a pseudonym becomes once its subject is erased


def user_lookup(tenant_id: str, user: str) -> str:
    return "user:" + hashlib.sha256(f"{tenant_id}\x1f{user}".encode()).hexdigest()[:59]


def day_lookup(day: str) -> str:
    return f"day:{day}"


@dataclass(frozen=True)
class SubjectKey:
    lookup: str
    secret: bytes

    def ref(self) -> str:
        """A stable pseudonym, meaningless without the key."""
        return hmac.new(self.secret, b"ref", hashlib.sha256).hexdigest()[:32]

    def seal(self, value: Any) -> str:
        nonce = os.urandom(12)
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        return base64.b64encode(
            nonce + AESGCM(self.secret).encrypt(nonce, data, self.lookup.encode())
        ).decode()

    def open(self, sealed: str) -> Any:
        raw = base64.b64decode(sealed)
        return json.loads(AESGCM(self.secret).decrypt(raw[:12], raw[12:], self.lookup.encode()))


class SubjectKeys:
    """Keys by lookup, created on first use; cached briefly, so an erasure made by another process
    (the CLI) takes effect here within `cache_ttl_s`."""

    def __init__(self, store: Store, cache_ttl_s: float = 60.0) -> None:
        self.store = store
        self._cache: TimedCache[str, SubjectKey] = TimedCache(cache_ttl_s)

    def get(self, lookup: str, *, create: bool = True) -> SubjectKey | None:
        hit = self._cache.get(lookup)
        if hit is not None:
            return hit
        started = time.monotonic()
        with self.store.session() as session:
            row = session.get(SubjectKeyRow, lookup)
            secret = row.secret if row else None
        if secret is None and create:
            secret = secrets.token_hex(32)
            try:
                with self.store.session() as session:
                    session.add(SubjectKeyRow(lookup=lookup, secret=secret, created_at=datetime.now(UTC)))
            except IntegrityError:  # another replica made it first: use theirs
                with self.store.session() as session:
                    secret = session.scalars(
                        select(SubjectKeyRow.secret).where(SubjectKeyRow.lookup == lookup)
                    ).one()
        if secret is None:
            return None
        key = SubjectKey(lookup, bytes.fromhex(secret))
        self._cache.put(lookup, key, started)
        return key

    def destroy(self, lookups: list[str]) -> int:
        for lookup in lookups:
            self._cache.forget(lookup)
        if not lookups:
            return 0
        with self.store.session() as session:
            result = session.execute(delete(SubjectKeyRow).where(SubjectKeyRow.lookup.in_(lookups)))
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def days_before(self, day: str) -> list[str]:
        with self.store.session() as session:
            rows = session.scalars(select(SubjectKeyRow.lookup).where(SubjectKeyRow.lookup.like("day:%")))
            return [lookup for lookup in rows if lookup.removeprefix("day:") < day]


def seal_personal(
    keys: SubjectKeys, tenant_id: str, day: str, user: str | None, value: Any
) -> dict[str, str]:
    """The audit detail fields for a personal value: sealed under the day's key, and under the
    user's key first when the request named a user; plus the user's pseudonym."""
    fields: dict[str, str] = {}
    if user:
        user_key = keys.get(user_lookup(tenant_id, user))
        assert user_key is not None
        value = {"sealed_by_user": user_key.seal(value)}
        fields["subject"] = user_key.ref()
    day_key = keys.get(day_lookup(day))
    assert day_key is not None
    fields["sealed"] = day_key.seal(value)
    fields["sealed_day"] = day
    return fields
