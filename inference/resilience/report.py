"""What happened to one request inside the resilience layer: for the trace, a header and the ledger.

The report itself travels on the engine protocol's Cancellation (inference.engine); this module
keeps the names the resilience layer has always exported and the linked cancellation of one attempt.
"""

from __future__ import annotations

from inference.engine import STATIC_ANSWER, AttemptRecord, Cancellation, GatewayReport

__all__ = ["STATIC_ANSWER", "AttemptRecord", "GatewayReport", "LinkedCancellation"]


class LinkedCancellation(Cancellation):
    """One engine attempt's own cancellation, also cancelled when the request's is, and sharing the
    request's report (every attempt of every wrapper lands in the one report the caller reads).

    Engines cancel the object they were given when their stream closes (LlamaCppEngine does in its
    `finally`); a failed first attempt must not cancel the request that a fallback still serves.
    """

    def __init__(self, parent: Cancellation) -> None:
        self._parent = parent
        self._own = False
        super().__init__()
        self.report = parent.report

    @property  # type: ignore[override]
    def cancelled(self) -> bool:
        return self._own or self._parent.cancelled

    @cancelled.setter
    def cancelled(self, value: bool) -> None:
        self._own = value
