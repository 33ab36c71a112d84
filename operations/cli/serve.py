"""`stockade serve` (first start shows the first keys once) and `stockade db` (the schema)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.panel import Panel

from api.config import ConfigError, Settings
from operations.cli.common import ConfigOption, console, error_exit, load_or_exit, open_store
from tenancy.db import migrate
from tenancy.storage import Store

db_app = typer.Typer(no_args_is_help=True, help="The database schema (Alembic migrations)")


def _bootstrap_first_keys(store: Store, settings: Settings) -> None:
    """On a brand-new database, create a tenant, a tenant key and an admin key, and show them once."""
    if store.count_keys() > 0:
        return
    tenant = store.tenant_by_name("default") or store.create_tenant("default")
    user_key = store.create_key(scope="tenant", tenant_name=tenant.name, name="first key")
    admin = store.create_key(scope="admin", name="first admin key")
    base = f"http{'s' if settings.server.tls_certfile else ''}://{settings.server.host}:{settings.server.port}/v1"
    console.print(
        Panel.fit(
            "These keys are shown once and stored only as hashes. Save them now.\n\n"
            f"tenant 'default' key: [bold]{user_key.secret}[/bold]\n"
            f"admin key:            [bold]{admin.secret}[/bold]\n\n"
            "Call it with any OpenAI SDK:\n"
            "  from openai import OpenAI\n"
            f'  client = OpenAI(base_url="{base}", api_key="<tenant key>")\n'
            '  client.chat.completions.create(model="qwen2.5-coder-0.5b-instruct",\n'
            '      messages=[{"role": "user", "content": "What is the capital of France?"}])\n\n'
            "More keys: stockade keys create --tenant default",
            title="Stockade: first start",
        )
    )


def serve(
    config: ConfigOption = None,
    host: Annotated[str | None, typer.Option(help="bind address (default from config: 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(help="port (default from config: 8000)")] = None,
    workers: Annotated[
        int | None, typer.Option(help="worker processes (default from config: 1; more need redis_url)")
    ] = None,
) -> None:
    """Serve the OpenAI-compatible API."""
    from api.serving import configure_logging
    from api.serving import serve as run_server

    settings = load_or_exit(config)
    if host:
        settings.server.host = host
    if port:
        settings.server.port = port
    if workers:
        settings.server.workers = workers
    configure_logging(settings.log_level)
    store = open_store(settings)
    _bootstrap_first_keys(store, settings)
    store.close()
    scheme = "https" if settings.server.tls_certfile else "http"
    base = f"{scheme}://{settings.server.host}:{settings.server.port}"
    console.print(f"Serving on [bold]{base}/v1[/bold]  (health: {base}/readyz, metrics: {base}/metrics)")
    if settings.server.admin_port is not None:
        admin_host = settings.server.admin_host or settings.server.host
        admin_base = f"{scheme}://{admin_host}:{settings.server.admin_port}"
        console.print(
            f"Admin API on [bold]{admin_base}/admin[/bold], console on [bold]{admin_base}/console[/bold]"
        )
    elif settings.console.enabled:
        console.print(f"Console on [bold]{base}/console[/bold]")
    try:
        run_server(settings)
    except ConfigError as exc:
        raise error_exit(str(exc)) from exc


@db_app.command("upgrade")
def db_upgrade(config: ConfigOption = None) -> None:
    """Apply every migration the database lacks (a database made before migrations is taken over
    with all its rows); safe to run while other replicas start, and again when nothing is left."""
    store = Store.from_url(load_or_exit(config).resolved_database_url())
    try:
        after = migrate.upgrade(store.engine)
    except migrate.SchemaError as exc:
        raise error_exit(str(exc)) from exc
    finally:
        store.close()
    if after.found == after.current:
        console.print(f"schema already current (revision {after.current})")
    else:
        console.print(f"schema upgraded from {after.found or 'no revision'} to {after.current}")


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
