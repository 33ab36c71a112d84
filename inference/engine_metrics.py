"""Metrics every engine kind reports the same way, so that one dashboard panel and one alert cover
llama.cpp models, supervised vLLM processes and each replica of an upstream fleet."""

from __future__ import annotations

from prometheus_client import Gauge

ENGINE_UP = Gauge(
    "stockade_engine_up",
    "1 while the engine (or one replica of it) can take requests, 0 while it cannot",
    ["model", "replica"],
    multiprocess_mode="livemax",
)
