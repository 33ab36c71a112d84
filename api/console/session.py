"""Signed cookies: the console session, the CSRF secret and the OIDC sign-in's state.

Everything a cookie holds is signed with HMAC-SHA256 under the console's secret and carries its own
purpose and expiry, so a cookie made for one purpose (the OIDC state) never passes as another (a
session). Nothing secret is stored in them: a session names who signed in and, for an admin key,
only the key's id, which is looked up again on every request so that revoking the key ends it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import asdict, dataclass
from typing import Any, Literal

from tenancy.roles import Principal

SESSION_COOKIE = "stockade_console"
CSRF_COOKIE = "stockade_console_csrf"
OIDC_COOKIE = "stockade_console_oidc"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    def __init__(self, secret: str | None) -> None:
        # Without a configured secret each process makes its own: sessions then end with the process
        # and do not cross workers (the README says to set console.session_secret for several).
        self._key = hashlib.sha256((secret or secrets.token_hex(32)).encode()).digest()

    def _mac(self, body: str) -> str:
        return _b64(hmac.new(self._key, body.encode(), hashlib.sha256).digest())

    def sign(self, purpose: str, payload: dict[str, Any], lifetime_s: float) -> str:
        body = _b64(json.dumps({"p": purpose, "exp": time.time() + lifetime_s, "d": payload}).encode())
        return f"{body}.{self._mac(body)}"

    def unsign(self, purpose: str, token: str | None) -> dict[str, Any] | None:
        if not token or token.count(".") != 1:
            return None
        body, mac = token.split(".")
        if not hmac.compare_digest(mac, self._mac(body)):
            return None
        try:
            envelope = json.loads(_unb64(body))
        except (ValueError, UnicodeDecodeError):
            return None
        if envelope.get("p") != purpose or float(envelope.get("exp", 0)) < time.time():
            return None
        data = envelope.get("d")
        return data if isinstance(data, dict) else None

    def csrf_token(self, nonce: str) -> str:
        """The token forms carry: bound to the browser's CSRF cookie, which other sites cannot read."""
        return self._mac("csrf:" + nonce)

    def csrf_ok(self, nonce: str | None, token: str | None) -> bool:
        return bool(nonce and token) and hmac.compare_digest(self.csrf_token(nonce or ""), token or "")


@dataclass(frozen=True)
class ConsoleUser:
    """Who is signed in to the console, and how."""

    actor: str
    roles: tuple[str, ...]
    tenant: str | None
    via: Literal["key", "oidc"]
    key_id: str | None = None  # admin-key sessions: re-checked on every request

    @property
    def principal(self) -> Principal:
        return Principal(actor=self.actor, roles=frozenset(self.roles), tenant=self.tenant, via=self.via)

    def can(self, permission: str) -> bool:
        return self.principal.tenant_scope(permission)[0]

    def dump(self) -> dict[str, Any]:
        return asdict(self) | {"roles": list(self.roles)}

    @classmethod
    def load(cls, data: dict[str, Any]) -> ConsoleUser | None:
        try:
            via = data["via"]
            if via not in ("key", "oidc"):
                return None
            return cls(
                actor=str(data["actor"]),
                roles=tuple(str(r) for r in data["roles"]),
                tenant=data.get("tenant"),
                via=via,
                key_id=data.get("key_id"),
            )
        except (KeyError, TypeError):
            return None

    @classmethod
    def of(cls, principal: Principal, key_id: str | None = None) -> ConsoleUser:
        return cls(
            actor=principal.actor,
            roles=tuple(sorted(principal.roles)),
            tenant=principal.tenant,
            via=principal.via,
            key_id=key_id,
        )
