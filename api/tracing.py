"""OpenTelemetry tracing: OTLP export when configured, and recent traces kept locally so that
`stockade traces show ID` and `GET /admin/traces/{id}` print a request's span tree without any
collector (nothing leaves the deployment unless an operator points OTLP somewhere)."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import deque
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from sqlalchemy import delete, insert, select

from tenancy.db.tables import TraceBatchRow
from tenancy.storage import Store

log = logging.getLogger(__name__)

_provider_lock = threading.Lock()
_installed_sinks: set[int] = set()
_otlp_endpoints: set[str] = set()


def _hex(value: int, width: int) -> str:
    return format(value, f"0{width}x")


def _span_json(span: ReadableSpan) -> dict[str, Any] | None:
    context = span.context
    if context is None or span.start_time is None or span.end_time is None:
        return None
    return {
        "span_id": _hex(context.span_id, 16),
        "parent_id": _hex(span.parent.span_id, 16) if span.parent else "",
        # A remote parent (the caller's traceparent) is outside this process: the span is our root.
        "root": span.parent is None or span.parent.is_remote,
        "name": span.name[:128],
        "start_ns": span.start_time,
        "duration_ms": (span.end_time - span.start_time) / 1e6,
        "status": span.status.status_code.name.lower(),
        "attributes": dict(span.attributes or {}),
    }


def _batch_rows(batch: Sequence[ReadableSpan]) -> list[dict[str, Any]]:
    by_trace: dict[int, list[dict[str, Any]]] = {}
    for span in batch:
        row = _span_json(span)
        if row is not None and span.context is not None:
            by_trace.setdefault(span.context.trace_id, []).append(row)
    rows = []
    for trace_id, spans in by_trace.items():
        root = next((s for s in spans if s["root"]), None)
        rows.append(
            {
                "trace_id": _hex(trace_id, 32),
                "started": datetime.fromtimestamp(min(s["start_ns"] for s in spans) / 1e9, UTC),
                "root_name": root["name"] if root else "",
                "root_duration_ms": root["duration_ms"] if root else 0.0,
                "spans": json.dumps(spans, default=str, separators=(",", ":")),
            }
        )
    return rows


class LocalTraceSink(SpanProcessor):
    """Writes finished spans to the store in small batches from a background thread, so recording a
    span never waits for the database. Old traces are pruned after `retention` (None: the retention
    purge does it, which also honours legal holds)."""

    def __init__(
        self, store: Store, retention: timedelta | None = timedelta(days=2), flush_s: float = 0.5
    ) -> None:
        self.store = store
        self.retention = retention
        self.flush_s = flush_s
        # A deque, not a queue.Queue: an append needs no lock or wake-up on the request's path.
        # When full, the oldest spans are dropped; tracing must never slow down or break serving.
        self._spans: deque[ReadableSpan] = deque(maxlen=100_000)
        # Held while a batch is taken and written, so that a flush returns only once every span ended
        # before it is in the store.
        self._writing = threading.Lock()
        self._last_prune = 0.0
        self._thread = threading.Thread(target=self._run, name="trace-sink", daemon=True)
        self._thread.start()

    def on_end(self, span: ReadableSpan) -> None:
        self._spans.append(span)  # the sink thread turns spans into rows

    def _run(self) -> None:
        # Wake every `flush_s` and write what has gathered in one insert: one commit per interval
        # instead of one per request keeps the sink's share of the CPU (and the GIL) small.
        while True:
            time.sleep(self.flush_s)
            with self._writing:
                self._write_pending()

    def _write_pending(self) -> None:
        batch = [self._spans.popleft() for _ in range(len(self._spans))]
        if batch:
            self._write(batch)

    def _write(self, batch: list[ReadableSpan]) -> None:
        try:
            rows = _batch_rows(batch)
            # A Core connection, not an ORM session: these rows need no identity map or bookkeeping.
            with self.store.engine.begin() as connection:
                if rows:
                    connection.execute(insert(TraceBatchRow), rows)
                if self.retention is not None and time.monotonic() - self._last_prune > 600:
                    self._last_prune = time.monotonic()
                    connection.execute(
                        delete(TraceBatchRow).where(
                            TraceBatchRow.started < datetime.now(UTC) - self.retention
                        )
                    )
        except Exception:  # a broken trace store must not take the gateway down
            log.exception("could not store %d spans", len(batch))

    def force_flush(self, timeout_millis: int = 30_000) -> bool:
        """Writes every span ended so far (waiting for a write already under way)."""
        if not self._writing.acquire(timeout=timeout_millis / 1000):
            return False
        try:
            self._write_pending()
        finally:
            self._writing.release()
        return True

    def shutdown(self) -> None:
        self.force_flush(2000)


def install_tracing(
    store: Store,
    otlp_endpoint: str | None = None,
    sample_ratio: float = 1.0,
    service_name: str = "stockade",
    retention: timedelta | None = timedelta(days=2),
) -> None:
    """Install the process-wide tracer provider once (its sampler is fixed then), then add this
    store's local sink (and an OTLP exporter when configured). Idempotent per store and endpoint."""
    with _provider_lock:
        provider = trace.get_tracer_provider()
        if not isinstance(provider, TracerProvider):
            from opentelemetry.sdk.resources import Resource
            from opentelemetry.sdk.trace.sampling import ParentBased, TraceIdRatioBased

            provider = TracerProvider(
                resource=Resource.create({"service.name": service_name}),
                # A span left unsampled is a no-op object, but still carries a trace id to hand out.
                sampler=ParentBased(TraceIdRatioBased(sample_ratio)),
            )
            trace.set_tracer_provider(provider)
        if id(store) not in _installed_sinks:
            _installed_sinks.add(id(store))
            provider.add_span_processor(LocalTraceSink(store, retention))
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
        batches = session.scalars(select(TraceBatchRow.spans).where(TraceBatchRow.trace_id == trace_id)).all()
    spans = sorted((span for batch in batches for span in json.loads(batch)), key=lambda s: s["start_ns"])
    return [
        {
            "span_id": s["span_id"],
            "parent_id": s["parent_id"],
            "name": s["name"],
            "started": datetime.fromtimestamp(s["start_ns"] / 1e9, UTC).isoformat(),
            "duration_ms": round(s["duration_ms"], 3),
            "status": s["status"],
            "attributes": s["attributes"],
        }
        for s in spans
    ]


def recent_traces(store: Store, limit: int = 20, name: str | None = None) -> list[dict[str, Any]]:
    """The newest traces; with `name`, only those whose request (root span) name contains it."""
    query = select(TraceBatchRow).where(TraceBatchRow.root_name != "")
    if name:
        query = query.where(TraceBatchRow.root_name.contains(name, autoescape=True))
    with store.session() as session:
        rows = session.scalars(query.order_by(TraceBatchRow.started.desc()).limit(limit)).all()
    return [
        {
            "trace_id": r.trace_id,
            "name": r.root_name,
            "started": (r.started if r.started.tzinfo else r.started.replace(tzinfo=UTC)).isoformat(),
            "duration_ms": round(r.root_duration_ms, 3),
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
