"""Prometheus metrics of the response cache."""

from __future__ import annotations

from prometheus_client import Counter

LOOKUPS = Counter(
    "stockade_cache_lookups_total",
    "Cache lookups by outcome: exact, semantic (hits), miss, rejected (by the near-miss gate), "
    "bypass (not cacheable), error (backend down)",
    ["outcome"],
)
GATE_REJECTIONS = Counter(
    "stockade_cache_gate_rejections_total",
    "Semantic candidates refused by the near-miss gate, by the check that refused them",
    ["check"],
)
STORES = Counter("stockade_cache_stores_total", "Answers written to the cache", ["backend"])
