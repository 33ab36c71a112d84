"""Gateway overhead: the same requests against the upstream directly and through one or more
gateway paths (Stockade with guards off, with guards on, ...), interleaved round by round."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from harness.bench.client import RequestOutput
from harness.bench.errors import BenchConfigError
from harness.bench.metrics import BenchMetrics, compute_metrics
from harness.bench.options import OverheadOptions, Target
from harness.bench.report import machine_description, write_overhead_report
from harness.bench.runner import (
    build_requests,
    check_endpoint,
    endpoint_url,
    make_session,
    request_headers,
    run_async,
    run_point,
)
from harness.bench.tokenizer import load_tokenizer


class SideResult(BaseModel):
    name: str
    base_url: str
    metrics: BenchMetrics
    # Differences against the baseline (0 for the baseline itself); ms. Positive = slower.
    added_e2el_p50_ms: float
    added_e2el_p99_ms: float
    added_ttft_p50_ms: float
    added_ttft_p99_ms: float
    throughput_ratio: float  # this side's request throughput / the baseline's
    # CPU seconds the side's server processes spent per completed request, in ms, when the caller
    # could watch them (a gateway started by the harness); None otherwise.
    server_cpu_ms_per_request: float | None = None

    @property
    def requests_per_core_s(self) -> float | None:
        """What one fully busy core could serve at this CPU cost per request."""
        cost = self.server_cpu_ms_per_request
        return 1000.0 / cost if cost else None


class OverheadReport(BaseModel):
    label: str
    machine: str
    started_at: str
    load_description: str
    rounds: int
    percentiles: list[float]
    sides: list[SideResult]
    files: list[str] = []

    def side(self, name: str) -> SideResult:
        return next(s for s in self.sides if s.name == name)

    def rows(self, **labels: Any) -> list[dict[str, Any]]:
        """One flat row per side (the labels first), the baseline first: for JSON results and tables."""
        base = self.sides[0].metrics
        return [
            {
                **labels,
                "side": side.name,
                "completed": side.metrics.completed,
                "output_tok_s": round(side.metrics.output_throughput, 2),
                "output_tok_s_ratio": round(side.metrics.output_throughput / base.output_throughput, 3),
                "ttft_p50_ms": round(side.metrics.ttft_ms.p(50), 1),
                "ttft_p99_ms": round(side.metrics.ttft_ms.p(99), 1),
                "added_ttft_p50_ms": round(side.added_ttft_p50_ms, 2),
                "tpot_p50_ms": round(side.metrics.tpot_ms.p(50), 2),
                "server_cpu_ms_per_request": (
                    None
                    if side.server_cpu_ms_per_request is None
                    else round(side.server_cpu_ms_per_request, 2)
                ),
            }
            for side in self.sides
        ]


def _side(target: Target, metrics: BenchMetrics, baseline: BenchMetrics, cpu_s: float | None) -> SideResult:
    return SideResult(
        name=target.name,
        base_url=target.base_url,
        metrics=metrics,
        added_e2el_p50_ms=metrics.e2el_ms.p(50) - baseline.e2el_ms.p(50),
        added_e2el_p99_ms=metrics.e2el_ms.p(99) - baseline.e2el_ms.p(99),
        added_ttft_p50_ms=metrics.ttft_ms.p(50) - baseline.ttft_ms.p(50),
        added_ttft_p99_ms=metrics.ttft_ms.p(99) - baseline.ttft_ms.p(99),
        throughput_ratio=metrics.request_throughput / baseline.request_throughput
        if baseline.request_throughput
        else 0.0,
        server_cpu_ms_per_request=cpu_s * 1000 / metrics.completed
        if cpu_s is not None and metrics.completed
        else None,
    )


CpuProbe = Callable[[], float]  # CPU seconds a server's processes have used so far


async def run_overhead_async(
    options: OverheadOptions, cpu_probes: Mapping[str, CpuProbe] | None = None
) -> OverheadReport:
    """`cpu_probes`, by target name, read the CPU time of that target's server processes: read
    before and after each of the target's runs, they give its CPU cost per request."""
    load = options.load
    percentiles = tuple(sorted({*load.percentiles, 50.0, 99.0}))
    tokenizer = load_tokenizer(load.tokenizer)
    requests = build_requests(load, tokenizer)
    targets = [options.baseline, *options.through]
    if len({t.name for t in targets}) != len(targets):
        raise BenchConfigError("every overhead target needs its own name")
    collected: dict[str, tuple[list[RequestOutput], float]] = {t.name: ([], 0.0) for t in targets}
    probes = dict(cpu_probes or {})
    cpu_used: dict[str, float] = dict.fromkeys(probes, 0.0)
    async with make_session(load) as session:
        plans = []
        for t in targets:
            key = t.api_key.get_secret_value() if t.api_key else None
            plan = (t, endpoint_url(t.base_url, load), t.model or load.model, request_headers(load, key))
            await check_endpoint(session, load, requests[0], plan[1], plan[2], plan[3])
            for _ in range(load.warmups):
                await check_endpoint(session, load, requests[0], plan[1], plan[2], plan[3])
            plans.append(plan)
        for _ in range(options.rounds):
            for target, url, model, headers in plans:
                probe = probes.get(target.name)
                cpu_before = probe() if probe else 0.0
                outputs, duration = await run_point(
                    session,
                    load,
                    requests,
                    url=url,
                    model=model,
                    headers=headers,
                    request_rate=load.request_rate,
                    max_concurrency=load.max_concurrency,
                )
                if probe:
                    cpu_used[target.name] += probe() - cpu_before
                previous, wall = collected[target.name]
                collected[target.name] = (previous + outputs, wall + duration)
    metrics = {
        name: compute_metrics(outputs, wall, percentiles, load.goodput, lambda s: len(tokenizer.encode(s)))
        for name, (outputs, wall) in collected.items()
    }
    base = metrics[options.baseline.name]
    concurrency = f"concurrency {load.max_concurrency}" if load.max_concurrency else "no concurrency cap"
    rate = "all at once" if load.request_rate == float("inf") else f"{load.request_rate:g} req/s"
    report = OverheadReport(
        label=options.label,
        machine=machine_description(),
        started_at=datetime.now(UTC).isoformat(timespec="seconds"),
        load_description=(
            f"{load.num_prompts} {load.endpoint} requests per side per round, {concurrency}, {rate}, "
            + (
                f"prompts from {load.dataset.name}"
                if load.dataset is not None
                else f"{load.input_len} in / {load.output_len} out tokens"
            )
            + ", streaming with usage"
        ),
        rounds=options.rounds,
        percentiles=list(percentiles),
        sides=[_side(t, metrics[t.name], base, cpu_used.get(t.name)) for t in targets],
    )
    if options.output_dir is not None:
        report.files = [str(p) for p in write_overhead_report(report, Path(options.output_dir))]
    return report


def run_overhead(
    options: OverheadOptions, cpu_probes: Mapping[str, CpuProbe] | None = None
) -> OverheadReport:
    return run_async(run_overhead_async(options, cpu_probes))
