"""`stockade db` (the schema), `stockade retention run`, `stockade erase`, `stockade tenants legal-hold`."""

from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import Annotated

import typer

from api.cli_common import ConfigOption, console, err, load_or_exit
from api.config import Settings
from tenancy.audit import AuditLog
from tenancy.db import migrate
from tenancy.db.migrate import prepare_schema
from tenancy.governance.erasure import erase_user
from tenancy.governance.retention import run_retention
from tenancy.governance.subjects import SubjectKeys
from tenancy.storage import StorageError, Store

db_app = typer.Typer(no_args_is_help=True, help="The database schema (Alembic migrations)")


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}")
    return typer.Exit(1)


@db_app.command("upgrade")
def db_upgrade(config: ConfigOption = None) -> None:
    """Apply every migration the database lacks (a database made before migrations is taken over
    with all its rows); safe to run while other replicas start, and again when nothing is left."""
    store = Store.from_url(load_or_exit(config).resolved_database_url())
    try:
        before = migrate.state(store.engine)
        after = migrate.upgrade(store.engine)
    except migrate.SchemaError as exc:
        raise _fail(str(exc)) from exc
    finally:
        store.close()
    if before.current == after.current:
        console.print(f"schema already current (revision {after.current})")
    else:
        console.print(f"schema upgraded from {before.current or 'no revision'} to {after.current}")


@db_app.command("current")
def db_current(config: ConfigOption = None) -> None:
    """The database's schema revision and the one this Stockade needs; exit 1 when they differ."""
    store = Store.from_url(load_or_exit(config).resolved_database_url())
    try:
        found = migrate.state(store.engine)
    finally:
        store.close()
    console.print(f"database: {found.current or 'no revision'}; this Stockade: {found.head}")
    if not found.up_to_date:
        raise typer.Exit(1)


retention_app = typer.Typer(
    no_args_is_help=True, help="Retention of stored records (configuration: retention)"
)


def _governed_store(config: Path | None) -> tuple[Settings, Store]:
    settings = load_or_exit(config)
    store = Store.from_url(settings.resolved_database_url())
    try:
        prepare_schema(store, settings)
    except migrate.SchemaError as exc:
        raise _fail(str(exc)) from exc
    return settings, store


def _actor() -> str:
    return f"cli:{getpass.getuser()}"


@retention_app.command("run")
def retention_run(config: ConfigOption = None) -> None:
    """Purge every kind of record older than its configured retention (legal holds respected);
    the audit log records what went. Documents are purged by the server, where they are loaded."""
    settings, store = _governed_store(config)
    report = run_retention(
        store, settings.retention, audit=AuditLog(store), subjects=SubjectKeys(store), actor=_actor()
    )
    typer.echo(json.dumps(report.detail(), indent=2))


def erase(
    user: Annotated[str, typer.Option("--user", help="the `user` field of the person's requests")],
    tenant: Annotated[str | None, typer.Option(help="only this tenant (default: every tenant)")] = None,
    config: ConfigOption = None,
) -> None:
    """Erase one end user everywhere (GDPR art. 17, KVKK art. 7) and print the erasure report."""
    _, store = _governed_store(config)
    try:
        report = erase_user(store, SubjectKeys(store), AuditLog(store), user, tenant=tenant, actor=_actor())
    except StorageError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(json.dumps(report.json(), indent=2))


def legal_hold(
    name: str,
    release: Annotated[bool, typer.Option("--release", help="lift the hold")] = False,
    config: ConfigOption = None,
) -> None:
    """Put a tenant under legal hold (no retention purge touches its records), or lift it."""
    _, store = _governed_store(config)
    try:
        tenant = store.set_legal_hold(name, not release)
    except StorageError as exc:
        raise _fail(str(exc)) from exc
    AuditLog(store).append(
        actor=_actor(), action="tenant.legal_hold", tenant=name, detail={"hold": not release}
    )
    console.print(f"tenant [bold]{name}[/bold]: legal hold {'on' if tenant.legal_hold else 'off'}")


def register(app: typer.Typer, tenants_app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
    app.add_typer(retention_app, name="retention")
    app.command("erase")(erase)
    tenants_app.command("legal-hold")(legal_hold)
