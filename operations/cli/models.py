"""`stockade models` (the catalog, its live state, weight verification) and `stockade sbom`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from inference.catalog import ModelEntry
from inference.model_registry import vllm_python
from inference.weights import WeightsMismatch, WeightsUnavailable, verify_weights
from operations.cli.common import ConfigOption, catalog_or_exit, console, err, error_exit, load_or_exit

models_app = typer.Typer(no_args_is_help=True, help="The model catalog")


def _live_states(server: str) -> dict[str, str]:
    """Each model's state as a running server reports it in /readyz (no key needed there)."""
    import httpx

    try:
        body = httpx.get(server.rstrip("/") + "/readyz", timeout=5, trust_env=False).json()
    except (httpx.HTTPError, ValueError) as exc:
        raise error_exit(f"cannot read {server}/readyz: {exc}") from exc
    states = {}
    for model_id, status in body.get("models", {}).items():
        engine = status.get("engine_state") or {}
        state = engine.get("state") or status.get("status", "?")
        if "replicas" in engine:
            healthy = sum(1 for r in engine["replicas"] if r.get("healthy"))
            state += f" ({healthy}/{len(engine['replicas'])} replicas)"
        states[model_id] = state
    return states


def _local_state(entry: ModelEntry) -> str:
    if entry.engine == "vllm":
        python = vllm_python(entry)
        return "vllm env present" if python.is_file() else "no vllm env (make vllm)"
    return ""


@models_app.command("list")
def models_list(
    server: Annotated[
        str | None, typer.Option(help="also show each model's live state from a running server's /readyz")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """List catalog models."""
    catalog = catalog_or_exit(load_or_exit(config))
    live = _live_states(server) if server else {}
    table = Table(
        "id", "kind", "engine", "tier", "context", "$/1k in", "$/1k out", "source", "license", "state"
    )
    for m in catalog.models:
        default = (
            " (default)" if m.id in (catalog.default_chat_model, catalog.default_embedding_model) else ""
        )
        table.add_row(
            m.id + default,
            m.kind,
            m.engine,
            m.tier,
            str(m.context_length),
            f"{m.price_per_1k.input:g}",
            f"{m.price_per_1k.output:g}",
            m.source.type,
            m.license,
            live.get(m.id, "not served") if server else _local_state(m),
        )
    console.print(table)


@models_app.command("verify")
def models_verify(config: ConfigOption = None) -> None:
    """Assemble and verify every model file against its sha256; exit 1 on any mismatch."""
    settings = load_or_exit(config)
    catalog = catalog_or_exit(settings)
    failed = False
    for entry in catalog.models:
        if entry.engine == "vllm" and not vllm_python(entry).is_file():
            # Its weights are converted from another entry's file, which is verified on its own line.
            console.print(f"[yellow]skipped[/yellow]  {entry.id}: no vLLM environment (make vllm)")
            continue
        try:
            weights = verify_weights(entry, settings.model_cache, catalog)
            console.print(f"[green]ok[/green]       {entry.id}: {len(weights.files)} file(s) verified")
        except WeightsUnavailable as exc:
            tag = "[yellow]absent[/yellow]  " if entry.optional else "[red]missing[/red] "
            failed = failed or not entry.optional
            console.print(f"{tag} {entry.id}: {exc}")
        except WeightsMismatch as exc:
            failed = True
            console.print(f"[red]MISMATCH[/red] {entry.id}: {exc}")
    raise typer.Exit(1 if failed else 0)


def sbom(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="write here (default: stdout)")
    ] = None,
    verify: Annotated[bool, typer.Option(help="also hash every model file and record the result")] = False,
    config: ConfigOption = None,
) -> None:
    """CycloneDX 1.5 JSON: every catalog model (source, revision, sha256, licence), the guard's Rampart
    model (installed or absent) and every Python package."""
    from operations.sbom import SbomError, build_sbom, sbom_json

    settings = load_or_exit(config)
    try:
        text = sbom_json(build_sbom(catalog_or_exit(settings), verify=verify, cache_dir=settings.model_cache))
    except SbomError as exc:
        raise error_exit(str(exc)) from exc
    if output is None:
        typer.echo(text)
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output}")
