"""The console over plain HTTP (no browser): its security headers, CSRF refusals, sign-in and the
role checks of every change, on a gateway without models. (That it answers only on the admin port
when one is set is tested with the other split-port routes in tests/api/test_serving.py.)"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

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
    state: Any  # the running app's AppState: its ledger and audit log
    signer: Any  # the console's cookie and CSRF signer


PROMPT = """---
description: A prompt whose second version carries markup, to show the diff escapes it.
variables:
  message: {{type: string, description: The greeting to answer.}}
changelog: |
  {changelog}
tests:
  - input: {{message: "hi"}}
---
## system
{system}

## user
{{{{ message }}}}
"""


def _prompts_and_reports(tmp: Path) -> tuple[Path, Path]:
    prompts = tmp / "prompts" / "greeter"
    prompts.mkdir(parents=True)
    (prompts / "v1.0.0.md").write_text(PROMPT.format(changelog="First version.", system="Greet."))
    (prompts / "v1.1.0.md").write_text(
        PROMPT.format(changelog="Warmer, <b>bold</b>.", system="Greet <script>alert(1)</script> warmly.")
    )
    reports = tmp / "reports"
    reports.mkdir()
    (reports / "greeter-v1.1.0-vs-v1.0.0.json").write_text(
        json.dumps(
            {
                "suite": "greeter",
                "prompt": "greeter",
                "model": "m",
                "passed": False,
                "regressions": 1,
                "baseline": {"version": "1.0.0"},
                "candidate": {"version": "1.1.0"},
                "rows": [
                    {
                        "metric": "politeness",
                        "baseline": 0.9,
                        "candidate": 0.6,
                        "change": -0.3,
                        "verdict": "worse",
                    }
                ],
            }
        )
    )
    (reports / "notes.md").write_text("# Notes <img src=x>\n")
    return tmp / "prompts", reports


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    tmp = tmp_path_factory.mktemp("console-http")
    prompts, reports = _prompts_and_reports(tmp)
    settings = make_settings(
        tmp,
        models={"serve": []},
        guard={"enabled": False},
        tracing={"enabled": False},
        prompts_dir=prompts,
        console={"eval_reports": [reports]},
    )
    running = start_server(settings)
    store = running.app.state.stockade.store  # type: ignore[attr-defined]
    store.create_tenant("alpha")
    store.create_tenant("beta")
    keys = {"platform-admin": running.admin_key}
    for role in ("auditor", "tenant-admin", "app-developer"):
        tenant = "alpha" if role in ("tenant-admin", "app-developer") else None
        keys[role] = store.create_key(scope="admin", role=role, tenant_name=tenant).secret
    yield Gateway(
        running.base_url,
        running.base_url + "/console",
        store,
        keys,
        "alpha",
        "beta",
        running.app.state.stockade,  # type: ignore[attr-defined]
        running.app.state.console.signer,  # type: ignore[attr-defined]
    )
    stop_server(running)


def _token(page: httpx.Response) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found, page.text[:500]
    return found.group(1)


def tampered(token: str, at: int) -> str:
    """The token with the character at `at` replaced by another one: never the token itself (writing
    "x" over the first character left a token that starts with "x", one in 64, unchanged)."""
    at %= len(token)
    return token[:at] + ("y" if token[at] == "x" else "x") + token[at + 1 :]


def signed_in(gateway: Gateway, role: str) -> tuple[httpx.Client, str]:
    """A client signed in with an admin key of that role, and its CSRF token."""
    client = httpx.Client(base_url=gateway.console, follow_redirects=False)
    token = _token(client.get("/login"))
    answer = client.post("/login", data={"key": gateway.admin_keys[role], "csrf_token": token})
    assert answer.status_code == 303, answer.text[:300]
    return client, _token(client.get("/guard" if role != "tenant-admin" else "/tenants/alpha"))


def test_every_console_response_carries_a_strict_csp(gateway: Gateway) -> None:
    client, _ = signed_in(gateway, "platform-admin")
    pages = ("/login", "/overview", "/usage", "/tenants", "/audit", "/prompts", "/models", "/no-such-page")
    for path in (*pages, "/static/console.js"):
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
    bad = [{"csrf_token": tampered(token, at)} for at in (0, -1)]
    for data in ({}, *bad):
        answer = client.post("/tenants", data={"name": "csrf-refused", **data})
        assert answer.status_code == 403 and "CSRF" in answer.text
    assert "csrf-refused" not in {t.name for t in gateway.store.list_tenants()}  # type: ignore[attr-defined]
    # The token of another browser does not pass either (it is bound to the browser's own cookie).
    _other, other_token = signed_in(gateway, "platform-admin")
    assert client.post("/tenants", data={"name": "csrf-other", "csrf_token": other_token}).status_code == 403
    assert client.post("/tenants", data={"name": "csrf-ok", "csrf_token": token}).status_code == 303
    assert "csrf-ok" in {t.name for t in gateway.store.list_tenants()}  # type: ignore[attr-defined]
    # Sign-in is a POST too.
    assert (
        httpx.post(
            gateway.console + "/login", data={"key": gateway.admin_keys["auditor"]}, timeout=60
        ).status_code
        == 403
    )


def test_a_token_changed_in_one_character_is_refused_whatever_it_starts_with(gateway: Gateway) -> None:
    """The tampered tokens above, for a token that starts with "x" (one browser in 64): writing "x"
    over its first character left it unchanged, and the POST created the tenant (303)."""
    client, _ = signed_in(gateway, "platform-admin")
    # The browser's own CSRF cookie, chosen so that its token starts with "x".
    nonce = next(n for n in (f"{i:032x}" for i in range(10**6)) if gateway.signer.csrf_token(n)[0] == "x")
    client.cookies.set("stockade_console_csrf", nonce, domain="127.0.0.1", path="/console")
    token = _token(client.get("/guard"))
    assert token == gateway.signer.csrf_token(nonce) and token.startswith("x")
    for at in (0, 1, -1):
        answer = client.post("/tenants", data={"name": "csrf-x", "csrf_token": tampered(token, at)})
        assert answer.status_code == 403 and "CSRF" in answer.text
    assert "csrf-x" not in {t.name for t in gateway.store.list_tenants()}  # type: ignore[attr-defined]
    assert client.post("/tenants", data={"name": "csrf-x", "csrf_token": token}).status_code == 303


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


def _ledger_row(state: Any, tenant: str, model: str, ts: datetime, **outcome: Any) -> Any:
    from tenancy.ledger import LedgerEntry

    found = state.store.tenant_by_name(tenant)
    base = LedgerEntry(
        request_id=f"r-{tenant}-{ts.timestamp()}-{outcome}",
        trace_id="0" * 32,
        ts=ts,
        day=ts.date().isoformat(),
        month=ts.strftime("%Y-%m"),
        tenant_id=found.id,
        tenant=tenant,
        key_id="k",
        route="chat.completions",
        model=model,
        engine="llama.cpp",
        input_tokens=10,
        output_tokens=5,
        cost=0.001,
        latency_ms=50.0,
        status="ok",
        http_status=200,
    )
    return replace(base, **outcome)


def test_overview_charts_are_the_ledger_and_audit_log_bucketed_by_time(gateway: Gateway) -> None:
    from tenancy.ledger import Ledger

    now = datetime.now(UTC) - timedelta(minutes=2)
    rows = [
        _ledger_row(gateway.state, "alpha", "m-a", now, ttft_ms=100.0),
        _ledger_row(gateway.state, "alpha", "m-a", now, ttft_ms=200.0),
        _ledger_row(gateway.state, "alpha", "m-a", now, ttft_ms=300.0, status="error", http_status=500),
        _ledger_row(
            gateway.state, "beta", "m-b", now, ttft_ms=1000.0, http_status=502, finish_reason="invalid_output"
        ),
        _ledger_row(gateway.state, "beta", "m-b", now - timedelta(hours=3)),  # outside the last hour
    ]
    with gateway.state.store.engine.begin() as connection:
        Ledger.insert(connection, rows)
    audit = gateway.state.tenancy.audit
    audit.append(actor="key:k", action="guard.block", tenant="alpha", detail={"code": "input_blocked"})
    audit.append(actor="key:k", action="chat.completions", tenant="alpha", detail={"guard_input": ["PERSON"]})
    audit.append(actor="key:k", action="chat.completions", tenant="alpha", detail={"guard_input": []})

    client, _ = signed_in(gateway, "platform-admin")
    assert client.get("/").headers["location"] == "/console/overview"
    page = client.get("/overview", params={"range": "1h"})
    assert page.status_code == 200 and 'data-src="/console/overview.json?range=1h' in page.text
    assert 'id="chart-guard"' in page.text and "guard.block" in page.text  # says what it counts
    charts = client.get("/overview.json", params={"range": "1h", "split": "tenant"}).json()["charts"]
    requests = dict(zip(charts["requests"]["labels"], map(sum, charts["requests"]["y"]), strict=True))
    assert requests == {"alpha": 3, "beta": 1}
    assert [v for v in charts["errors"]["y"][0] if v is not None] == [50.0]
    assert [v for v in charts["ttft"]["y"][0] if v is not None] == [200.0]  # p50, nearest rank
    assert [v for v in charts["ttft"]["y"][1] if v is not None] == [1000.0]  # p99
    assert [sum(series) for series in charts["guard"]["y"]] == [1, 1, 1]  # findings, in, out blocks
    assert len(charts["requests"]["x"]) == 12  # five-minute buckets
    table = client.get("/overview/table", params={"range": "1h"}, headers={"hx-request": "true"})
    assert table.status_code == 200 and "<html" not in table.text
    assert 'id="overview-buckets"' in table.text and ">4<" in table.text

    # A tenant admin sees its own tenant's requests and no guard chart (that reads the audit log).
    admin, _ = signed_in(gateway, "tenant-admin")
    own = admin.get("/overview.json", params={"range": "1h"}).json()["charts"]
    assert sum(map(sum, own["requests"]["y"])) == 3 and "guard" not in own
    assert admin.get("/overview.json", params={"tenant": "beta"}).status_code == 403
    assert admin.get("/overview", params={"range": "1y"}).status_code == 400
    developer, _ = signed_in(gateway, "app-developer")
    assert developer.get("/overview").status_code == 403
    assert developer.get("/overview.json").status_code == 403
    assert developer.get("/").headers["location"] == "/console/tenants"


def test_prompts_diff_and_reports_render_escaped(gateway: Gateway) -> None:
    client, _ = signed_in(gateway, "auditor")
    page = client.get("/prompts", params={"prompt": "greeter", "a": "1.0.0", "b": "1.1.0"})
    assert page.status_code == 200
    assert '<span class="diff-add">+Greet &lt;script&gt;alert(1)&lt;/script&gt; warmly.</span>' in page.text
    assert '<span class="diff-del">-Greet.</span>' in page.text
    assert "<script>alert" not in page.text and "Warmer, &lt;b&gt;bold&lt;/b&gt;." in page.text
    assert "failed: 1 regressions" in page.text and 'id="arms"' in page.text
    report = client.get("/prompts/reports/greeter-v1.1.0-vs-v1.0.0")
    assert report.status_code == 200 and "politeness" in report.text and "verdict-worse" in report.text
    notes = client.get("/prompts/reports/notes")
    assert "# Notes &lt;img src=x&gt;" in notes.text and "<img" not in notes.text
    assert client.get("/prompts/reports/..%2F..%2Fstockade.db").status_code == 404
    assert client.get("/prompts", params={"prompt": "greeter", "a": "9.9.9", "b": "1.0.0"}).status_code == 404

    developer, _ = signed_in(gateway, "app-developer")
    mine = developer.get("/prompts")
    assert mine.status_code == 200 and 'id="arms"' not in mine.text  # arm cost is usage: not its role
    tenant_admin, _ = signed_in(gateway, "tenant-admin")
    assert tenant_admin.get("/prompts").status_code == 403
    assert 'id="nav-prompts"' not in tenant_admin.get(f"/tenants/{gateway.own}").text


def test_models_page_and_who_may_search_collections(gateway: Gateway) -> None:
    client, _ = signed_in(gateway, "auditor")
    page = client.get("/models")
    assert page.status_code == 200 and "/readyz" in page.text
    assert 'data-status="not-served"' in page.text  # nothing is served on this gateway
    assert 'id="retrieval-error"' in page.text and 'id="search-form"' not in page.text
    auditor_token = _token(page)
    search = {"tenant": "alpha", "collection": "c", "query": "q", "csrf_token": auditor_token}
    refused = client.post("/models/search", data=search)
    assert refused.status_code == 403 and "does not allow collections.search" in refused.text
    tenant_admin, token = signed_in(gateway, "tenant-admin")
    assert tenant_admin.get("/models", params={"tenant": "beta"}).status_code == 403
    other = tenant_admin.post("/models/search", data=search | {"tenant": "beta", "csrf_token": token})
    assert other.status_code == 403 and "acts only for tenant" in other.text
    assert tenant_admin.post("/models/search", data=search).status_code == 403  # no CSRF token of its own
