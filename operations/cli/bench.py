"""`stockade bench`: latency and throughput of any OpenAI-compatible server."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from operations.cli.common import err, error_exit


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
    from harness.bench import BenchError, BenchOptions, run_bench
    from harness.bench.report import bench_markdown

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
        raise error_exit(str(exc)) from exc
    typer.echo(bench_markdown(report))
    err.print(f"results in {output_dir}/{label}.json, .md and _latency.png")
