"""The console over plain HTTP (no browser): its security headers, CSRF refusals, sign-in and the
role checks of every change, on a gateway without models. (That it answers only on the admin port
when one is set is tested with the other split-port routes in tests/api/test_serving.py.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from ..conftest import make_settings, start_server, stop_server  # type: ignore[import-not-found]


@dataclass
class Gateway:
    public: str
    console: str
    store: object
    admin_keys: dict[str, str]  # role -> secret
    own: str
    other: str


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    settings = make_settings(
        tmp_path_factory.mktemp("console-http"),
        models={"serve": []},
        guard={"enabled": False},
        tracing={"enabled": False},
    )
    running = start_server(settings)
    store = running.app.state.stockade.store  # type: ignore[attr-defined]
    store.create_tenant("alpha")
    store.create_tenant("beta")
    keys = {"platform-admin": running.admin_key}
    for role in ("auditor", "tenant-admin", "app-developer"):
        tenant = "alpha" if role in ("tenant-admin", "app-developer") else None
        keys[role] = store.create_key(scope="admin", role=role, tenant_name=tenant).secret
    yield Gateway(running.base_url, running.base_url + "/console", store, keys, "alpha", "beta")
    stop_server(running)


def _token(page: httpx.Response) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found, page.text[:500]
    return found.group(1)


def signed_in(gateway: Gateway, role: str) -> tuple[httpx.Client, str]:
    """A client signed in with an admin key of that role, and its CSRF token."""
    client = httpx.Client(base_url=gateway.console, follow_redirects=False)
    token = _token(client.get("/login"))
    answer = client.post("/login", data={"key": gateway.admin_keys[role], "csrf_token": token})
    assert answer.status_code == 303, answer.text[:300]
    return client, _token(client.get("/guard" if role != "tenant-admin" else "/tenants/alpha"))


def test_every_console_response_carries_a_strict_csp(gateway: Gateway) -> None:
    client, _ = signed_in(gateway, "platform-admin")
    for path in ("/login", "/usage", "/tenants", "/audit", "/static/console.js", "/no-such-page"):
        answer = client.get(path)
        csp = answer.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp and "'unsafe-inline'" not in csp
        assert "frame-ancestors 'none'" in csp
        assert answer.headers["x-frame-options"] == "DENY"
        assert answer.headers["x-content-type-options"] == "nosniff"
        if not path.startswith("/static"):
            assert answer.headers["cache-control"] == "no-store"
            # No inline script, no inline style, nothing loaded from another origin.
            assert not re.search(r"<script(?![^>]*\bsrc=)", answer.text)
            assert " style=" not in answer.text and "<style" not in answer.text
            assert not re.search(r'(src|href)="(https?:)?//', answer.text)
    assert client.get("/usage").status_code == 200


def test_cookies_are_httponly_and_samesite_strict(gateway: Gateway) -> None:
    client = httpx.Client(base_url=gateway.console)
    page = client.get("/login")
    answer = client.post(
        "/login",
        data={"key": gateway.admin_keys["auditor"], "csrf_token": _token(page)},
        follow_redirects=False,
    )
    cookies = answer.headers.get_list("set-cookie")
    session = next(c for c in cookies if c.startswith("stockade_console="))
    assert "HttpOnly" in session and "SameSite=strict" in session and "Path=/console" in session
    assert "Secure" not in session  # plain HTTP here; over HTTPS the flag is set


def test_a_post_without_the_csrf_token_is_refused(gateway: Gateway) -> None:
    client, token = signed_in(gateway, "platform-admin")
    for data in ({"name": "csrf-none"}, {"name": "csrf-bad", "csrf_token": "x" + token[1:]}):
        answer = client.post("/tenants", data=data)
        assert answer.status_code == 403 and "CSRF" in answer.text
    assert {t.name for t in gateway.store.list_tenants()}.isdisjoint({"csrf-none", "csrf-bad"})  # type: ignore[attr-defined]
    # The token of another browser does not pass either (it is bound to the browser's own cookie).
    _other, other_token = signed_in(gateway, "platform-admin")
    assert client.post("/tenants", data={"name": "csrf-other", "csrf_token": other_token}).status_code == 403
    assert client.post("/tenants", data={"name": "csrf-ok", "csrf_token": token}).status_code == 303
    assert "csrf-ok" in {t.name for t in gateway.store.list_tenants()}  # type: ignore[attr-defined]
    # Sign-in is a POST too.
    assert (
        httpx.post(gateway.console + "/login", data={"key": gateway.admin_keys["auditor"]}).status_code == 403
    )


def test_sign_in_needs_an_admin_key(gateway: Gateway) -> None:
    client = httpx.Client(base_url=gateway.console, follow_redirects=False)
    token = _token(client.get("/login"))
    tenant_key = gateway.store.create_key(scope="tenant", tenant_name="alpha").secret  # type: ignore[attr-defined]
    for key in (tenant_key, "sk-stk-nonsense", ""):
        assert client.post("/login", data={"key": key, "csrf_token": token}).status_code in (401, 403)
    assert client.get("/usage").status_code == 303  # still signed out: to the sign-in page
    assert client.get("/usage").headers["location"].endswith("/console/login?m=expired")


def test_revoking_the_admin_key_ends_its_console_session(gateway: Gateway) -> None:
    issued = gateway.store.create_key(scope="admin", role="auditor")  # type: ignore[attr-defined]
    client = httpx.Client(base_url=gateway.console, follow_redirects=False)
    token = _token(client.get("/login"))
    assert client.post("/login", data={"key": issued.secret, "csrf_token": token}).status_code == 303
    assert client.get("/audit").status_code == 200
    gateway.store.revoke_key(issued.key.id)  # type: ignore[attr-defined]
    assert client.get("/audit").status_code == 303


def test_an_auditor_reads_but_changes_nothing(gateway: Gateway) -> None:
    client, token = signed_in(gateway, "auditor")
    page = client.get(f"/tenants/{gateway.own}")
    assert page.status_code == 200 and 'id="create-key"' not in page.text and "/revoke" not in page.text
    assert 'id="save-limits"' not in page.text
    keys_before = len(gateway.store.list_keys("alpha"))  # type: ignore[attr-defined]
    victim = gateway.store.create_key(scope="tenant", tenant_name="alpha").key.id  # type: ignore[attr-defined]
    refused = [
        client.post(f"/tenants/{gateway.own}/keys", data={"key_name": "x", "csrf_token": token}),
        client.post(f"/keys/{victim}/revoke", data={"csrf_token": token}),
        client.post(f"/tenants/{gateway.own}/limits", data={"daily_tokens": "1", "csrf_token": token}),
        client.post("/tenants", data={"name": "by-auditor", "csrf_token": token}),
    ]
    assert [r.status_code for r in refused] == [403, 403, 403, 403]
    assert "does not allow keys.write" in refused[0].text
    assert len(gateway.store.list_keys("alpha")) == keys_before + 1  # type: ignore[attr-defined]
    assert gateway.store.key_by_id(victim).revoked_at is None  # type: ignore[attr-defined]
    for path in ("/usage", "/audit", "/traces", "/audit/verify"):
        assert client.get(path).status_code == 200


def test_tenant_bound_roles_see_only_their_tenant(gateway: Gateway) -> None:
    client, token = signed_in(gateway, "tenant-admin")
    assert client.get("/tenants").headers["location"] == f"/console/tenants/{gateway.own}"
    assert client.get(f"/tenants/{gateway.other}").status_code == 403
    assert client.get("/audit").status_code == 403  # no audit.read
    assert client.get("/usage?tenant=beta").status_code == 403
    nav = client.get(f"/tenants/{gateway.own}").text
    assert 'id="nav-audit"' not in nav and 'id="nav-traces"' not in nav and 'id="nav-usage"' in nav
    assert client.post(f"/tenants/{gateway.other}/keys", data={"csrf_token": token}).status_code == 403
    created = client.post(f"/tenants/{gateway.own}/keys", data={"key_name": "own", "csrf_token": token})
    assert created.status_code == 201 and re.search(r"sk-stk-[\w-]+", created.text)
    # A tenant admin narrows its keys' lists, never its own tenant's.
    allow = client.post(f"/tenants/{gateway.own}/allow-list", data={"models": "m", "csrf_token": token})
    assert allow.status_code == 403

    developer, dev_token = signed_in(gateway, "app-developer")
    assert developer.get("/usage").status_code == 403
    assert developer.post("/tenants/alpha/limits", data={"csrf_token": dev_token}).status_code == 403


def test_a_new_key_secret_is_shown_once_and_changes_are_audited(gateway: Gateway) -> None:
    client, token = signed_in(gateway, "platform-admin")
    created = client.post(f"/tenants/{gateway.other}/keys", data={"key_name": "once", "csrf_token": token})
    secret = re.search(r"sk-stk-[\w-]+", created.text)
    assert created.status_code == 201 and secret is not None
    assert created.headers["cache-control"] == "no-store"
    listing = client.get(f"/tenants/{gateway.other}").text
    assert secret.group(0) not in listing and secret.group(0)[:20] not in listing
    audit = client.get("/audit", params={"action": "key.", "tenant": gateway.other}).text
    assert "key.create" in audit and "key:" in audit


def test_usage_csv_and_bad_filters(gateway: Gateway) -> None:
    client, _ = signed_in(gateway, "platform-admin")
    csv = client.get("/usage.csv", params={"by": "tenant"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv.headers["content-disposition"]
    bad = client.get("/usage", params={"by": "colour"})
    assert bad.status_code == 400 and "by must be one of" in bad.text
    assert client.get("/audit", params={"since": "yesterday"}).status_code == 400
