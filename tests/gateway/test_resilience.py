"""Retries, circuit breakers and fallback chains against real engines: SmolLM2 in-process, SmolLM2
behind a real `llama_cpp.server` process that the tests kill, stop and refuse connections from."""

from __future__ import annotations

import asyncio
import signal

import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from prometheus_client import REGISTRY

from inference.engine import Cancellation, ChatMessage, EngineError, Finished, SamplingParams, TextDelta
from inference.llamacpp_engine import LlamaCppEngine
from inference.resilience import (
    STATIC_ANSWER,
    AllEnginesFailed,
    BreakerSettings,
    BreakerState,
    CircuitBreaker,
    CircuitOpen,
    FallbackChain,
    GatewayReport,
    ResilienceConfigError,
    ResilientEngine,
    RetryPolicy,
)

from .conftest import SMOL_ID, dead_upstream

QUESTION = [ChatMessage("user", "What is the capital of France?")]
FAST_RETRY = RetryPolicy(max_attempts=3, initial_backoff_s=0.01, max_backoff_s=0.05, first_token_timeout_s=30)


def metric(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def collect(
    chain: FallbackChain, max_tokens: int = 8
) -> tuple[str, Finished, GatewayReport, Cancellation]:
    cancel = Cancellation()
    report = cancel.report
    text, finished = [], None
    async for item in chain.stream_chat(
        QUESTION, SamplingParams(max_tokens=max_tokens, temperature=0), cancel
    ):
        if isinstance(item, TextDelta):
            text.append(item.text)
        else:
            finished = item
    assert finished is not None
    return "".join(text), finished, report, cancel


def test_breaker_opens_probes_and_closes() -> None:
    now = [100.0]
    breaker = CircuitBreaker(
        "unit-engine", BreakerSettings(failure_threshold=2, reset_timeout_s=10), lambda: now[0]
    )
    breaker.acquire()
    breaker.record_failure()
    assert breaker.state is BreakerState.CLOSED
    breaker.record_failure()
    assert breaker.state is BreakerState.OPEN
    assert metric("stockade_gateway_breaker_state", engine="unit-engine") == 2
    with pytest.raises(CircuitOpen) as refused:
        breaker.acquire()
    assert refused.value.status == 503 and refused.value.retry_after_s == pytest.approx(10)
    now[0] += 10
    assert breaker.state is BreakerState.HALF_OPEN
    breaker.acquire()  # the one probe
    with pytest.raises(CircuitOpen):
        breaker.acquire()  # a second caller waits for the probe's verdict
    breaker.record_failure()
    assert breaker.state is BreakerState.OPEN
    now[0] += 10
    breaker.acquire()
    breaker.record_success()
    assert breaker.state is BreakerState.CLOSED
    assert metric("stockade_gateway_breaker_state", engine="unit-engine") == 0
    assert metric("stockade_gateway_breaker_transitions_total", engine="unit-engine", state="open") == 2


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ResilienceConfigError):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ResilienceConfigError):
        BreakerSettings(failure_threshold=0)
    with pytest.raises(ResilienceConfigError):
        FallbackChain([])
    with pytest.raises(ResilienceConfigError):
        FallbackChain([dead_upstream()], static_message="  ")


async def test_refused_connections_are_retried_then_fall_back(
    smol_engine: LlamaCppEngine, span_exporter: InMemorySpanExporter
) -> None:
    span_exporter.clear()
    primary = ResilientEngine(dead_upstream("refusing-primary"), FAST_RETRY)
    chain = FallbackChain([primary, ResilientEngine(smol_engine, FAST_RETRY)], name="app-support")
    retries_before = metric("stockade_gateway_retries_total", engine="refusing-primary", status="502")
    fallbacks_before = metric(
        "stockade_gateway_fallbacks_total", from_engine="refusing-primary", to_engine=SMOL_ID
    )

    text, finished, report, cancel = await collect(chain)

    assert text.strip()
    assert report.answered_by == SMOL_ID
    assert report.retries == 2 and report.fallbacks == 1
    assert [a.engine for a in report.attempts] == ["refusing-primary"] * 3 + [SMOL_ID]
    assert all(a.error for a in report.attempts[:3]) and report.attempts[3].error is None
    assert finished.usage.completion_tokens > 0 and cancel.final_usage == finished.usage
    assert (
        metric("stockade_gateway_retries_total", engine="refusing-primary", status="502")
        == retries_before + 2
    )
    assert (
        metric("stockade_gateway_fallbacks_total", from_engine="refusing-primary", to_engine=SMOL_ID)
        == fallbacks_before + 1
    )
    # Retries are recorded on the span of the call that opened the engines: which engine answered
    # and in how many attempts, and an event for each failed attempt.
    (span,) = [s for s in span_exporter.get_finished_spans() if s.name == "gateway.fallback_chain"]
    assert span.attributes is not None
    assert span.attributes["gateway.engine"] == SMOL_ID and span.attributes["gateway.attempts"] == 1
    failed = [dict(e.attributes or {}) for e in span.events if e.name == "gateway.attempt_failed"]
    assert failed == [
        {"gateway.engine": "refusing-primary", "gateway.attempt": n, "error.type": "502"} for n in (1, 2, 3)
    ]
    await primary.close()


async def test_static_message_is_the_last_resort() -> None:
    engines = [ResilientEngine(dead_upstream(f"dead-{i}"), RetryPolicy(max_attempts=1)) for i in range(2)]
    chain = FallbackChain(engines, static_message="The assistant is unavailable; please try again later.")
    text, finished, report, cancel = await collect(chain)
    assert text == "The assistant is unavailable; please try again later."
    assert report.answered_by == STATIC_ANSWER and report.used_static_message and report.fallbacks == 2
    assert finished.usage.total_tokens == 0 and cancel.final_usage == finished.usage

    bare = FallbackChain(engines)
    with pytest.raises(AllEnginesFailed) as failed:
        await collect(bare)
    assert failed.value.status == 502 and [name for name, _ in failed.value.failures] == ["dead-0", "dead-1"]


async def test_client_errors_do_not_fall_back(smol_engine: LlamaCppEngine) -> None:
    fallback = ResilientEngine(dead_upstream("never-reached"), FAST_RETRY)
    chain = FallbackChain([ResilientEngine(smol_engine, FAST_RETRY), fallback])
    with pytest.raises(EngineError) as refused:
        await collect(chain, max_tokens=4096)  # more than SmolLM2's 2048-token context here
    assert refused.value.status == 400
    assert fallback.breaker.consecutive_failures == 0
    assert metric("stockade_gateway_fallbacks_total", from_engine=SMOL_ID, to_engine="never-reached") == 0


async def test_open_breaker_skips_the_engine_without_calling_it(smol_engine: LlamaCppEngine) -> None:
    primary = ResilientEngine(
        dead_upstream("flaky-primary"), RetryPolicy(max_attempts=1), BreakerSettings(failure_threshold=2)
    )
    chain = FallbackChain([primary, ResilientEngine(smol_engine, FAST_RETRY)])
    for _ in range(2):
        await collect(chain, max_tokens=2)
    assert primary.breaker.state is BreakerState.OPEN
    assert not primary.health().ready
    rejected_before = metric("stockade_gateway_breaker_rejections_total", engine="flaky-primary")
    _, _, report, _ = await collect(chain, max_tokens=2)
    assert report.answered_by == SMOL_ID and report.retries == 0
    assert "temporarily disabled" in (report.attempts[0].error or "")
    assert metric("stockade_gateway_breaker_rejections_total", engine="flaky-primary") == rejected_before + 1


async def test_a_hung_engine_hits_the_first_token_deadline(start_upstream, smol_engine) -> None:  # type: ignore[no-untyped-def]
    upstream = start_upstream()
    upstream.proc.send_signal(signal.SIGSTOP)  # accepts connections, never answers
    hung = ResilientEngine(
        upstream.engine("hung-remote"), RetryPolicy(max_attempts=1, first_token_timeout_s=1.0)
    )
    chain = FallbackChain([hung, ResilientEngine(smol_engine, FAST_RETRY)])
    text, _, report, _ = await asyncio.wait_for(collect(chain), 60)
    assert text.strip() and report.answered_by == SMOL_ID
    assert "no output within 1s" in (report.attempts[0].error or "")
    upstream.kill()


async def test_failure_after_the_first_token_propagates(start_upstream, smol_engine) -> None:  # type: ignore[no-untyped-def]
    upstream = start_upstream()
    primary = ResilientEngine(upstream.engine("dying-remote"), FAST_RETRY)
    chain = FallbackChain([primary, ResilientEngine(smol_engine, FAST_RETRY)])
    cancel, received = Cancellation(), []
    report = cancel.report
    prompt = [ChatMessage("user", "Count from 1 to 300, separated by commas.")]
    with pytest.raises(EngineError) as broken:
        async for item in chain.stream_chat(prompt, SamplingParams(max_tokens=400, temperature=0), cancel):
            if isinstance(item, TextDelta):
                received.append(item.text)
                if len(received) == 1:
                    upstream.kill()
    assert broken.value.retryable
    assert received, "the primary had started answering"
    assert report.answered_by == "dying-remote" and report.fallbacks == 0
    await primary.close()


async def test_killing_the_upstream_mid_load_leaves_no_request_hanging(start_upstream, smol_engine) -> None:  # type: ignore[no-untyped-def]
    upstream = start_upstream()
    primary = ResilientEngine(
        upstream.engine("loaded-remote"),
        RetryPolicy(max_attempts=2, initial_backoff_s=0.05, max_backoff_s=0.2, first_token_timeout_s=60),
        BreakerSettings(failure_threshold=3, reset_timeout_s=300),
    )
    chain = FallbackChain([primary, ResilientEngine(smol_engine, FAST_RETRY)], static_message="unavailable")
    fallbacks_before = metric(
        "stockade_gateway_fallbacks_total", from_engine="loaded-remote", to_engine=SMOL_ID
    )
    first_token = asyncio.Event()

    async def one_request() -> tuple[str, GatewayReport]:
        cancel, pieces = Cancellation(), []
        report = cancel.report
        try:
            async for item in chain.stream_chat(
                QUESTION, SamplingParams(max_tokens=24, temperature=0), cancel
            ):
                if isinstance(item, TextDelta):
                    pieces.append(item.text)
                    first_token.set()
        except EngineError:
            assert pieces and report.answered_by == "loaded-remote", "only a started stream may fail"
            return "error", report
        assert "".join(pieces).strip()
        return "answer", report

    tasks = [asyncio.create_task(one_request()) for _ in range(6)]
    await asyncio.wait_for(first_token.wait(), 60)
    upstream.kill()
    outcomes = await asyncio.wait_for(asyncio.gather(*tasks), 180)  # nothing hangs

    assert all(kind in ("answer", "error") for kind, _ in outcomes)
    fell_back = [r for kind, r in outcomes if r.answered_by == SMOL_ID]
    assert fell_back, "requests queued on the killed server were answered by the fallback"
    assert all(r.fallbacks == 1 for r in fell_back)
    after = [await collect(chain, max_tokens=4) for _ in range(2)]
    assert all(r.answered_by == SMOL_ID for _, _, r, _ in after)
    assert primary.breaker.state is BreakerState.OPEN
    assert metric("stockade_gateway_fallbacks_total", from_engine="loaded-remote", to_engine=SMOL_ID) == (
        fallbacks_before + len(fell_back) + 2
    )
    await primary.close()
