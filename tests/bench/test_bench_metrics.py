"""The benchmark against the stand-in server: every figure checked against the injected delays."""

from __future__ import annotations

import json
import math

import pytest

from harness.bench import BenchOptions, EndpointError, run_bench
from harness.bench.runner import build_requests
from harness.bench.tokenizer import load_tokenizer

from .conftest import ITL_MS, TTFT_MS

PROMPTS = 12
OUT = 6


@pytest.fixture(scope="module")
def sweep(slow_standin: str, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    options = BenchOptions.build(
        base_url=slow_standin,
        model="standin",
        num_prompts=PROMPTS,
        input_len=32,
        output_len=OUT,
        sweep_concurrency=(1, 4),
        goodput={"ttft": 2000, "tpot": 1000},
        output_dir=tmp_path_factory.mktemp("sweep"),
        label="sweep",
    )
    return options, run_bench(options)


def test_every_request_completes_with_the_usage_counts(sweep) -> None:  # type: ignore[no-untyped-def]
    options, report = sweep
    expected_input = sum(
        len(str(r.prompt).split()) for r in build_requests(options.load(), load_tokenizer(options.tokenizer))
    )
    for run in report.runs:
        m = run.metrics
        assert (m.completed, m.failed) == (PROMPTS, 0)
        assert m.total_output_tokens == PROMPTS * OUT  # from the streamed usage block
        # The stand-in counts prompt words; the server's count replaces the local one, as in vLLM.
        assert m.total_input_tokens == expected_input


def test_latencies_are_never_shorter_than_the_injected_delays(sweep) -> None:  # type: ignore[no-untyped-def]
    """Only lower bounds, which hold on any machine: the stand-in sleeps at least TTFT_MS before
    the first token and ITL_MS between tokens. How much longer a loaded machine takes is what the
    benchmark measures, not something a test can fix."""
    _, report = sweep
    decode_ms = ITL_MS * (OUT - 1)
    for run in report.runs:
        m = run.metrics
        assert m.ttft_ms.min >= TTFT_MS - 1
        assert m.tpot_ms.count == PROMPTS  # one per request with more than one token
        assert m.itl_ms.count == PROMPTS * (OUT - 1)  # one chunk per token after the first
        assert m.e2el_ms.min >= TTFT_MS + decode_ms - 3
        assert m.ttft_ms.p(50) <= m.ttft_ms.p(90) <= m.ttft_ms.p(99) <= m.ttft_ms.max
        assert m.e2el_ms.min >= m.ttft_ms.min  # a request ends after its first token


def test_throughputs_follow_their_definitions(sweep) -> None:  # type: ignore[no-untyped-def]
    _, report = sweep
    serial, parallel = report.runs
    for run in report.runs:
        m = run.metrics
        assert m.request_throughput == pytest.approx(m.completed / m.duration_s)
        assert m.output_throughput == pytest.approx(m.total_output_tokens / m.duration_s)
        assert m.total_token_throughput == pytest.approx(
            (m.total_input_tokens + m.total_output_tokens) / m.duration_s
        )
        # Every request met generous SLOs, so goodput equals throughput.
        assert m.request_goodput == pytest.approx(m.request_throughput)
    # One at a time, no request finishes sooner than TTFT + decode, which caps the rate.
    assert serial.metrics.request_throughput <= 1000 / (TTFT_MS + ITL_MS * (OUT - 1))
    assert serial.metrics.max_concurrent_requests == 1
    assert parallel.metrics.max_concurrent_requests == 4


def test_goodput_counts_only_requests_within_every_slo(slow_standin: str) -> None:
    tight = BenchOptions.build(
        base_url=slow_standin, model="standin", num_prompts=4, input_len=8, output_len=3,
        max_concurrency=4, goodput="ttft:30,tpot:1000", warmups=0,
    )  # fmt: skip
    m = run_bench(tight).runs[0].metrics
    assert m.completed == 4
    assert m.request_goodput == 0.0  # the injected TTFT alone exceeds a 30 ms SLO


def test_poisson_rate_spreads_the_requests_over_count_over_rate(slow_standin: str) -> None:
    options = BenchOptions.build(
        base_url=slow_standin, model="standin", num_prompts=10, input_len=8, output_len=2,
        request_rate=20.0, warmups=0,
    )  # fmt: skip
    run = run_bench(options).runs[0]
    assert (run.load_kind, run.load_value) == ("rate", 20.0)
    # The last request leaves at exactly 10/20 s, then needs at least TTFT + one ITL.
    assert run.metrics.duration_s >= 0.5 + (TTFT_MS + ITL_MS) / 1000 - 0.005
    assert run.metrics.completed == 10


def test_reports_are_written_as_json_markdown_and_png(sweep) -> None:  # type: ignore[no-untyped-def]
    options, report = sweep
    files = {p.rsplit("/", 1)[1] for p in report.files}
    assert files == {"sweep.json", "sweep.md", "sweep_latency.png"}
    saved = json.loads((options.output_dir / "sweep.json").read_text())
    assert [r["metrics"]["completed"] for r in saved["runs"]] == [PROMPTS, PROMPTS]
    assert "api_key" not in saved["options"]
    markdown = (options.output_dir / "sweep.md").read_text()
    assert "| concurrency 1 | 12 | 0 |" in markdown and "| concurrency 4 | 12 | 0 |" in markdown
    png = (options.output_dir / "sweep_latency.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


def test_completions_endpoint_is_measured_the_same_way(instant_standin: str) -> None:
    options = BenchOptions.build(
        base_url=instant_standin, model="standin", endpoint="completions", num_prompts=5, input_len=8,
        output_len=4, max_concurrency=2, warmups=0,
    )  # fmt: skip
    m = run_bench(options).runs[0].metrics
    assert (m.completed, m.total_output_tokens, m.itl_ms.count) == (5, 20, 15)


def test_a_wrong_model_fails_before_measuring(instant_standin: str) -> None:
    options = BenchOptions.build(
        base_url=instant_standin, model="nope", num_prompts=2, input_len=4, output_len=2
    )
    with pytest.raises(EndpointError, match="HTTP 404"):
        run_bench(options)


def test_an_unreachable_server_fails_before_measuring() -> None:
    from harness.bench.harness import free_port

    options = BenchOptions.build(
        base_url=f"http://127.0.0.1:{free_port()}/v1", model="x", num_prompts=2, input_len=4, output_len=2
    )
    with pytest.raises(EndpointError, match="ClientConnectorError"):
        run_bench(options)


def test_the_standin_answers_without_streaming(instant_standin: str) -> None:
    import httpx

    body = {"model": "standin", "messages": [{"role": "user", "content": "a b c"}], "max_tokens": 3}
    answer = httpx.post(f"{instant_standin}/chat/completions", json=body, trust_env=False, timeout=60).json()
    assert answer["choices"][0]["message"]["content"] == "tok tok tok "
    assert answer["usage"] == {"prompt_tokens": 3, "completion_tokens": 3, "total_tokens": 6}
    assert not math.isnan(answer["created"])
