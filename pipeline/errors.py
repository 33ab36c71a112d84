"""Why the pipeline could not serve a request, as domain errors.

Each kind carries the status class of OpenAI's protocol it stands for (the ledger records what the
client was answered with), a stable `code` clients branch on and the request field at fault; turning
them into HTTP responses is the front door's job, in one place (api/errors.py).
"""

from __future__ import annotations

from tenancy.errors import DomainError


class PipelineError(DomainError):
    """Raised by the pipeline's own steps; tenancy raises its DomainErrors alongside."""


class InvalidRequest(PipelineError):
    """The request itself is wrong: sending it again unchanged cannot succeed."""

    status = 400


class Forbidden(PipelineError):
    status = 403


class NotFound(PipelineError):
    status = 404


class Conflict(PipelineError):
    status = 409


class LimitExceeded(PipelineError):
    status = 429


class Misconfigured(PipelineError):
    """The gateway's own configuration is wrong (an app's prompt, say): not the caller's fault."""

    status = 500


class EngineFailed(PipelineError):
    status = 502


class NotReady(PipelineError):
    """Something the request needs is still starting; retry shortly."""

    status = 503


class EngineTimedOut(PipelineError):
    status = 504
