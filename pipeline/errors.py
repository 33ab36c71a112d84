"""Why the pipeline could not serve a request, as domain errors.

Each kind carries the status class of OpenAI's protocol it stands for (the ledger records what the
client was answered with), a stable `code` clients branch on and the request field at fault; turning
them into HTTP responses is the front door's job, in one place (api/errors.py).
"""

from __future__ import annotations

from tenancy.errors import DomainError, Forbidden, InvalidRequest, LimitExceeded

__all__ = [
    "Conflict",
    "DomainError",
    "EngineFailed",
    "EngineTimedOut",
    "Forbidden",
    "InvalidRequest",
    "LimitExceeded",
    "MeteringFailed",
    "Misconfigured",
    "NotFound",
    "NotReady",
]


class PipelineError(DomainError):
    """Raised by the pipeline's own steps beside the status classes it shares with tenancy
    (InvalidRequest, Forbidden, LimitExceeded)."""


class NotFound(PipelineError):
    status = 404


class Conflict(PipelineError):
    status = 409


class Misconfigured(PipelineError):
    """The gateway's own configuration is wrong (an app's prompt, say): not the caller's fault."""

    status = 500


class MeteringFailed(PipelineError):
    """The answer was generated but its ledger row could not be written."""

    status = 500


class EngineFailed(PipelineError):
    status = 502


class NotReady(PipelineError):
    """Something the request needs is still starting; retry shortly."""

    status = 503


class EngineTimedOut(PipelineError):
    status = 504
