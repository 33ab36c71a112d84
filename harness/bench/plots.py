"""PNG plots of latency against load (matplotlib, headless Agg backend)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib

matplotlib.use("Agg")  # headless: servers and CI have no display

import matplotlib.pyplot as plt

if TYPE_CHECKING:
    from harness.bench.runner import BenchReport


def plot_latency_vs_load(report: BenchReport, path: Path) -> Path:
    """Six panels against the swept load (concurrency cap or request rate): TTFT, TPOT, ITL and
    E2E latency (p50 and p99), plus request throughput and goodput."""
    runs = sorted(report.runs, key=lambda r: r.load_value)
    kind = runs[0].load_kind
    xs = [r.load_value if r.load_value != float("inf") else 0.0 for r in runs]
    xlabel = "max concurrency" if kind == "concurrency" else "request rate (req/s)"
    fig, axes = plt.subplots(2, 3, figsize=(15, 8))
    panels = [
        ("TTFT (ms)", lambda r: r.metrics.ttft_ms),
        ("TPOT (ms)", lambda r: r.metrics.tpot_ms),
        ("ITL (ms)", lambda r: r.metrics.itl_ms),
        ("E2E latency (ms)", lambda r: r.metrics.e2el_ms),
    ]
    for ax, (title, pick) in zip(axes.flat, panels, strict=False):
        ax.plot(xs, [pick(r).median for r in runs], marker="o", label="p50")
        ax.plot(xs, [pick(r).p(99) for r in runs], marker="s", label="p99")
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        ax.grid(True, alpha=0.3)
        ax.legend()
    ax = axes.flat[4]
    ax.plot(xs, [r.metrics.request_throughput for r in runs], marker="o", label="throughput")
    if any(r.metrics.request_goodput is not None for r in runs):
        ax.plot(xs, [r.metrics.request_goodput or 0.0 for r in runs], marker="s", label="goodput")
    ax.set_title("requests/s")
    ax.set_xlabel(xlabel)
    ax.grid(True, alpha=0.3)
    ax.legend()
    ax = axes.flat[5]
    ax.plot(xs, [r.metrics.output_throughput for r in runs], marker="o")
    ax.set_title("output tokens/s")
    ax.set_xlabel(xlabel)
    ax.grid(True, alpha=0.3)
    fig.suptitle(f"{report.label}: {report.model} at {report.base_url}\n{report.machine}", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
