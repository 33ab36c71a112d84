"""OpenAI-shaped errors: `{"error": {"message", "type", "param", "code"}}` with the right status.

Clients built for OpenAI branch on these fields, so every failure Stockade returns uses them, and
none ever carries a stack trace.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from pipeline.errors import PipelineError

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


def from_domain(exc: PipelineError) -> ApiError:
    """The one place a pipeline (domain) error becomes an HTTP error: its status class, code and
    field, and a Retry-After where waiting helps."""
    headers = dict(exc.limits)
    if exc.retry_after_s is not None:
        headers["Retry-After"] = str(exc.retry_after_s)
    return ApiError(exc.status, exc.message, code=exc.code, param=exc.param, headers=headers)


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


def error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(
        error_body(error.status, error.message, error.code, error.param),
        status_code=error.status,
        headers=error.headers,
    )


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None, str]:
    errors = exc.errors()
    if not errors:
        return "invalid request body", None, "invalid_request"
    first = errors[0]
    loc = [str(part) for part in first.get("loc", ()) if part not in ("body",)]
    param = ".".join(loc) or None
    if first.get("type") == "json_invalid":
        return "the request body is not valid JSON", None, "invalid_json"
    if first.get("type") == "missing":
        return f"missing required parameter: {param}", param, "missing_required_parameter"
    message = str(first.get("msg", "invalid value"))
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"invalid value for {param or 'body'}: {message}{more}", param, "invalid_value"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(PipelineError)
    async def _domain_error(_request: Request, exc: PipelineError) -> JSONResponse:
        return error_response(from_domain(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        message, param, code = _validation_message(exc)
        return error_response(ApiError(400, message, code=code, param=param))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
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
        return error_response(ApiError(status, message, code=code, headers=dict(exc.headers or {})))
