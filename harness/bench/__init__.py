"""Serving benchmark for any OpenAI-compatible base URL (vLLM, llama.cpp server, Stockade, ...).

It knows nothing of Stockade beyond the OpenAI protocol. Metric definitions follow
`vllm bench serve` (see docs/bench.md). Entry points: `run_bench` (one run or a sweep, writes
JSON/markdown/PNG) and `run_overhead` (the same load direct and through a gateway).
"""

from harness.bench.errors import BenchConfigError, BenchError, DatasetError, EndpointError, TokenizerError
from harness.bench.metrics import BenchMetrics, Distribution, compute_metrics
from harness.bench.options import BenchOptions, OverheadOptions, TokenizerSpec, parse_goodput
from harness.bench.overhead import OverheadReport, run_overhead
from harness.bench.runner import BenchReport, RunResult, run_bench, run_bench_async

__all__ = [
    "BenchConfigError",
    "BenchError",
    "BenchMetrics",
    "BenchOptions",
    "BenchReport",
    "DatasetError",
    "Distribution",
    "EndpointError",
    "OverheadOptions",
    "OverheadReport",
    "RunResult",
    "TokenizerError",
    "TokenizerSpec",
    "compute_metrics",
    "parse_goodput",
    "run_bench",
    "run_bench_async",
    "run_overhead",
]
