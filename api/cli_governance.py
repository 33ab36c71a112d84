"""`stockade db`: the database schema (Alembic migrations)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from api.config import ConfigError, Settings, load_settings
from api.db import migrate
from api.storage import Store

db_app = typer.Typer(no_args_is_help=True, help="The database schema (Alembic migrations)")
console = Console()
err = Console(stderr=True)

ConfigOption = Annotated[
    Path | None, typer.Option("--config", "-c", help="YAML configuration file (or STOCKADE_CONFIG)")
]


def _settings(config: Path | None) -> Settings:
    try:
        return load_settings(config)
    except ConfigError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}")
    return typer.Exit(1)


@db_app.command("upgrade")
def db_upgrade(config: ConfigOption = None) -> None:
    """Apply every migration the database lacks (a database made before migrations is taken over
    with all its rows); safe to run while other replicas start, and again when nothing is left."""
    store = Store.from_url(_settings(config).resolved_database_url())
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
    store = Store.from_url(_settings(config).resolved_database_url())
    try:
        found = migrate.state(store.engine)
    finally:
        store.close()
    console.print(f"database: {found.current or 'no revision'}; this Stockade: {found.head}")
    if not found.up_to_date:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
