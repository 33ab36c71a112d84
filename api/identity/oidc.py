"""Verifying the identity provider's tokens (OIDC ID or access tokens, JWTs) with PyJWT.

Only the algorithms configured (RS256, ES256) are accepted, named by the token but checked against
the list before any key is chosen, so `alg: none` and HMAC-with-the-public-key tricks fail before
verification starts. Keys come from the IdP's JWKS; a token signed with a key id not seen yet makes
one refetch (at most every `jwks_min_refetch_s`, so a flood of made-up key ids cannot turn the
gateway into a load generator against the IdP), which is how a key rotation is picked up.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import jwt
from jwt import PyJWK, PyJWKSet

from api.config import OidcSettings
from api.errors import ApiError
from tenancy.roles import ROLES, TENANT_BOUND, Principal


def _unauthorised(message: str) -> ApiError:
    return ApiError(401, message, code="invalid_token", headers={"WWW-Authenticate": "Bearer"})


class JwksCache:
    """The IdP's signing keys by key id, re-read after `cache_s` or on an unknown key id."""

    def __init__(self, settings: OidcSettings, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self._clock = clock
        self._keys: dict[str, PyJWK] = {}
        self._loaded_at: float | None = None
        self._lock = asyncio.Lock()
        self.fetches = 0  # how many times the JWKS was read (observable in tests and logs)

    async def key(self, kid: str | None) -> PyJWK | None:
        if self._loaded_at is None or self._clock() - self._loaded_at >= self.settings.jwks_cache_s:
            await self._refresh(min_interval=0.0)
        found = self._find(kid)
        if found is None:
            await self._refresh(min_interval=self.settings.jwks_min_refetch_s)
            found = self._find(kid)
        return found

    def _find(self, kid: str | None) -> PyJWK | None:
        if kid is None:
            # A token without a key id is accepted only when there is no doubt which key it means.
            return next(iter(self._keys.values())) if len(self._keys) == 1 else None
        return self._keys.get(kid)

    async def _refresh(self, *, min_interval: float) -> None:
        async with self._lock:
            if self._loaded_at is not None and self._clock() - self._loaded_at < min_interval:
                return  # read recently (perhaps by the request we waited for)
            try:
                document = await self._read()
                keys = PyJWKSet.from_dict(document).keys
            except (httpx.HTTPError, OSError, ValueError, jwt.PyJWKSetError) as exc:
                if self._keys:  # keep serving with the keys we have; try again after min_refetch
                    self._loaded_at = self._clock()
                    return
                raise ApiError(
                    503,
                    f"the identity provider's keys cannot be read: {type(exc).__name__}",
                    code="identity_provider_unavailable",
                ) from exc
            self.fetches += 1
            self._keys = {k.key_id: k for k in keys if k.key_id and k.public_key_use in (None, "sig")}
            if not self._keys and len(keys) == 1:
                self._keys = {"": keys[0]}
            self._loaded_at = self._clock()

    async def _read(self) -> dict[str, Any]:
        if self.settings.jwks_file is not None:
            text = await asyncio.to_thread(self.settings.jwks_file.read_text, "utf-8")
            return dict(json.loads(text))
        assert self.settings.jwks_url is not None
        async with httpx.AsyncClient(timeout=self.settings.jwks_timeout_s, trust_env=False) as client:
            response = await client.get(self.settings.jwks_url)
            response.raise_for_status()
            return dict(response.json())


def _claim(claims: dict[str, Any], path: str) -> Any:
    value: Any = claims
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def actor_for(subject: str) -> str:
    """Audit actors are at most 64 characters; a longer subject is recorded by its hash."""
    actor = f"oidc:{subject}"
    return actor if len(actor) <= 64 else "oidc:sha256:" + hashlib.sha256(subject.encode()).hexdigest()[:52]


class OidcVerifier:
    def __init__(self, settings: OidcSettings, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.jwks = JwksCache(settings, clock)

    async def principal(self, token: str) -> Principal:
        claims = await self.verify(token)
        return self.principal_of(claims)

    async def verify(self, token: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.DecodeError as exc:
            raise _unauthorised("malformed token") from exc
        alg = header.get("alg")
        if alg not in self.settings.algorithms:
            raise _unauthorised(
                f"token algorithm {alg!r} is not accepted (allowed: {', '.join(self.settings.algorithms)})"
            )
        key = await self.jwks.key(header.get("kid"))
        if key is None:
            raise _unauthorised("token signed with a key the identity provider does not publish")
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key=key.key,
                algorithms=[alg],
                audience=self.settings.audience,
                issuer=self.settings.issuer,
                leeway=self.settings.leeway_s,
                options={"require": ["exp", "iss", "aud", "sub"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise _unauthorised("token expired") from exc
        except jwt.InvalidAudienceError as exc:
            raise _unauthorised("token is for another audience") from exc
        except jwt.InvalidIssuerError as exc:
            raise _unauthorised("token is from another issuer") from exc
        except jwt.InvalidSignatureError as exc:
            raise _unauthorised("token signature does not verify") from exc
        except jwt.PyJWTError as exc:  # any other failure: nbf, iat, key type, ...
            raise _unauthorised(f"invalid token: {exc}") from exc
        return claims

    def principal_of(self, claims: dict[str, Any]) -> Principal:
        """Who verified claims name (403 `no_role` when they grant no Stockade role)."""
        raw = _claim(claims, self.settings.roles_claim)
        # IdPs send one role as a string or several as a list; anything else grants nothing.
        names = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
        names = [name for name in names if isinstance(name, str)]
        roles = {self.settings.role_map.get(name, name) for name in names} & set(ROLES)
        tenant = _claim(claims, self.settings.tenant_claim)
        tenant = tenant if isinstance(tenant, str) and tenant else None
        if tenant is None:
            roles -= TENANT_BOUND  # a tenant-bound role without a tenant grants nothing
        if not roles:
            raise ApiError(
                403,
                f"signed in, but the token grants no Stockade role (claim {self.settings.roles_claim!r})",
                code="no_role",
            )
        return Principal(
            actor=actor_for(str(claims["sub"])), roles=frozenset(roles), tenant=tenant, via="oidc"
        )
