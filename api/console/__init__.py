"""The web console: server-rendered pages under /console for the people who run and answer for the
deployment, built on the admin API's own functions and permission checks (docs: README, Console)."""

from __future__ import annotations

import inspect
from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.config import ConsoleSettings
from api.console.session import Signer
from api.console.web import (
    HERE,
    PREFIX,
    Console,
    ConsoleHeadersMiddleware,
    CsrfFailed,
    SignInRequired,
    redirect,
    render,
)
from api.errors import ApiError, from_domain
from tenancy.errors import DomainError


async def _delegate(handler: Any, request: Request, exc: Exception) -> Response:
    """The API's own handler, for errors outside the console."""
    result = handler(request, exc)
    return cast(Response, await result if inspect.isawaitable(result) else result)


def _is_console(request: Request) -> bool:
    return request.url.path == PREFIX or request.url.path.startswith(PREFIX + "/")


def _error_page(request: Request, status: int, message: str) -> Response:
    template = "error_partial.html" if request.headers.get("hx-request") == "true" else "error.html"
    return render(request, template, {"status": status, "message": message}, status_code=status)


def install_console(app: FastAPI, settings: ConsoleSettings) -> None:
    from api.console import (
        pages_audit,
        pages_auth,
        pages_guard,
        pages_models,
        pages_overview,
        pages_prompts,
        pages_tenants,
        pages_traces,
        pages_usage,
    )

    app.state.console = Console(settings=settings, signer=Signer(settings.session_secret))
    for module in (
        pages_auth,
        pages_overview,
        pages_tenants,
        pages_usage,
        pages_audit,
        pages_guard,
        pages_traces,
        pages_prompts,
        pages_models,
    ):
        app.include_router(module.router, prefix=PREFIX, include_in_schema=False)
    app.mount(PREFIX + "/static", StaticFiles(directory=HERE / "static"), name="console_static")

    # Console pages answer errors as pages; everything else keeps the API's JSON error handlers.
    api_error = app.exception_handlers[ApiError]
    domain_error = app.exception_handlers[DomainError]
    validation_error = app.exception_handlers[RequestValidationError]
    http_error = app.exception_handlers[StarletteHTTPException]

    async def on_api_error(request: Request, exc: Exception) -> Response:
        if not _is_console(request):
            return await _delegate(api_error, request, exc)
        assert isinstance(exc, ApiError)
        return _error_page(request, exc.status, exc.message)

    async def on_domain_error(request: Request, exc: Exception) -> Response:
        if not _is_console(request):
            return await _delegate(domain_error, request, exc)
        assert isinstance(exc, DomainError)
        error = from_domain(exc)
        return _error_page(request, error.status, error.message)

    async def on_validation_error(request: Request, exc: Exception) -> Response:
        if not _is_console(request):
            return await _delegate(validation_error, request, exc)
        return _error_page(request, 400, str(exc)[:300])

    async def on_http_error(request: Request, exc: Exception) -> Response:
        if not _is_console(request) or request.url.path.startswith(PREFIX + "/static/"):
            return await _delegate(http_error, request, exc)
        assert isinstance(exc, StarletteHTTPException)
        return _error_page(request, exc.status_code, str(exc.detail))

    async def on_sign_in_required(request: Request, exc: Exception) -> Response:
        if request.headers.get("hx-request") == "true":
            # htmx follows redirects inside the page; tell it to load the sign-in page instead.
            return JSONResponse({}, status_code=401, headers={"HX-Redirect": PREFIX + "/login?m=expired"})
        return redirect("/login?m=expired")

    async def on_csrf_failed(request: Request, exc: Exception) -> Response:
        return _error_page(request, 403, console_t(request)("error.csrf"))

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(DomainError, on_domain_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(SignInRequired, on_sign_in_required)
    app.add_exception_handler(CsrfFailed, on_csrf_failed)
    app.add_middleware(ConsoleHeadersMiddleware)


def console_t(request: Request):  # type: ignore[no-untyped-def]
    console: Console = request.app.state.console
    return console.t


__all__ = ["install_console"]
