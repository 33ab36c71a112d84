"""Why tenancy refused a request, as domain errors: the base every layer above raises too.

Tenancy sits below the pipeline and knows nothing of HTTP, so the base lives here; the pipeline's
own errors derive from it, and the front doors turn any of them into their protocol's error in one
place (api/errors.py).
"""

from __future__ import annotations

from typing import ClassVar


class DomainError(Exception):
    """A refusal with the status class of OpenAI's protocol it stands for, a stable `code` clients
    branch on, the request field at fault, and the caller's rate-limit state when it was admitted."""

    status: ClassVar[int] = 500

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        param: str | None = None,
        retry_after_s: int | None = None,
        limits: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.param = param
        self.retry_after_s = retry_after_s
        # The caller's rate-limit state at the time (x-ratelimit-* values), when admitted.
        self.limits = limits or {}


# The status classes every layer raises; the pipeline adds its own beside them (pipeline/errors.py).
class InvalidRequest(DomainError):
    """The request itself is wrong: sending it again unchanged cannot succeed."""

    status = 400


class Forbidden(DomainError):
    status = 403


class LimitExceeded(DomainError):
    status = 429


class OverTenantLimit(InvalidRequest):
    """One request over a per-request cap of its tenant or key."""


class NotOnAllowList(Forbidden):
    """A model, app or collection the tenant's or key's allow-list leaves out."""


class QuotaExhausted(LimitExceeded):
    """A rate, daily token quota or monthly budget is spent for now."""
