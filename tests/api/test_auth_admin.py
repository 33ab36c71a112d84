"""Authentication and the admin API over real HTTP."""

from __future__ import annotations

import httpx
import openai
import pytest
from openai import OpenAI


def _auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@pytest.mark.parametrize("header", [None, "Bearer", "Bearer sk-stk-000000000000_nope", "Basic abc", "sk-raw"])
def test_model_routes_need_a_valid_bearer_key(server, header) -> None:  # type: ignore[no-untyped-def]
    headers = {"Authorization": header} if header else {}
    r = httpx.get(server.v1 + "/models", headers=headers, timeout=60)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "invalid_api_key"
    assert r.json()["error"]["type"] == "authentication_error"


def test_sdk_with_wrong_key_gets_authentication_error(server) -> None:  # type: ignore[no-untyped-def]
    client = OpenAI(base_url=server.v1, api_key="sk-stk-aaaaaaaaaaaa_wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        client.models.list()


def test_admin_routes_refuse_tenant_keys_and_model_routes_refuse_admin_keys(server) -> None:  # type: ignore[no-untyped-def]
    assert (
        httpx.get(
            server.base_url + "/admin/tenants", headers=_auth(server.tenant_key), timeout=60
        ).status_code
        == 403
    )
    assert httpx.get(server.base_url + "/admin/tenants", timeout=60).status_code == 401
    assert httpx.get(server.v1 + "/models", headers=_auth(server.admin_key), timeout=60).status_code == 403


def test_admin_creates_tenant_and_key_which_works_until_revoked(server) -> None:  # type: ignore[no-untyped-def]
    admin = _auth(server.admin_key)
    created = httpx.post(
        server.base_url + "/admin/tenants", json={"name": "radiology"}, headers=admin, timeout=60
    )
    assert created.status_code == 201
    duplicate = httpx.post(
        server.base_url + "/admin/tenants", json={"name": "radiology"}, headers=admin, timeout=60
    )
    assert duplicate.status_code == 409
    key = httpx.post(
        server.base_url + "/admin/keys",
        json={"tenant": "radiology", "name": "app"},
        headers=admin,
        timeout=60,
    )
    assert key.status_code == 201
    secret, key_id = key.json()["key"], key.json()["id"]
    assert httpx.get(server.v1 + "/models", headers=_auth(secret), timeout=60).status_code == 200
    listed = httpx.get(
        server.base_url + "/admin/keys", params={"tenant": "radiology"}, headers=admin, timeout=60
    ).json()
    assert [k["id"] for k in listed["data"]] == [key_id]
    assert "key" not in listed["data"][0]
    assert (
        httpx.delete(f"{server.base_url}/admin/keys/{key_id}", headers=admin, timeout=60).status_code == 200
    )
    assert httpx.get(server.v1 + "/models", headers=_auth(secret), timeout=60).status_code == 401
    assert httpx.delete(f"{server.base_url}/admin/keys/nope", headers=admin, timeout=60).status_code == 404
    unknown = httpx.post(server.base_url + "/admin/keys", json={"tenant": "ghost"}, headers=admin, timeout=60)
    assert unknown.status_code == 404
    assert unknown.json()["error"]["message"] == "no tenant named 'ghost'"
