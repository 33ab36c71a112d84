"""What every `stockade` command group shares: the consoles, the --config option, settings loading,
the database, the audit log, the catalog and the error exits."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from api.config import ConfigError, Settings, load_settings
from inference.catalog import Catalog, CatalogError, load_catalog
from tenancy.audit import AuditLog
from tenancy.db.migrate import SchemaError, prepare_schema
from tenancy.storage import Store

console = Console()
err = Console(stderr=True)

ConfigOption = Annotated[
    Path | None, typer.Option("--config", "-c", help="YAML configuration file (or STOCKADE_CONFIG)")
]


def load_or_exit(config: Path | None) -> Settings:
    """The settings, or exit 2 with the reason (a CLI user gets no stack trace)."""
    try:
        return load_settings(config)
    except ConfigError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def error_exit(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}")
    return typer.Exit(1)


def bad_input_exit(message: str) -> typer.Exit:
    """For `stockade eval`, where exit code 1 means a regression."""
    err.print(f"[red]error:[/red] {message}")
    return typer.Exit(2)


def open_store(settings: Settings) -> Store:
    store = Store.from_url(settings.resolved_database_url())
    try:
        prepare_schema(store, settings)
    except SchemaError as exc:
        raise error_exit(str(exc)) from exc
    return store


def audit(store: Store, action: str, tenant: str = "", **detail: object) -> None:
    AuditLog(store).append(actor=f"cli:{getpass.getuser()}", action=action, tenant=tenant, detail=detail)


def catalog_or_exit(settings: Settings) -> Catalog:
    try:
        return load_catalog(settings.catalog_path)
    except CatalogError as exc:
        raise error_exit(str(exc)) from exc
