"""`stockade tenants` and `stockade keys`: tenants, their limits, API keys (shown once, stored hashed)."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer
from rich.table import Table

from operations.cli.common import ConfigOption, audit, console, err, error_exit, load_or_exit, open_store
from tenancy.access import AccessRepository
from tenancy.limits import Limits, LimitsRepository, key_subject
from tenancy.storage import StorageError

tenants_app = typer.Typer(no_args_is_help=True, help="Manage tenants")
keys_app = typer.Typer(no_args_is_help=True, help="Manage API keys (shown once, stored hashed)")


# tenants -------------------------------------------------------------------------------------
@tenants_app.command("create")
def tenants_create(name: str, config: ConfigOption = None) -> None:
    """Create a tenant."""
    store = open_store(load_or_exit(config))
    try:
        tenant = store.create_tenant(name)
    except StorageError as exc:
        raise error_exit(str(exc)) from exc
    audit(store, "tenant.create", tenant.name)
    console.print(f"created tenant [bold]{tenant.name}[/bold] (id {tenant.id})")


@tenants_app.command("set-limits")
def tenants_set_limits(
    name: str,
    rps: Annotated[float | None, typer.Option(help="requests per second (token bucket rate)")] = None,
    burst: Annotated[int | None, typer.Option(help="bucket size (default 2 x rps)")] = None,
    daily_tokens: Annotated[int | None, typer.Option(help="prompt + completion tokens per day")] = None,
    monthly_budget: Annotated[float | None, typer.Option(help="currency per month at catalog prices")] = None,
    budget_policy: Annotated[str, typer.Option(help="hard: refuse; soft: route to cheaper tiers")] = "hard",
    timezone: Annotated[str, typer.Option(help="IANA zone of the tenant's day boundary")] = "UTC",
    max_tokens_per_request: Annotated[
        int | None, typer.Option(help="cap on one request's max_tokens")
    ] = None,
    max_prompt_tokens: Annotated[int | None, typer.Option(help="cap on one request's prompt tokens")] = None,
    config: ConfigOption = None,
) -> None:
    """Set a tenant's limits (omitted ones become unlimited); takes effect without a restart."""
    try:
        limits = Limits(
            requests_per_second=rps,
            burst=burst,
            daily_tokens=daily_tokens,
            monthly_budget=monthly_budget,
            budget_policy=budget_policy,
            timezone=timezone,
            max_tokens_per_request=max_tokens_per_request,
            max_prompt_tokens=max_prompt_tokens,
        )
    except ValueError as exc:
        raise error_exit(str(exc)) from exc
    store = open_store(load_or_exit(config))
    try:
        LimitsRepository(store).set_for_tenant(name, limits)
    except StorageError as exc:
        raise error_exit(str(exc)) from exc
    audit(store, "limits.set", name, **limits.model_dump())
    console.print(f"limits for [bold]{name}[/bold]: {limits.model_dump(exclude_none=True)}")


@tenants_app.command("list")
def tenants_list(config: ConfigOption = None) -> None:
    """List tenants."""
    table = Table("name", "id", "created", "disabled")
    for tenant in open_store(load_or_exit(config)).list_tenants():
        table.add_row(
            tenant.name, tenant.id, tenant.created_at.isoformat(timespec="seconds"), str(tenant.disabled)
        )
    console.print(table)


# keys ----------------------------------------------------------------------------------------
@keys_app.command("create")
def keys_create(
    tenant: Annotated[str | None, typer.Option(help="tenant the key acts for")] = None,
    admin: Annotated[bool, typer.Option("--admin", help="an admin key (admin routes only)")] = False,
    name: Annotated[str, typer.Option(help="a label for the key")] = "",
    expires_days: Annotated[int | None, typer.Option(help="expire after this many days")] = None,
    role: Annotated[
        str | None,
        typer.Option(help="admin keys: platform-admin (default), tenant-admin, auditor, app-developer"),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Create an API key; it is printed once and stored only as a hash."""
    tenant_bound = role in ("tenant-admin", "app-developer")
    if admin == bool(tenant) and not (admin and tenant_bound and tenant):
        raise error_exit(
            "give either --tenant NAME or --admin (--admin --role tenant-admin|app-developer --tenant NAME)"
        )
    if role and not admin:
        raise error_exit("--role is for admin keys")
    store = open_store(load_or_exit(config))
    try:
        issued = store.create_key(
            scope="admin" if admin else "tenant",
            tenant_name=tenant,
            name=name,
            expires_in=timedelta(days=expires_days) if expires_days else None,
            role=role,
        )
    except StorageError as exc:
        raise error_exit(str(exc)) from exc
    err.print(
        f"key id {issued.key.id} ({issued.key.scope}{' for ' + tenant if tenant else ''}); "
        "shown once, store it now:"
    )
    typer.echo(issued.secret)


@keys_app.command("list")
def keys_list(tenant: Annotated[str | None, typer.Option()] = None, config: ConfigOption = None) -> None:
    """List keys (never their secrets)."""
    table = Table("id", "scope", "tenant", "name", "created", "expires", "revoked")
    for key in open_store(load_or_exit(config)).list_keys(tenant):
        table.add_row(
            key.id,
            f"{key.scope}:{key.role}" if key.role else key.scope,
            key.tenant_name or "-",
            key.name,
            key.created_at.isoformat(timespec="seconds"),
            key.expires_at.isoformat(timespec="seconds") if key.expires_at else "-",
            key.revoked_at.isoformat(timespec="seconds") if key.revoked_at else "-",
        )
    console.print(table)


@keys_app.command("revoke")
def keys_revoke(key_id: str, config: ConfigOption = None) -> None:
    """Revoke a key by its id; it stops working on the next request."""
    store = open_store(load_or_exit(config))
    try:
        key = store.revoke_key(key_id)
    except StorageError as exc:
        raise error_exit(str(exc)) from exc
    audit(store, "key.revoke", key.tenant_name or "", key=key.id)
    console.print(f"revoked key {key.id}")


@keys_app.command("rotate")
def keys_rotate(
    key_id: str,
    overlap_hours: Annotated[float, typer.Option(help="how long the old key keeps working")] = 24.0,
    config: ConfigOption = None,
) -> None:
    """Replace a key: the new one is printed once; the old one works until the overlap ends."""
    store = open_store(load_or_exit(config))
    try:
        old, issued = store.rotate_key(key_id, timedelta(hours=overlap_hours))
    except StorageError as exc:
        raise error_exit(str(exc)) from exc
    limits, access = LimitsRepository(store), AccessRepository(store)
    limits.set(key_subject(issued.key.id), limits.get(key_subject(old.id)))
    access.set(key_subject(issued.key.id), access.get(key_subject(old.id)))
    until = old.expires_at.isoformat(timespec="seconds") if old.expires_at else "-"
    audit(
        store,
        "key.rotate",
        old.tenant_name or "",
        key=old.id,
        new_key=issued.key.id,
        old_key_valid_until=until,
    )
    err.print(f"key {issued.key.id} replaces {old.id} (valid until {until}); shown once, store it now:")
    typer.echo(issued.secret)
