"""OpenTelemetry tracing: OTLP export when configured, and recent traces kept locally so that
`stockade traces show ID` and `GET /admin/traces/{id}` print a request's span tree without any
collector (nothing leaves the deployment unless an operator points OTLP somewhere)."""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from sqlalchemy import DateTime, Float, Integer, String, Text, delete, insert, select
from sqlalchemy.orm import Mapped, mapped_column

from api.storage import Base, Store

log = logging.getLogger(__name__)

_provider_lock = threading.Lock()
_installed_sinks: set[int] = set()
_otlp_endpoints: set[str] = set()


class SpanRow(Base):
    __tablename__ = "trace_spans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    trace_id: Mapped[str] = mapped_column(String(32), index=True)
    span_id: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[str] = mapped_column(String(16), default="")
    name: Mapped[str] = mapped_column(String(128))
    started: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    duration_ms: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16))
    attributes: Mapped[str] = mapped_column(Text)


def _hex(value: int, width: int) -> str:
    return format(value, f"0{width}x")


class LocalTraceSink(SpanProcessor):
    """Writes finished spans to the store in small batches from a background thread, so recording a
    span never waits for the database. Old spans are pruned after `retention`."""

    def __init__(self, store: Store, retention: timedelta = timedelta(days=2), flush_s: float = 0.5) -> None:
        self.store = store
        self.retention = retention
        self.flush_s = flush_s
        self._queue: queue.Queue[ReadableSpan | None] = queue.Queue(maxsize=100_000)
        self._thread = threading.Thread(target=self._run, name="trace-sink", daemon=True)
        self._last_prune = 0.0
        self._thread.start()

    def on_end(self, span: ReadableSpan) -> None:
        # Only a queue put here, on the request's path; the sink thread turns spans into rows.
        with contextlib.suppress(queue.Full):  # tracing must never slow down or break serving
            self._queue.put_nowait(span)

    @staticmethod
    def _row(span: ReadableSpan) -> dict[str, Any] | None:
        context = span.context
        if context is None or span.start_time is None or span.end_time is None:
            return None
        return {
            "trace_id": _hex(context.trace_id, 32),
            "span_id": _hex(context.span_id, 16),
            "parent_id": _hex(span.parent.span_id, 16) if span.parent else "",
            "name": span.name[:128],
            "started": datetime.fromtimestamp(span.start_time / 1e9, UTC),
            "duration_ms": (span.end_time - span.start_time) / 1e6,
            "status": span.status.status_code.name.lower(),
            "attributes": json.dumps(dict(span.attributes or {}), default=str),
        }

    def _run(self) -> None:
        # Wake every `flush_s` and write what has gathered in one insert: one commit per interval
        # instead of one per request keeps the sink's share of the CPU (and the GIL) small.
        while True:
            time.sleep(self.flush_s)
            batch: list[ReadableSpan] = []
            while True:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._write(batch)
                    self._queue.task_done()
                    return
                batch.append(item)
            if batch:
                self._write(batch)

    def _write(self, batch: list[ReadableSpan]) -> None:
        try:
            rows = [row for row in map(self._row, batch) if row is not None]
            with self.store.session() as session:
                if rows:
                    session.execute(insert(SpanRow), rows)
                if time.monotonic() - self._last_prune > 600:
                    self._last_prune = time.monotonic()
                    session.execute(
                        delete(SpanRow).where(SpanRow.started < datetime.now(UTC) - self.retention)
                    )
        except Exception:  # a broken trace store must not take the gateway down
            log.exception("could not store %d spans", len(batch))
        for _ in batch:
            self._queue.task_done()

    def force_flush(self, timeout_millis: int = 30_000) -> bool:
        """Waits until every span queued so far is written (or has failed to be)."""
        deadline = time.monotonic() + timeout_millis / 1000
        while self._queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.01)
        return not self._queue.unfinished_tasks

    def shutdown(self) -> None:
        self.force_flush(2000)


def install_tracing(store: Store, otlp_endpoint: str | None = None, service_name: str = "stockade") -> None:
    """Install the process-wide tracer provider once, then add this store's local sink (and an OTLP
    exporter when configured). Idempotent per store and endpoint."""
    with _provider_lock:
        provider = trace.get_tracer_provider()
        if not isinstance(provider, TracerProvider):
            from opentelemetry.sdk.resources import Resource

            provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
            trace.set_tracer_provider(provider)
        if id(store) not in _installed_sinks:
            _installed_sinks.add(id(store))
            provider.add_span_processor(LocalTraceSink(store))
        if otlp_endpoint and otlp_endpoint not in _otlp_endpoints:
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

            _otlp_endpoints.add(otlp_endpoint)
            provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=otlp_endpoint)))


def flush() -> None:
    provider = trace.get_tracer_provider()
    if isinstance(provider, TracerProvider):
        provider.force_flush()


def load_trace(store: Store, trace_id: str) -> list[dict[str, Any]]:
    with store.session() as session:
        rows = session.scalars(
            select(SpanRow).where(SpanRow.trace_id == trace_id).order_by(SpanRow.started)
        ).all()
    return [
        {
            "span_id": r.span_id,
            "parent_id": r.parent_id,
            "name": r.name,
            "started": (r.started if r.started.tzinfo else r.started.replace(tzinfo=UTC)).isoformat(),
            "duration_ms": round(r.duration_ms, 3),
            "status": r.status,
            "attributes": json.loads(r.attributes),
        }
        for r in rows
    ]


def recent_traces(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    with store.session() as session:
        rows = session.scalars(
            select(SpanRow).where(SpanRow.parent_id == "").order_by(SpanRow.started.desc()).limit(limit)
        ).all()
    return [
        {
            "trace_id": r.trace_id,
            "name": r.name,
            "started": r.started.isoformat(),
            "duration_ms": round(r.duration_ms, 3),
        }
        for r in rows
    ]


_SHOWN_ATTRIBUTES = (
    "gen_ai.request.model",
    "gen_ai.usage.input_tokens",
    "gen_ai.usage.output_tokens",
    "stockade.ttft_ms",
    "http.response.status_code",
    "stockade.tenant",
    "stockade.candidates",
    "stockade.decision",
    "stockade.reason",
)


def render_tree(trace_id: str, spans: Sequence[dict[str, Any]]) -> str:
    """The span tree in the shape of the design brief: one line per span, children indented."""
    children: dict[str, list[dict[str, Any]]] = {}
    ids = {s["span_id"] for s in spans}
    roots = []
    for span in spans:
        if span["parent_id"] and span["parent_id"] in ids:
            children.setdefault(span["parent_id"], []).append(span)
        else:
            roots.append(span)
    lines = [f"trace_id: {trace_id}"]

    def walk(span: dict[str, Any], prefix: str, last: bool) -> None:
        extras = [
            f"{k.split('.')[-1]}: {span['attributes'][k]}"
            for k in _SHOWN_ATTRIBUTES
            if k in span["attributes"]
        ]
        detail = f" ({', '.join(extras)})" if extras else ""
        lines.append(
            f"{prefix}{'└── ' if last else '├── '}span: {span['name']} | {span['duration_ms']:.1f}ms{detail}"
        )
        kids = children.get(span["span_id"], [])
        for i, kid in enumerate(kids):
            walk(kid, prefix + ("    " if last else "│   "), i == len(kids) - 1)

    for i, root in enumerate(roots):
        walk(root, "", i == len(roots) - 1)
    total = max((s["duration_ms"] for s in roots), default=0.0)
    lines.append(f"total: {total:.1f}ms")
    return "\n".join(lines)
