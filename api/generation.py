"""Runs one generation for a model route: non-streaming JSON or server-sent events.

Both shapes share one path so that whatever later steps add (guards, metering) sees every answer.
A streaming request waits for its first item before the response starts, so an engine that fails
early still gets a proper HTTP status instead of a broken stream.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from contextlib import aclosing, suppress
from dataclasses import dataclass, field
from typing import Any, Literal

from fastapi import Request
from fastapi.responses import JSONResponse, Response
from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from api.errors import ApiError, error_body
from api.event_stream import EventStreamResponse
from api.metering import RequestMeter
from api.metrics import REQUEST_DURATION, REQUESTS, TPOT, TTFT
from api.output_checks import OutputGuard
from inference.engine import (
    Cancellation,
    EngineError,
    Finished,
    SamplingParams,
    StreamItem,
    TextDelta,
    ToolCallDelta,
    Usage,
)

log = logging.getLogger(__name__)
tracer = trace.get_tracer(__name__)

Kind = Literal["chat", "completion"]


@dataclass(frozen=True)
class GenerationContext:
    kind: Kind
    response_id: str
    model: str
    tenant: str
    include_usage: bool
    started: float
    # Documented extension fields (e.g. `citations`): top level of the JSON body, first stream chunk.
    extensions: dict[str, Any] = field(default_factory=dict)


def _usage_body(usage: Usage) -> dict[str, int]:
    return {
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
        "total_tokens": usage.total_tokens,
    }


def _finish(reason: str) -> str:
    # "cancelled" is internal; a client that is still listening only ever sees OpenAI's values.
    return reason if reason in ("length", "tool_calls") else "stop"


def _tool_call_delta(item: ToolCallDelta) -> dict[str, Any]:
    """One streamed piece of a tool call, in OpenAI's chunk shape (id, type and name on the first)."""
    call: dict[str, Any] = {"index": item.index}
    if item.id is not None:
        call["id"] = item.id
        call["type"] = "function"
    function: dict[str, str] = {"arguments": item.arguments}
    if item.name is not None:
        function["name"] = item.name
    call["function"] = function
    return call


def _join_tool_calls(pieces: list[ToolCallDelta]) -> list[dict[str, Any]]:
    """The streamed pieces of each call joined into the whole call a non-streaming answer carries."""
    calls: dict[int, dict[str, Any]] = {}
    for piece in pieces:
        call = calls.setdefault(
            piece.index, {"id": "", "type": "function", "function": {"name": "", "arguments": ""}}
        )
        if piece.id is not None:
            call["id"] = piece.id
        if piece.name is not None:
            call["function"]["name"] = piece.name
        call["function"]["arguments"] += piece.arguments
    return [calls[index] for index in sorted(calls)]


def engine_error_to_api(exc: EngineError) -> ApiError:
    if exc.status == 400:
        return ApiError(400, str(exc), code="invalid_request")
    if exc.status == 503:
        return ApiError(503, str(exc), code="model_not_ready", headers={"Retry-After": "5"})
    if exc.status == 504:
        return ApiError(504, "the model engine timed out", code="engine_timeout")
    return ApiError(502, "the model engine failed; try again", code="engine_error")


async def _watch_disconnect(request: Request, cancel: Cancellation) -> None:
    """Non-streaming requests are not cancelled by the server when the client leaves: watch for it."""
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            cancel.cancel()
            return


class _Recorder:
    """Observes TTFT, TPOT and token counts for one request, in metrics and on the engine span
    (attributes after OpenTelemetry's GenAI conventions)."""

    def __init__(
        self, ctx: GenerationContext, route: str, engine: str, params: SamplingParams | None
    ) -> None:
        self.ctx = ctx
        self.route = route
        self.first_token_at: float | None = None
        operation = "chat" if ctx.kind == "chat" else "text_completion"
        attributes: dict[str, str | int | float] = {
            "gen_ai.operation.name": operation,
            "gen_ai.system": engine,
            "gen_ai.request.model": ctx.model,
        }
        if params is not None:
            attributes |= {
                "gen_ai.request.max_tokens": params.max_tokens,
                "gen_ai.request.temperature": params.temperature,
                "gen_ai.request.top_p": params.top_p,
            }
            if params.seed is not None:
                attributes["gen_ai.request.seed"] = params.seed
        self.span = tracer.start_span(f"{operation} {ctx.model}", kind=SpanKind.CLIENT, attributes=attributes)
        self._ended = False

    def on_text(self) -> None:
        if self.first_token_at is None:
            self.first_token_at = time.perf_counter()
            TTFT.labels(self.ctx.model).observe(self.first_token_at - self.ctx.started)
            self.span.set_attribute(
                "stockade.ttft_ms", round((self.first_token_at - self.ctx.started) * 1000, 2)
            )

    def end_span(self, error: str | None = None) -> None:
        if self._ended:
            return
        self._ended = True
        if error:
            self.span.set_status(Status(StatusCode.ERROR, error))
        self.span.end()

    def ttft(self) -> float | None:
        return self.first_token_at - self.ctx.started if self.first_token_at is not None else None

    def on_finish(self, finished: Finished, status: str = "200") -> None:
        now = time.perf_counter()
        usage = finished.usage
        if self.first_token_at is not None and usage.completion_tokens > 1:
            TPOT.labels(self.ctx.model).observe((now - self.first_token_at) / (usage.completion_tokens - 1))
        REQUESTS.labels(self.route, self.ctx.model, status).inc()
        REQUEST_DURATION.labels(self.route, self.ctx.model).observe(now - self.ctx.started)
        self.span.set_attribute("gen_ai.response.model", self.ctx.model)
        self.span.set_attribute("gen_ai.usage.input_tokens", usage.prompt_tokens)
        self.span.set_attribute("gen_ai.usage.output_tokens", usage.completion_tokens)
        self.span.set_attribute("gen_ai.response.finish_reasons", [finished.finish_reason])
        self.end_span()

    def on_error(self, status: int) -> None:
        REQUESTS.labels(self.route, self.ctx.model, str(status)).inc()
        self.end_span(f"status {status}")


RetryStream = Callable[[str, str, Cancellation], AsyncGenerator[StreamItem, None]]
# Called with what the client received once a request has been answered and metered (cache stores).
OnComplete = Callable[[str, str, Usage], Awaitable[None]]


async def _notify(on_complete: OnComplete | None, text: str, finish_reason: str, usage: Usage) -> None:
    if on_complete is None or finish_reason == "cancelled":
        return
    try:
        await on_complete(text, finish_reason, usage)
    except Exception:  # a cache store must never fail an answered request
        log.exception("post-answer hook failed")


@dataclass
class _Answer:
    text: str
    finish_reason: str
    usage: Usage
    tool_calls: list[ToolCallDelta] = field(default_factory=list)


async def respond(
    request: Request,
    ctx: GenerationContext,
    open_stream: Callable[[Cancellation], AsyncGenerator[StreamItem, None]],
    meter: RequestMeter,
    *,
    stream: bool,
    params: SamplingParams | None = None,
    output: OutputGuard | None = None,
    retry_stream: RetryStream | None = None,
    on_complete: OnComplete | None = None,
) -> JSONResponse | EventStreamResponse:
    route = "chat" if ctx.kind == "chat" else "completions"
    recorder = _Recorder(ctx, route, meter.engine, params)
    cancel = Cancellation()
    watcher = asyncio.create_task(_watch_disconnect(request, cancel))
    items = open_stream(cancel)
    whole = not stream or (output is not None and output.needs_whole_answer)
    try:
        # The engine's retries and which engine answered are recorded on the engine call's span.
        with trace.use_span(recorder.span, end_on_exit=False):
            first = await anext(items, None)
        if first is None:
            raise EngineError("the model engine ended without output")
        if whole:
            answer = await _complete(first, items, recorder, meter, cancel, output, retry_stream)
            await _notify(on_complete, answer.text, answer.finish_reason, answer.usage)
            if not stream:
                return JSONResponse(_json_body(ctx, answer), headers=meter.admission.headers)
            return _sse_response(_replay(ctx, answer), meter)
    except EngineError as exc:
        await items.aclose()
        error = engine_error_to_api(exc)
        recorder.on_error(error.status)
        log.warning("engine error for %s: %s", ctx.model, exc)
        await meter.finish(cancel.final_usage or Usage(0, 0), status="error", http_status=error.status)
        error.headers.update(meter.admission.headers)
        raise error from exc
    except BaseException:
        cancel.cancel()
        recorder.end_span("cancelled")
        await items.aclose()
        await meter.finish(cancel.final_usage or Usage(0, 0), status="error", http_status=500)
        raise
    finally:
        watcher.cancel()
        with suppress(asyncio.CancelledError):
            await watcher
    return _sse_response(_sse(ctx, first, items, recorder, cancel, meter, output, on_complete), meter)


def _sse_response(body: AsyncIterator[bytes], meter: RequestMeter) -> EventStreamResponse:
    return EventStreamResponse(
        body,
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"} | meter.admission.headers,
    )


async def _drain(
    items: AsyncGenerator[StreamItem, None],
    recorder: _Recorder,
    first: StreamItem | None = None,
    tool_calls: list[ToolCallDelta] | None = None,
) -> tuple[str, Finished]:
    parts: list[str] = []
    finished: Finished | None = None
    async with aclosing(items):
        item = first if first is not None else await anext(items, None)
        while item is not None:
            if isinstance(item, Finished):
                finished = item
                break
            recorder.on_text()
            if isinstance(item, TextDelta):
                parts.append(item.text)
            elif tool_calls is not None:
                tool_calls.append(item)
            item = await anext(items, None)
    if finished is None:
        raise EngineError("the model engine ended without finishing")
    return "".join(parts), finished


async def _complete(
    first: StreamItem,
    items: AsyncGenerator[StreamItem, None],
    recorder: _Recorder,
    meter: RequestMeter,
    cancel: Cancellation,
    output: OutputGuard | None,
    retry_stream: RetryStream | None,
) -> _Answer:
    """The whole answer, checked (with one correction retry) and metered before anyone sees it."""
    tool_calls: list[ToolCallDelta] = []
    text, finished = await _drain(items, recorder, first, tool_calls)
    usage = finished.usage
    if output is not None and finished.finish_reason != "cancelled":
        checked = await output.check(text)
        if checked.verdict == "retry" and retry_stream is not None:
            log.info("answer failed output validation (%s); asking the model once more", checked.reason)
            retry_text, finished = await _drain(retry_stream(text, checked.correction, cancel), recorder)
            usage = Usage(
                usage.prompt_tokens + finished.usage.prompt_tokens,
                usage.completion_tokens + finished.usage.completion_tokens,
            )
            checked = await output.check(retry_text)
        if checked.verdict == "retry":
            recorder.on_error(502)
            await meter.finish(usage, status="error", http_status=502, finish_reason="invalid_output")
            raise ApiError(
                502,
                f"the model's answer failed output validation twice: {checked.reason}",
                code="output_validation_failed",
            )
        text = checked.text
    recorder.on_finish(Finished(finished.finish_reason, usage))
    cancelled = finished.finish_reason == "cancelled"
    await meter.finish(
        usage,
        status="cancelled" if cancelled else "ok",
        http_status=499 if cancelled else 200,
        finish_reason=finished.finish_reason,
        ttft_s=recorder.ttft(),
    )
    return _Answer(text, finished.finish_reason, usage, tool_calls)


def _json_body(ctx: GenerationContext, answer: _Answer) -> dict[str, Any]:
    return _json_shape(ctx, answer) | ctx.extensions


def _json_shape(ctx: GenerationContext, answer: _Answer) -> dict[str, Any]:
    created = int(time.time())
    if ctx.kind == "chat":
        message: dict[str, Any] = {"role": "assistant", "content": answer.text, "refusal": None}
        if answer.tool_calls:
            message["tool_calls"] = _join_tool_calls(answer.tool_calls)
            message["content"] = answer.text or None
        return {
            "id": ctx.response_id,
            "object": "chat.completion",
            "created": created,
            "model": ctx.model,
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "logprobs": None,
                    "finish_reason": _finish(answer.finish_reason),
                }
            ],
            "usage": _usage_body(answer.usage),
        }
    return {
        "id": ctx.response_id,
        "object": "text_completion",
        "created": created,
        "model": ctx.model,
        "choices": [
            {
                "index": 0,
                "text": answer.text,
                "logprobs": None,
                "finish_reason": _finish(answer.finish_reason),
            }
        ],
        "usage": _usage_body(answer.usage),
    }


async def _replay(ctx: GenerationContext, answer: _Answer) -> AsyncIterator[bytes]:
    """A checked, already-metered answer sent in the shape of a stream."""
    maker = _ChunkMaker(ctx)
    events = [maker.role()] if ctx.kind == "chat" else []
    if answer.text:
        events.append(maker.text(answer.text))
    events.extend(maker.tool_call(piece) for piece in answer.tool_calls)
    events.append(maker.finish(answer.finish_reason))
    if ctx.include_usage:
        events.append(maker.usage(answer.usage))
    # All of it is known already: one write.
    yield b"".join(map(_sse_event, events)) + b"data: [DONE]\n\n"


def fixed_answer(ctx: GenerationContext, text: str, *, stream: bool, headers: dict[str, str]) -> Response:
    """An answer Stockade gives itself (an app's polite refusal): no model, no tokens."""
    answer = _Answer(text, "stop", Usage(0, 0))
    if stream:
        return EventStreamResponse(_replay(ctx, answer), headers=headers)
    return JSONResponse(_json_body(ctx, answer), headers=headers)


def _sse_event(payload: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode() + b"\n\n"


class _ChunkMaker:
    def __init__(self, ctx: GenerationContext) -> None:
        self.ctx = ctx
        self.created = int(time.time())

    def _base(self, choices: list[dict[str, Any]]) -> dict[str, Any]:
        obj = "chat.completion.chunk" if self.ctx.kind == "chat" else "text_completion"
        chunk: dict[str, Any] = {
            "id": self.ctx.response_id,
            "object": obj,
            "created": self.created,
            "model": self.ctx.model,
            "choices": choices,
        }
        if self.ctx.include_usage:
            chunk["usage"] = None
        return chunk

    def role(self) -> dict[str, Any]:
        return (
            self._base([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])
            | self.ctx.extensions
        )

    def text(self, text: str) -> dict[str, Any]:
        if self.ctx.kind == "chat":
            return self._base(
                [{"index": 0, "delta": {"content": text}, "logprobs": None, "finish_reason": None}]
            )
        return self._base([{"index": 0, "text": text, "logprobs": None, "finish_reason": None}])

    def tool_call(self, piece: ToolCallDelta) -> dict[str, Any]:
        return self._base(
            [
                {
                    "index": 0,
                    "delta": {"tool_calls": [_tool_call_delta(piece)]},
                    "logprobs": None,
                    "finish_reason": None,
                }
            ]
        )

    def finish(self, reason: str) -> dict[str, Any]:
        if self.ctx.kind == "chat":
            return self._base([{"index": 0, "delta": {}, "logprobs": None, "finish_reason": _finish(reason)}])
        return self._base([{"index": 0, "text": "", "logprobs": None, "finish_reason": _finish(reason)}])

    def usage(self, usage: Usage) -> dict[str, Any]:
        chunk = self._base([])
        chunk["usage"] = _usage_body(usage)
        return chunk


async def _sse(
    ctx: GenerationContext,
    first: StreamItem,
    items: AsyncGenerator[StreamItem, None],
    recorder: _Recorder,
    cancel: Cancellation,
    meter: RequestMeter,
    output: OutputGuard | None,
    on_complete: OnComplete | None = None,
) -> AsyncIterator[bytes]:
    maker = _ChunkMaker(ctx)
    # PII and secrets are redacted before the client sees them, holding back only what a match needs.
    release = output.stream_filter() if output is not None else None
    finished: Finished | None = None
    pieces = 0
    settled = False
    sent: list[str] = []
    # Events ready at the same moment leave in one write (the role chunk with the first text, the
    # finish chunk with the usage chunk): each write is a pass through every ASGI layer and a syscall.
    opening = _sse_event(maker.role()) if ctx.kind == "chat" else b""
    try:
        async with aclosing(items):
            item: StreamItem | None = first
            while item is not None:
                if isinstance(item, TextDelta):
                    recorder.on_text()
                    pieces += item.pieces
                    safe = release.feed(item.text) if release is not None else item.text
                    if safe:
                        sent.append(safe)
                        yield opening + _sse_event(maker.text(safe))
                        opening = b""
                elif isinstance(item, ToolCallDelta):
                    recorder.on_text()
                    pieces += 1
                    yield opening + _sse_event(maker.tool_call(item))
                    opening = b""
                else:
                    finished = item
                    break
                if opening:  # the first text is held back by the output guard: open the stream now
                    yield opening
                    opening = b""
                item = await anext(items, None)
        if finished is None:
            raise EngineError("the model engine ended without finishing")
        closing = opening
        tail = release.flush() if release is not None else ""
        if tail:
            sent.append(tail)
            closing += _sse_event(maker.text(tail))
        recorder.on_finish(finished)
        closing += _sse_event(maker.finish(finished.finish_reason))
        if ctx.include_usage:
            closing += _sse_event(maker.usage(finished.usage))
        yield closing
        # Metered before [DONE]: a client that saw the end of its answer is always in the ledger.
        settled = True
        try:
            await meter.finish(
                finished.usage,
                status="ok",
                http_status=200,
                finish_reason=finished.finish_reason,
                ttft_s=recorder.ttft(),
            )
        except Exception:
            # Without its ledger row the answer must not look complete: end with an error, not [DONE].
            log.exception("metering failed for %s", ctx.response_id)
            yield _sse_event(error_body(500, "the answer could not be metered; retry", "metering_failed"))
            return
        yield b"data: [DONE]\n\n"
        await _notify(on_complete, "".join(sent), finished.finish_reason, finished.usage)
    except EngineError as exc:
        # After the first token there is no status code left to change: the client gets a clean
        # error event (the openai SDK raises it as an APIError) and the stream ends.
        error = engine_error_to_api(exc)
        recorder.on_error(error.status)
        log.warning("engine failed mid-stream for %s: %s", ctx.model, exc)
        settled = True
        await meter.finish(
            cancel.final_usage or Usage(0, pieces),
            status="error",
            http_status=error.status,
            ttft_s=recorder.ttft(),
        )
        yield _sse_event(error_body(error.status, error.message, error.code))
    finally:
        cancel.cancel()
        recorder.end_span("client disconnected")
        if not settled:
            meter.finish_after_disconnect(cancel, pieces, recorder.ttft())
