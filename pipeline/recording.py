"""Observes one generation: TTFT, TPOT, request counts and latency in Prometheus, and the engine
call's span (attributes after OpenTelemetry's GenAI conventions)."""

from __future__ import annotations

import time

from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode
from prometheus_client import Counter, Histogram

from inference.engine import Finished, SamplingParams

tracer = trace.get_tracer(__name__)

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120)

REQUESTS = Counter("stockade_requests_total", "Model-route requests by outcome", ["route", "model", "status"])
REQUEST_DURATION = Histogram(
    "stockade_request_duration_seconds",
    "End-to-end request latency",
    ["route", "model"],
    buckets=_LATENCY_BUCKETS,
)
TTFT = Histogram(
    "stockade_time_to_first_token_seconds",
    "Time from request to first generated text",
    ["model"],
    buckets=_LATENCY_BUCKETS,
)
TPOT = Histogram(
    "stockade_time_per_output_token_seconds",
    "Decode time per output token after the first",
    ["model"],
    buckets=(0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0),
)


class Recorder:
    """Observes TTFT, TPOT and token counts for one request, in metrics and on the engine span
    (attributes after OpenTelemetry's GenAI conventions)."""

    def __init__(
        self, route: str, model: str, started: float, engine: str, params: SamplingParams | None
    ) -> None:
        self.route = route
        self.model = model
        self.started = started
        self.first_token_at: float | None = None
        operation = "text_completion" if route == "completions" else "chat"
        attributes: dict[str, str | int | float] = {
            "gen_ai.operation.name": operation,
            "gen_ai.system": engine,
            "gen_ai.request.model": model,
        }
        if params is not None:
            attributes |= {
                "gen_ai.request.max_tokens": params.max_tokens,
                "gen_ai.request.temperature": params.temperature,
                "gen_ai.request.top_p": params.top_p,
            }
            if params.seed is not None:
                attributes["gen_ai.request.seed"] = params.seed
        self.span = tracer.start_span(f"{operation} {model}", kind=SpanKind.CLIENT, attributes=attributes)
        self._ended = False

    def on_text(self) -> None:
        if self.first_token_at is None:
            self.first_token_at = time.perf_counter()
            TTFT.labels(self.model).observe(self.first_token_at - self.started)
            self.span.set_attribute("stockade.ttft_ms", round((self.first_token_at - self.started) * 1000, 2))

    def end_span(self, error: str | None = None) -> None:
        if self._ended:
            return
        self._ended = True
        if error:
            self.span.set_status(Status(StatusCode.ERROR, error))
        self.span.end()

    def ttft(self) -> float | None:
        return self.first_token_at - self.started if self.first_token_at is not None else None

    def on_finish(self, finished: Finished, status: str = "200") -> None:
        now = time.perf_counter()
        usage = finished.usage
        if self.first_token_at is not None and usage.completion_tokens > 1:
            TPOT.labels(self.model).observe((now - self.first_token_at) / (usage.completion_tokens - 1))
        REQUESTS.labels(self.route, self.model, status).inc()
        REQUEST_DURATION.labels(self.route, self.model).observe(now - self.started)
        self.span.set_attribute("gen_ai.response.model", self.model)
        self.span.set_attribute("gen_ai.usage.input_tokens", usage.prompt_tokens)
        self.span.set_attribute("gen_ai.usage.output_tokens", usage.completion_tokens)
        self.span.set_attribute("gen_ai.response.finish_reasons", [finished.finish_reason])
        self.end_span()

    def on_error(self, status: int) -> None:
        REQUESTS.labels(self.route, self.model, str(status)).inc()
        self.end_span(f"status {status}")
