"""Prometheus metrics of the resilience layer."""

from __future__ import annotations

from prometheus_client import Counter, Gauge

RETRIES = Counter(
    "stockade_gateway_retries_total",
    "Retries of a failed engine call before its first token, by engine and error status",
    ["engine", "status"],
)
FALLBACKS = Counter(
    "stockade_gateway_fallbacks_total",
    "Requests handed from one engine of a fallback chain to the next (to='static' for the message)",
    ["from_engine", "to_engine"],
)
BREAKER_STATE = Gauge(
    "stockade_gateway_breaker_state",
    "Circuit breaker state per engine: 0 closed, 1 half-open, 2 open",
    ["engine"],
    multiprocess_mode="livemax",  # several workers: the worst breaker among the live ones
)
BREAKER_TRANSITIONS = Counter(
    "stockade_gateway_breaker_transitions_total",
    "Circuit breaker state changes per engine, by the state entered",
    ["engine", "state"],
)
BREAKER_REJECTIONS = Counter(
    "stockade_gateway_breaker_rejections_total",
    "Calls refused without reaching the engine because its breaker was open",
    ["engine"],
)
