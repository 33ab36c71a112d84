"""JSON, markdown and PNG output of benchmark reports."""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import TYPE_CHECKING

from harness.bench.metrics import BenchMetrics, Distribution

if TYPE_CHECKING:
    from harness.bench.overhead import OverheadReport
    from harness.bench.runner import BenchReport


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, else what `platform` knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def machine_description() -> str:
    """Where and under what load: on a shared 2-core VM another busy process moves a latency figure
    by more than the gateway's whole overhead, so a reader must see the load beside it."""
    cpu = cpu_model()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ""
    if hasattr(os, "getloadavg"):
        one, five, fifteen = os.getloadavg()
        load = f", load average {one:.2f} / {five:.2f} / {fifteen:.2f} (1 / 5 / 15 min)"
    return f"{platform.node()}: {usable} usable cores, {cpu}, Python {platform.python_version()}{load}"


def _dist(d: Distribution, *percentiles: float) -> str:
    return " / ".join(f"{d.p(p):.2f}" for p in percentiles)


def metrics_table(rows: list[tuple[str, BenchMetrics]], percentiles: tuple[float, ...]) -> str:
    """Markdown: one row per load point or target. Latencies in ms as mean / p.. / p.. ."""
    pct = " / ".join(f"p{p:g}" for p in percentiles)
    header = (
        "| load | ok | failed | req/s | goodput req/s | out tok/s | total tok/s "
        f"| TTFT ms (mean / {pct}) | TPOT ms (mean / {pct}) | ITL ms (mean / {pct}) | E2E ms (mean / {pct}) |"
    )
    lines = [header, "|" + "---|" * 11]
    for name, m in rows:
        goodput = "-" if m.request_goodput is None else f"{m.request_goodput:.2f}"
        cells = [
            name,
            str(m.completed),
            str(m.failed),
            f"{m.request_throughput:.2f}",
            goodput,
            f"{m.output_throughput:.1f}",
            f"{m.total_token_throughput:.1f}",
            *(
                f"{d.mean:.2f} / {_dist(d, *percentiles)}"
                for d in (m.ttft_ms, m.tpot_ms, m.itl_ms, m.e2el_ms)
            ),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _point_name(kind: str, value: float) -> str:
    return f"concurrency {value:g}" if kind == "concurrency" else f"rate {value:g}/s"


def bench_markdown(report: BenchReport) -> str:
    percentiles = tuple(report.options["percentiles"])
    rows = [(_point_name(r.load_kind, r.load_value), r.metrics) for r in report.runs]
    opts = report.options
    slo = opts.get("goodput") or {}
    slo_text = ", ".join(f"{k} <= {v:g} ms" for k, v in slo.items()) or "none"
    return "\n".join(
        [
            f"# Serving benchmark: {report.label}",
            "",
            f"- target: `{report.base_url}` model `{report.model}` ({report.endpoint} endpoint)",
            f"- machine: {report.machine}",
            f"- prompts: {opts['num_prompts']} per point, "
            + (
                f"from {opts['dataset']}"
                if opts.get("dataset")
                else f"synthetic {opts['input_len']} in / {opts['output_len']} out tokens "
                f"(range ratio {opts['range_ratio']:g}, tokenizer {report.tokenizer})"
            ),
            f"- goodput SLOs: {slo_text}",
            f"- started: {report.started_at}",
            "",
            metrics_table(rows, percentiles),
            "",
        ]
    )


def write_bench_report(report: BenchReport, directory: Path, plots: bool) -> list[Path]:
    from harness.bench.plots import plot_latency_vs_load

    directory.mkdir(parents=True, exist_ok=True)
    json_path = directory / f"{report.label}.json"
    md_path = directory / f"{report.label}.md"
    json_path.write_text(report.model_dump_json(indent=2) + "\n")
    md_path.write_text(bench_markdown(report))
    written = [json_path, md_path]
    if plots and report.runs:
        written.append(plot_latency_vs_load(report, directory / f"{report.label}_latency.png"))
    return written


def overhead_markdown(report: OverheadReport) -> str:
    percentiles = tuple(report.percentiles)
    lines = [
        f"# Gateway overhead: {report.label}",
        "",
        f"- machine: {report.machine}",
        f"- load: {report.load_description}",
        f"- rounds: {report.rounds}, sides interleaved within each round; medians over all requests",
        "",
        "| path | req/s | throughput ratio | E2E p50 ms | added p50 ms | E2E p99 ms | added p99 ms "
        "| TTFT p50 ms | added TTFT p50 ms | TTFT p99 ms | added TTFT p99 ms | server CPU ms/req "
        "| req/s per busy core | failed |",
        "|" + "---|" * 14,
    ]
    for side in report.sides:
        m = side.metrics
        cpu = side.server_cpu_ms_per_request
        per_core = side.requests_per_core_s
        lines.append(
            f"| {side.name} | {m.request_throughput:.1f} | {side.throughput_ratio:.3f} "
            f"| {m.e2el_ms.p(50):.2f} | {side.added_e2el_p50_ms:+.2f} | {m.e2el_ms.p(99):.2f} "
            f"| {side.added_e2el_p99_ms:+.2f} | {m.ttft_ms.p(50):.2f} | {side.added_ttft_p50_ms:+.2f} "
            f"| {m.ttft_ms.p(99):.2f} | {side.added_ttft_p99_ms:+.2f} "
            f"| {'-' if cpu is None else f'{cpu:.2f}'} | {'-' if per_core is None else f'{per_core:.0f}'} "
            f"| {m.failed} |"
        )
    lines += [
        "",
        "Server CPU: user + system time of the gateway's processes (all threads, all workers) during its"
        " runs, over the requests it completed; req/s per busy core = 1000 / that. The load generator"
        " and the stand-in share the machine, so the req/s column is lower than what a dedicated"
        " machine serves.",
        "",
        "Full figures per side:",
        "",
        metrics_table([(s.name, s.metrics) for s in report.sides], percentiles),
    ]
    return "\n".join(lines) + "\n"


def write_overhead_report(report: OverheadReport, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    json_path = directory / f"{report.label}.json"
    md_path = directory / f"{report.label}.md"
    json_path.write_text(report.model_dump_json(indent=2) + "\n")
    md_path.write_text(overhead_markdown(report))
    return [json_path, md_path]
