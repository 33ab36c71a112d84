"""A circuit breaker per engine: closed → open after N consecutive failures → half-open probe.

Written here rather than taken from pybreaker: pybreaker's async path needs tornado and holds a
threading lock for the whole guarded call, which for a token stream means the whole generation.
The state machine itself is small; what matters is that a half-open breaker lets exactly a bounded
number of probe calls through instead of the whole waiting crowd.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from inference.resilience.errors import CircuitOpen, ResilienceConfigError
from inference.resilience.metrics import BREAKER_REJECTIONS, BREAKER_STATE, BREAKER_TRANSITIONS

log = logging.getLogger(__name__)


class BreakerState(StrEnum):
    CLOSED = "closed"
    HALF_OPEN = "half_open"
    OPEN = "open"


_GAUGE_VALUE = {BreakerState.CLOSED: 0, BreakerState.HALF_OPEN: 1, BreakerState.OPEN: 2}


@dataclass(frozen=True)
class BreakerSettings:
    failure_threshold: int = 5  # consecutive failures that open the circuit
    reset_timeout_s: float = 30.0  # how long it stays open before a probe is allowed
    half_open_max_calls: int = 1  # probes allowed at once while half-open

    def __post_init__(self) -> None:
        if self.failure_threshold < 1 or self.half_open_max_calls < 1 or self.reset_timeout_s < 0:
            raise ResilienceConfigError(f"invalid breaker settings: {self}")


class CircuitBreaker:
    """Not thread-safe by design: it lives on the event loop like the requests it guards."""

    def __init__(
        self, name: str, settings: BreakerSettings, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.name = name
        self.settings = settings
        self._clock = clock
        self._state = BreakerState.CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._probes = 0
        BREAKER_STATE.labels(name).set(0)

    @property
    def state(self) -> BreakerState:
        waited = self._clock() - self._opened_at
        if self._state is BreakerState.OPEN and waited >= self.settings.reset_timeout_s:
            self._move(BreakerState.HALF_OPEN)
        return self._state

    @property
    def consecutive_failures(self) -> int:
        return self._failures

    def acquire(self) -> None:
        """Call before using the engine; raises CircuitOpen when the call must not go through."""
        state = self.state
        if state is BreakerState.CLOSED:
            return
        if state is BreakerState.HALF_OPEN and self._probes < self.settings.half_open_max_calls:
            self._probes += 1
            return
        BREAKER_REJECTIONS.labels(self.name).inc()
        remaining = max(0.0, self.settings.reset_timeout_s - (self._clock() - self._opened_at))
        raise CircuitOpen(self.name, remaining)

    def record_success(self) -> None:
        self._failures = 0
        if self._state is not BreakerState.CLOSED:
            self._move(BreakerState.CLOSED)

    def record_failure(self) -> None:
        self._failures += 1
        if self._state is BreakerState.HALF_OPEN or (
            self._state is BreakerState.CLOSED and self._failures >= self.settings.failure_threshold
        ):
            self._opened_at = self._clock()
            self._move(BreakerState.OPEN)

    def release_probe(self) -> None:
        """A half-open probe ended without a verdict (the caller cancelled): let another one try."""
        if self._probes:
            self._probes -= 1

    def _move(self, state: BreakerState) -> None:
        log.warning("circuit breaker %s: %s -> %s", self.name, self._state.value, state.value)
        self._state = state
        self._probes = 0
        BREAKER_STATE.labels(self.name).set(_GAUGE_VALUE[state])
        BREAKER_TRANSITIONS.labels(self.name, state.value).inc()
