"""Errors raised by the resilience layer itself (the engines' own failures stay `EngineError`)."""

from __future__ import annotations

from inference.engine import EngineError


class CircuitOpen(EngineError):
    """The engine failed too often recently; calls are refused until its reset timeout passes.

    The API maps it like any 503: the client may retry after a short while.
    """

    def __init__(self, engine: str, retry_after_s: float) -> None:
        super().__init__(
            f"engine {engine} is temporarily disabled after repeated failures", retryable=True, status=503
        )
        self.engine = engine
        self.retry_after_s = retry_after_s


class FirstTokenTimeout(EngineError):
    """The engine accepted the request but produced nothing before the deadline (a hung process)."""

    def __init__(self, engine: str, timeout_s: float) -> None:
        super().__init__(
            f"engine {engine} produced no output within {timeout_s:g}s", retryable=True, status=504
        )


class AllEnginesFailed(EngineError):
    """Every engine of a fallback chain failed before its first token and there is no static message."""

    def __init__(self, failures: list[tuple[str, EngineError]]) -> None:
        summary = "; ".join(f"{name}: {exc}" for name, exc in failures)
        last = failures[-1][1] if failures else None
        super().__init__(
            f"all engines failed ({summary})",
            retryable=True,
            status=last.status if last is not None and last.status in (503, 504) else 502,
        )
        self.failures = failures


class ResilienceConfigError(ValueError):
    """Settings that cannot work (an empty chain, a negative backoff)."""
