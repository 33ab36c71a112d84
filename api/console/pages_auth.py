"""Sign-in and sign-out: an admin key (a bootstrap admin), or the organisation's identity provider
through the OIDC authorization code flow with PKCE. The ID token it returns is verified by the same
verifier as the admin API's bearer tokens (issuer, audience, signing keys, roles)."""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import time
from typing import Any
from urllib.parse import urlencode

import httpx
from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from api.auth import forget_cached_keys, key_principal
from api.console.session import CSRF_COOKIE, OIDC_COOKIE, SESSION_COOKIE, ConsoleUser
from api.console.web import (
    PREFIX,
    console_of,
    cookie_flags,
    csrf_checked,
    current_user,
    home_path,
    redirect,
    render,
)
from api.errors import ApiError
from api.state import AppState, app_state

router = APIRouter()
_OIDC_STATE_S = 600.0  # how long a browser may spend at the identity provider


def _start_session(request: Request, user: ConsoleUser, lifetime_s: float) -> Response:
    """Sets the session cookie and a fresh CSRF nonce (a signed-in browser never keeps the nonce
    it had before, so a planted one is useless)."""
    console = console_of(request)
    response = redirect(home_path(user))
    response.set_cookie(
        SESSION_COOKIE,
        console.signer.sign("session", user.dump(), lifetime_s),
        max_age=int(lifetime_s),
        **cookie_flags(request),
    )
    response.set_cookie(CSRF_COOKIE, secrets.token_hex(16), **cookie_flags(request))
    return response


async def _audit_sign_in(state: AppState, user: ConsoleUser) -> None:
    await run_in_threadpool(
        lambda: state.tenancy.audit.append(
            actor=user.actor, action="console.sign_in", tenant=user.tenant or "", detail={"via": user.via}
        )
    )


@router.get("/login", name="console_login")
async def login_page(request: Request, m: str | None = None) -> Response:
    user = await current_user(request)
    if user is not None:
        return redirect(home_path(user))
    console = console_of(request)
    messages = {"signed_out": "login.signed_out", "expired": "login.expired"}
    return render(
        request,
        "login.html",
        {"oidc": console.settings.oidc is not None, "message": messages.get(m or "")},
    )


@router.post("/login", dependencies=[Depends(csrf_checked)])
async def login_with_key(request: Request, state: AppState = Depends(app_state)) -> Response:
    form = await request.form()
    secret = str(form.get("key") or "").strip()
    key = await run_in_threadpool(state.store.authenticate, secret) if secret else None
    if key is None or key.scope != "admin":
        return render(
            request,
            "login.html",
            {"oidc": console_of(request).settings.oidc is not None, "error": "login.bad_key"},
            status_code=401,
        )
    user = ConsoleUser.of(key_principal(key), key_id=key.id)
    await _audit_sign_in(state, user)
    return _start_session(request, user, console_of(request).settings.session_hours * 3600)


@router.post("/logout", dependencies=[Depends(csrf_checked)])
async def logout(request: Request) -> Response:
    response = redirect("/login?m=signed_out")
    response.delete_cookie(SESSION_COOKIE, path=PREFIX)
    response.set_cookie(CSRF_COOKIE, secrets.token_hex(16), **cookie_flags(request))
    forget_cached_keys()
    return response


def _pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def _redirect_uri(request: Request) -> str:
    client = console_of(request).settings.oidc
    assert client is not None
    return client.redirect_url or str(request.url_for("console_oidc_callback"))


@router.get("/login/oidc")
async def oidc_start(request: Request, state: AppState = Depends(app_state)) -> Response:
    client = console_of(request).settings.oidc
    if client is None or state.identity is None:
        raise ApiError(404, "sign-in through an identity provider is not configured", code="not_found")
    verifier, challenge = _pkce()
    flow = {"state": secrets.token_urlsafe(24), "nonce": secrets.token_urlsafe(24), "verifier": verifier}
    query = urlencode(
        {
            "response_type": "code",
            "client_id": client.client_id or state.identity.settings.audience,
            "redirect_uri": _redirect_uri(request),
            "scope": " ".join(client.scopes),
            "state": flow["state"],
            "nonce": flow["nonce"],
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
    )
    separator = "&" if "?" in client.authorization_endpoint else "?"
    response = RedirectResponse(client.authorization_endpoint + separator + query, status_code=303)
    # SameSite=Lax, not Strict: the IdP's redirect back is a cross-site top-level navigation, and
    # this cookie must come with it. It holds only this one sign-in's state, nonce and PKCE verifier.
    flags = cookie_flags(request) | {"samesite": "lax"}
    signed = console_of(request).signer.sign("oidc", flow, _OIDC_STATE_S)
    response.set_cookie(OIDC_COOKIE, signed, max_age=int(_OIDC_STATE_S), **flags)
    return response


async def _exchange(request: Request, state: AppState, code: str, verifier: str) -> str:
    client = console_of(request).settings.oidc
    assert client is not None and state.identity is not None
    form: dict[str, Any] = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": _redirect_uri(request),
        "client_id": client.client_id or state.identity.settings.audience,
        "code_verifier": verifier,
    }
    if client.client_secret_env:
        form["client_secret"] = os.environ.get(client.client_secret_env, "")
    async with httpx.AsyncClient(timeout=client.timeout_s, trust_env=False) as http:
        answer = await http.post(client.token_endpoint, data=form, headers={"accept": "application/json"})
    if answer.status_code != 200:
        raise ValueError(f"the token endpoint answered {answer.status_code}")
    token = answer.json().get("id_token")
    if not isinstance(token, str):
        raise ValueError("the token endpoint returned no id_token")
    return token


@router.get("/auth/callback", name="console_oidc_callback")
async def oidc_callback(request: Request, state: AppState = Depends(app_state)) -> Response:
    console = console_of(request)
    flow = console.signer.unsign("oidc", request.cookies.get(OIDC_COOKIE))
    params = request.query_params

    def failed(reason: str) -> Response:
        page = render(
            request,
            "login.html",
            {"oidc": True, "error_text": console.t("login.oidc_failed", reason=reason)},
            status_code=401,
        )
        page.delete_cookie(OIDC_COOKIE, path=PREFIX)
        return page

    if state.identity is None or console.settings.oidc is None:
        return failed("not configured")
    if flow is None or not secrets.compare_digest(str(flow.get("state")), params.get("state", "")):
        return failed("the sign-in's state does not match (start again)")
    if "error" in params:
        return failed(params["error"][:200])
    try:
        token = await _exchange(request, state, params.get("code", ""), str(flow["verifier"]))
        claims = await state.identity.verify(token)
        if not secrets.compare_digest(str(claims.get("nonce", "")), str(flow["nonce"])):
            return failed("the ID token's nonce does not match")
        principal = state.identity.principal_of(claims)
    except ApiError as exc:
        return failed(exc.message)
    except (httpx.HTTPError, ValueError) as exc:
        return failed(str(exc)[:200])
    user = ConsoleUser.of(principal)
    await _audit_sign_in(state, user)
    # The session ends with the ID token, or after session_hours if that comes first.
    lifetime = min(console.settings.session_hours * 3600, float(claims["exp"]) - time.time())
    response = _start_session(request, user, max(lifetime, 1.0))
    response.delete_cookie(OIDC_COOKIE, path=PREFIX)
    return response
