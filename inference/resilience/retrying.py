"""One engine with retries (exponential backoff, full jitter), a circuit breaker and a first-token
deadline. Only the opening of a stream is retried: once a token has been yielded, a failure
propagates, because the client already has part of an answer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Callable, Sequence
from dataclasses import dataclass

from opentelemetry import trace
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt
from tenacity.wait import wait_random_exponential

from inference.engine import (
    Cancellation,
    ChatMessage,
    Engine,
    EngineError,
    EngineHealth,
    SamplingParams,
    StreamItem,
    ToolChoice,
    ToolSpec,
)
from inference.resilience.breaker import BreakerSettings, BreakerState, CircuitBreaker
from inference.resilience.errors import CircuitOpen, FirstTokenTimeout, ResilienceConfigError
from inference.resilience.metrics import RETRIES
from inference.resilience.report import AttemptRecord, GatewayReport, LinkedCancellation

log = logging.getLogger(__name__)

StreamOpener = Callable[[Cancellation], AsyncGenerator[StreamItem, None]]


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 3  # first try included
    initial_backoff_s: float = 0.2
    max_backoff_s: float = 5.0
    # A process that accepts the connection and then hangs must not hold a request forever.
    first_token_timeout_s: float | None = 60.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1 or self.initial_backoff_s < 0 or self.max_backoff_s < 0:
            raise ResilienceConfigError(f"invalid retry policy: {self}")
        if self.first_token_timeout_s is not None and self.first_token_timeout_s <= 0:
            raise ResilienceConfigError("first_token_timeout_s must be positive")


def is_engine_fault(exc: BaseException) -> bool:
    """Failures of the engine (count against its breaker, allow a fallback), not of the request."""
    return isinstance(exc, EngineError) and (exc.retryable or exc.status >= 500)


def _worth_retrying(exc: BaseException) -> bool:
    # An open circuit will not close within a backoff: the next engine of the chain is the answer.
    return isinstance(exc, EngineError) and exc.retryable and not isinstance(exc, CircuitOpen)


class ResilientEngine:
    """Wraps one engine; satisfies the Engine protocol itself. One instance per engine per process,
    shared by every chain that uses the engine, so that its breaker sees all of its traffic."""

    engine_name = "resilient"

    def __init__(
        self,
        engine: Engine,
        retry: RetryPolicy | None = None,
        breaker: BreakerSettings | None = None,
    ) -> None:
        self.inner = engine
        self.model_id = engine.model_id
        self.context_length = engine.context_length
        self.retry = retry or RetryPolicy()
        self.breaker = CircuitBreaker(engine.model_id, breaker or BreakerSettings())

    async def start(self) -> None:
        await self.inner.start()

    async def close(self) -> None:
        await self.inner.close()

    def health(self) -> EngineHealth:
        inner = self.inner.health()
        state = self.breaker.state
        return EngineHealth(
            ready=inner.ready and state is not BreakerState.OPEN,
            detail=inner.detail if state is BreakerState.CLOSED else f"{inner.detail}; breaker {state.value}",
            extra={**inner.extra, "breaker": state.value},
        )

    async def count_chat_tokens(
        self,
        messages: Sequence[ChatMessage],
        tools: Sequence[ToolSpec] = (),
        tool_choice: ToolChoice = "auto",
    ) -> int:
        return await self.inner.count_chat_tokens(messages, tools, tool_choice)

    async def count_text_tokens(self, text: str) -> int:
        return await self.inner.count_text_tokens(text)

    def stream_chat(
        self,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        cancel: Cancellation,
    ) -> AsyncGenerator[StreamItem, None]:
        return self.stream_with(lambda c: self.inner.stream_chat(messages, params, c), cancel)

    def stream_completion(
        self,
        prompt: str,
        params: SamplingParams,
        cancel: Cancellation,
    ) -> AsyncGenerator[StreamItem, None]:
        return self.stream_with(lambda c: self.inner.stream_completion(prompt, params, c), cancel)

    async def stream_with(
        self, opener: StreamOpener, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]:
        """Attempts are recorded on `cancel.report`, the one the caller reads."""
        stream, first, own_cancel = await self._open(opener, cancel, cancel.report)
        try:
            yield first
            async for item in stream:
                yield item
        except EngineError as exc:
            if is_engine_fault(exc):
                self.breaker.record_failure()
            raise
        finally:
            await stream.aclose()
            if own_cancel.final_usage is not None:
                cancel.final_usage = own_cancel.final_usage

    async def _open(
        self, opener: StreamOpener, cancel: Cancellation, report: GatewayReport
    ) -> tuple[AsyncGenerator[StreamItem, None], StreamItem, Cancellation]:
        # Recorded on the caller's span (the engine call's) rather than a span of its own: the
        # first attempt nearly always succeeds, and a span per request costs more than the rest of
        # this method.
        span = trace.get_current_span()
        try:
            opened = await self._attempt(opener, cancel, report)
        except BaseException as exc:
            if self.retry.max_attempts == 1 or not _worth_retrying(exc):
                self._attempt_failed(span, 1, exc)
                raise
            # tenacity is built only once a retry is needed: on the happy path it would be most of
            # the cost of opening a stream.
            return await self._retry(opener, cancel, report, span, exc)
        span.set_attributes({"gateway.engine": self.model_id, "gateway.attempts": 1})
        return opened

    async def _retry(
        self,
        opener: StreamOpener,
        cancel: Cancellation,
        report: GatewayReport,
        span: trace.Span,
        first_error: BaseException,
    ) -> tuple[AsyncGenerator[StreamItem, None], StreamItem, Cancellation]:
        policy = self.retry

        def before_sleep(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            status = str(exc.status) if isinstance(exc, EngineError) else "unknown"
            RETRIES.labels(self.model_id, status).inc()
            report.retries += 1
            log.info("retrying %s after %s (attempt %d)", self.model_id, exc, state.attempt_number)

        retrying = AsyncRetrying(
            stop=stop_after_attempt(policy.max_attempts),
            wait=wait_random_exponential(multiplier=policy.initial_backoff_s, max=policy.max_backoff_s),
            retry=retry_if_exception(_worth_retrying),
            before_sleep=before_sleep,
            reraise=True,
        )
        pending: BaseException | None = first_error
        async for attempt in retrying:
            number = attempt.retry_state.attempt_number
            with attempt:
                if pending is not None:  # the failed first attempt, replayed as tenacity's first
                    error, pending = pending, None
                    raise error
                opened = await self._attempt(opener, cancel, report)
                span.set_attributes({"gateway.engine": self.model_id, "gateway.attempts": number})
                return opened
            outcome = attempt.retry_state.outcome
            failed = outcome.exception() if outcome is not None else None
            if failed is not None:
                self._attempt_failed(span, number, failed)
        raise AssertionError("unreachable: tenacity re-raises the last error")  # pragma: no cover

    def _attempt_failed(self, span: trace.Span, number: int, exc: BaseException) -> None:
        status = str(exc.status) if isinstance(exc, EngineError) else type(exc).__name__
        span.add_event(
            "gateway.attempt_failed",
            {"gateway.engine": self.model_id, "gateway.attempt": number, "error.type": status},
        )

    async def _attempt(
        self, opener: StreamOpener, cancel: Cancellation, report: GatewayReport
    ) -> tuple[AsyncGenerator[StreamItem, None], StreamItem, Cancellation]:
        try:
            self.breaker.acquire()
        except CircuitOpen as exc:
            report.attempts.append(AttemptRecord(self.model_id, str(exc)))
            raise
        own_cancel = LinkedCancellation(cancel)
        stream = opener(own_cancel)
        timeout = self.retry.first_token_timeout_s
        try:
            try:
                async with asyncio.timeout(timeout):
                    first = await anext(stream)
            except TimeoutError as exc:
                raise FirstTokenTimeout(self.model_id, timeout or 0) from exc
            except StopAsyncIteration as exc:
                raise EngineError(f"engine {self.model_id} ended without output", retryable=True) from exc
        except EngineError as exc:
            await stream.aclose()
            report.attempts.append(AttemptRecord(self.model_id, str(exc)))
            if is_engine_fault(exc):
                self.breaker.record_failure()
            else:
                self.breaker.release_probe()
            raise
        except BaseException:
            await stream.aclose()
            self.breaker.release_probe()
            raise
        self.breaker.record_success()
        report.attempts.append(AttemptRecord(self.model_id, None))
        return stream, first, own_cancel
