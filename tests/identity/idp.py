"""A test identity provider: signing keys generated at test time, a JWKS served over real HTTP on
loopback, and tokens issued on demand (well-formed ones, and every kind of bad one)."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

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
    # Who "signs in" at the authorize endpoint next (the console's browser tests set it).
    signed_in_as: dict[str, Any] = field(
        default_factory=lambda: {"roles": ["platform-admin"], "subject": "alice@bank.internal"}
    )
    _codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    _server: ThreadingHTTPServer | None = None

    # serving --------------------------------------------------------------------------------
    def start(self) -> FakeIdP:
        idp = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path.startswith("/authorize?"):
                    self._redirect(idp.authorize(self.path))
                    return
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

            def do_POST(self) -> None:
                if self.path != "/token":
                    self.send_error(404)
                    return
                length = int(self.headers.get("content-length", "0"))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                status, answer = idp.exchange(form)
                body = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _redirect(self, location: str) -> None:
                self.send_response(302)
                self.send_header("location", location)
                self.send_header("content-length", "0")
                self.end_headers()

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

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def console_client(self) -> dict[str, Any]:
        """The console's `console.oidc` settings for this IdP's authorization code flow."""
        return {
            "authorization_endpoint": self.base_url + "/authorize",
            "token_endpoint": self.base_url + "/token",
        }

    # authorization code flow (the console's browser sign-in) ---------------------------------
    def authorize(self, path: str) -> str:
        """The IdP's sign-in page, approved at once as `signed_in_as`: a code for the client."""
        query = {k: v[0] for k, v in parse_qs(urlsplit(path).query).items()}
        code = secrets.token_urlsafe(16)
        self._codes[code] = query | {"user": dict(self.signed_in_as)}
        return f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query['state']})}"

    def exchange(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        """The token endpoint: one use per code, PKCE (S256) and the redirect URI checked."""
        grant = self._codes.pop(form.get("code", ""), None)
        if grant is None or form.get("redirect_uri") != grant["redirect_uri"]:
            return 400, {"error": "invalid_grant"}
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(form.get("code_verifier", "").encode()).digest())
            .rstrip(b"=")
            .decode()
        )
        if grant.get("code_challenge_method") != "S256" or challenge != grant.get("code_challenge"):
            return 400, {"error": "invalid_grant", "error_description": "PKCE verification failed"}
        user = grant["user"]
        token = self.token(
            user["roles"], tenant=user.get("tenant"), subject=user["subject"], nonce=grant["nonce"]
        )
        return 200, {"id_token": token, "token_type": "Bearer", "expires_in": 300}

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
