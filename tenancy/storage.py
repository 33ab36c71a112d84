"""Tenants and API keys in SQL: one SQLite file by default, PostgreSQL with the same code.

Keys are stored only as sha256 hashes. A key reads `sk-stk-<key id>_<secret>`: the id is looked up
(it is not secret), the hash of the whole key is compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from tenancy.db.migrate import upgrade as upgrade_schema
from tenancy.db.tables import ApiKeyRow, Base, TenantRow

log = logging.getLogger(__name__)

KEY_PREFIX = "sk-stk-"
Scope = Literal["tenant", "admin"]
# Kept here, beside the keys that carry them, so the store needs nothing above it; api.identity
# says what each role may do.
ADMIN_ROLES = ("platform-admin", "tenant-admin", "auditor", "app-developer")
TENANT_ROLES = ("tenant-admin", "app-developer")  # bound to one tenant

__all__ = ["ApiKeyRow", "Base", "TenantRow"]  # re-exported: the tables moved to tenancy.db.tables


@dataclass(frozen=True)
class Tenant:
    id: str
    name: str
    created_at: datetime
    disabled: bool
    legal_hold: bool = False


@dataclass(frozen=True)
class ApiKey:
    id: str
    scope: Scope
    tenant_id: str | None
    tenant_name: str | None
    name: str
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    role: str = ""  # admin keys: a role of tenancy.roles; tenant keys: ""
    rotated_from: str | None = None


@dataclass(frozen=True)
class IssuedKey:
    key: ApiKey
    secret: str  # the full key, shown once and never stored


class StorageError(Exception):
    """A request the store cannot honour (unknown tenant, duplicate name); safe to show to a user."""


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes even for timezone-aware columns; they were written as UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def parse_key_id(secret: str) -> str | None:
    if not secret.startswith(KEY_PREFIX):
        return None
    key_id, sep, rest = secret[len(KEY_PREFIX) :].partition("_")
    if not sep or not rest or len(key_id) != 12 or not key_id.isalnum():
        return None
    return key_id


def normalise_database_url(url: str) -> str:
    """Plain postgresql:// URLs use psycopg 3, the driver installed with Stockade."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, *, schema: str | None = None) -> Engine:
    url = normalise_database_url(url)
    if url.startswith("sqlite"):
        path = make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            # Deleted rows (an erased user's responses and feedback, a destroyed subject key) are
            # overwritten in the file, not left in free space; `erase_deleted` empties the WAL.
            cursor.execute("PRAGMA secure_delete=ON")
            cursor.close()

        return engine
    connect_args = {"options": f"-csearch_path={schema}"} if schema else {}
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, connect_args=connect_args)


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def from_url(cls, url: str, *, schema: str | None = None) -> Store:
        return cls(make_engine(url, schema=schema))

    def create_schema(self) -> None:
        """Brings the database to the current schema with the Alembic migrations (tenancy/db); every
        replica calls this at start, and on PostgreSQL they take turns under an advisory lock."""
        upgrade_schema(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def erase_deleted(self) -> None:
        """Called once rows of personal data were deleted (erasure, retention, a deleted stored
        response). On SQLite the write-ahead log still holds those rows as they were written until a
        checkpoint: truncating it now makes the deletion reach the disk. On PostgreSQL deleted rows
        stay in the table's files until VACUUM reuses their space (docs/security.md)."""
        if self.engine.dialect.name != "sqlite":
            return
        with self.engine.connect() as connection:
            busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()[0]
        if busy:
            log.warning("a reader kept the SQLite WAL from being truncated after a deletion")

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    # tenants -------------------------------------------------------------------------------
    def create_tenant(self, name: str) -> Tenant:
        name = name.strip()
        if not name or len(name) > 64 or not all(c.isalnum() or c in "-_." for c in name):
            raise StorageError("tenant names are 1-64 characters: letters, digits, '-', '_' or '.'")
        row = TenantRow(id=secrets.token_hex(8), name=name, created_at=_now(), disabled=False)
        try:
            with self.session() as session:
                session.add(row)
        except IntegrityError as exc:
            raise StorageError(f"tenant {name!r} already exists") from exc
        return _tenant(row)

    def list_tenants(self) -> list[Tenant]:
        with self.session() as session:
            return [_tenant(r) for r in session.scalars(select(TenantRow).order_by(TenantRow.name))]

    def tenant_by_name(self, name: str) -> Tenant | None:
        with self.session() as session:
            row = session.scalar(select(TenantRow).where(TenantRow.name == name))
            return _tenant(row) if row else None

    # keys ----------------------------------------------------------------------------------
    def create_key(
        self,
        *,
        scope: Scope,
        tenant_name: str | None = None,
        name: str = "",
        expires_in: timedelta | None = None,
        role: str | None = None,
        rotated_from: str | None = None,
    ) -> IssuedKey:
        if scope == "tenant" and not tenant_name:
            raise StorageError("a tenant key needs a tenant")
        if scope == "tenant" and role:
            raise StorageError("tenant keys have no role; roles are for admin keys")
        if scope == "admin":
            # Without a role an admin key keeps what admin keys always had: everything.
            role = role or "platform-admin"
            if role not in ADMIN_ROLES:
                raise StorageError(f"unknown role {role!r}: one of {', '.join(ADMIN_ROLES)}")
            if role in TENANT_ROLES and not tenant_name:
                raise StorageError(f"a {role} key needs a tenant")
        with self.session() as session:
            tenant = None
            if tenant_name:
                tenant = session.scalar(select(TenantRow).where(TenantRow.name == tenant_name))
                if tenant is None:
                    raise StorageError(f"no tenant named {tenant_name!r}")
            key_id = secrets.token_hex(6)
            secret = f"{KEY_PREFIX}{key_id}_{secrets.token_urlsafe(32)}"
            now = _now()
            row = ApiKeyRow(
                id=key_id,
                key_hash=hash_key(secret),
                scope=scope,
                tenant_id=tenant.id if tenant else None,
                name=name,
                created_at=now,
                expires_at=now + expires_in if expires_in else None,
                revoked_at=None,
                role=role or "",
                rotated_from=rotated_from,
            )
            session.add(row)
            session.flush()
            return IssuedKey(_key(row, tenant.name if tenant else None), secret)

    def revoke_key(self, key_id: str) -> ApiKey:
        with self.session() as session:
            row = session.get(ApiKeyRow, key_id)
            if row is None:
                raise StorageError(f"no key with id {key_id!r}")
            if row.revoked_at is None:
                row.revoked_at = _now()
            tenant = session.get(TenantRow, row.tenant_id) if row.tenant_id else None
            return _key(row, tenant.name if tenant else None)

    def rotate_key(self, key_id: str, overlap: timedelta) -> tuple[ApiKey, IssuedKey]:
        """A new key with the old one's tenant, scope, role and name; the old key keeps working
        until `overlap` from now (or its own earlier expiry), so clients can switch without an outage."""
        with self.session() as session:
            row = session.get(ApiKeyRow, key_id)
            if row is None:
                raise StorageError(f"no key with id {key_id!r}")
            if row.revoked_at is not None:
                raise StorageError(f"key {key_id!r} is revoked; create a new key instead")
            tenant = session.get(TenantRow, row.tenant_id) if row.tenant_id else None
            scope: Scope = "admin" if row.scope == "admin" else "tenant"
            deadline = _now() + overlap
            current = _aware(row.expires_at)
            if current is None or current > deadline:
                row.expires_at = deadline
            old = _key(row, tenant.name if tenant else None)
            # The new key lives as long as the old one was meant to (the same expiry policy).
            created = _aware(row.created_at) or _now()
            lifetime = current - created if current is not None else None
        issued = self.create_key(
            scope=scope,
            tenant_name=old.tenant_name,
            name=old.name,
            expires_in=lifetime,
            role=old.role or None,
            rotated_from=old.id,
        )
        return old, issued

    def set_legal_hold(self, tenant_name: str, hold: bool) -> Tenant:
        with self.session() as session:
            row = session.scalar(select(TenantRow).where(TenantRow.name == tenant_name))
            if row is None:
                raise StorageError(f"no tenant named {tenant_name!r}")
            row.legal_hold = hold
            return _tenant(row)

    def list_keys(self, tenant_name: str | None = None) -> list[ApiKey]:
        with self.session() as session:
            query = select(ApiKeyRow, TenantRow.name).outerjoin(
                TenantRow, ApiKeyRow.tenant_id == TenantRow.id
            )
            if tenant_name:
                query = query.where(TenantRow.name == tenant_name)
            return [_key(row, tname) for row, tname in session.execute(query.order_by(ApiKeyRow.created_at))]

    def key_by_id(self, key_id: str) -> ApiKey | None:
        with self.session() as session:
            row = session.get(ApiKeyRow, key_id)
            if row is None:
                return None
            tenant = session.get(TenantRow, row.tenant_id) if row.tenant_id else None
            return _key(row, tenant.name if tenant else None)

    def count_keys(self) -> int:
        with self.session() as session:
            return int(session.scalar(select(func.count()).select_from(ApiKeyRow)) or 0)

    def authenticate(self, secret: str) -> ApiKey | None:
        """The live key behind a presented secret, or None (unknown, revoked, expired, tenant disabled)."""
        key_id = parse_key_id(secret)
        if key_id is None:
            return None
        with self.session() as session:
            found = session.execute(
                select(ApiKeyRow, TenantRow)
                .outerjoin(TenantRow, ApiKeyRow.tenant_id == TenantRow.id)
                .where(ApiKeyRow.id == key_id)
            ).first()
        if found is None:
            hmac.compare_digest(hash_key(secret), "0" * 64)  # same work whether or not the id exists
            return None
        row, tenant = found
        if not hmac.compare_digest(hash_key(secret), row.key_hash):
            return None
        expires_at = _aware(row.expires_at)
        if row.revoked_at is not None or (expires_at is not None and expires_at <= _now()):
            return None
        if tenant is not None and tenant.disabled:
            return None
        return _key(row, tenant.name if tenant else None)


def _tenant(row: TenantRow) -> Tenant:
    return Tenant(
        id=row.id,
        name=row.name,
        created_at=_aware(row.created_at) or _now(),
        disabled=row.disabled,
        legal_hold=bool(row.legal_hold),
    )


def _key(row: ApiKeyRow, tenant_name: str | None) -> ApiKey:
    return ApiKey(
        id=row.id,
        scope="admin" if row.scope == "admin" else "tenant",
        tenant_id=row.tenant_id,
        tenant_name=tenant_name,
        name=row.name,
        created_at=_aware(row.created_at) or _now(),
        expires_at=_aware(row.expires_at),
        revoked_at=_aware(row.revoked_at),
        role=row.role or "",
        rotated_from=row.rotated_from,
    )
