"""The engine, output-check and metering steps of one request, as a stream of typed events.

A streamed answer waits for its first item before the generation counts as started, so an engine
that fails early still surfaces as an error the front door can answer with a proper status. An
answer that must be judged whole (a schema, faithfulness) or was not asked for as a stream is
generated, checked and metered completely first.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import aclosing
from dataclasses import dataclass, field, replace
from typing import Any

from opentelemetry import trace

from guard.vault import StreamRestorer, Vault
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
from pipeline.errors import (
    DomainError,
    EngineFailed,
    EngineTimedOut,
    InvalidRequest,
    MeteringFailed,
    NotReady,
)
from pipeline.events import Event, Finish, Settled, UsageReport
from pipeline.metering import Meter
from pipeline.output_checks import CheckedOutput, OutputGuard
from pipeline.recording import Recorder
from pipeline.transcript import Transcript
from tenancy.service import Settlement

log = logging.getLogger(__name__)

OpenStream = Callable[[Cancellation], AsyncGenerator[StreamItem, None]]
RetryStream = Callable[[str, str, Cancellation], AsyncGenerator[StreamItem, None]]
# Called with what the client received once a request has been answered and metered (cache stores).
OnComplete = Callable[[str, Finished], Awaitable[None]]


def engine_failure(exc: EngineError) -> DomainError:
    if exc.status == 400:
        return InvalidRequest(str(exc), code="invalid_request")
    if exc.status == 503:
        return NotReady(str(exc), code="model_not_ready", retry_after_s=5)
    if exc.status == 504:
        return EngineTimedOut("the model engine timed out", code="engine_timeout")
    return EngineFailed("the model engine failed; try again", code="engine_error")


@dataclass(frozen=True)
class TokenCount:
    """A prompt's tokens as its model counts them, and the headers the request earned on the way
    (rate-limit state, route) for the response, as every rate-limited answer carries them."""

    input_tokens: int
    headers: dict[str, str]


@dataclass
class Generation:
    """A started generation: what a front door needs before its first byte, then the events.

    `whole`: every event is already known and the answer metered (send it in one piece)."""

    model: str
    headers: dict[str, str]  # rate-limit state, route and cache outcome, for the response
    extensions: dict[str, Any]  # documented extension fields of the answer (e.g. `citations`)
    events: AsyncGenerator[Event, None]
    whole: bool
    cancellation: Cancellation = field(default_factory=Cancellation)
    # What the model read, for front doors that keep the conversation (set by the pipeline).
    transcript: Transcript = field(default_factory=Transcript)


@dataclass
class Answer:
    text: str
    finish_reason: Any
    usage: Usage
    tool_calls: list[ToolCallDelta] = field(default_factory=list)
    stop_sequence: str | None = None


class ToolCallsOut:
    """The model's tool calls on their way to the client: placeholders in the arguments restored to
    the caller's real values (per call, holding back only a placeholder cut between pieces), and the
    names of the functions called kept for the audit record (never the arguments)."""

    def __init__(self, vault: Vault | None) -> None:
        self.vault = vault if vault is not None and len(vault) > 0 else None
        self.restorers: dict[int, StreamRestorer] = {}
        self.names: list[str] = []

    def piece(self, item: ToolCallDelta) -> ToolCallDelta:
        if item.name is not None:
            self.names.append(item.name)
        if self.vault is None:
            return item
        restorer = self.restorers.setdefault(item.index, self.vault.stream_restorer())
        return replace(item, arguments=restorer.feed(item.arguments))

    def tails(self) -> list[ToolCallDelta]:
        pieces = [ToolCallDelta(index, arguments=r.flush()) for index, r in self.restorers.items()]
        return [piece for piece in pieces if piece.arguments]

    def audit(self, meter: Meter) -> None:
        if self.names:
            detail = meter.labels.audit_detail | {"tools_called": self.names}
            meter.labels = replace(meter.labels, audit_detail=detail)


@dataclass
class EngineCall:
    """Everything the engine step needs, decided by the steps before it."""

    route: str
    model: str
    started: float
    open_stream: OpenStream
    meter: Meter
    params: SamplingParams | None
    output: OutputGuard | None = None
    retry_stream: RetryStream | None = None
    on_complete: OnComplete | None = None
    extensions: dict[str, Any] = field(default_factory=dict)
    vault: Vault | None = None  # the request's pseudonyms, to restore in tool-call arguments


async def _notify(on_complete: OnComplete | None, text: str, finished: Finished) -> None:
    if on_complete is None or finished.finish_reason == "cancelled":
        return
    try:
        await on_complete(text, finished)
    except Exception:  # a cache store must never fail an answered request
        log.exception("post-answer hook failed")


async def generate(call: EngineCall, cancel: Cancellation, *, stream: bool) -> Generation:
    meter = call.meter
    recorder = Recorder(call.route, call.model, call.started, meter.labels.engine, call.params)
    items = call.open_stream(cancel)
    whole = not stream or (call.output is not None and call.output.needs_whole_answer)
    try:
        # The engine's retries and which engine answered are recorded on the engine call's span.
        with trace.use_span(recorder.span, end_on_exit=False):
            first = await anext(items, None)
        if first is None:
            raise EngineError("the model engine ended without output")
        if whole:
            answer, settlement = await _complete(call, first, items, recorder, cancel)
            ending = Finished(answer.finish_reason, answer.usage, answer.stop_sequence)
            await _notify(call.on_complete, answer.text, ending)
            events = _replay(answer, settlement)
            return Generation(call.model, meter.admission.headers, call.extensions, events, True, cancel)
    except EngineError as exc:
        await items.aclose()
        error = engine_failure(exc)
        recorder.on_error(error.status)
        log.warning("engine error for %s: %s", call.model, exc)
        await meter.finish(cancel.final_usage or Usage(0, 0), status="error", http_status=error.status)
        error.limits = meter.admission.headers
        raise error from exc
    except BaseException:
        cancel.cancel()
        recorder.end_span("cancelled")
        await items.aclose()
        await meter.finish(cancel.final_usage or Usage(0, 0), status="error", http_status=500)
        raise
    live = _live(call, first, items, recorder, cancel)
    return Generation(call.model, meter.admission.headers, call.extensions, live, False, cancel)


async def _drain(
    items: AsyncGenerator[StreamItem, None],
    recorder: Recorder,
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


def _as_cut(checked: CheckedOutput, finished: Finished) -> CheckedOutput:
    """An answer that max_tokens ended before its structure could close goes out as it is, with
    finish_reason "length" (as OpenAI does): the truncation is the client's choice, a correction
    would be cut off again, and a 502 would invite the SDK to retry and bill it once more. The
    guard's redactions still apply (`checked.text`); its refusals and fallbacks are not retries."""
    if checked.verdict == "retry" and finished.finish_reason == "length":
        return CheckedOutput("ok", checked.text)
    return checked


async def _complete(
    call: EngineCall,
    first: StreamItem,
    items: AsyncGenerator[StreamItem, None],
    recorder: Recorder,
    cancel: Cancellation,
) -> tuple[Answer, Settlement]:
    """The whole answer, checked (with one correction retry) and metered before anyone sees it."""
    meter, output = call.meter, call.output
    pieces: list[ToolCallDelta] = []
    text, finished = await _drain(items, recorder, first, pieces)
    calls = ToolCallsOut(call.vault)
    tool_calls = [calls.piece(piece) for piece in pieces]
    tool_calls += calls.tails()
    calls.audit(meter)
    usage = finished.usage
    # A turn of tool calls has no prose to check; its arguments are the client's to validate.
    if output is not None and finished.finish_reason != "cancelled" and not tool_calls:
        checked = _as_cut(await output.check(text), finished)
        if checked.verdict == "retry" and call.retry_stream is not None:
            log.info("answer failed output validation (%s); asking the model once more", checked.reason)
            retry_text, finished = await _drain(call.retry_stream(text, checked.correction, cancel), recorder)
            usage = Usage(
                usage.prompt_tokens + finished.usage.prompt_tokens,
                usage.completion_tokens + finished.usage.completion_tokens,
            )
            checked = _as_cut(await output.check(retry_text), finished)
        if checked.verdict == "retry":
            recorder.on_error(502)
            await meter.finish(usage, status="error", http_status=502, finish_reason="invalid_output")
            raise EngineFailed(
                f"the model's answer failed output validation twice: {checked.reason}",
                code="output_validation_failed",
            )
        text = checked.text
    recorder.on_finish(Finished(finished.finish_reason, usage))
    cancelled = finished.finish_reason == "cancelled"
    settlement = await meter.finish(
        usage,
        status="cancelled" if cancelled else "ok",
        http_status=499 if cancelled else 200,
        finish_reason=finished.finish_reason,
        ttft_s=recorder.ttft(),
    )
    return Answer(text, finished.finish_reason, usage, tool_calls, finished.stop_sequence), settlement


async def _replay(answer: Answer, settlement: Settlement) -> AsyncGenerator[Event, None]:
    """A checked, already-metered answer as events."""
    if answer.text:
        yield TextDelta(answer.text)
    for piece in answer.tool_calls:
        yield piece
    yield Finish(answer.finish_reason, answer.stop_sequence)
    yield UsageReport(answer.usage)
    yield Settled(settlement)


def fixed(answer: Answer, settlement: Settlement) -> AsyncGenerator[Event, None]:
    """An answer Stockade gives itself (an app's polite refusal): no model, already metered."""
    return _replay(answer, settlement)


async def _live(
    call: EngineCall,
    first: StreamItem,
    items: AsyncGenerator[StreamItem, None],
    recorder: Recorder,
    cancel: Cancellation,
) -> AsyncGenerator[Event, None]:
    meter, output = call.meter, call.output
    # PII and secrets are redacted before the client sees them, holding back only what a match needs.
    release = output.stream_filter() if output is not None else None
    calls = ToolCallsOut(call.vault)
    finished: Finished | None = None
    pieces = 0
    settled = False
    sent: list[str] = []
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
                        yield TextDelta(safe)
                elif isinstance(item, ToolCallDelta):
                    recorder.on_text()
                    pieces += 1
                    yield calls.piece(item)
                else:
                    finished = item
                    break
                item = await anext(items, None)
        if finished is None:
            raise EngineError("the model engine ended without finishing")
        tail = release.flush() if release is not None else ""
        if tail:
            sent.append(tail)
            yield TextDelta(tail)
        for rest in calls.tails():
            yield rest
        calls.audit(meter)
        recorder.on_finish(finished)
        yield Finish(finished.finish_reason, finished.stop_sequence)
        yield UsageReport(finished.usage)
        # Metered before the stream's end: a client that saw the end of its answer is in the ledger.
        settled = True
        try:
            settlement = await meter.finish(
                finished.usage,
                status="ok",
                http_status=200,
                finish_reason=finished.finish_reason,
                ttft_s=recorder.ttft(),
            )
        except Exception as exc:
            # Without its ledger row the answer must not look complete.
            log.exception("metering failed for %s", meter.labels.request_id)
            raise MeteringFailed("the answer could not be metered; retry", code="metering_failed") from exc
        yield Settled(settlement)
        await _notify(call.on_complete, "".join(sent), finished)
    except EngineError as exc:
        # After the first token there is no status left to change: the front door ends its stream
        # with an error in its own format.
        error = engine_failure(exc)
        recorder.on_error(error.status)
        log.warning("engine failed mid-stream for %s: %s", call.model, exc)
        settled = True
        await meter.finish(
            cancel.final_usage or Usage(0, pieces),
            status="error",
            http_status=error.status,
            ttft_s=recorder.ttft(),
        )
        raise error from exc
    finally:
        cancel.cancel()
        recorder.end_span("client disconnected")
        if not settled:
            meter.finish_after_disconnect(cancel, pieces, recorder.ttft())
