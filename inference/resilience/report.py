"""What happened to one request inside the resilience layer: for the trace, a header and the ledger."""

from __future__ import annotations

from dataclasses import dataclass, field

from inference.engine import Cancellation


@dataclass(frozen=True)
class AttemptRecord:
    engine: str
    error: str | None  # None: this attempt produced the answer's first token


@dataclass
class GatewayReport:
    """Passed in by the caller (or created by the chain) and filled while the stream runs.

    `answered_by` is the model id whose tokens the client received, or "static" for the fallback
    message; it stays None when everything failed.
    """

    answered_by: str | None = None
    retries: int = 0
    fallbacks: int = 0
    attempts: list[AttemptRecord] = field(default_factory=list)

    @property
    def used_static_message(self) -> bool:
        return self.answered_by == STATIC_ANSWER


STATIC_ANSWER = "static"


class LinkedCancellation(Cancellation):
    """One engine attempt's own cancellation, also cancelled when the request's is.

    Engines cancel the object they were given when their stream closes (LlamaCppEngine does in its
    `finally`); a failed first attempt must not cancel the request that a fallback still serves.
    """

    def __init__(self, parent: Cancellation) -> None:
        self._parent = parent
        self._own = False
        super().__init__()

    @property  # type: ignore[override]
    def cancelled(self) -> bool:
        return self._own or self._parent.cancelled

    @cancelled.setter
    def cancelled(self, value: bool) -> None:
        self._own = value
