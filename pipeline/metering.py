"""Binds one admitted request to its settlement: whatever way the request ends (answered, failed,
client gone), it is charged exactly once for what the engine really did.

The settlement is drafted when the request is admitted, with every label the ledger and the audit
record need (app, prompt version, arm, routing, audit detail); the outcome only fills in what
happened, so no field is copied by hand on the way to the ledger.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from inference.catalog import Price
from inference.engine import Cancellation, GatewayReport, Usage
from tenancy.errors import DomainError
from tenancy.service import EMBEDDING, Admission, Settlement, Tenancy
from tenancy.storage import ApiKey

if TYPE_CHECKING:
    from pipeline.retrieving import EmbeddingModel

T = TypeVar("T")

# How long to wait for an engine to notice a vanished client and report what it generated.
_CANCEL_REPORT_TIMEOUT_S = 30.0


def draft(request_id: str, trace_id: str, route: str, model: str, engine: str, **labels: Any) -> Settlement:
    """A settlement before the outcome is known: its labels, no usage yet."""
    return Settlement(
        request_id=request_id,
        trace_id=trace_id,
        route=route,
        model=model,
        engine=engine,
        input_tokens=0,
        output_tokens=0,
        cost=0.0,
        latency_ms=0.0,
        status="",
        http_status=0,
        **labels,
    )


@dataclass
class Meter:
    tenancy: Tenancy
    admission: Admission
    price: Price
    labels: Settlement  # the draft
    cached: bool = False  # a cache hit: metered as cached tokens at zero cost
    report: GatewayReport | None = None  # filled by a fallback chain: which model really answered
    started: float = field(default_factory=time.perf_counter)

    def settlement(
        self, usage: Usage, status: str, http_status: int, finish: str = "", ttft_s: float | None = None
    ) -> Settlement:
        cached_tokens = usage.total_tokens if self.cached else 0
        if self.cached:
            usage = Usage(0, 0)
        model, routing = self.labels.model, self.labels.routing
        report = self.report
        if report is not None and report.answered_by and report.answered_by != model:
            routing = f"{routing}; fell back from {model}".lstrip("; ")
            model = report.answered_by
        return replace(
            self.labels,
            model=model,
            routing=routing,
            input_tokens=usage.prompt_tokens,
            output_tokens=usage.completion_tokens,
            cost=0.0 if cached_tokens else self.price.cost(usage.prompt_tokens, usage.completion_tokens),
            latency_ms=(time.perf_counter() - self.started) * 1000,
            status=status,
            http_status=http_status,
            finish_reason=finish,
            ttft_ms=ttft_s * 1000 if ttft_s is not None else None,
            cached_tokens=cached_tokens,
        )

    async def finish(
        self,
        usage: Usage,
        *,
        status: str,
        http_status: int,
        finish_reason: str = "",
        ttft_s: float | None = None,
    ) -> Settlement:
        settlement = self.settlement(usage, status, http_status, finish_reason, ttft_s)
        await self.tenancy.settle(self.admission, settlement)
        return settlement

    def finish_after_disconnect(
        self, cancel: Cancellation, streamed_pieces: int, ttft_s: float | None
    ) -> None:
        """The client left mid-stream: charge what was generated once the engine has stopped."""

        async def outcome() -> Settlement:
            usage = await cancel.usage(_CANCEL_REPORT_TIMEOUT_S)
            return self.settlement(usage or Usage(0, streamed_pieces), "cancelled", 499, "cancelled", ttft_s)

        self.tenancy.settle_later(self.admission, outcome)


async def admit_embedding(
    tenancy: Tenancy,
    model: EmbeddingModel,
    key: ApiKey,
    request_id: str,
    trace_id: str,
    route: str,
    tokens: int,
    *,
    rate: dict[str, str] | None = None,
    enforce: bool = True,
    **labels: Any,
) -> Meter:
    """Reserves `tokens` of embedding with the model collections embed with (the request rate was
    taken already; its headers are `rate`), as /v1/embeddings is charged: 429 when the daily quota
    or the monthly budget cannot cover them (never, with `enforce` false: still reserved and
    settled, see `Tenancy.admit`). The meter settles under that model's name and price."""
    rate = rate or {}
    try:
        admission = await tenancy.admit(
            key, tokens, model.price.cost(tokens, 0), rate_checked=True, enforce=enforce, need=EMBEDDING
        )
    except DomainError as exc:
        # A refusal reports the request rate too, as /v1/embeddings' (one admission) does.
        exc.limits = rate | exc.limits
        raise
    admission.headers = rate | admission.headers
    return Meter(
        tenancy, admission, model.price, draft(request_id, trace_id, route, model.id, model.engine, **labels)
    )


async def metered(meter: Meter, work: Awaitable[T]) -> T:
    """The admitted work; a failure is settled as nothing used (as /v1/embeddings settles one) and
    carries the caller's rate-limit state; a caller that went away is settled as cancelled."""
    try:
        return await work
    except DomainError as exc:
        await meter.finish(Usage(0, 0), status="error", http_status=exc.status)
        exc.limits = meter.admission.headers | exc.limits
        raise
    except asyncio.CancelledError:
        await meter.finish(Usage(0, 0), status="cancelled", http_status=499)
        raise
    except Exception:
        await meter.finish(Usage(0, 0), status="error", http_status=500)
        raise
