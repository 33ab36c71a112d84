"""Drive the load: a fixed concurrency cap and/or a Poisson (gamma) arrival process, one point or a
sweep, the same prompts for every point."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections.abc import Callable, Coroutine, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import aiohttp
import numpy as np
from pydantic import BaseModel

from harness.bench.client import RequestOutput, build_payload, send_request
from harness.bench.dataset import SampleRequest, file_requests, synthetic_requests
from harness.bench.errors import EndpointError
from harness.bench.metrics import BenchMetrics, compute_metrics
from harness.bench.options import BenchOptions, LoadOptions
from harness.bench.tokenizer import Tokenizer, load_tokenizer

log = logging.getLogger(__name__)
T = TypeVar("T")


class RunResult(BaseModel):
    """One load point: what was asked (rate, concurrency cap) and what came out."""

    load_kind: str  # "concurrency" or "rate"
    load_value: float
    request_rate: float
    max_concurrency: int | None
    metrics: BenchMetrics


class BenchReport(BaseModel):
    label: str
    base_url: str
    model: str
    endpoint: str
    machine: str
    tokenizer: str
    started_at: str
    options: dict[str, Any]
    runs: list[RunResult]
    files: list[str] = []


def arrival_offsets(count: int, rate: float, burstiness: float, seed: int) -> list[float]:
    """Seconds after the start at which each request is released. Gamma intervals of shape
    `burstiness` (1 = exponential = Poisson), rescaled so that the last lands at count/rate exactly,
    as vLLM does to keep throughput comparable across seeds."""
    if math.isinf(rate):
        return [0.0] * count
    rng = np.random.default_rng(seed)
    offsets = np.cumsum(rng.gamma(shape=burstiness, scale=1.0 / (rate * burstiness), size=count))
    return [float(x) for x in offsets * ((count / rate) / offsets[-1])]


def make_session(load: LoadOptions) -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(limit=0, limit_per_host=0, keepalive_timeout=60)
    # trust_env=False: never route benchmark traffic through a proxy picked up from the environment.
    return aiohttp.ClientSession(
        connector=connector,
        timeout=aiohttp.ClientTimeout(total=load.request_timeout_s),
        trust_env=False,
        read_bufsize=2**20,
    )


def endpoint_url(base_url: str, load: LoadOptions) -> str:
    return f"{base_url}/{'chat/completions' if load.endpoint == 'chat' else 'completions'}"


def request_headers(load: LoadOptions, api_key: str | None) -> dict[str, str]:
    headers = dict(load.headers)
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    return headers


async def run_point(
    session: aiohttp.ClientSession,
    load: LoadOptions,
    requests: Sequence[SampleRequest],
    *,
    url: str,
    model: str,
    headers: dict[str, str],
    request_rate: float,
    max_concurrency: int | None,
) -> tuple[list[RequestOutput], float]:
    """Send every request on its schedule; returns the outputs and the wall time of the point."""
    semaphore: contextlib.AbstractAsyncContextManager[Any] = (
        asyncio.Semaphore(max_concurrency) if max_concurrency else contextlib.nullcontext()
    )
    chat = load.endpoint == "chat"
    payloads = [build_payload(load, r, model) for r in requests]
    offsets = arrival_offsets(len(requests), request_rate, load.burstiness, load.seed)

    async def one(i: int) -> RequestOutput:
        async with semaphore:
            return await send_request(session, url, payloads[i], headers, requests[i].prompt_len, chat)

    started = time.perf_counter()
    tasks = []
    for i, offset in enumerate(offsets):
        delay = started + offset - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(i)))
    outputs = list(await asyncio.gather(*tasks))
    return outputs, time.perf_counter() - started


async def check_endpoint(
    session: aiohttp.ClientSession,
    load: LoadOptions,
    sample: SampleRequest,
    url: str,
    model: str,
    headers: dict[str, str],
) -> None:
    """One request before measuring, as vLLM's initial test run: a wrong URL, key or model name
    should fail loudly rather than produce a report of failures."""
    output = await send_request(
        session, url, build_payload(load, sample, model), headers, sample.prompt_len, load.endpoint == "chat"
    )
    if not output.success:
        raise EndpointError(f"test request to {url} (model {model!r}) failed: {output.error}")


def build_requests(load: LoadOptions, tokenizer: Tokenizer) -> list[SampleRequest]:
    if load.dataset is not None:
        return file_requests(load.dataset, tokenizer, load.num_prompts, load.output_len)
    return synthetic_requests(
        tokenizer, load.num_prompts, load.input_len, load.output_len, load.range_ratio, load.seed
    )


def _counter(tokenizer: Tokenizer) -> Callable[[str], int]:
    return lambda text: len(tokenizer.encode(text))


async def run_bench_async(options: BenchOptions) -> BenchReport:
    from harness.bench.report import machine_description, write_bench_report

    load = options.load()
    tokenizer = load_tokenizer(load.tokenizer)
    requests = build_requests(load, tokenizer)
    url = endpoint_url(options.base_url, load)
    headers = request_headers(load, options.api_key.get_secret_value() if options.api_key else None)
    points = options.points()
    report = BenchReport(
        label=options.label,
        base_url=options.base_url,
        model=load.model,
        endpoint=load.endpoint,
        machine=machine_description(),
        tokenizer=tokenizer.name,
        started_at=datetime.now(UTC).isoformat(timespec="seconds"),
        options=options.model_dump(mode="json", exclude={"api_key", "headers"}),
        runs=[],
    )
    # No connection cap in the pool: the semaphore of each point is the only limit on concurrency.
    async with make_session(load) as session:
        await check_endpoint(session, load, requests[0], url, load.model, headers)
        for _ in range(load.warmups):
            await check_endpoint(session, load, requests[0], url, load.model, headers)
        for kind, value in points:
            rate = options.request_rate if kind == "concurrency" else value
            cap = int(value) if kind == "concurrency" else options.max_concurrency
            log.info("bench point %s=%g against %s", kind, value, url)
            outputs, duration = await run_point(
                session,
                load,
                requests,
                url=url,
                model=load.model,
                headers=headers,
                request_rate=rate,
                max_concurrency=cap,
            )
            metrics = compute_metrics(outputs, duration, load.percentiles, load.goodput, _counter(tokenizer))
            report.runs.append(
                RunResult(
                    load_kind=kind, load_value=value, request_rate=rate, max_concurrency=cap, metrics=metrics
                )
            )
    if options.output_dir is not None:
        report.files = [str(p) for p in write_bench_report(report, Path(options.output_dir), options.plots)]
    return report


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    """asyncio.run on uvloop when it is installed (uvicorn[standard] brings it): the load generator
    must not be the bottleneck of a thousand-requests-per-second measurement."""
    try:
        import uvloop

        factory: Callable[[], asyncio.AbstractEventLoop] | None = uvloop.new_event_loop
    except ImportError:
        factory = None
    with asyncio.Runner(loop_factory=factory) as runner:
        return runner.run(coro)


def run_bench(options: BenchOptions) -> BenchReport:
    """The single entry point for `stockade bench`: run, write JSON/markdown/PNG, return the report."""
    return run_async(run_bench_async(options))
