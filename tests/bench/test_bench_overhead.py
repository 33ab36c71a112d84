"""Gateway-overhead mode: added latency and throughput ratio against a known difference, then the
real `stockade serve` in front of the stand-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.bench import BenchConfigError, OverheadOptions, run_overhead
from harness.bench.harness import stockade_gateway
from harness.bench.options import LoadOptions, Target

from ..conftest import metric_value  # type: ignore[import-not-found]
from .conftest import ITL_MS, TTFT_MS

OUT = 3


def _load(**overrides: object) -> LoadOptions:
    values: dict[str, object] = {
        "model": "standin", "num_prompts": 8, "input_len": 16, "output_len": OUT, "max_concurrency": 4,
        "warmups": 0,
    } | overrides  # fmt: skip
    return LoadOptions.build(**values)


def test_added_latency_is_the_slower_paths_injected_delay(
    instant_standin: str, slow_standin: str, tmp_path: Path
) -> None:
    # The "gateway" here is the stand-in with delays: the overhead must come out as those delays.
    options = OverheadOptions.build(
        load=_load(),
        baseline=Target.build(name="direct", base_url=instant_standin),
        through=(Target.build(name="delayed", base_url=slow_standin),),
        rounds=2,
        output_dir=tmp_path,
    )
    report = run_overhead(options)
    direct, delayed = report.side("direct"), report.side("delayed")
    assert direct.metrics.completed == delayed.metrics.completed == 16  # 8 prompts x 2 rounds
    assert direct.added_e2el_p50_ms == 0.0 and direct.throughput_ratio == 1.0
    # The added figures are the differences of the two sides' own percentiles, whatever the
    # machine's load; how large they come out is the benchmark's business, not the test's. Only
    # the injected delays bound the slower side from below on any machine.
    d, b = delayed.metrics, direct.metrics
    assert delayed.added_ttft_p50_ms == pytest.approx(d.ttft_ms.p(50) - b.ttft_ms.p(50))
    assert delayed.added_e2el_p50_ms == pytest.approx(d.e2el_ms.p(50) - b.e2el_ms.p(50))
    assert delayed.added_e2el_p99_ms == pytest.approx(d.e2el_ms.p(99) - b.e2el_ms.p(99))
    assert d.ttft_ms.min >= TTFT_MS - 1
    assert d.e2el_ms.min >= TTFT_MS + ITL_MS * (OUT - 1) - 3
    assert delayed.throughput_ratio == pytest.approx(d.request_throughput / b.request_throughput)
    markdown = (tmp_path / "gateway_overhead.md").read_text()
    assert "| delayed |" in markdown and "| direct |" in markdown
    # The flat rows the benchmarks write: labels first, the baseline's row first, ratios against it.
    rows = report.rows(concurrency=4)
    assert [(r["concurrency"], r["side"], r["completed"]) for r in rows] == [
        (4, "direct", 16),
        (4, "delayed", 16),
    ]
    assert rows[0]["output_tok_s_ratio"] == 1.0 and rows[0]["added_ttft_p50_ms"] == 0.0
    assert rows[1]["output_tok_s_ratio"] == round(d.output_throughput / b.output_throughput, 3)
    assert (
        rows[1]["ttft_p50_ms"] == round(d.ttft_ms.p(50), 1) and rows[1]["server_cpu_ms_per_request"] is None
    )


def test_targets_need_distinct_names(instant_standin: str) -> None:
    target = Target.build(name="same", base_url=instant_standin)
    with pytest.raises(BenchConfigError, match="own name"):
        run_overhead(OverheadOptions.build(load=_load(), baseline=target, through=(target,)))


def test_through_the_real_gateway_every_request_and_token_arrives(
    instant_standin: str, tmp_path: Path
) -> None:
    with stockade_gateway(instant_standin, "standin", tmp_path / "gw") as gateway:
        report = run_overhead(
            OverheadOptions.build(
                load=_load(num_prompts=20, output_len=5, warmups=1),
                baseline=Target.build(name="direct", base_url=instant_standin),
                through=(
                    Target.build(
                        name="stockade",
                        base_url=gateway.base_url,
                        api_key=gateway.api_key,
                        model=gateway.model,
                    ),
                ),
                rounds=2,
            ),
            cpu_probes={"stockade": gateway.cpu_seconds},
        )
        # The second round repeats the first one's prompts: every request still went upstream.
        root = gateway.base_url.removesuffix("/v1")
        assert metric_value(root, "stockade_cache_lookups_total", outcome="exact") == 0
        assert metric_value(root, "stockade_cache_stores_total") == 0
    ours = report.side("stockade").metrics
    assert (ours.completed, ours.failed) == (40, 0)
    assert ours.total_output_tokens == 40 * 5  # the upstream's usage passes through the gateway
    assert report.side("stockade").throughput_ratio > 0
    # The gateway's own CPU per request is measured; the direct side has no process to watch.
    cpu = report.side("stockade").server_cpu_ms_per_request
    assert cpu is not None and cpu > 0
    assert report.side("stockade").requests_per_core_s == pytest.approx(1000 / cpu)
    assert report.side("direct").server_cpu_ms_per_request is None
