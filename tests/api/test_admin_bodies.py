"""Admin request bodies and query parameters are taken exactly as written: an unknown or misspelt
field, or a number the database cannot hold, is a 400 naming it, never a silent default; an erasure
names its scope. Feedback rates a request once, and the guard-only API honours app allow-lists.
Over real HTTP against a gateway without models (the guard runs its regex scanners only)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from api.feedback import feedback_counts
from tenancy.db.tables import BIG_COUNT_MAX, INTEGER_MAX

from ..conftest import RunningServer, admin_request, make_settings, start_server, stop_server  # type: ignore[import-not-found]

CHEAP_GUARD = {"pii": {"enabled": False}, "injection": {"enabled": False}}


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    settings = make_settings(
        tmp_path_factory.mktemp("admin-bodies"),
        models={"serve": []},
        guard={"policy": CHEAP_GUARD},
        tracing={"enabled": False},
        apps={"support": {"model": "smollm2-135m-instruct"}, "billing": {"model": "smollm2-135m-instruct"}},
    )
    running = start_server(settings)
    yield running
    stop_server(running)


_admin = admin_request


@dataclass
class Team:
    tenant: str
    key: str
    key_id: str


def _team(gateway: RunningServer) -> Team:
    tenant = f"team-{secrets.token_hex(3)}"
    assert _admin(gateway, "POST", "/tenants", {"name": tenant}).status_code == 201
    created = _admin(gateway, "POST", "/keys", {"tenant": tenant}).json()
    return Team(tenant, created["key"], created["id"])


def _refused(r: httpx.Response, param: str, code: str, status: int = 400) -> None:
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert (error["param"], error["code"], error["type"]) == (param, code, "invalid_request_error"), error
    assert "Traceback" not in r.text


def _scan(gateway: RunningServer, key: str, **body: Any) -> httpx.Response:
    return httpx.post(
        gateway.v1 + "/guard/scan",
        json={"text": "hello", **body},
        headers={"Authorization": f"Bearer {key}"},
        timeout=30,
    )


def _feedback(gateway: RunningServer, key: str, request_id: str, rating: str) -> httpx.Response:
    return httpx.post(
        gateway.v1 + "/feedback",
        json={"request_id": request_id, "rating": rating},
        headers={"Authorization": f"Bearer {key}"},
        timeout=30,
    )


def test_a_misspelt_erasure_scope_erases_nothing_and_every_tenant_is_an_explicit_choice(gateway) -> None:  # type: ignore[no-untyped-def]
    def erasures() -> int:
        return len(_admin(gateway, "GET", "/audit", params={"action": "subject.erase"}).json()["data"])

    before = erasures()
    _refused(
        _admin(gateway, "POST", "/erasure", {"user": "u42", "tenent": "beta"}),
        "tenent",
        "unsupported_parameter",
    )
    # No tenant named: a 400, not an erasure everywhere.
    _refused(_admin(gateway, "POST", "/erasure", {"user": "u42"}), "tenant", "missing_required_parameter")
    _refused(
        _admin(gateway, "POST", "/erasure", {"user": "u42", "tenant": "x", "all_tenants": True}),
        "all_tenants",
        "invalid_value",
    )
    # Nothing was erased: every erasure is audited, even one that found nothing.
    assert erasures() == before
    team = _team(gateway)
    one = _admin(gateway, "POST", "/erasure", {"user": "u42", "tenant": team.tenant})
    assert one.status_code == 200, one.text
    everywhere = _admin(gateway, "POST", "/erasure", {"user": "u42", "all_tenants": True})
    assert everywhere.status_code == 200 and everywhere.json()["object"] == "erasure"
    assert erasures() == before + 2


@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("POST", "/keys", {"tenant": "{tenant}", "name": "x", "expires_days": 1}, "expires_days"),
        ("POST", "/keys/{key_id}/rotate", {"overlap": 1}, "overlap"),
        ("POST", "/tenants", {"name": "{fresh}", "legal_hold": True}, "legal_hold"),
        ("PUT", "/tenants/{tenant}/legal-hold", {"hold": True, "reason": "audit"}, "reason"),
    ],
)
def test_admin_bodies_refuse_unknown_fields_and_change_nothing(gateway, method, path, body, field) -> None:  # type: ignore[no-untyped-def]
    team = _team(gateway)
    fresh = f"fresh-{secrets.token_hex(3)}"
    values = {"tenant": team.tenant, "key_id": team.key_id, "fresh": fresh}
    filled = {k: v.format(**values) if isinstance(v, str) else v for k, v in body.items()}
    keys_before = _admin(gateway, "GET", "/keys", params={"tenant": team.tenant}).json()["data"]
    _refused(_admin(gateway, method, path.format(**values), filled), field, "unsupported_parameter")
    assert _admin(gateway, "GET", "/keys", params={"tenant": team.tenant}).json()["data"] == keys_before
    tenants = {t["name"]: t for t in _admin(gateway, "GET", "/tenants").json()["data"]}
    assert fresh not in tenants and tenants[team.tenant]["legal_hold"] is False


# The largest value the API takes for each count: a 32-bit column's for counts where more would be
# no limit at all, 2**53 - 1 for the daily token quota (tenancy.db.tables).
_LARGEST = {
    "daily_tokens": BIG_COUNT_MAX,
    "max_tokens_per_request": INTEGER_MAX,
    "max_prompt_tokens": INTEGER_MAX,
    "burst": INTEGER_MAX,
}


@pytest.mark.parametrize(
    ("field", "value"),
    [(field, value) for field, top in _LARGEST.items() for value in (top + 1, 99999999999999999999999)],
)
def test_limits_beyond_their_bound_are_a_400_naming_the_field(gateway, field, value) -> None:  # type: ignore[no-untyped-def]
    team = _team(gateway)
    largest = _LARGEST[field]
    for path in (f"/tenants/{team.tenant}/limits", f"/keys/{team.key_id}/limits"):
        _refused(_admin(gateway, "PUT", path, {field: value}), field, "invalid_value")
    assert _admin(gateway, "GET", f"/tenants/{team.tenant}/limits").json()[field] is None
    # The largest value the API promises for the field is taken and reads back.
    taken = _admin(gateway, "PUT", f"/tenants/{team.tenant}/limits", {field: largest})
    assert taken.status_code == 200, taken.text
    assert _admin(gateway, "GET", f"/tenants/{team.tenant}/limits").json()[field] == largest


def test_an_infinite_rate_is_refused(gateway) -> None:  # type: ignore[no-untyped-def]
    team = _team(gateway)
    r = httpx.put(
        f"{gateway.base_url}/admin/tenants/{team.tenant}/limits",
        content=b'{"requests_per_second": Infinity}',
        headers={"Authorization": f"Bearer {gateway.admin_key}", "Content-Type": "application/json"},
        timeout=30,
    )
    _refused(r, "requests_per_second", "invalid_value")


@pytest.mark.parametrize(
    ("path", "limit"),
    [("/audit", "-1"), ("/audit", "0"), ("/audit", "1001"), ("/traces", "-1"), ("/traces", "501")],
)
def test_list_limits_out_of_range_are_a_400(gateway, path, limit) -> None:  # type: ignore[no-untyped-def]
    _refused(_admin(gateway, "GET", path, params={"limit": limit}), "query.limit", "invalid_value")


def test_audit_limit_in_range_is_honoured(gateway) -> None:  # type: ignore[no-untyped-def]
    _team(gateway)
    _team(gateway)
    assert len(_admin(gateway, "GET", "/audit", params={"limit": 2}).json()["data"]) == 2


def test_guard_scan_refuses_an_app_the_keys_allow_list_excludes(gateway) -> None:  # type: ignore[no-untyped-def]
    team = _team(gateway)
    assert _admin(gateway, "PUT", f"/keys/{team.key_id}/allow-list", {"apps": ["billing"]}).status_code == 200
    refused = _scan(gateway, team.key, app="support")
    assert refused.status_code == 403, refused.text
    error = refused.json()["error"]
    assert (error["code"], error["param"], error["type"]) == ("app_not_allowed", "model", "permission_error")
    assert _scan(gateway, team.key, app="billing").status_code == 200
    assert _scan(gateway, team.key).status_code == 200  # the gateway's default policy is no app's

    tenant_wide = _team(gateway)
    assert (
        _admin(gateway, "PUT", f"/tenants/{tenant_wide.tenant}/allow-list", {"apps": []}).status_code == 200
    )
    assert _scan(gateway, tenant_wide.key, app="billing").json()["error"]["code"] == "app_not_allowed"


def test_a_request_is_rated_once_and_counted_once(gateway) -> None:  # type: ignore[no-untyped-def]
    team = _team(gateway)
    scanned = _scan(gateway, team.key)
    assert scanned.status_code == 200
    request_id = scanned.headers["x-request-id"]
    first = _feedback(gateway, team.key, request_id, "up")
    assert first.status_code == 201, first.text
    for rating in ("up", "down"):
        again = _feedback(gateway, team.key, request_id, rating)
        assert again.status_code == 409, again.text
        error = again.json()["error"]
        assert (error["code"], error["param"], error["type"]) == (
            "feedback_exists",
            "request_id",
            "conflict_error",
        )
    # Another key of the same tenant rates the same request no more than once either.
    other_key = _admin(gateway, "POST", "/keys", {"tenant": team.tenant}).json()["key"]
    assert _feedback(gateway, other_key, request_id, "down").status_code == 409
    state = gateway.app.state.stockade  # type: ignore[attr-defined]
    tenant_id = state.store.tenant_by_name(team.tenant).id
    assert feedback_counts(state, tenant_id) == {"": {"up": 1, "down": 0}}
