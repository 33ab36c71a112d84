"""A test identity provider: signing keys generated at test time, a JWKS served over real HTTP on
loopback, and tokens issued on demand (well-formed ones, and every kind of bad one)."""

from __future__ import annotations

import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

ISSUER = "https://idp.bank.internal/realms/staff"
AUDIENCE = "stockade-admin"


@dataclass
class SigningKey:
    kid: str
    alg: str  # RS256 | ES256
    private: Any

    @classmethod
    def new(cls, alg: str) -> SigningKey:
        private = (
            rsa.generate_private_key(public_exponent=65537, key_size=2048)
            if alg == "RS256"
            else ec.generate_private_key(ec.SECP256R1())
        )
        return cls(f"{alg.lower()}-{uuid.uuid4().hex[:8]}", alg, private)

    def jwk(self) -> dict[str, Any]:
        algorithm = RSAAlgorithm if self.alg == "RS256" else ECAlgorithm
        public = json.loads(algorithm.to_jwk(self.private.public_key()))
        return public | {"kid": self.kid, "alg": self.alg, "use": "sig"}


@dataclass
class FakeIdP:
    keys: list[SigningKey] = field(default_factory=lambda: [SigningKey.new("RS256"), SigningKey.new("ES256")])
    jwks_hits: int = 0
    _server: ThreadingHTTPServer | None = None

    # serving --------------------------------------------------------------------------------
    def start(self) -> FakeIdP:
        idp = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path != "/jwks.json":
                    self.send_error(404)
                    return
                idp.jwks_hits += 1
                body = json.dumps(idp.jwks()).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def jwks_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/jwks.json"

    def jwks(self) -> dict[str, Any]:
        return {"keys": [k.jwk() for k in self.keys]}

    def rotate(self) -> tuple[SigningKey, SigningKey]:
        """The IdP replaces its RSA key: the old one is no longer published."""
        old = self.keys[0]
        new = SigningKey.new("RS256")
        self.keys = [new, *self.keys[1:]]
        return old, new

    def oidc_settings(self, **overrides: Any) -> dict[str, Any]:
        return {
            "issuer": ISSUER,
            "audience": AUDIENCE,
            "jwks_url": self.jwks_url,
            "jwks_min_refetch_s": 0,
            "roles_claim": "realm_access.roles",
            "tenant_claim": "stockade_tenant",
        } | overrides

    # tokens ---------------------------------------------------------------------------------
    def token(
        self,
        roles: list[str] | None = None,
        *,
        tenant: str | None = None,
        subject: str = "alice@bank.internal",
        key: SigningKey | None = None,
        lifetime_s: int = 300,
        **claims: Any,
    ) -> str:
        signer = key or self.keys[0]
        now = int(time.time())
        payload: dict[str, Any] = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": subject,
            "iat": now,
            "exp": now + lifetime_s,
            "realm_access": {"roles": roles or []},
        }
        if tenant is not None:
            payload["stockade_tenant"] = tenant
        payload.update(claims)
        return jwt.encode(payload, signer.private, algorithm=signer.alg, headers={"kid": signer.kid})

    def unsigned_token(self, roles: list[str]) -> str:
        """`alg: none`: a token anyone can make."""
        now = int(time.time())
        payload = {"iss": ISSUER, "aud": AUDIENCE, "sub": "mallory", "iat": now, "exp": now + 300}
        payload["realm_access"] = {"roles": roles}  # type: ignore[assignment]
        return jwt.encode(payload, None, algorithm="none", headers={"kid": self.keys[0].kid})
