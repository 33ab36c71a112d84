"""Prometheus metrics of the HTTP layer (the generation's own are in pipeline/recording.py)."""

from __future__ import annotations

from prometheus_client import Counter

CLIENT_TIMEOUTS = Counter(
    "stockade_client_timeouts_total",
    "Connections closed because the client was too slow (headers, body, or reading the response)",
    ["phase"],
)
