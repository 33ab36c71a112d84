"""Prometheus metrics of the serving path (defined once, next to the code that records them)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

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
CLIENT_TIMEOUTS = Counter(
    "stockade_client_timeouts_total",
    "Connections closed because the client was too slow (headers, body, or reading the response)",
    ["phase"],
)
