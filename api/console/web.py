"""What every console page shares: templates, the signed-in user, permission checks (the admin API's
own `grant_for`), CSRF checks, and the security headers of every console response."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.config import ConsoleSettings
from api.console.session import CSRF_COOKIE, SESSION_COOKIE, ConsoleUser, Signer
from api.console.strings import translator
from api.routes_admin import Grant, grant_for
from api.state import AppState, app_state
from tenancy.roles import Permission

HERE = Path(__file__).resolve().parent
PREFIX = "/console"

# No inline script or style anywhere: scripts and styles come only from /console/static. Charts draw
# on canvases and the waterfall is SVG, whose geometry is attributes, not style.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class ConsoleHeadersMiddleware:
    """Adds the security headers to every console response (pages, static files, errors); pages
    are also never cached, since some show a secret once."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "") if scope["type"] == "http" else ""
        if not (path == PREFIX or path.startswith(PREFIX + "/")):
            await self.app(scope, receive, send)
            return
        static = path.startswith(PREFIX + "/static/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"
                ] + SECURITY_HEADERS
                headers.append((b"cache-control", b"public, max-age=3600" if static else b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


@dataclass
class Console:
    """The console's own state, beside the gateway's AppState."""

    settings: ConsoleSettings
    signer: Signer
    templates: Jinja2Templates = field(
        default_factory=lambda: Jinja2Templates(directory=str(HERE / "templates"))
    )

    def __post_init__(self) -> None:
        self.t = translator(self.settings.language)
        self.templates.env.globals["t"] = self.t
        self.templates.env.globals["PREFIX"] = PREFIX
        self.templates.env.globals["lang"] = self.settings.language


def console_of(request: Request) -> Console:
    console: Console = request.app.state.console
    return console


class SignInRequired(Exception):
    """No session, or one that ended: the handler sends the browser to the sign-in page."""


class CsrfFailed(Exception):
    pass


async def current_user(request: Request) -> ConsoleUser | None:
    console = console_of(request)
    data = console.signer.unsign("session", request.cookies.get(SESSION_COOKIE))
    user = ConsoleUser.load(data) if data is not None else None
    if user is None or user.key_id is None:
        return user
    # An admin-key session lasts only as long as the key: revoked or expired ends it at once.
    state = await app_state(request)
    key = await run_in_threadpool(state.store.key_by_id, user.key_id)
    now = datetime.now(UTC)
    if key is None or key.revoked_at is not None or (key.expires_at is not None and key.expires_at <= now):
        return None
    return user


async def signed_in(request: Request) -> ConsoleUser:
    """Dependency of every page: the signed-in user (else a redirect to the sign-in page)."""
    user = await current_user(request)
    if user is None:
        raise SignInRequired()
    request.state.console_user = user
    request.state.key_id = user.actor
    request.state.tenant = user.tenant or "-"
    return user


def grant(user: ConsoleUser, permission: Permission) -> Grant:
    """The same check the admin API makes (403 `role_forbidden` when the role lacks it)."""
    return grant_for(user.principal, permission)


async def csrf_checked(request: Request) -> None:
    """Dependency of every POST: the form's (or htmx's header) token must match the CSRF cookie."""
    console = console_of(request)
    token = request.headers.get("x-csrf-token")
    if token is None:
        form = await request.form()
        value = form.get("csrf_token")
        token = value if isinstance(value, str) else None
    if not console.signer.csrf_ok(request.cookies.get(CSRF_COOKIE), token):
        raise CsrfFailed()


def csrf_nonce(request: Request) -> tuple[str, bool]:
    """The browser's CSRF nonce, and whether it is new (then the response must set the cookie)."""
    nonce = request.cookies.get(CSRF_COOKIE)
    if nonce and 16 <= len(nonce) <= 64 and nonce.isalnum():
        return nonce, False
    return secrets.token_hex(16), True


def cookie_flags(request: Request) -> dict[str, Any]:
    return {
        "httponly": True,
        "samesite": "strict",
        "secure": request.url.scheme == "https",
        "path": PREFIX,
    }


def set_csrf_cookie(request: Request, response: Response, nonce: str) -> None:
    response.set_cookie(CSRF_COOKIE, nonce, **cookie_flags(request))


def render(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
    user: ConsoleUser | None = None,
    nonce: str | None = None,
) -> HTMLResponse:
    console = console_of(request)
    fresh = False
    if nonce is None:
        nonce, fresh = csrf_nonce(request)
    user = user or getattr(request.state, "console_user", None)
    values = {
        "request": request,
        "user": user,
        "csrf_token": console.signer.csrf_token(nonce),
        "nav": nav_items(user) if user is not None else [],
        "section": request.url.path.removeprefix(PREFIX).strip("/").split("/")[0] or "overview",
    } | (context or {})
    response = console.templates.TemplateResponse(request, template, values, status_code=status_code)
    if fresh:
        set_csrf_cookie(request, response, nonce)
    return response


def redirect(path: str) -> RedirectResponse:
    return RedirectResponse(PREFIX + path, status_code=303)


def nav_items(user: ConsoleUser) -> list[tuple[str, str, str]]:
    """(path, label key, id) of the sections this user's roles may open."""
    items: list[tuple[str, str, str, Callable[[ConsoleUser], bool]]] = [
        ("/overview", "nav.overview", "overview", lambda u: u.can("usage.read")),
        ("/usage", "nav.usage", "usage", lambda u: u.can("usage.read")),
        ("/tenants", "nav.tenants", "tenants", lambda u: u.can("tenants.read") or u.can("keys.read")),
        ("/audit", "nav.audit", "audit", lambda u: u.can("audit.read")),
        ("/traces", "nav.traces", "traces", lambda u: u.can("traces.read")),
        ("/guard", "nav.guard", "guard", lambda u: u.can("guard.try")),
        ("/prompts", "nav.prompts", "prompts", lambda u: u.can("prompts.read")),
        ("/models", "nav.models", "models", lambda u: u.can("models.read")),
    ]
    return [(path, label, ident) for path, label, ident, allowed in items if allowed(user)]


def home_path(user: ConsoleUser) -> str:
    items = nav_items(user)
    return items[0][0] if items else "/tenants"


__all__ = ["AppState", "Console", "ConsoleUser", "app_state"]
