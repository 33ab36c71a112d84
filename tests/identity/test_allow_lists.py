"""Allow-lists per tenant and per key on every front door (chat, completions, embeddings, models,
collections, the `collection` extension), over real HTTP with the OpenAI SDK and real models; key
rotation with an overlap window."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import openai
import pytest
from openai import OpenAI

from ..conftest import RunningServer, make_settings, start_server, stop_server  # type: ignore[import-not-found]

CHAT, OTHER_CHAT, EMBED = "smollm2-135m-instruct", "qwen2.5-coder-0.5b-instruct", "all-minilm-l6-v2"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    settings = make_settings(
        tmp_path_factory.mktemp("allow"),
        models={"serve": [CHAT, EMBED]},
        guard={"enabled": False},
        tracing={"enabled": False},
        apps={"helpdesk": {"model": CHAT}, "legal": {"model": CHAT}},
    )
    running = start_server(settings)
    yield running
    stop_server(running)


@dataclass
class Team:
    tenant: str
    key: str
    key_id: str


def _admin(served: RunningServer, method: str, path: str, **kwargs) -> httpx.Response:  # type: ignore[no-untyped-def]
    r = httpx.request(
        method,
        served.base_url + "/admin" + path,
        headers={"Authorization": f"Bearer {served.admin_key}"},
        timeout=30,
        **kwargs,
    )
    assert r.status_code in (200, 201), r.text
    return r


def _team(served: RunningServer, tenant_list: dict | None = None, key_list: dict | None = None) -> Team:  # type: ignore[type-arg]
    tenant = f"team-{secrets.token_hex(3)}"
    _admin(served, "POST", "/tenants", json={"name": tenant})
    created = _admin(served, "POST", "/keys", json={"tenant": tenant}).json()
    if tenant_list is not None:
        _admin(served, "PUT", f"/tenants/{tenant}/allow-list", json=tenant_list)
    if key_list is not None:
        _admin(served, "PUT", f"/keys/{created['id']}/allow-list", json=key_list)
    return Team(tenant, created["key"], created["id"])


def _client(served: RunningServer, key: str) -> OpenAI:
    return OpenAI(base_url=served.v1, api_key=key, max_retries=0)


def _refused(call, code: str, param: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(openai.PermissionDeniedError) as caught:
        call()
    error = caught.value.body
    assert isinstance(error, dict)
    assert (error["code"], error["param"], error["type"]) == (code, param, "permission_error")


def test_models_lists_only_what_both_lists_allow(served: RunningServer) -> None:
    team = _team(served, tenant_list={"models": [CHAT, EMBED]}, key_list={"models": [CHAT]})
    assert [m.id for m in _client(served, team.key).models.list()] == [CHAT]
    unrestricted = _team(served)
    assert {m.id for m in _client(served, unrestricted.key).models.list()} == {CHAT, EMBED}
    _refused(lambda: _client(served, team.key).models.retrieve(EMBED), "model_not_allowed", "model")
    assert _client(served, team.key).models.retrieve(CHAT).id == CHAT


def test_chat_completions_and_embeddings_refuse_models_off_the_list(served: RunningServer) -> None:
    team = _team(served, tenant_list={"models": [CHAT]})
    client = _client(served, team.key)
    messages = [{"role": "user", "content": "Say hi"}]
    _refused(
        lambda: client.chat.completions.create(model=OTHER_CHAT, messages=messages, max_tokens=2),  # type: ignore[arg-type]
        "model_not_allowed",
        "model",
    )
    _refused(
        lambda: client.chat.completions.create(model=EMBED, messages=messages, max_tokens=2, stream=True),  # type: ignore[arg-type]
        "model_not_allowed",
        "model",
    )
    _refused(
        lambda: client.completions.create(model=OTHER_CHAT, prompt="hi", max_tokens=2),
        "model_not_allowed",
        "model",
    )
    _refused(lambda: client.embeddings.create(model=EMBED, input="hi"), "model_not_allowed", "model")
    answer = client.chat.completions.create(model=CHAT, messages=messages, max_tokens=2)  # type: ignore[arg-type]
    assert answer.usage is not None and answer.usage.completion_tokens >= 1
    assert len(_client(served, _team(served).key).embeddings.create(model=EMBED, input="hi").data) == 1


def test_the_key_list_narrows_the_tenant_list(served: RunningServer) -> None:
    team = _team(served, tenant_list={"models": [CHAT, EMBED]}, key_list={"models": [EMBED]})
    client = _client(served, team.key)
    _refused(
        lambda: client.chat.completions.create(model=CHAT, messages=[{"role": "user", "content": "x"}]),
        "model_not_allowed",
        "model",
    )
    assert len(client.embeddings.create(model=EMBED, input="hi").data) == 1


def test_apps_are_allowed_by_name(served: RunningServer) -> None:
    team = _team(served, tenant_list={"apps": ["helpdesk"], "models": []})
    client = _client(served, team.key)
    messages = [{"role": "user", "content": "hello"}]
    _refused(
        lambda: client.chat.completions.create(model="legal", messages=messages, max_tokens=2),  # type: ignore[arg-type]
        "app_not_allowed",
        "model",
    )
    # The app brings its own model: a team allowed the app, and no model directly, can use it.
    assert client.chat.completions.create(model="helpdesk", messages=messages, max_tokens=2).choices  # type: ignore[arg-type]
    _refused(
        lambda: client.chat.completions.create(model=CHAT, messages=messages, max_tokens=2),  # type: ignore[arg-type]
        "model_not_allowed",
        "model",
    )


def test_collections_off_the_list_are_refused_on_every_route_and_hidden(served: RunningServer) -> None:
    team = _team(served, tenant_list={"collections": ["handbook"]})
    client = _client(served, team.key)
    auth = {"Authorization": f"Bearer {team.key}"}
    v1 = served.v1
    assert (
        httpx.post(v1 + "/collections", json={"name": "handbook"}, headers=auth, timeout=60).status_code
        == 201
    )
    for method, path, body in (
        ("POST", "/collections", {"name": "secrets"}),
        ("GET", "/collections/secrets", None),
        ("DELETE", "/collections/secrets", None),
        ("POST", "/collections/secrets/share", {"tenant": "x"}),
        ("POST", "/collections/secrets/documents", {"filename": "a.md", "content": "# a"}),
        ("GET", "/collections/secrets/documents", None),
        ("DELETE", "/collections/secrets/documents/d1", None),
        ("POST", "/collections/secrets/search", {"query": "q"}),
    ):
        r = httpx.request(method, v1 + path, json=body, headers=auth, timeout=60)
        assert r.status_code == 403, (method, path, r.text)
        assert r.json()["error"]["code"] == "collection_not_allowed"
    _refused(
        lambda: client.chat.completions.create(
            model=CHAT,
            messages=[{"role": "user", "content": "q"}],
            max_tokens=2,
            extra_body={"collection": "secrets"},
        ),
        "collection_not_allowed",
        "collection",
    )
    # A collection made before the list existed (or shared with the team) is not listed either.
    owner = _team(served)
    owner_auth = {"Authorization": f"Bearer {owner.key}"}
    made = httpx.post(
        v1 + "/collections",
        json={"name": "shared-kb", "shared_with": [team.tenant]},
        headers=owner_auth,
        timeout=60,
    )
    assert made.status_code == 201
    listed = httpx.get(v1 + "/collections", headers=auth, timeout=60).json()["data"]
    assert [c["name"] for c in listed] == ["handbook"]


def test_rotation_keeps_the_old_key_until_the_overlap_ends(served: RunningServer) -> None:
    team = _team(served, key_list={"models": [CHAT]})
    rotated = _admin(served, "POST", f"/keys/{team.key_id}/rotate", json={"overlap_hours": 2}).json()
    assert rotated["rotated_from"] == team.key_id and rotated["replaces"]["expires_at"] is not None
    for key in (team.key, rotated["key"]):  # both work during the overlap
        assert [m.id for m in _client(served, key).models.list()] == [CHAT]  # the list came along
    again = _admin(served, "POST", f"/keys/{rotated['id']}/rotate", json={"overlap_hours": 0}).json()
    with pytest.raises(openai.AuthenticationError):
        _client(served, rotated["key"]).models.list()
    assert [m.id for m in _client(served, again["key"]).models.list()] == [CHAT]
    actions = [r["action"] for r in _admin(served, "GET", "/audit", params={"limit": 2}).json()["data"]]
    assert actions == ["key.rotate", "key.rotate"]


def test_auto_routing_never_answers_with_a_model_outside_the_list(served: RunningServer) -> None:
    ask = {"model": "auto", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 2}
    only_the_name = _team(served, key_list={"models": ["auto"]})
    # The router's choice (the one chat model served) is not on the key's list.
    _refused(
        lambda: _client(served, only_the_name.key).chat.completions.create(**ask),
        "model_not_allowed",
        "model",
    )
    both = _team(served, key_list={"models": ["auto", CHAT]})
    answer = _client(served, both.key).chat.completions.create(**ask)
    assert answer.model == CHAT
