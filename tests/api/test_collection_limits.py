"""Collections under the tenant's limits, through the real API: the request rate, the daily token
quota (charged by the tokens embedded, counted as /v1/embeddings counts them) and a ledger row per
request, as /v1/embeddings has them."""

from __future__ import annotations

import re
from collections.abc import Mapping

import httpx
import pytest

from ..conftest import (  # type: ignore[import-not-found]
    ledger_rows,
    tenant_with_key,
)

MINILM = "all-minilm-l6-v2"
SECTION = (
    "## Travel {n}\n\nEmployees may book hotels up to {n}80 euros per night in capital cities and "
    "{n}20 euros elsewhere. Second-class train tickets are the default; first class is allowed for "
    "journeys over four hours, and sleeper cabins for night trains that leave after ten.\n\n"
)
HANDBOOK = "# Handbook\n\n" + "".join(SECTION.format(n=n) for n in range(1, 13))


@pytest.fixture(scope="module")
def server(embedding_server):  # type: ignore[no-untyped-def]
    return embedding_server


def _admin(server) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"Authorization": f"Bearer {server.admin_key}"}


def _tenant(server, **limits: object) -> tuple[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    name, key = tenant_with_key(server, **limits)
    return name, {"Authorization": f"Bearer {key}"}


def _post(server, path: str, headers: dict[str, str], body: Mapping[str, object]) -> httpx.Response:  # type: ignore[no-untyped-def]
    return httpx.post(server.v1 + path, json=body, headers=headers, timeout=300)


def _create(server, headers: dict[str, str], name: str) -> None:  # type: ignore[no-untyped-def]
    r = _post(server, "/collections", headers, {"name": name})
    assert r.status_code == 201, r.text


def _documents(server, headers: dict[str, str], collection: str) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    r = httpx.get(server.v1 + f"/collections/{collection}/documents", headers=headers, timeout=60)
    assert r.status_code == 200, r.text
    docs: list[dict[str, object]] = r.json()["data"]
    return docs


def _usage(server, tenant: str, by: str) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    r = httpx.get(
        server.base_url + "/admin/usage",
        params={"tenant": tenant, "by": by},
        headers=_admin(server),
        timeout=60,
    )
    assert r.status_code == 200, r.text
    rows: list[dict[str, object]] = r.json()["data"]
    return rows


def _csrf(page: httpx.Response) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found, page.text[:300]
    return found.group(1)


def _console(server) -> httpx.Client:  # type: ignore[no-untyped-def]
    """A console session signed in with the admin key."""
    console = httpx.Client(base_url=server.base_url + "/console", follow_redirects=False, timeout=120)
    signed = console.post(
        "/login", data={"key": server.admin_key, "csrf_token": _csrf(console.get("/login"))}
    )
    assert signed.status_code == 303, signed.text[:300]
    return console


def _console_search(console: httpx.Client, tenant: str, collection: str, query: str) -> httpx.Response:
    form = {"tenant": tenant, "collection": collection, "query": query}
    return console.post("/models/search", data=form | {"csrf_token": _csrf(console.get("/models"))})


def _over_rate(refused: httpx.Response, burst: int) -> None:
    """The body and headers /v1/embeddings answers a tenant over its rate with."""
    assert refused.status_code == 429, refused.text
    assert refused.json() == {
        "error": {
            "message": "Rate limit reached for your tenant: too many requests per second. Retry after "
            f"{refused.headers['Retry-After']}s.",
            "type": "rate_limit_error",
            "param": None,
            "code": "rate_limit_exceeded",
        }
    }
    assert 990 <= int(refused.headers["Retry-After"]) <= 1000
    assert refused.headers["x-ratelimit-limit-requests"] == str(burst)
    assert refused.headers["x-ratelimit-remaining-requests"] == "0"
    assert refused.headers["x-ratelimit-reset-requests"].endswith("s")


def test_a_tenant_over_its_rate_gets_429_on_upload_and_search(server) -> None:  # type: ignore[no-untyped-def]
    # One request per 1,000 s: the bucket cannot refill between the calls on any machine.
    name, headers = _tenant(server, requests_per_second=0.001, burst=2)
    created = _post(server, "/collections", headers, {"name": f"{name}-kb"})
    assert created.status_code == 201, created.text
    assert created.headers["x-ratelimit-remaining-requests"] == "1"
    document = {"filename": "handbook.md", "content": HANDBOOK}
    first = _post(server, f"/collections/{name}-kb/documents", headers, document)
    assert first.status_code == 201, first.text
    assert first.headers["x-ratelimit-remaining-requests"] == "0"

    other = {"filename": "other.md", "content": "# Other\n\nThe canteen opens at noon."}
    upload = _post(server, f"/collections/{name}-kb/documents", headers, other)
    search = _post(server, f"/collections/{name}-kb/search", headers, {"query": "hotel price per night"})
    for refused in (upload, search):
        _over_rate(refused, burst=2)
    # Read in-process: the document list is behind the same (empty) bucket.
    retrieval = server.app.state.stockade.retrieval.require()
    assert [d["source"] for d in retrieval.list_documents(f"{name}-kb", name)] == ["handbook.md"]
    # Refused before admission: no ledger row for either.
    routes = [row["route"] for row in ledger_rows(server, "WHERE tenant = ?", name)]
    assert routes == ["collections.create", "collections.documents"]


def test_a_tenant_over_its_rate_gets_429_on_the_routes_that_only_read_share_or_delete(server) -> None:  # type: ignore[no-untyped-def]
    # One request per 1,000 s: the bucket cannot refill between the calls on any machine.
    burst = 7
    name, headers = _tenant(server, requests_per_second=0.001, burst=burst, daily_tokens=1000)
    partner, _ = _tenant(server)
    kb, spare = f"{name}-kb", f"{name}-spare"
    _create(server, headers, kb)
    _create(server, headers, spare)
    # Each passes while the bucket holds a request, takes one, and says so; none reserves tokens.
    passed = [
        httpx.get(server.v1 + "/collections", headers=headers, timeout=60),
        httpx.get(server.v1 + f"/collections/{kb}", headers=headers, timeout=60),
        httpx.get(server.v1 + f"/collections/{kb}/documents", headers=headers, timeout=60),
        _post(server, f"/collections/{kb}/share", headers, {"tenant": partner}),
        httpx.delete(server.v1 + f"/collections/{spare}", headers=headers, timeout=60),
    ]
    for left, answer in zip(range(burst - 3, -1, -1), passed, strict=True):
        assert answer.status_code == 200, answer.text
        assert answer.headers["x-ratelimit-limit-requests"] == str(burst)
        assert answer.headers["x-ratelimit-remaining-requests"] == str(left)
        assert "x-ratelimit-remaining-tokens" not in answer.headers
    assert [c["name"] for c in passed[0].json()["data"]] == [kb, spare]
    assert passed[1].json()["name"] == kb and passed[2].json()["data"] == []
    assert passed[3].json()["shared_with"] == [partner] and passed[4].json()["deleted"] is True

    retrieval = server.app.state.stockade.retrieval.require()
    before = retrieval.collection_info(kb, name)
    refused = {
        "list": httpx.get(server.v1 + "/collections", headers=headers, timeout=60),
        "read": httpx.get(server.v1 + f"/collections/{kb}", headers=headers, timeout=60),
        "documents": httpx.get(server.v1 + f"/collections/{kb}/documents", headers=headers, timeout=60),
        "share": _post(server, f"/collections/{kb}/share", headers, {"tenant": f"{partner}-2"}),
        "delete": httpx.delete(server.v1 + f"/collections/{kb}", headers=headers, timeout=60),
    }
    for route, answer in refused.items():
        assert answer.status_code == 429, (route, answer.text)
        _over_rate(answer, burst)
    # Refused before they did anything: not shared further, not deleted.
    assert retrieval.collection_info(kb, name) == before
    # Nothing was metered or reserved for them: the only rows are the two creations'.
    rows = ledger_rows(server, "WHERE tenant = ?", name)
    assert [(r["route"], r["reserved_tokens"]) for r in rows] == [
        ("collections.create", 0),
        ("collections.create", 0),
    ]


def test_a_quota_that_cannot_cover_an_upload_refuses_it_before_anything_is_stored(server) -> None:  # type: ignore[no-untyped-def]
    name, headers = _tenant(server, daily_tokens=200, requests_per_second=100, burst=100)
    _create(server, headers, f"{name}-kb")
    refused = _post(
        server, f"/collections/{name}-kb/documents", headers, {"filename": "h.md", "content": HANDBOOK}
    )
    assert refused.status_code == 429, refused.text
    error = refused.json()["error"]
    assert error["code"] == "daily_token_quota_exceeded" and error["type"] == "rate_limit_error"
    needed = int(error["message"].split("needs up to ")[1].split(" ")[0])
    assert needed > 200
    assert "(the text to embed) and 200 of today's 200 remain" in error["message"]
    assert int(refused.headers["Retry-After"]) > 0
    assert refused.headers["x-ratelimit-limit-tokens"] == "200"
    assert refused.headers["x-ratelimit-remaining-tokens"] == "200"
    assert "x-ratelimit-remaining-requests" in refused.headers
    assert _documents(server, headers, f"{name}-kb") == []
    # An upload into a collection that does not exist yet would create it: refused, it does not.
    missing = _post(
        server, f"/collections/{name}-new/documents", headers, {"filename": "h.md", "content": HANDBOOK}
    )
    assert missing.status_code == 429, missing.text
    listed = httpx.get(server.v1 + "/collections", headers=headers, timeout=60).json()["data"]
    assert [c["name"] for c in listed] == [f"{name}-kb"]
    # A search whose query the quota cannot cover is refused the same way.
    long_query = "Which hotels may I book on a trip to the capital and what do they cost? " * 20
    search = _post(server, f"/collections/{name}-kb/search", headers, {"query": long_query})
    assert search.status_code == 429 and search.json()["error"]["code"] == "daily_token_quota_exceeded"
    assert [(r["route"], r["input_tokens"]) for r in ledger_rows(server, "WHERE tenant = ?", name)] == [
        ("collections.create", 0)
    ]

    # A document the quota covers goes in, and is charged.
    small = {"filename": "canteen.md", "content": "# Canteen\n\nThe canteen opens at noon."}
    ok = _post(server, f"/collections/{name}-kb/documents", headers, small)
    assert ok.status_code == 201, ok.text
    charged = ok.json()["usage"]["prompt_tokens"]
    assert 0 < charged < 200
    assert ok.headers["x-ratelimit-remaining-tokens"] == str(200 - charged)

    # Once the day's quota is overspent (here: lowered below what was used), a request that embeds
    # nothing is refused too, with a message that says so instead of "needs up to 0 tokens".
    r = httpx.put(
        f"{server.base_url}/admin/tenants/{name}/limits",
        json={"daily_tokens": charged - 1},
        headers=_admin(server),
        timeout=60,
    )
    assert r.status_code == 200, r.text
    exhausted = _post(server, "/collections", headers, {"name": f"{name}-more"})
    assert exhausted.status_code == 429, exhausted.text
    message = exhausted.json()["error"]["message"]
    assert message.startswith(
        f"Daily token quota exhausted for your tenant: all {charged - 1} tokens of today's quota are used."
    )
    assert "needs up to 0" not in message


def test_upload_and_search_are_metered_by_the_tokens_they_embed(server) -> None:  # type: ignore[no-untyped-def]
    name, headers = _tenant(server, daily_tokens=100_000)
    _create(server, headers, f"{name}-kb")
    # What the upload will embed (its chunks, with their headers), counted by /v1/embeddings itself.
    retrieval = server.app.state.stockade.retrieval.require()
    chunks = retrieval.prepare_bytes("handbook.md", HANDBOOK.encode(), f"{name}-kb", name).texts
    assert len(chunks) > 1
    counted = _post(server, "/embeddings", headers, {"model": MINILM, "input": chunks})
    expected = counted.json()["usage"]["prompt_tokens"]
    before = {row["day"]: row["input_tokens"] for row in _usage(server, name, "day")}

    up = _post(
        server, f"/collections/{name}-kb/documents", headers, {"filename": "handbook.md", "content": HANDBOOK}
    )
    assert up.status_code == 201, up.text
    assert up.json()["status"] == "ingested" and up.json()["usage"]["prompt_tokens"] == expected
    query = "How much may I spend on a hotel per night in a capital city?"
    found = _post(server, f"/collections/{name}-kb/search", headers, {"query": query})
    assert found.status_code == 200, found.text
    assert "80 euros" in found.json()["hits"][0]["text"]
    query_tokens = _post(server, "/embeddings", headers, {"model": MINILM, "input": query}).json()["usage"][
        "prompt_tokens"
    ]
    assert found.json()["usage"]["prompt_tokens"] == query_tokens
    # Unchanged: skipped, nothing embedded, nothing charged.
    again = _post(
        server, f"/collections/{name}-kb/documents", headers, {"filename": "handbook.md", "content": HANDBOOK}
    )
    assert again.status_code == 201 and again.json()["status"] == "skipped"
    assert again.json()["usage"]["prompt_tokens"] == 0

    rows = [r for r in ledger_rows(server, "WHERE tenant = ?", name) if r["route"].startswith("collections.")]
    assert [(r["route"], r["input_tokens"], r["status"], r["http_status"]) for r in rows] == [
        ("collections.create", 0, "ok", 201),
        ("collections.documents", expected, "ok", 201),
        ("collections.search", query_tokens, "ok", 200),
        ("collections.documents", 0, "ok", 201),
    ]
    assert all(r["model"] == MINILM and r["engine"] == "sentence-transformers" for r in rows)
    assert rows[1]["cost"] == pytest.approx(expected * 0.00001 / 1000)
    assert rows[1]["reserved_tokens"] == expected and rows[1]["latency_ms"] > 0

    # /admin/usage shows them: the day moved by exactly what was embedded (and the two /v1/embeddings
    # calls above), the model row counts the requests.
    after = {row["day"]: row["input_tokens"] for row in _usage(server, name, "day")}
    assert sum(after.values()) - sum(before.values()) == expected + query_tokens + query_tokens
    by_model = {row["model"]: row for row in _usage(server, name, "model")}
    assert by_model[MINILM]["requests"] == 6  # four collection requests, two /v1/embeddings
    assert by_model[MINILM]["input_tokens"] == 2 * expected + 2 * query_tokens


def test_an_unreadable_upload_leaves_nothing_and_is_not_charged(server) -> None:  # type: ignore[no-untyped-def]
    name, headers = _tenant(server)
    _create(server, headers, f"{name}-kb")
    bad = _post(
        server,
        f"/collections/{name}-kb/documents",
        headers,
        {"filename": "broken.pdf", "content_base64": "JVBERi0xLjQKYnJva2Vu"},
    )
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "ingest_failed"
    assert _documents(server, headers, f"{name}-kb") == []
    # Unreadable before anything was counted: refused like a malformed request, with no row.
    assert [r["route"] for r in ledger_rows(server, "WHERE tenant = ?", name)] == ["collections.create"]


def test_a_console_playground_search_is_on_the_ledger(server) -> None:  # type: ignore[no-untyped-def]
    """The console's search playground embeds its query like the search route: a ledger row under
    the tenant whose collection it read, audited under the signed-in user."""
    name, headers = _tenant(server)
    _create(server, headers, f"{name}-kb")
    up = _post(
        server, f"/collections/{name}-kb/documents", headers, {"filename": "handbook.md", "content": HANDBOOK}
    )
    assert up.status_code == 201, up.text
    query = "How much may I spend on a hotel per night in a capital city?"
    found = _console_search(_console(server), name, f"{name}-kb", query)
    assert found.status_code == 200, found.text[:500]
    assert "80 euros" in found.text
    query_tokens = _post(server, "/embeddings", headers, {"model": MINILM, "input": query}).json()["usage"][
        "prompt_tokens"
    ]
    rows = [r for r in ledger_rows(server, "WHERE tenant = ?", name) if r["route"] == "console.search"]
    assert [(r["model"], r["input_tokens"], r["status"], r["http_status"]) for r in rows] == [
        (MINILM, query_tokens, "ok", 200)
    ]
    audit = server.app.state.stockade.tenancy.audit.tail(50)
    signed_in_as = next(a for a in reversed(audit) if a["action"] == "console.sign_in")["actor"]
    record = next(a for a in audit if a["action"] == "console.search")
    assert (record["tenant"], record["actor"]) == (name, signed_in_as)


def test_a_console_playground_search_counts_against_the_tenants_quota_but_is_never_refused(server) -> None:  # type: ignore[no-untyped-def]
    """The playground's row is the tenant's, and the counters are seeded from the ledger: its tokens
    count against the tenant's daily quota at once, not only after the next restart. Staff are not
    held to the tenant's limits: no request is taken from its rate, and a tenant over its quota can
    still be searched from the console."""
    daily, burst = 100_000, 10
    name, headers = _tenant(server, daily_tokens=daily, requests_per_second=0.001, burst=burst)
    kb = f"{name}-kb"
    _create(server, headers, kb)
    up = _post(
        server, f"/collections/{kb}/documents", headers, {"filename": "handbook.md", "content": HANDBOOK}
    )
    assert up.status_code == 201, up.text
    embedded = up.json()["usage"]["prompt_tokens"]
    query = {"query": "How much may I spend on a hotel per night in a capital city?"}

    first = _post(server, f"/collections/{kb}/search", headers, query)
    assert first.status_code == 200, first.text
    q = first.json()["usage"]["prompt_tokens"]
    assert first.headers["x-ratelimit-remaining-tokens"] == str(daily - embedded - q)
    assert first.headers["x-ratelimit-remaining-requests"] == str(burst - 3)

    console = _console(server)
    found = _console_search(console, name, kb, query["query"])
    assert found.status_code == 200, found.text[:500]
    assert "80 euros" in found.text

    # The next search sees the console's query charged (q) besides its own reservation (q) ...
    second = _post(server, f"/collections/{kb}/search", headers, query)
    assert second.status_code == 200, second.text
    assert second.headers["x-ratelimit-remaining-tokens"] == str(daily - embedded - 3 * q)
    # ... and no request taken from the rate by the console.
    assert second.headers["x-ratelimit-remaining-requests"] == str(burst - 4)
    rows = ledger_rows(server, "WHERE tenant = ?", name)
    assert [(r["route"], r["input_tokens"], r["reserved_tokens"]) for r in rows] == [
        ("collections.create", 0, 0),
        ("collections.documents", embedded, embedded),
        ("collections.search", q, q),
        ("console.search", q, q),
        ("collections.search", q, q),
    ]
    # The counter and the ledger it is seeded from agree.
    assert daily - int(second.headers["x-ratelimit-remaining-tokens"]) == sum(
        r["input_tokens"] + r["output_tokens"] for r in rows
    )

    # Over its quota (lowered below what was used today), the tenant is refused; the console is not,
    # and what it used is still counted.
    used = embedded + 3 * q
    lowered = httpx.put(
        f"{server.base_url}/admin/tenants/{name}/limits",
        json={"daily_tokens": used - 1, "requests_per_second": 0.001, "burst": burst},
        headers=_admin(server),
        timeout=60,
    )
    assert lowered.status_code == 200, lowered.text
    refused = _post(server, f"/collections/{kb}/search", headers, query)
    assert refused.status_code == 429 and refused.json()["error"]["code"] == "daily_token_quota_exceeded"
    again = _console_search(console, name, kb, query["query"])
    assert again.status_code == 200, again.text[:500]
    assert "80 euros" in again.text
    restored = httpx.put(
        f"{server.base_url}/admin/tenants/{name}/limits",
        json={"daily_tokens": daily, "requests_per_second": 0.001, "burst": burst},
        headers=_admin(server),
        timeout=60,
    )
    assert restored.status_code == 200, restored.text
    after = _post(server, f"/collections/{kb}/search", headers, query)
    assert after.status_code == 200, after.text
    assert after.headers["x-ratelimit-remaining-tokens"] == str(daily - used - q - q)
    console_rows = ledger_rows(server, "WHERE tenant = ? AND route = 'console.search'", name)
    assert [(r["input_tokens"], r["status"], r["http_status"]) for r in console_rows] == [
        (q, "ok", 200),
        (q, "ok", 200),
    ]
