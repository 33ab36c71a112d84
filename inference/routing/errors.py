"""Errors of the complexity router."""

from __future__ import annotations


class RoutingError(Exception):
    """Base class of routing errors."""


class InvalidRoutingRequest(RoutingError, ValueError):
    """The request cannot be routed (no text, a budget fraction that is not a number). HTTP 400."""


class BudgetExceeded(RoutingError):
    """The tenant spent its budget and the hard policy refuses further requests. HTTP 429
    (code "budget_exceeded"), like OpenAI's insufficient_quota."""

    def __init__(self, tenant: str, used_fraction: float) -> None:
        super().__init__(f"tenant {tenant!r} has used {used_fraction:.0%} of its budget")
        self.tenant = tenant
        self.used_fraction = used_fraction
