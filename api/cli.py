"""The `stockade` command line: serve, tenants, keys, models."""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.panel import Panel
from rich.table import Table

from api.cli_common import ConfigOption, console, err, load_or_exit
from api.config import ConfigError, Settings
from api.tracing import load_trace, recent_traces, render_tree
from inference.catalog import CatalogError, ModelEntry, load_catalog
from inference.model_registry import vllm_python
from inference.weights import WeightsMismatch, WeightsUnavailable, verify_weights
from tenancy.access import AccessRepository
from tenancy.audit import AuditLog
from tenancy.db.migrate import SchemaError, prepare_schema
from tenancy.ledger import Ledger, usage_csv
from tenancy.limits import Limits, LimitsRepository, key_subject
from tenancy.storage import StorageError, Store

if TYPE_CHECKING:
    from api.eval_pipeline import AppEval
    from inference.evals import Comparison, EvalSuite

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Stockade: on-prem LLM gateway")
tenants_app = typer.Typer(no_args_is_help=True, help="Manage tenants")
keys_app = typer.Typer(no_args_is_help=True, help="Manage API keys (shown once, stored hashed)")
models_app = typer.Typer(no_args_is_help=True, help="The model catalog")
audit_app = typer.Typer(no_args_is_help=True, help="The hash-chained audit log")
traces_app = typer.Typer(no_args_is_help=True, help="Recent request traces kept locally")
prompts_app = typer.Typer(no_args_is_help=True, help="Versioned prompts in prompts/")
app.add_typer(prompts_app, name="prompts")
app.add_typer(traces_app, name="traces")
app.add_typer(audit_app, name="audit")
app.add_typer(tenants_app, name="tenants")
app.add_typer(keys_app, name="keys")
app.add_typer(models_app, name="models")


def _store(settings: Settings) -> Store:
    store = Store.from_url(settings.resolved_database_url())
    try:
        prepare_schema(store, settings)
    except SchemaError as exc:
        raise _fail(str(exc)) from exc
    return store


def _audit(store: Store, action: str, tenant: str = "", **detail: object) -> None:
    AuditLog(store).append(actor=f"cli:{getpass.getuser()}", action=action, tenant=tenant, detail=detail)


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}")
    return typer.Exit(1)


def _bad_input(message: str) -> typer.Exit:
    """For `stockade eval`, where exit code 1 means a regression."""
    err.print(f"[red]error:[/red] {message}")
    return typer.Exit(2)


# serve ---------------------------------------------------------------------------------------
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


@app.command()
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
    store = _store(settings)
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
        raise _fail(str(exc)) from exc


# tenants -------------------------------------------------------------------------------------
@tenants_app.command("create")
def tenants_create(name: str, config: ConfigOption = None) -> None:
    """Create a tenant."""
    store = _store(load_or_exit(config))
    try:
        tenant = store.create_tenant(name)
    except StorageError as exc:
        raise _fail(str(exc)) from exc
    _audit(store, "tenant.create", tenant.name)
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
        raise _fail(str(exc)) from exc
    store = _store(load_or_exit(config))
    try:
        LimitsRepository(store).set_for_tenant(name, limits)
    except StorageError as exc:
        raise _fail(str(exc)) from exc
    _audit(store, "limits.set", name, **limits.model_dump())
    console.print(f"limits for [bold]{name}[/bold]: {limits.model_dump(exclude_none=True)}")


@tenants_app.command("list")
def tenants_list(config: ConfigOption = None) -> None:
    """List tenants."""
    table = Table("name", "id", "created", "disabled")
    for tenant in _store(load_or_exit(config)).list_tenants():
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
        raise _fail(
            "give either --tenant NAME or --admin (--admin --role tenant-admin|app-developer --tenant NAME)"
        )
    if role and not admin:
        raise _fail("--role is for admin keys")
    store = _store(load_or_exit(config))
    try:
        issued = store.create_key(
            scope="admin" if admin else "tenant",
            tenant_name=tenant,
            name=name,
            expires_in=timedelta(days=expires_days) if expires_days else None,
            role=role,
        )
    except StorageError as exc:
        raise _fail(str(exc)) from exc
    err.print(
        f"key id {issued.key.id} ({issued.key.scope}{' for ' + tenant if tenant else ''}); "
        "shown once, store it now:"
    )
    typer.echo(issued.secret)


@keys_app.command("list")
def keys_list(tenant: Annotated[str | None, typer.Option()] = None, config: ConfigOption = None) -> None:
    """List keys (never their secrets)."""
    table = Table("id", "scope", "tenant", "name", "created", "expires", "revoked")
    for key in _store(load_or_exit(config)).list_keys(tenant):
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
    store = _store(load_or_exit(config))
    try:
        key = store.revoke_key(key_id)
    except StorageError as exc:
        raise _fail(str(exc)) from exc
    _audit(store, "key.revoke", key.tenant_name or "", key=key.id)
    console.print(f"revoked key {key.id}")


@keys_app.command("rotate")
def keys_rotate(
    key_id: str,
    overlap_hours: Annotated[float, typer.Option(help="how long the old key keeps working")] = 24.0,
    config: ConfigOption = None,
) -> None:
    """Replace a key: the new one is printed once; the old one works until the overlap ends."""
    store = _store(load_or_exit(config))
    try:
        old, issued = store.rotate_key(key_id, timedelta(hours=overlap_hours))
    except StorageError as exc:
        raise _fail(str(exc)) from exc
    limits, access = LimitsRepository(store), AccessRepository(store)
    limits.set(key_subject(issued.key.id), limits.get(key_subject(old.id)))
    access.set(key_subject(issued.key.id), access.get(key_subject(old.id)))
    until = old.expires_at.isoformat(timespec="seconds") if old.expires_at else "-"
    _audit(
        store,
        "key.rotate",
        old.tenant_name or "",
        key=old.id,
        new_key=issued.key.id,
        old_key_valid_until=until,
    )
    err.print(f"key {issued.key.id} replaces {old.id} (valid until {until}); shown once, store it now:")
    typer.echo(issued.secret)


# usage and audit -----------------------------------------------------------------------------
@app.command()
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
        raise _fail("--by must be model, prompt, arm, day, tenant or app")
    since_utc = since.replace(tzinfo=since.tzinfo or UTC) if since else None
    until_utc = until.replace(tzinfo=until.tzinfo or UTC) if until else None
    rows = Ledger(_store(load_or_exit(config))).usage(tenant=tenant, since=since_utc, until=until_utc, by=by)  # type: ignore[arg-type]
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


# prompts and evals ---------------------------------------------------------------------------
def _registry(config: Path | None):  # type: ignore[no-untyped-def]
    from inference.prompts.registry import PromptRegistry

    return PromptRegistry(load_or_exit(config).prompts_dir, reload_interval_s=0)


@prompts_app.command("list")
def prompts_list(config: ConfigOption = None) -> None:
    """Every prompt with its versions."""
    table = Table("prompt", "versions", "latest", "description")
    for summary in _registry(config).list():
        table.add_row(summary.name, ", ".join(summary.versions), summary.latest or "-", summary.description)
    console.print(table)


@prompts_app.command("show")
def prompts_show(
    name: str,
    version: Annotated[str | None, typer.Argument(help="version or range")] = None,
    config: ConfigOption = None,
) -> None:
    """Print one version's file (the latest release by default)."""
    from inference.prompts.errors import PromptError

    try:
        typer.echo(_registry(config).show(name, version))
    except PromptError as exc:
        raise _fail(str(exc)) from exc


@prompts_app.command("diff")
def prompts_diff(name: str, a: str, b: str, config: ConfigOption = None) -> None:
    """Unified diff between two versions of a prompt."""
    from inference.prompts.errors import PromptError

    try:
        typer.echo(_registry(config).diff(name, a, b))
    except PromptError as exc:
        raise _fail(str(exc)) from exc


@prompts_app.command("validate")
def prompts_validate(config: ConfigOption = None) -> None:
    """Parse every prompt file; exit 1 naming each broken one."""
    problems = _registry(config).validate()
    for problem in problems:
        err.print(f"[red]invalid[/red] {problem}")
    if problems:
        raise typer.Exit(1)
    console.print("[green]all prompt files are valid[/green]")


@app.command("eval")
def eval_command(
    suite: Annotated[str, typer.Option(help="suite name under evals/, or a path")],
    prompt_version: Annotated[str, typer.Option(help="candidate version or range")],
    baseline_version: Annotated[str, typer.Option(help="baseline version or range")],
    fail_on_regression: Annotated[bool, typer.Option("--fail-on-regression")] = False,
    base_url: Annotated[
        str | None, typer.Option(help="run through this Stockade (…/v1); default: in-process")
    ] = None,
    api_key: Annotated[
        str | None, typer.Option(envvar="STOCKADE_API_KEY", help="the tenant key --app runs as")
    ] = None,
    app_name: Annotated[
        str | None,
        typer.Option(
            "--app",
            help="the app whose prompt is evaluated, through the whole pipeline: in this process, "
            "or through --base-url",
        ),
    ] = None,
    model: Annotated[str | None, typer.Option(help="catalog model (in-process mode)")] = None,
    judge: Annotated[
        bool, typer.Option("--judge", help="score llm_judge metrics (default judge: the largest chat model)")
    ] = False,
    judge_model: Annotated[
        str | None,
        typer.Option(
            help="the judge: a catalog model, or a model the judge's server serves (implies --judge)"
        ),
    ] = None,
    judge_base_url: Annotated[
        str | None,
        typer.Option(help="judge through this OpenAI-compatible server; default: --base-url, or in-process"),
    ] = None,
    judge_api_key: Annotated[
        str | None, typer.Option(envvar="STOCKADE_JUDGE_API_KEY", help="key for --judge-base-url")
    ] = None,
    allow_self_judge: Annotated[
        bool,
        typer.Option("--allow-self-judge", help="let the evaluated model grade its own answers (labelled)"),
    ] = False,
    max_tokens: Annotated[int | None, typer.Option(help="cap every answer (smoke runs)")] = None,
    out: Annotated[Path | None, typer.Option(help="write the markdown report here, JSON beside it")] = None,
    config: ConfigOption = None,
) -> None:
    """Compare two prompt versions on a suite; prints a PR-comment table and exits 1 on regression."""
    settings = load_or_exit(config)
    if base_url is None and app_name is not None:
        if not api_key:
            raise _fail("--app needs --api-key (or STOCKADE_API_KEY): the tenant key the cases run as")
        from api.eval_pipeline import AppEval  # the whole gateway: imported only where it runs

        raise typer.Exit(
            _eval_in_pipeline(
                settings,
                AppEval(
                    _suite(suite, max_tokens),
                    prompt_version,
                    baseline_version,
                    app_name,
                    api_key,
                    judge=judge or bool(judge_model),
                    judge_model=judge_model,
                    judge_base_url=judge_base_url,
                    judge_api_key=judge_api_key,
                    allow_self_judge=allow_self_judge,
                ),
                fail_on_regression,
                out,
            )
        )
    if base_url is None:
        from inference.evals import local

        argv = [
            "--suite",
            suite,
            "--prompt-version",
            prompt_version,
            "--baseline-version",
            baseline_version,
            "--catalog",
            str(settings.catalog_path),
            "--prompts",
            str(settings.prompts_dir),
        ]
        argv += ["--fail-on-regression"] if fail_on_regression else []
        argv += ["--model", model] if model else []
        argv += ["--judge"] if judge else []
        argv += ["--judge-model", judge_model] if judge_model else []
        argv += ["--judge-base-url", judge_base_url] if judge_base_url else []
        argv += ["--judge-api-key", judge_api_key] if judge_api_key else []
        argv += ["--allow-self-judge"] if allow_self_judge else []
        argv += ["--max-tokens", str(max_tokens)] if max_tokens else []
        argv += ["--out", str(out)] if out else []
        raise typer.Exit(local.main(argv))
    if not api_key or not app_name:
        raise _fail("--base-url needs --api-key (or STOCKADE_API_KEY) and --app")
    raise typer.Exit(
        _eval_remote(
            settings,
            suite,
            prompt_version,
            baseline_version,
            fail_on_regression,
            base_url,
            api_key,
            app_name,
            max_tokens,
            out,
            _RemoteJudge(
                judge or bool(judge_model or judge_base_url),
                judge_model,
                judge_base_url or base_url,
                judge_api_key or (api_key if not judge_base_url else None),
                allow_self_judge,
            ),
        )
    )


def _suite(name: str, max_tokens: int | None) -> EvalSuite:
    from inference.evals import EvalError, find_suite

    try:
        suite = find_suite(name, Path("evals"))
    except EvalError as exc:
        raise _bad_input(str(exc)) from exc
    return suite.model_copy(update={"max_tokens": max_tokens}) if max_tokens else suite


def _report(comparison: Comparison, fail: bool, out: Path | None) -> int:
    markdown = comparison.to_markdown()
    typer.echo(markdown)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(markdown, encoding="utf-8")
        comparison.write_json(out.with_suffix(".json"))
    return int(comparison.exit_code(fail))


def _eval_in_pipeline(settings: Settings, run: AppEval, fail: bool, out: Path | None) -> int:
    import asyncio

    from api.eval_pipeline import compare_in_pipeline
    from inference.evals import EvalError

    try:
        comparison = asyncio.run(compare_in_pipeline(settings, run))
    except EvalError as exc:
        raise _bad_input(str(exc)) from exc
    return _report(comparison, fail, out)


@dataclass(frozen=True)
class _RemoteJudge:
    enabled: bool
    model: str | None
    base_url: str
    api_key: str | None
    allow_self: bool


def _eval_remote(
    settings: Settings,
    suite_name: str,
    candidate: str,
    baseline: str,
    fail: bool,
    base_url: str,
    api_key: str,
    app_name: str,
    max_tokens: int | None,
    out: Path | None,
    judge: _RemoteJudge,
) -> int:
    import asyncio

    from openai import AsyncOpenAI

    from api.eval_remote import api_generate
    from inference.evals import EvalError, EvalRunner, GenerationCache
    from inference.evals.openai_judge import largest_chat_model, openai_judge
    from inference.prompts.registry import PromptRegistry

    app_settings = settings.apps.get(app_name)
    if app_settings is None:
        raise _fail(f"no app named {app_name!r} in the configuration")
    entry = _catalog(settings).get(app_settings.model)
    suite = _suite(suite_name, max_tokens)
    client = AsyncOpenAI(base_url=base_url, api_key=api_key, max_retries=0, timeout=600)
    judge_fn, judge_model = None, None
    if judge.enabled:
        # The judge is reached over the API too: any model the judge's server serves (an upstream
        # engine included), by default the largest chat model it lists as ready.
        def judge_client() -> AsyncOpenAI:  # one per event loop: asyncio.run closes its loop
            return AsyncOpenAI(
                base_url=judge.base_url, api_key=judge.api_key or "-", max_retries=0, timeout=600
            )

        async def served_models() -> list[dict[str, Any]]:
            page = await judge_client().models.list()
            return list(page.model_dump()["data"])

        try:
            judge_model = judge.model or largest_chat_model(
                asyncio.run(served_models()), app_settings.model, allow_self=judge.allow_self
            )
        except EvalError as exc:
            raise _bad_input(str(exc)) from exc
        judge_fn = openai_judge(judge_client(), judge_model)
        # A judge named by an app of this Stockade (say one whose guard policy lets rubric prompts
        # through the injection scanner) is that app's model: compare models, not names.
        judge_app = settings.apps.get(judge_model) if judge.base_url == base_url else None
        if judge_app is not None:
            judge_model = judge_app.model
    try:
        runner = EvalRunner(
            suite,
            PromptRegistry(settings.prompts_dir, reload_interval_s=0),
            api_generate(
                client, app_name, app_settings.input_variable, entry.price_per_1k.cost if entry else None
            ),
            model=app_settings.model,
            judge=judge_fn,
            judge_model=judge_model,
            judge_where=judge.base_url,
            allow_self_judge=judge.allow_self,
            cache=GenerationCache(settings.data_dir / "eval-cache"),
        )
        comparison = asyncio.run(runner.compare(candidate, baseline))
    except EvalError as exc:
        raise _bad_input(str(exc)) from exc
    return _report(comparison, fail, out)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="files and folders (PDF, HTML, Markdown, text)")],
    collection: Annotated[str, typer.Option(help="collection name (created if missing)")],
    tenant: Annotated[str, typer.Option(help="the tenant that owns the collection")],
    config: ConfigOption = None,
) -> None:
    """Ingest documents into a retrieval collection: unchanged files are skipped, changed ones replaced,
    a bad file is reported and writes nothing. Resumable: finished files stay done."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from pipeline.retrieving import retrieval_settings
    from retrieval.errors import RetrievalError
    from retrieval.service import Retrieval

    settings = load_or_exit(config)
    store = _store(settings)
    if store.tenant_by_name(tenant) is None:
        raise _fail(f"no tenant named {tenant!r}")
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise _fail(f"no such file or folder: {', '.join(missing)}")
    retrieval = Retrieval(retrieval_settings(settings.data_dir, settings.retrieval))
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} files/s, {task.fields[chunks]} chunks"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err) as progress:
        task = progress.add_task(f"ingest → {collection}", total=None, rate=0.0, chunks=0)

        def on_progress(update: Any) -> None:
            progress.update(
                task,
                completed=update.done,
                total=update.total,
                rate=update.files_per_s,
                chunks=update.children,
            )

        try:
            report = retrieval.ingest(paths, collection, tenant, on_progress)
        except RetrievalError as exc:
            raise _fail(str(exc)) from exc
    table = Table("file", "status", "parents", "children", "error")
    for result in report.files:
        table.add_row(
            result.source, result.status, str(result.parents), str(result.children), result.error or ""
        )
    console.print(table)
    counts = {status: report.count(status) for status in ("ingested", "replaced", "skipped", "failed")}
    console.print(
        f"{collection}: " + ", ".join(f"{n} {s}" for s, n in counts.items()) + f" in {report.elapsed_s:.1f}s"
    )
    _audit(store, "collection.ingest", tenant, collection=collection, **counts)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def bench(
    base_url: Annotated[str, typer.Option(help="any OpenAI-compatible root, e.g. http://127.0.0.1:8000/v1")],
    model: Annotated[str, typer.Option(help="model name the server expects")],
    api_key: Annotated[str | None, typer.Option(envvar="STOCKADE_API_KEY")] = None,
    endpoint: Annotated[str, typer.Option(help="chat | completions")] = "chat",
    num_prompts: Annotated[int, typer.Option()] = 100,
    max_concurrency: Annotated[int | None, typer.Option(help="fixed concurrency cap")] = None,
    request_rate: Annotated[float, typer.Option(help="requests/s (Poisson); inf sends all at once")] = float(
        "inf"
    ),
    sweep_concurrency: Annotated[str | None, typer.Option(help="e.g. 1,4,16")] = None,
    sweep_rates: Annotated[str | None, typer.Option(help="e.g. 1,2,4")] = None,
    input_len: Annotated[int, typer.Option(help="synthetic prompt tokens")] = 256,
    output_len: Annotated[int, typer.Option(help="max_tokens per request")] = 128,
    dataset: Annotated[Path | None, typer.Option(help="JSONL prompts instead of synthetic ones")] = None,
    goodput: Annotated[str | None, typer.Option(help="SLOs in ms, e.g. ttft:500,tpot:100")] = None,
    output_dir: Annotated[Path, typer.Option(help="JSON, markdown and PNG plots go here")] = Path(
        "var/bench"
    ),
    label: Annotated[str, typer.Option()] = "bench",
) -> None:
    """Benchmark TTFT, TPOT, ITL, e2e latency and throughput of any OpenAI-compatible server
    (definitions as in `vllm bench serve`: docs/bench.md)."""
    from inference.bench import BenchError, BenchOptions, run_bench
    from inference.bench.report import bench_markdown

    def numbers(text: str | None, kind: type) -> tuple:  # type: ignore[type-arg]
        return tuple(kind(v) for v in text.split(",")) if text else ()

    try:
        options = BenchOptions.build(
            base_url=base_url,
            model=model,
            api_key=api_key,
            endpoint=endpoint,
            num_prompts=num_prompts,
            max_concurrency=max_concurrency,
            request_rate=request_rate,
            sweep_concurrency=numbers(sweep_concurrency, int),
            sweep_rates=numbers(sweep_rates, float),
            input_len=input_len,
            output_len=output_len,
            dataset=dataset,
            goodput=goodput or {},
            output_dir=output_dir,
            label=label,
        )
        report = run_bench(options)
    except BenchError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(bench_markdown(report))
    err.print(f"results in {output_dir}/{label}.json, .md and _latency.png")


@traces_app.command("show")
def traces_show(trace_id: str, config: ConfigOption = None) -> None:
    """Print a request's span tree with timings (trace id from the x-trace-id response header)."""
    spans = load_trace(_store(load_or_exit(config)), trace_id.lower())
    if not spans:
        raise _fail(f"no trace {trace_id} (traces are kept for two days)")
    typer.echo(render_tree(trace_id, spans))


@traces_app.command("list")
def traces_list(limit: Annotated[int, typer.Option()] = 20, config: ConfigOption = None) -> None:
    """The most recent traces."""
    table = Table("trace id", "request", "started", "ms")
    for row in recent_traces(_store(load_or_exit(config)), limit):
        table.add_row(
            str(row["trace_id"]), str(row["name"]), str(row["started"]), f"{row['duration_ms']:.1f}"
        )
    console.print(table)


@audit_app.command("verify")
def audit_verify(config: ConfigOption = None) -> None:
    """Check the whole hash chain; exit 1 and name the first bad record if anything was altered."""
    result = AuditLog(_store(load_or_exit(config))).verify()
    if result.ok:
        console.print(f"[green]audit log intact[/green]: {result.records} records")
        return
    err.print(f"[red]audit log TAMPERED[/red]: {result.problem}")
    raise typer.Exit(1)


@audit_app.command("tail")
def audit_tail(limit: Annotated[int, typer.Option()] = 20, config: ConfigOption = None) -> None:
    """The latest audit records."""
    for record in AuditLog(_store(load_or_exit(config))).tail(limit):
        typer.echo(json.dumps(record, ensure_ascii=False))


# models --------------------------------------------------------------------------------------
def _catalog(settings: Settings):  # type: ignore[no-untyped-def]
    try:
        return load_catalog(settings.catalog_path)
    except CatalogError as exc:
        raise _fail(str(exc)) from exc


def _live_states(server: str) -> dict[str, str]:
    """Each model's state as a running server reports it in /readyz (no key needed there)."""
    import httpx

    try:
        body = httpx.get(server.rstrip("/") + "/readyz", timeout=5, trust_env=False).json()
    except (httpx.HTTPError, ValueError) as exc:
        raise _fail(f"cannot read {server}/readyz: {exc}") from exc
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
    catalog = _catalog(load_or_exit(config))
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
    catalog = _catalog(settings)
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


@app.command()
def sbom(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="write here (default: stdout)")
    ] = None,
    verify: Annotated[bool, typer.Option(help="also hash every model file and record the result")] = False,
    config: ConfigOption = None,
) -> None:
    """CycloneDX 1.5 JSON: every catalog model (source, revision, sha256, licence) and Python package."""
    from api.sbom import SbomError, build_sbom, sbom_json

    settings = load_or_exit(config)
    try:
        text = sbom_json(build_sbom(_catalog(settings), verify=verify, cache_dir=settings.model_cache))
    except SbomError as exc:
        raise _fail(str(exc)) from exc
    if output is None:
        typer.echo(text)
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output}")


from api.cli_governance import register as _register_governance  # noqa: E402  (needs the app above)

_register_governance(app, tenants_app)


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    app()


if __name__ == "__main__":
    main()
