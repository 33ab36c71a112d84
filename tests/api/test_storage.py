"""Tenants and keys on both backends: SQLite (embedded default) and PostgreSQL."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tenancy.storage import StorageError, Store, normalise_database_url

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://root@127.0.0.1:5432/test")


def _postgres_store() -> Iterator[Store]:
    schema = f"stockade_test_{secrets.token_hex(4)}"
    admin = create_engine(normalise_database_url(DATABASE_URL))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    store = Store.from_url(DATABASE_URL, schema=schema)
    store.create_schema()
    try:
        yield store
    finally:
        store.close()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        s = Store.from_url(f"sqlite:///{tmp_path / 'db.sqlite'}")
        s.create_schema()
        yield s
        s.close()
    else:
        yield from _postgres_store()


def test_tenant_names_are_unique_and_validated(store: Store) -> None:
    store.create_tenant("acme")
    with pytest.raises(StorageError, match="already exists"):
        store.create_tenant("acme")
    with pytest.raises(StorageError):
        store.create_tenant("bad name; drop table")
    assert [t.name for t in store.list_tenants()] == ["acme"]


def test_key_is_stored_only_as_a_hash_and_authenticates(store: Store) -> None:
    store.create_tenant("acme")
    issued = store.create_key(scope="tenant", tenant_name="acme", name="ci")
    assert issued.secret.startswith("sk-stk-")
    with store.engine.connect() as conn:
        dump = " ".join(str(v) for row in conn.execute(text("SELECT * FROM api_keys")) for v in row)
    assert issued.secret not in dump
    assert issued.secret.split("_", 1)[1] not in dump
    key = store.authenticate(issued.secret)
    assert key is not None and key.tenant_name == "acme" and key.scope == "tenant"
    assert store.authenticate(issued.secret + "x") is None
    assert store.authenticate(issued.secret[:-1] + ("A" if issued.secret[-1] != "A" else "B")) is None
    assert store.authenticate("sk-stk-nothing") is None
    assert store.authenticate("") is None


def test_revoked_and_expired_keys_stop_working(store: Store) -> None:
    store.create_tenant("acme")
    live = store.create_key(scope="tenant", tenant_name="acme")
    revoked = store.create_key(scope="tenant", tenant_name="acme")
    store.revoke_key(revoked.key.id)
    expired = store.create_key(scope="tenant", tenant_name="acme", expires_in=timedelta(seconds=-1))
    assert store.authenticate(live.secret) is not None
    assert store.authenticate(revoked.secret) is None
    assert store.authenticate(expired.secret) is None
    listed = {k.id: k for k in store.list_keys("acme")}
    assert listed[revoked.key.id].revoked_at is not None
    assert listed[live.key.id].revoked_at is None


def test_key_for_unknown_tenant_and_unknown_revoke_fail_cleanly(store: Store) -> None:
    with pytest.raises(StorageError, match="no tenant"):
        store.create_key(scope="tenant", tenant_name="ghost")
    with pytest.raises(StorageError, match="no key"):
        store.revoke_key("doesnotexist")
    assert store.count_keys() == 0


def test_admin_keys_have_no_tenant(store: Store) -> None:
    admin = store.create_key(scope="admin")
    key = store.authenticate(admin.secret)
    assert key is not None and key.scope == "admin" and key.tenant_id is None
