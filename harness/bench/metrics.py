"""Benchmark figures from per-request outputs, with the definitions of vLLM's `calculate_metrics`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from pydantic import BaseModel

from harness.bench.client import RequestOutput


class Distribution(BaseModel):
    """Milliseconds. Percentiles are numpy's linear interpolation, keyed "p50", "p99", "p99.9"."""

    count: int
    mean: float
    median: float
    std: float
    min: float
    max: float
    percentiles: dict[str, float]

    @classmethod
    def of(cls, seconds: Sequence[float], percentiles: Sequence[float]) -> Distribution:
        values = np.asarray(seconds if len(seconds) else [0.0], dtype=float) * 1000.0
        return cls(
            count=len(seconds),
            mean=float(np.mean(values)),
            median=float(np.median(values)),
            std=float(np.std(values)),
            min=float(np.min(values)),
            max=float(np.max(values)),
            percentiles={f"p{p:g}": float(np.percentile(values, p)) for p in percentiles},
        )

    def p(self, percentile: float) -> float:
        return self.percentiles[f"p{percentile:g}"]


class BenchMetrics(BaseModel):
    completed: int
    failed: int
    duration_s: float
    total_input_tokens: int
    total_output_tokens: int
    request_throughput: float  # completed requests / duration
    request_goodput: float | None  # requests meeting every SLO / duration; None without SLOs
    output_throughput: float  # output tokens / duration
    total_token_throughput: float  # (input + output tokens) / duration
    max_concurrent_requests: int
    ttft_ms: Distribution
    tpot_ms: Distribution
    itl_ms: Distribution
    e2el_ms: Distribution
    errors: list[str]


def _peak_concurrency(outputs: Sequence[RequestOutput]) -> int:
    # Half-open [start, end) intervals: an end at the same instant as a start frees its slot first.
    events = sorted([(o.start_time, 1) for o in outputs] + [(o.start_time + o.latency, -1) for o in outputs])
    current = peak = 0
    for _, delta in events:
        current += delta
        peak = max(peak, current)
    return peak


def compute_metrics(
    outputs: Sequence[RequestOutput],
    duration_s: float,
    percentiles: Sequence[float],
    goodput: dict[str, float] | None = None,
    count_tokens: Callable[[str], int] | None = None,
) -> BenchMetrics:
    """`count_tokens` counts output tokens of servers that send no usage block (vLLM uses the
    tokenizer the same way; without one such a request counts as one token)."""
    ok = [o for o in outputs if o.success]
    output_lens: list[int] = []
    ttfts: list[float] = []
    tpots: list[float] = []
    all_tpots: list[float] = []  # 0 for one-token answers, used only for goodput (as in vLLM)
    itls: list[float] = []
    e2els: list[float] = []
    for o in ok:
        n = o.output_tokens or (count_tokens(o.generated_text) if count_tokens else 1)
        output_lens.append(n)
        tpot = 0.0
        if n > 1:
            tpot = (o.latency - o.ttft) / (n - 1)
            tpots.append(tpot)
        all_tpots.append(tpot)
        itls.extend(o.itl)
        ttfts.append(o.ttft)
        e2els.append(o.latency)

    good: int | None = None
    if goodput:
        limits = {name: ms / 1000.0 for name, ms in goodput.items()}
        series = {"ttft": ttfts, "tpot": all_tpots, "e2el": e2els}
        good = sum(all(series[name][i] <= limit for name, limit in limits.items()) for i in range(len(ok)))
    total_in = sum(o.prompt_len for o in ok)
    total_out = sum(output_lens)
    return BenchMetrics(
        completed=len(ok),
        failed=len(outputs) - len(ok),
        duration_s=duration_s,
        total_input_tokens=total_in,
        total_output_tokens=total_out,
        request_throughput=len(ok) / duration_s,
        request_goodput=None if good is None else good / duration_s,
        output_throughput=total_out / duration_s,
        total_token_throughput=(total_in + total_out) / duration_s,
        max_concurrent_requests=_peak_concurrency(ok),
        ttft_ms=Distribution.of(ttfts, percentiles),
        tpot_ms=Distribution.of(tpots, percentiles),
        itl_ms=Distribution.of(itls, percentiles),
        e2el_ms=Distribution.of(e2els, percentiles),
        errors=sorted({o.error for o in outputs if not o.success})[:10],
    )
