"""`stockade usage` (the ledger), `stockade traces` and `stockade audit`: what happened, read back."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated

import typer
from rich.table import Table

from api.tracing import load_trace, recent_traces, render_tree
from operations.cli.common import ConfigOption, console, err, error_exit, load_or_exit, open_store
from tenancy.audit import AuditLog
from tenancy.ledger import Ledger, usage_csv

audit_app = typer.Typer(no_args_is_help=True, help="The hash-chained audit log")
traces_app = typer.Typer(no_args_is_help=True, help="Recent request traces kept locally")


def usage(
    tenant: Annotated[str | None, typer.Option(help="one tenant (default: all)")] = None,
    since: Annotated[datetime | None, typer.Option(help="from this time (ISO 8601, UTC if no zone)")] = None,
    until: Annotated[datetime | None, typer.Option(help="up to this time")] = None,
    by: Annotated[str, typer.Option(help="model | prompt | arm | day | tenant | app")] = "model",
    output: Annotated[str, typer.Option("--format", help="table | json | csv")] = "table",
    config: ConfigOption = None,
) -> None:
    """Tokens, cost and latency from the ledger, grouped."""
    if by not in ("model", "prompt", "arm", "day", "tenant", "app"):
        raise error_exit("--by must be model, prompt, arm, day, tenant or app")
    since_utc = since.replace(tzinfo=since.tzinfo or UTC) if since else None
    until_utc = until.replace(tzinfo=until.tzinfo or UTC) if until else None
    store = open_store(load_or_exit(config))
    rows = Ledger(store).usage(tenant=tenant, since=since_utc, until=until_utc, by=by)  # type: ignore[arg-type]
    if output == "json":
        typer.echo(json.dumps(rows, indent=2))
    elif output == "csv":
        typer.echo(usage_csv(rows), nl=False)
    else:
        table = Table(by, "requests", "input tokens", "output tokens", "cached", "cost", "avg latency ms")
        for row in rows:
            table.add_row(
                *(
                    str(row[c])
                    for c in (
                        by,
                        "requests",
                        "input_tokens",
                        "output_tokens",
                        "cached_tokens",
                        "cost",
                        "avg_latency_ms",
                    )
                )
            )
        console.print(table)


@traces_app.command("show")
def traces_show(trace_id: str, config: ConfigOption = None) -> None:
    """Print a request's span tree with timings (trace id from the x-trace-id response header)."""
    spans = load_trace(open_store(load_or_exit(config)), trace_id.lower())
    if not spans:
        raise error_exit(f"no trace {trace_id} (traces are kept for two days)")
    typer.echo(render_tree(trace_id, spans))


@traces_app.command("list")
def traces_list(limit: Annotated[int, typer.Option()] = 20, config: ConfigOption = None) -> None:
    """The most recent traces."""
    table = Table("trace id", "request", "started", "ms")
    for row in recent_traces(open_store(load_or_exit(config)), limit):
        table.add_row(
            str(row["trace_id"]), str(row["name"]), str(row["started"]), f"{row['duration_ms']:.1f}"
        )
    console.print(table)


@audit_app.command("verify")
def audit_verify(config: ConfigOption = None) -> None:
    """Check the whole hash chain; exit 1 and name the first bad record if anything was altered."""
    result = AuditLog(open_store(load_or_exit(config))).verify()
    if result.ok:
        console.print(f"[green]audit log intact[/green]: {result.records} records")
        return
    err.print(f"[red]audit log TAMPERED[/red]: {result.problem}")
    raise typer.Exit(1)


@audit_app.command("tail")
def audit_tail(limit: Annotated[int, typer.Option()] = 20, config: ConfigOption = None) -> None:
    """The latest audit records."""
    for record in AuditLog(open_store(load_or_exit(config))).tail(limit):
        typer.echo(json.dumps(record, ensure_ascii=False))
