"""A fallback chain: primary engine, then cheaper fast ones, then an optional static message.

The chain moves on only while nothing has reached the client: an engine that fails before its first
token is replaced by the next one; once a token has been yielded, an error propagates unchanged (the
API ends the stream with a clean error event). Client errors (status 400: prompt too long, bad
parameters) never fall back: the next engine would refuse them too.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence

from opentelemetry import trace

from inference.engine import (
    Cancellation,
    ChatMessage,
    Engine,
    EngineError,
    EngineHealth,
    Finished,
    SamplingParams,
    StreamItem,
    TextDelta,
    ToolChoice,
    ToolSpec,
    Usage,
)
from inference.resilience.errors import AllEnginesFailed, ResilienceConfigError
from inference.resilience.metrics import FALLBACKS
from inference.resilience.report import STATIC_ANSWER, AttemptRecord, GatewayReport, LinkedCancellation
from inference.resilience.retrying import is_engine_fault

log = logging.getLogger(__name__)
tracer = trace.get_tracer(__name__)


class FallbackChain:
    """Satisfies the Engine protocol; `model_id` is the chain's name (an app's, typically)."""

    engine_name = "fallback-chain"

    def __init__(
        self, engines: Sequence[Engine], *, static_message: str | None = None, name: str | None = None
    ) -> None:
        if not engines:
            raise ResilienceConfigError("a fallback chain needs at least one engine")
        if any(isinstance(e, FallbackChain) for e in engines):
            raise ResilienceConfigError("chains do not nest: list the engines of the inner chain instead")
        if static_message is not None and not static_message.strip():
            raise ResilienceConfigError("the static fallback message must not be empty")
        self.engines = list(engines)
        self.static_message = static_message
        self.model_id = name or engines[0].model_id
        # Whichever engine answers, the prompt must fit it.
        self.context_length = min(e.context_length for e in engines)

    async def start(self) -> None:
        for engine in self.engines:
            await engine.start()

    async def close(self) -> None:
        for engine in self.engines:
            await engine.close()

    def health(self) -> EngineHealth:
        states = {e.model_id: e.health() for e in self.engines}
        ready = any(h.ready for h in states.values()) or self.static_message is not None
        detail = ", ".join(f"{name}: {'ready' if h.ready else h.detail}" for name, h in states.items())
        return EngineHealth(ready=ready, detail=detail)

    async def count_chat_tokens(
        self,
        messages: Sequence[ChatMessage],
        tools: Sequence[ToolSpec] = (),
        tool_choice: ToolChoice = "auto",
    ) -> int:
        return await self._count(lambda e: e.count_chat_tokens(messages, tools, tool_choice))

    async def count_text_tokens(self, text: str) -> int:
        return await self._count(lambda e: e.count_text_tokens(text))

    async def _count(self, count: Callable[[Engine], Awaitable[int]]) -> int:
        last: EngineError | None = None
        for engine in self.engines:
            try:
                return int(await count(engine))
            except EngineError as exc:  # an unloaded engine cannot count; the next one may
                last = exc
        assert last is not None
        raise last

    def stream_chat(
        self, messages: Sequence[ChatMessage], params: SamplingParams, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]:
        return self._stream(lambda engine, c: engine.stream_chat(messages, params, c), cancel)

    def stream_completion(
        self, prompt: str, params: SamplingParams, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]:
        return self._stream(lambda engine, c: engine.stream_completion(prompt, params, c), cancel)

    async def _stream(
        self,
        open_on: Callable[[Engine, Cancellation], AsyncGenerator[StreamItem, None]],
        cancel: Cancellation,
    ) -> AsyncGenerator[StreamItem, None]:
        # Every attempt's cancellation is linked to the request's and shares its report, so retries
        # inside a ResilientEngine and this chain's own failures land in the one report the caller reads.
        report = cancel.report
        failures: list[tuple[str, EngineError]] = []
        attributes = {"chain": self.model_id}
        with tracer.start_as_current_span("gateway.fallback_chain", attributes=attributes) as span:
            for index, engine in enumerate(self.engines):
                if cancel.cancelled:
                    break
                own_cancel = LinkedCancellation(cancel)
                recorded = len(report.attempts)
                stream = open_on(engine, own_cancel)
                try:
                    first = await anext(stream)
                except StopAsyncIteration:
                    first = None
                    error: EngineError = EngineError(f"engine {engine.model_id} ended without output")
                except EngineError as exc:
                    first, error = None, exc
                if first is None:
                    await stream.aclose()
                    if len(report.attempts) == recorded:  # a plain engine: nothing recorded the attempt
                        report.attempts.append(AttemptRecord(engine.model_id, str(error)))
                    if not is_engine_fault(error) or cancel.cancelled:
                        raise error
                    failures.append((engine.model_id, error))
                    self._count_fallback(index, report)
                    log.warning("engine %s failed before its first token: %s", engine.model_id, error)
                    continue
                report.answered_by = report.answered_by or engine.model_id
                span.set_attribute("answered_by", engine.model_id)
                span.set_attribute("fallbacks", report.fallbacks)
                try:
                    yield first
                    async for item in stream:
                        yield item
                finally:
                    await stream.aclose()
                    if own_cancel.final_usage is not None:
                        cancel.final_usage = own_cancel.final_usage
                return
            if cancel.cancelled:  # nobody is listening any more: end quietly, nothing was generated
                cancel.final_usage = Usage(0, 0)
                yield Finished("cancelled", Usage(0, 0))
                return
            if self.static_message is None:
                span.set_attribute("answered_by", "none")
                raise AllEnginesFailed(failures)
            report.answered_by = STATIC_ANSWER
            span.set_attribute("answered_by", STATIC_ANSWER)
            usage = Usage(0, 0)  # no model ran: nothing to charge
            cancel.final_usage = usage
            yield TextDelta(self.static_message)
            yield Finished("stop", usage)

    def _count_fallback(self, index: int, report: GatewayReport) -> None:
        if index + 1 < len(self.engines):
            target = self.engines[index + 1].model_id
        elif self.static_message is not None:
            target = STATIC_ANSWER
        else:
            return
        FALLBACKS.labels(self.engines[index].model_id, target).inc()
        report.fallbacks += 1
