"""`stockade prompts` (versioned prompts in prompts/) and `stockade eval` (compare two prompt versions:
in this process, through the whole pipeline, or through a running Stockade)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from api.config import Settings
from operations.cli.common import (
    ConfigOption,
    bad_input_exit,
    catalog_or_exit,
    console,
    err,
    error_exit,
    load_or_exit,
)

if TYPE_CHECKING:
    from harness.evals import Comparison, EvalSuite
    from operations.eval_pipeline import AppEval

prompts_app = typer.Typer(no_args_is_help=True, help="Versioned prompts in prompts/")


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
        raise error_exit(str(exc)) from exc


@prompts_app.command("diff")
def prompts_diff(name: str, a: str, b: str, config: ConfigOption = None) -> None:
    """Unified diff between two versions of a prompt."""
    from inference.prompts.errors import PromptError

    try:
        typer.echo(_registry(config).diff(name, a, b))
    except PromptError as exc:
        raise error_exit(str(exc)) from exc


@prompts_app.command("validate")
def prompts_validate(config: ConfigOption = None) -> None:
    """Parse every prompt file; exit 1 naming each broken one."""
    problems = _registry(config).validate()
    for problem in problems:
        err.print(f"[red]invalid[/red] {problem}")
    if problems:
        raise typer.Exit(1)
    console.print("[green]all prompt files are valid[/green]")


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
            raise error_exit("--app needs --api-key (or STOCKADE_API_KEY): the tenant key the cases run as")
        from operations.eval_pipeline import AppEval  # the whole gateway: imported only where it runs

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
        from harness.evals import local

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
        raise error_exit("--base-url needs --api-key (or STOCKADE_API_KEY) and --app")
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
    from harness.evals import EvalError, find_suite

    try:
        suite = find_suite(name, Path("evals"))
    except EvalError as exc:
        raise bad_input_exit(str(exc)) from exc
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

    from harness.evals import EvalError
    from operations.eval_pipeline import compare_in_pipeline

    try:
        comparison = asyncio.run(compare_in_pipeline(settings, run))
    except EvalError as exc:
        raise bad_input_exit(str(exc)) from exc
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

    from harness.evals import EvalError, EvalRunner, GenerationCache
    from harness.evals.openai_judge import largest_chat_model, openai_judge
    from inference.prompts.registry import PromptRegistry
    from operations.eval_remote import api_generate

    app_settings = settings.apps.get(app_name)
    if app_settings is None:
        raise error_exit(f"no app named {app_name!r} in the configuration")
    entry = catalog_or_exit(settings).get(app_settings.model)
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
            raise bad_input_exit(str(exc)) from exc
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
        raise bad_input_exit(str(exc)) from exc
    return _report(comparison, fail, out)
