"""Bring a database to the schema this code expects, with Alembic, on SQLite and PostgreSQL.

Every replica calls `upgrade` at start. On PostgreSQL they take turns (a transaction-scoped
advisory lock): two replicas checking for a missing table at once would both create it, and one
would fail to start (seen with four gateways starting together). A database that a newer Stockade
has already migrated is refused rather than run against a schema this code does not know.
"""

from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_PG_SCHEMA_LOCK = 7_221_005  # arbitrary, constant advisory-lock id for changing the schema
_process_lock = threading.Lock()


class _HasEngine(Protocol):
    engine: Engine


class _MigrateSetting(Protocol):
    migrate_on_start: bool


class SchemaError(Exception):
    """The database cannot be used by this version (migrated by a newer one, or not yet upgraded)."""


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # None: never migrated (empty, or made by create_all before migrations)
    head: str
    # After an upgrade: the revision it found under the migration lock, before applying anything.
    # Read outside the lock it could be a revision another replica was replacing at that moment.
    found: str | None = field(default=None, compare=False)

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def _lock(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_SCHEMA_LOCK})


def _current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _known(revision: str | None) -> bool:
    if revision is None:
        return True
    try:
        return _scripts().get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def state(engine: Engine) -> SchemaState:
    with engine.connect() as connection:
        return SchemaState(_current(connection), _scripts().get_current_head() or "")


@contextmanager
def _sqlite_file_lock(engine: Engine) -> Iterator[None]:
    """SQLite runs DDL outside transactions, so its write lock cannot serialise two processes
    migrating one file; a lock file beside the database does."""
    path = engine.url.database if engine.dialect.name == "sqlite" else None
    if not path or path == ":memory:":
        yield
        return
    with open(f"{path}.migrate.lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def upgrade(engine: Engine, revision: str = "head") -> SchemaState:
    """Apply every migration the database lacks, in one transaction where the database allows it."""
    # Alembic keeps its running context in module globals: one migration per process at a time.
    with _process_lock, _sqlite_file_lock(engine), engine.begin() as connection:
        _lock(connection)
        current = _current(connection)
        if not _known(current):
            raise SchemaError(
                f"the database is at schema revision {current!r}, which this Stockade does not know: "
                "it was upgraded by a newer version; run that version (or restore a backup)"
            )
        command.upgrade(_config(connection), revision)
        return SchemaState(_current(connection), _scripts().get_current_head() or "", found=current)


def prepare_schema(store: _HasEngine, settings: _MigrateSetting) -> None:
    """At start: migrate when the configuration allows it (the default), else insist on a current
    schema, for sites where only a deliberate `stockade db upgrade` may change the database."""
    if settings.migrate_on_start:
        upgrade(store.engine)
    else:
        require_current(store.engine)


def require_current(engine: Engine) -> None:
    """For a server told not to migrate by itself: refuse to start on an old schema."""
    found = state(engine)
    if not found.up_to_date:
        raise SchemaError(
            f"the database schema is at {found.current or 'no revision'}, this Stockade needs "
            f"{found.head}: run `stockade db upgrade` first"
        )
