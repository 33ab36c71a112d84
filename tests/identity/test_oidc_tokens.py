"""OIDC sign-in on the admin API over real HTTP: tokens from the test identity provider (keys made at
test time, JWKS served on loopback) for each role are accepted; every kind of bad token gets a 401
in OpenAI's error shape; key rotation is picked up, and unknown key ids cannot flood the IdP."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization

from api.config import OidcSettings
from api.identity.oidc import OidcVerifier

from .idp import AUDIENCE, ISSUER, FakeIdP, SigningKey  # type: ignore[import-not-found]


def _get(gateway, token: str, path: str = "/whoami") -> httpx.Response:  # type: ignore[no-untyped-def]
    return httpx.get(gateway.admin + path, headers={"Authorization": f"Bearer {token}"}, timeout=30)


@pytest.mark.parametrize(
    ("roles", "tenant", "alg"),
    [
        (["platform-admin"], None, "RS256"),
        (["auditor"], None, "ES256"),
        (["tenant-admin"], "alpha", "RS256"),
        (["app-developer"], "alpha", "ES256"),
        (["auditor", "tenant-admin"], "alpha", "RS256"),
    ],
)
def test_a_valid_token_signs_a_person_in_with_its_roles(gateway, roles, tenant, alg) -> None:  # type: ignore[no-untyped-def]
    key = next(k for k in gateway.idp.keys if k.alg == alg)
    r = _get(gateway, gateway.idp.token(roles, tenant=tenant, key=key))
    assert r.status_code == 200, r.text
    assert r.json() == {
        "actor": "oidc:alice@bank.internal",
        "roles": sorted(roles),
        "tenant": tenant,
        "via": "oidc",
    }


def _refused(gateway, token: str, message: str) -> None:  # type: ignore[no-untyped-def]
    r = _get(gateway, token)
    assert r.status_code == 401, r.text
    error = r.json()["error"]
    assert error["type"] == "authentication_error" and error["code"] == "invalid_token"
    assert message in error["message"]
    assert r.headers["www-authenticate"] == "Bearer"
    assert "Traceback" not in r.text


def test_an_expired_token_is_refused(gateway) -> None:  # type: ignore[no-untyped-def]
    # Past the configured 30 s of clock skew.
    _refused(gateway, gateway.idp.token(["platform-admin"], lifetime_s=-120), "expired")


def test_a_token_from_another_issuer_is_refused(gateway) -> None:  # type: ignore[no-untyped-def]
    _refused(gateway, gateway.idp.token(["platform-admin"], iss="https://evil.example/"), "issuer")


def test_a_token_for_another_audience_is_refused(gateway) -> None:  # type: ignore[no-untyped-def]
    _refused(gateway, gateway.idp.token(["platform-admin"], aud="some-other-app"), "audience")


def test_an_unsigned_alg_none_token_is_refused(gateway) -> None:  # type: ignore[no-untyped-def]
    _refused(gateway, gateway.idp.unsigned_token(["platform-admin"]), "'none' is not accepted")


def test_an_hmac_token_keyed_with_the_public_key_is_refused(gateway) -> None:  # type: ignore[no-untyped-def]
    """The classic algorithm confusion: HS256 with the published RSA key as the shared secret."""
    public_pem = (
        gateway.idp.keys[0]
        .private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    payload = {"iss": ISSUER, "aud": AUDIENCE, "sub": "mallory", "exp": 4_102_444_800}
    payload["realm_access"] = {"roles": ["platform-admin"]}  # type: ignore[assignment]
    _refused(gateway, _hs256(payload, public_pem, gateway.idp.keys[0].kid), "'HS256' is not accepted")


def _hs256(payload: dict, secret: bytes, kid: str) -> str:  # type: ignore[type-arg]
    """PyJWT refuses to HMAC with a PEM key (its own guard), so the token is assembled by hand."""
    import base64
    import hashlib
    import hmac

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    head = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": kid}).encode())
    body = b64(json.dumps(payload).encode())
    signature = hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{b64(signature)}"


def test_a_token_signed_with_a_key_the_idp_does_not_publish_is_refused(gateway) -> None:  # type: ignore[no-untyped-def]
    stranger = SigningKey.new("RS256")
    _refused(gateway, gateway.idp.token(["platform-admin"], key=stranger), "does not publish")


def test_a_token_whose_signature_was_tampered_with_is_refused(gateway) -> None:  # type: ignore[no-untyped-def]
    good = gateway.idp.token(["auditor"])
    head, _, signature = good.split(".")
    claims = jwt.decode(good, options={"verify_signature": False})
    claims["realm_access"] = {"roles": ["platform-admin"]}  # promote itself
    forged_body = jwt.utils.base64url_encode(json.dumps(claims).encode()).decode()
    _refused(gateway, f"{head}.{forged_body}.{signature}", "signature")


def test_a_signed_in_person_without_a_stockade_role_is_forbidden(gateway) -> None:  # type: ignore[no-untyped-def]
    for token in (
        gateway.idp.token(["staff"]),
        gateway.idp.token(["tenant-admin"]),  # tenant-bound, but no tenant claim
    ):
        r = _get(gateway, token)
        assert r.status_code == 403 and r.json()["error"]["code"] == "no_role"


def test_key_rotation_at_the_idp_is_picked_up_and_the_retired_key_stops_working(gateway) -> None:  # type: ignore[no-untyped-def]
    idp: FakeIdP = gateway.idp
    before = idp.token(["platform-admin"])
    assert _get(gateway, before).status_code == 200
    _, new = idp.rotate()
    hits = idp.jwks_hits
    # A token with the new key id: the gateway refetches the JWKS once and accepts it.
    assert _get(gateway, idp.token(["platform-admin"], key=new)).status_code == 200
    assert idp.jwks_hits == hits + 1
    # The retired key is no longer published: its tokens, even unexpired ones, are refused.
    _refused(gateway, before, "does not publish")


def test_unknown_key_ids_refetch_the_jwks_at_most_once_per_interval() -> None:
    idp = FakeIdP().start()
    try:
        now = [1000.0]
        settings = OidcSettings(**idp.oidc_settings(jwks_min_refetch_s=60))
        verifier = OidcVerifier(settings, clock=lambda: now[0])

        async def attempts() -> list[str]:
            outcomes = []
            for _ in range(5):
                try:
                    await verifier.verify(idp.token(["auditor"], key=SigningKey.new("RS256")))
                    outcomes.append("accepted")
                except Exception as exc:  # ApiError
                    outcomes.append(getattr(exc, "code", type(exc).__name__))
            return outcomes

        assert asyncio.run(verifier.verify(idp.token(["auditor"])))["sub"] == "alice@bank.internal"
        assert idp.jwks_hits == 1
        assert asyncio.run(attempts()) == ["invalid_token"] * 5
        assert idp.jwks_hits == 1  # made-up key ids did not reach the IdP
        _, new = idp.rotate()
        now[0] += 61
        assert asyncio.run(verifier.verify(idp.token(["auditor"], key=new)))["sub"] == "alice@bank.internal"
        assert idp.jwks_hits == 2
    finally:
        idp.stop()


def test_keys_can_come_from_a_jwks_file(tmp_path: Path) -> None:
    idp = FakeIdP()
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps(idp.jwks()))
    settings = OidcSettings(issuer=ISSUER, audience=AUDIENCE, jwks_file=path, jwks_min_refetch_s=0)
    verifier = OidcVerifier(settings)
    claims = asyncio.run(verifier.verify(idp.token(["auditor"], key=idp.keys[1])))
    assert claims["realm_access"] == {"roles": ["auditor"]}
    # The file is replaced when the IdP rotates; a token with the new key id makes it be read again.
    _, new = idp.rotate()
    path.write_text(json.dumps(idp.jwks()))
    assert asyncio.run(verifier.verify(idp.token(["auditor"], key=new)))["sub"] == "alice@bank.internal"
