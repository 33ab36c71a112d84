"""`stockade ingest`: documents into a retrieval collection, with progress."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from operations.cli.common import ConfigOption, audit, console, err, error_exit, load_or_exit, open_store


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
    from retrieval.embedders import build_embedder
    from retrieval.errors import RetrievalError
    from retrieval.service import Retrieval

    settings = load_or_exit(config)
    store = open_store(settings)
    if store.tenant_by_name(tenant) is None:
        raise error_exit(f"no tenant named {tenant!r}")
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise error_exit(f"no such file or folder: {', '.join(missing)}")
    retrieval_config = retrieval_settings(settings.data_dir, settings.retrieval)
    # Loaded on the first changed file: a run over unchanged files never needs the model.
    retrieval = Retrieval(retrieval_config, embedder=build_embedder(retrieval_config, lazy=True))
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
            raise error_exit(str(exc)) from exc
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
    audit(store, "collection.ingest", tenant, collection=collection, **counts)
    if report.failed:
        raise typer.Exit(1)
