"""Binds one admitted request to its settlement: whatever way the request ends (answered, failed,
client gone), it is charged exactly once for what the engine really did."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

from api.tenancy.service import Admission, Settlement, Tenancy
from inference.catalog import Price
from inference.engine import Cancellation, Usage
from inference.resilience.report import GatewayReport

# How long to wait for an engine to notice a vanished client and report what it generated.
_CANCEL_REPORT_TIMEOUT_S = 30.0


@dataclass
class RequestMeter:
    tenancy: Tenancy
    admission: Admission
    price: Price
    route: str
    model: str
    engine: str
    request_id: str
    trace_id: str
    started: float = field(default_factory=time.perf_counter)
    app: str = ""
    prompt_version: str = ""
    experiment_arm: str = ""
    routing: str = ""
    cached: bool = False  # a cache hit: metered as cached tokens at zero cost
    report: GatewayReport | None = None  # filled by a fallback chain: which model really answered
    audit_detail: dict[str, Any] = field(default_factory=dict)

    def _outcome(
        self, usage: Usage, status: str, http_status: int, finish: str, ttft_s: float | None
    ) -> Settlement:
        cached_tokens = usage.total_tokens if self.cached else 0
        if self.cached:
            usage = Usage(0, 0)
        model, routing = self.model, self.routing
        if self.report is not None and self.report.answered_by and self.report.answered_by != self.model:
            model = self.report.answered_by
            routing = f"{routing}; fell back from {self.model}".lstrip("; ")
        return Settlement(
            request_id=self.request_id,
            trace_id=self.trace_id,
            route=self.route,
            model=model,
            engine=self.engine,
            input_tokens=usage.prompt_tokens,
            output_tokens=usage.completion_tokens,
            cost=0.0 if cached_tokens else self.price.cost(usage.prompt_tokens, usage.completion_tokens),
            latency_ms=(time.perf_counter() - self.started) * 1000,
            status=status,
            http_status=http_status,
            finish_reason=finish,
            ttft_ms=ttft_s * 1000 if ttft_s is not None else None,
            cached_tokens=cached_tokens,
            app=self.app,
            prompt_version=self.prompt_version,
            experiment_arm=self.experiment_arm,
            routing=routing,
            audit_detail=self.audit_detail,
        )

    async def finish(
        self,
        usage: Usage,
        *,
        status: str,
        http_status: int,
        finish_reason: str = "",
        ttft_s: float | None = None,
    ) -> None:
        await self.tenancy.settle(
            self.admission, self._outcome(usage, status, http_status, finish_reason, ttft_s)
        )

    def finish_after_disconnect(
        self, cancel: Cancellation, streamed_pieces: int, ttft_s: float | None
    ) -> None:
        """The client left mid-stream: charge what was generated once the engine has stopped."""

        async def outcome() -> Settlement:
            deadline = time.monotonic() + _CANCEL_REPORT_TIMEOUT_S
            while cancel.final_usage is None and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            usage = cancel.final_usage or Usage(0, streamed_pieces)
            return self._outcome(usage, "cancelled", 499, "cancelled", ttft_s)

        self.tenancy.settle_later(self.admission, outcome)
