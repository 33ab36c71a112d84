"""Key authentication: tenant keys for the model routes; admin keys or OIDC tokens (people) for the
admin routes. A key comes as `Authorization: Bearer <key>` (OpenAI's SDKs) or as `x-api-key: <key>`
(Anthropic's): the same Stockade keys either way."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from fastapi import Request
from opentelemetry import trace

from api.errors import ApiError
from api.state import AppState, app_state
from tenancy.roles import Principal
from tenancy.single_flight import SingleFlight
from tenancy.storage import KEY_PREFIX, ApiKey, hash_key
from tenancy.timed_cache import TimedCache, read_through

tracer = trace.get_tracer(__name__)

# Verified keys are remembered briefly so a busy client does not cost a database round trip per
# request (and, reloaded ahead of expiry, not even one every few seconds). Revocation through this
# process's admin API clears them at once; a revocation made elsewhere (the CLI, another replica)
# takes effect within the TTL.
KEY_CACHE_TTL_S = 5.0
_verified: TimedCache[str, ApiKey | None] = TimedCache(KEY_CACHE_TTL_S)
_lookups: SingleFlight[str, ApiKey | None] = SingleFlight()


def forget_cached_keys() -> None:
    _verified.clear()


async def _cached_authenticate(state: AppState, secret: str) -> ApiKey | None:
    def load(digest: str) -> ApiKey | None:
        started = time.monotonic()
        found = state.store.authenticate(secret)
        if found is None:  # unknown keys are not remembered: a guessing client fills no cache
            _verified.forget(digest)
        else:
            _verified.put(digest, found, started)
        return found

    key = await read_through(_verified, _lookups, hash_key(secret), load)
    if key is not None and key.expires_at is not None and key.expires_at <= datetime.now(UTC):
        return None
    return key


async def _authenticate(request: Request, state: AppState) -> ApiKey:
    with tracer.start_as_current_span("auth") as span:
        key = await _lookup(request, state)
        span.set_attribute("stockade.key_id", key.id)
        span.set_attribute("stockade.scope", key.scope)
        return key


def _presented_key(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header is not None:
        scheme, _, token = header.partition(" ")
        return token.strip() or None if scheme.lower() == "bearer" else None
    return request.headers.get("x-api-key", "").strip() or None


async def _lookup(request: Request, state: AppState) -> ApiKey:
    token = _presented_key(request)
    if token is None:
        raise ApiError(
            401,
            "missing API key: send 'Authorization: Bearer <key>' or 'x-api-key: <key>'",
            code="invalid_api_key",
            headers={"WWW-Authenticate": "Bearer"},
        )
    key = await _cached_authenticate(state, token)
    if key is None:
        raise ApiError(
            401,
            "invalid API key (unknown, revoked or expired)",
            code="invalid_api_key",
            headers={"WWW-Authenticate": "Bearer"},
        )
    request.state.key_id = key.id
    request.state.tenant = key.tenant_name or "-"
    return key


# The state is read directly rather than declared as a sub-dependency: FastAPI resolves every
# declared dependency on every request, and the routes that use these declare it themselves.
async def tenant_key(request: Request) -> ApiKey:
    key = await _authenticate(request, await app_state(request))
    if key.scope != "tenant":
        raise ApiError(403, "admin keys cannot call model routes; use a tenant key", code="wrong_key_scope")
    return key


async def admin_principal(request: Request) -> Principal:
    """Whoever calls an admin route: an admin key (automation), or a person signed in with the
    organisation's identity provider when OIDC is configured. What they may do is each route's
    business (`api.routes_admin.allow`)."""
    state = await app_state(request)
    token = _bearer(request)
    verifier = state.identity
    if (
        verifier is not None
        and token is not None
        and not token.startswith(KEY_PREFIX)
        and token.count(".") == 2
    ):
        with tracer.start_as_current_span("auth.oidc"):
            principal = await verifier.principal(token)
        request.state.key_id = principal.actor
        request.state.tenant = principal.tenant or "-"
        return principal
    key = await _authenticate(request, state)
    if key.scope != "admin":
        raise ApiError(
            403, "this route needs an admin key or a signed-in administrator", code="wrong_key_scope"
        )
    return key_principal(key)


def key_principal(key: ApiKey) -> Principal:
    """An admin key acts with its role (platform-admin when it names none)."""
    return Principal(
        actor=f"key:{key.id}", roles=frozenset({key.role or "platform-admin"}), tenant=key.tenant_name
    )


def _bearer(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None
