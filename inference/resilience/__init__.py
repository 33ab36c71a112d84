"""Retries, circuit breakers and fallback chains around engines."""

from inference.resilience.breaker import BreakerSettings, BreakerState, CircuitBreaker
from inference.resilience.chain import FallbackChain
from inference.resilience.errors import (
    AllEnginesFailed,
    CircuitOpen,
    FirstTokenTimeout,
    ResilienceConfigError,
)
from inference.resilience.report import STATIC_ANSWER, AttemptRecord, GatewayReport
from inference.resilience.retrying import ResilientEngine, RetryPolicy, is_engine_fault

__all__ = [
    "STATIC_ANSWER",
    "AllEnginesFailed",
    "AttemptRecord",
    "BreakerSettings",
    "BreakerState",
    "CircuitBreaker",
    "CircuitOpen",
    "FallbackChain",
    "FirstTokenTimeout",
    "GatewayReport",
    "ResilienceConfigError",
    "ResilientEngine",
    "RetryPolicy",
    "is_engine_fault",
]
