"""Errors in the shape of the front door that was called, with the right status, and never a stack
trace: OpenAI's `{"error": {"message", "type", "param", "code"}}` everywhere, Anthropic's
`{"type": "error", "error": {"type", "message"}}` under /v1/messages, where the Anthropic SDK reads
them. Clients branch on these fields, so every failure answers in its door's dialect, whoever raised
it (authentication, validation, the pipeline, the middleware)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.rate_headers import with_anthropic_names
from tenancy.errors import DomainError

_TYPE_BY_STATUS = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    408: "timeout_error",
    409: "conflict_error",
    413: "invalid_request_error",
    415: "invalid_request_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
    500: "server_error",
    502: "upstream_error",
    503: "service_unavailable",
    504: "timeout_error",
}


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.param = param
        self.headers = headers or {}


def from_domain(exc: DomainError) -> ApiError:
    """The one place a pipeline (domain) error becomes an HTTP error: its status class, code and
    field, and a Retry-After where waiting helps."""
    headers = dict(exc.limits)
    if exc.retry_after_s is not None:
        headers["Retry-After"] = str(exc.retry_after_s)
    return ApiError(exc.status, exc.message, code=exc.code, param=exc.param, headers=headers)


# Anthropic's documented error types by status; what has no type of its own there is an api_error.
_ANTHROPIC_TYPE_BY_STATUS = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    408: "timeout_error",
    409: "invalid_request_error",
    413: "request_too_large",
    415: "invalid_request_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
    503: "overloaded_error",
    504: "timeout_error",
    529: "overloaded_error",
}

ANTHROPIC_PREFIX = "/v1/messages"


def anthropic_error_body(status: int, message: str) -> dict[str, Any]:
    fallback = "api_error" if status >= 500 else "invalid_request_error"
    error_type = _ANTHROPIC_TYPE_BY_STATUS.get(status, fallback)
    return {"type": "error", "error": {"type": error_type, "message": message}}


def is_anthropic_path(path: str) -> bool:
    return path == ANTHROPIC_PREFIX or path.startswith(ANTHROPIC_PREFIX + "/")


def error_body_for(
    path: str, status: int, message: str, code: str | None = None, param: str | None = None
) -> dict[str, Any]:
    """The error body in the dialect of the route at `path`."""
    if is_anthropic_path(path):
        return anthropic_error_body(status, message)
    return error_body(status, message, code, param)


def error_body(
    status: int, message: str, code: str | None = None, param: str | None = None
) -> dict[str, Any]:
    return {
        "error": {
            "message": message,
            "type": _TYPE_BY_STATUS.get(status, "server_error" if status >= 500 else "invalid_request_error"),
            "param": param,
            "code": code,
        }
    }


def error_response(error: ApiError, path: str = "") -> JSONResponse:
    anthropic = is_anthropic_path(path)
    return JSONResponse(
        error_body_for(path, error.status, error.message, error.code, error.param),
        status_code=error.status,
        headers=with_anthropic_names(error.headers) if anthropic else error.headers,
    )


def _field_path(loc: Sequence[Any], body: Any, missing: bool) -> str | None:
    """The error's location as a path into the body the client sent. Pydantic puts the member of a
    union it tried into the location too (`function-after[_valid_unicode(), str]`, `list[str]`, a
    model's class name): a part is kept only where it names a key or index of the body, and the last
    one too when it is a required field that is missing."""
    if not loc or loc[0] != "body" or not isinstance(body, dict | list):
        return ".".join(str(part) for part in loc if part != "body") or None  # query, path, header
    parts = list(loc[1:])
    path: list[str] = []
    value = body
    for index, part in enumerate(parts):
        if isinstance(value, dict) and isinstance(part, str) and part in value:
            value = value[part]
        elif isinstance(value, list) and isinstance(part, int):
            if not 0 <= part < len(value):
                continue
            value = value[part]
        elif not (missing and index == len(parts) - 1):
            continue
        path.append(str(part))
    return ".".join(path) or None


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None, str]:
    errors = exc.errors()
    if not errors:
        return "invalid request body", None, "invalid_request"
    paths = [_field_path(e.get("loc", ()), exc.body, e.get("type") == "missing") for e in errors]
    # A value that fits no member of a union fails once per member; the member that got deepest into
    # the value is the one the client meant (a text part whose `text` is a number, not "content is
    # not a string").
    head = paths[0]
    chosen = 0
    if head is not None:
        alternatives = [i for i, p in enumerate(paths) if p is not None and (p + ".").startswith(head + ".")]
        chosen = max(alternatives, key=lambda i: str(paths[i]).count("."))
    first, param = errors[chosen], paths[chosen]
    if first.get("type") == "json_invalid":
        return "the request body is not valid JSON", None, "invalid_json"
    if first.get("type") == "missing":
        return f"missing required parameter: {param}", param, "missing_required_parameter"
    if first.get("type") == "extra_forbidden":
        return f"unsupported parameter: {param} (Stockade does not offer it)", param, "unsupported_parameter"
    message = str(first.get("msg", "invalid value"))
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"invalid value for {param or 'body'}: {message}{more}", param, "invalid_value"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc, request.url.path)

    @app.exception_handler(DomainError)
    async def _domain_error(request: Request, exc: DomainError) -> JSONResponse:
        return error_response(from_domain(exc), request.url.path)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        message, param, code = _validation_message(exc)
        return error_response(ApiError(400, message, code=code, param=param), request.url.path)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        status = exc.status_code
        message = str(exc.detail) if exc.detail else "error"
        if status == 404:
            message = "not found: no such route"
        code = {
            404: "not_found",
            405: "method_not_allowed",
            408: "request_timeout",
            413: "request_too_large",
        }.get(status)
        error = ApiError(status, message, code=code, headers=dict(exc.headers or {}))
        return error_response(error, request.url.path)
