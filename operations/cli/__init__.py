"""The `stockade` command line: one root Typer app, each command group in a module of its own.

Commands and groups are registered here, in the order `stockade --help` lists them. Heavy imports (the
server, the evals, retrieval, the benchmark) stay inside the commands that need them, so `--help` is fast.
"""

from __future__ import annotations

import os

import typer

from operations.cli import bench, governance, models, observe, prompts, retrieval, serve, tenants

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Stockade: on-prem LLM gateway")

app.command()(serve.serve)
app.command()(observe.usage)
app.command("eval")(prompts.eval_command)
app.command()(retrieval.ingest)
app.command()(bench.bench)
app.command()(models.sbom)
app.command("erase")(governance.erase)

app.add_typer(prompts.prompts_app, name="prompts")
app.add_typer(observe.traces_app, name="traces")
app.add_typer(observe.audit_app, name="audit")
app.add_typer(tenants.tenants_app, name="tenants")
app.add_typer(tenants.keys_app, name="keys")
app.add_typer(models.models_app, name="models")
app.add_typer(serve.db_app, name="db")
app.add_typer(governance.retention_app, name="retention")
tenants.tenants_app.command("legal-hold")(governance.legal_hold)


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    app()
