"""`stockade retention run`, `stockade erase`, `stockade tenants legal-hold`."""

from __future__ import annotations

import getpass
import json
from pathlib import Path
from typing import Annotated

import typer

from api.config import Settings
from operations.cli.common import ConfigOption, console, error_exit, load_or_exit
from tenancy.audit import AuditLog
from tenancy.db import migrate
from tenancy.db.migrate import prepare_schema
from tenancy.governance.erasure import erase_user
from tenancy.governance.retention import run_retention
from tenancy.governance.subjects import SubjectKeys
from tenancy.storage import StorageError, Store

retention_app = typer.Typer(
    no_args_is_help=True, help="Retention of stored records (configuration: retention)"
)


def _governed_store(config: Path | None) -> tuple[Settings, Store]:
    settings = load_or_exit(config)
    store = Store.from_url(settings.resolved_database_url())
    try:
        prepare_schema(store, settings)
    except migrate.SchemaError as exc:
        raise error_exit(str(exc)) from exc
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
        raise error_exit(str(exc)) from exc
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
        raise error_exit(str(exc)) from exc
    AuditLog(store).append(
        actor=_actor(), action="tenant.legal_hold", tenant=name, detail={"hold": not release}
    )
    console.print(f"tenant [bold]{name}[/bold]: legal hold {'on' if tenant.legal_hold else 'off'}")
