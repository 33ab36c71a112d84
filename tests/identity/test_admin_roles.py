"""Each role, signed in through OIDC or holding an admin key with that role, on each admin route:
allowed where the role grants it (for its own tenant when the role is tenant-bound), 403 elsewhere.
Every change is audited with who made it."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

ROLES = ("platform-admin", "tenant-admin", "auditor", "app-developer")
PA, TA, AU, AD = ROLES


@dataclass(frozen=True)
class Case:
    method: str
    path: str  # {own}, {other}: tenant names; {own_key}, {other_key}, {admin_key}: fresh key ids
    allowed: frozenset[str]
    body: dict[str, Any] | None = None

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def case(method: str, path: str, *allowed: str, body: dict[str, Any] | None = None) -> Case:
    return Case(method, path, frozenset(allowed), body)


CASES = [
    case("GET", "/whoami", PA, TA, AU, AD),
    case("GET", "/tenants", PA, AU),
    case("POST", "/tenants", PA, body={"name": "{fresh}"}),
    case("PUT", "/tenants/{own}/legal-hold", PA, body={"hold": False}),
    case("GET", "/tenants/{own}/limits", PA, TA, AU),
    case("GET", "/tenants/{other}/limits", PA, AU),
    case("PUT", "/tenants/{own}/limits", PA, TA, body={}),
    case("PUT", "/tenants/{other}/limits", PA, body={}),
    case("PUT", "/keys/{own_key}/limits", PA, TA, body={}),
    case("PUT", "/keys/{other_key}/limits", PA, body={}),
    case("GET", "/tenants/{own}/allow-list", PA, TA, AU, AD),
    case("GET", "/tenants/{other}/allow-list", PA, AU),
    case("PUT", "/tenants/{own}/allow-list", PA, body={}),
    case("GET", "/keys/{own_key}/allow-list", PA, TA, AU, AD),
    case("GET", "/keys/{other_key}/allow-list", PA, AU),
    case("PUT", "/keys/{own_key}/allow-list", PA, TA, body={"models": ["m"]}),
    case("PUT", "/keys/{other_key}/allow-list", PA, body={}),
    case("GET", "/usage", PA, TA, AU),
    case("GET", "/usage?tenant={other}", PA, AU),
    case("GET", "/traces", PA, AU),
    case("GET", "/traces/0123456789abcdef0123456789abcdef", PA, AU),
    case("GET", "/audit", PA, AU),
    case("GET", "/audit/verify", PA, AU),
    case("GET", "/keys", PA, TA, AU, AD),
    case("GET", "/keys?tenant={other}", PA, AU),
    case("POST", "/keys", PA, TA, AD, body={"tenant": "{own}"}),
    case("POST", "/keys", PA, body={"tenant": "{other}"}),
    case("POST", "/keys", PA, body={"scope": "admin", "role": "auditor"}),
    case("POST", "/keys/{own_key}/rotate", PA, TA, AD, body={"overlap_hours": 1}),
    case("POST", "/keys/{other_key}/rotate", PA, body={}),
    case("DELETE", "/keys/{own_key}", PA, TA, AD),
    case("DELETE", "/keys/{other_key}", PA),
    case("DELETE", "/keys/{admin_key}", PA),
    case("POST", "/retention/run", PA),
    case("POST", "/erasure", PA, body={"user": "someone@example.org", "all_tenants": True}),
]

# Routes whose allowed answer is not 2xx: a trace id nobody recorded.
NOT_FOUND_WHEN_ALLOWED = {"/traces/0123456789abcdef0123456789abcdef"}


def _fill(text: str, values: dict[str, str]) -> str:
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


def _credential(gateway, role: str, via: str) -> str:  # type: ignore[no-untyped-def]
    tenant = gateway.own if role in (TA, AD) else None
    if via == "oidc":
        return gateway.idp.token([role], tenant=tenant, subject=f"{role}@bank.internal")
    return gateway.store.create_key(
        scope="admin", role=role, tenant_name=tenant, name=f"{role} automation"
    ).secret


@pytest.mark.parametrize("via", ["oidc", "key"])
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("route", CASES, ids=str)
def test_each_role_on_each_admin_route(gateway, route: Case, role: str, via: str) -> None:  # type: ignore[no-untyped-def]
    store = gateway.store
    values = {
        "own": gateway.own,
        "other": gateway.other,
        "fresh": f"t-{secrets.token_hex(4)}",
        "own_key": store.create_key(scope="tenant", tenant_name=gateway.own).key.id,
        "other_key": store.create_key(scope="tenant", tenant_name=gateway.other).key.id,
        "admin_key": store.create_key(scope="admin", role=TA, tenant_name=gateway.own).key.id,
    }
    body = None
    if route.body is not None:
        body = {k: _fill(v, values) if isinstance(v, str) else v for k, v in route.body.items()}
    r = httpx.request(
        route.method,
        gateway.admin + _fill(route.path, values),
        json=body,
        headers={"Authorization": f"Bearer {_credential(gateway, role, via)}"},
        timeout=30,
    )
    if role in route.allowed:
        expected = 404 if route.path in NOT_FOUND_WHEN_ALLOWED else (200, 201)
        assert r.status_code in (expected if isinstance(expected, tuple) else (expected,)), r.text
    else:
        assert r.status_code == 403, r.text
        error = r.json()["error"]
        assert error["type"] == "permission_error"
        assert error["code"] in ("role_forbidden", "tenant_forbidden")


def test_the_table_covers_every_admin_route(gateway) -> None:  # type: ignore[no-untyped-def]
    routes = {
        (method, route.path.removeprefix("/admin"))
        for route in gateway.running.app.routes
        if getattr(route, "path", "").startswith("/admin")
        for method in route.methods - {"HEAD"}
    }
    covered = set()
    for c in CASES:
        path = c.path.split("?")[0]
        for name in ("own", "other"):
            path = path.replace("{" + name + "}", "{name}")
        for name in ("own_key", "other_key", "admin_key"):
            path = path.replace("{" + name + "}", "{key_id}")
        path = path.replace("0123456789abcdef0123456789abcdef", "{trace_id}")
        covered.add((c.method, path))
    assert routes - covered == set()


def test_every_change_is_audited_with_who_made_it(gateway) -> None:  # type: ignore[no-untyped-def]
    person = gateway.idp.token([PA], subject="bob@bank.internal")
    automation = gateway.store.create_key(scope="admin", name="ci")
    for credential, name in ((person, "by-a-person"), (automation.secret, "by-automation")):
        r = httpx.post(
            gateway.admin + "/tenants",
            json={"name": f"{name}-{secrets.token_hex(3)}"},
            headers={"Authorization": f"Bearer {credential}"},
            timeout=30,
        )
        assert r.status_code == 201
    tail = httpx.get(
        gateway.admin + "/audit",
        params={"limit": 2},
        headers={"Authorization": f"Bearer {person}"},
        timeout=30,
    ).json()["data"]
    assert [(r["action"], r["actor"]) for r in tail] == [
        ("tenant.create", "oidc:bob@bank.internal"),
        ("tenant.create", f"key:{automation.key.id}"),
    ]


def test_tenant_bound_roles_see_only_their_own_tenant(gateway) -> None:  # type: ignore[no-untyped-def]
    gateway.store.create_key(scope="tenant", tenant_name=gateway.other, name="theirs")
    token = gateway.idp.token([TA], tenant=gateway.own)
    keys = httpx.get(gateway.admin + "/keys", headers={"Authorization": f"Bearer {token}"}, timeout=30).json()
    assert keys["data"] and {k["tenant"] for k in keys["data"]} == {gateway.own}
