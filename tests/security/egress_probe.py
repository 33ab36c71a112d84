"""Runs a real Stockade server and calls every route, with an audit hook recording each outbound socket.

Run as a script (the egress test starts it, inside a loopback-only network namespace when it can):

    python tests/security/egress_probe.py --out report.json [--redis-url redis://127.0.0.1:6379/0]

The report lists every route of the app with the status each call got, every socket attempt the
hook saw, and which of them left the allow-list (loopback plus the configured services).
"""

from __future__ import annotations

# The hook goes in before anything else is imported, so that nothing can connect unseen.
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from operations.egress import EgressMonitor  # noqa: E402  (imports only the stdlib)

MONITOR = EgressMonitor(resolve=False).install()

import argparse  # noqa: E402
import base64  # noqa: E402
import http.server  # noqa: E402
import json  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
from typing import Any  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

import httpx  # noqa: E402

from operations.egress import configured_service_hosts  # noqa: E402
from tests.conftest import make_settings  # noqa: E402
from tests.security.pdf_sample import make_pdf  # noqa: E402

CHAT_MODEL = "qwen2.5-coder-0.5b-instruct"
EMBEDDING_MODEL = "all-minilm-l6-v2"


class _OtlpSink(http.server.BaseHTTPRequestHandler):
    """A stand-in OTLP collector on loopback: the configured destination spans may go to."""

    received = 0

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        _OtlpSink.received += 1
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        return


def _start_sink() -> int:
    sink = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _OtlpSink)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    return int(sink.server_address[1])


def _start_server(settings: Any) -> tuple[Any, str, str, str]:
    """The real app under uvicorn with the stdlib event loop: uvloop opens sockets in C, out of the
    audit hook's sight (the network namespace still covers it)."""
    import time

    import uvicorn

    from api.app import create_app

    app = create_app(settings)
    store = app.state.stockade.store
    store.create_schema()
    store.create_tenant("tenant-a")
    tenant_key = store.create_key(scope="tenant", tenant_name="tenant-a").secret
    admin_key = store.create_key(scope="admin").secret
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=settings.server.port, log_level="warning", loop="asyncio")
    )
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{settings.server.port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            ready = httpx.get(base + "/readyz", timeout=2)
            if ready.status_code == 200:
                return server, base, tenant_key, admin_key
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("server did not become ready")


def _exercise_collections(call: Any, user: dict[str, str]) -> dict[str, int]:
    """Retrieval over HTTP: a Markdown and a PDF upload, search, share, then everything deleted."""
    pdf = base64.b64encode(make_pdf("Egress is denied: no document ever leaves the building.")).decode()
    call("POST /v1/collections", "POST", "/v1/collections", headers=user, json={"name": "probe"})
    call("GET /v1/collections", "GET", "/v1/collections", headers=user)
    call("GET /v1/collections/{name}", "GET", "/v1/collections/probe", headers=user)
    markdown = call(
        "POST /v1/collections/{name}/documents",
        "POST",
        "/v1/collections/probe/documents",
        headers=user,
        json={"filename": "policy.md", "content": "# Data policy\n\nNothing leaves. Ask dpo@example.org.\n"},
    )
    uploaded = call(
        "POST /v1/collections/{name}/documents (pdf)",
        "POST",
        "/v1/collections/probe/documents",
        headers=user,
        json={"filename": "runbook.pdf", "content_base64": pdf},
    )
    call("GET /v1/collections/{name}/documents", "GET", "/v1/collections/probe/documents", headers=user)
    hits = call(
        "POST /v1/collections/{name}/search",
        "POST",
        "/v1/collections/probe/search",
        headers=user,
        json={"query": "does any document leave the building?", "top_k": 2},
    )
    facts = {
        "children": markdown.json()["children"] + uploaded.json()["children"],
        "search_hits": len(hits.json()["hits"]),
    }
    call(
        "POST /v1/collections/{name}/share",
        "POST",
        "/v1/collections/probe/share",
        headers=user,
        json={"tenant": "egress-probe"},
    )
    document = uploaded.json()["document_id"]
    call(
        "DELETE /v1/collections/{name}/documents/{document_id}",
        "DELETE",
        f"/v1/collections/probe/documents/{document}",
        headers=user,
    )
    call("DELETE /v1/collections/{name}", "DELETE", "/v1/collections/probe", headers=user)
    return facts


def _exercise(base: str, tenant_key: str, admin_key: str) -> tuple[dict[str, int], dict[str, int]]:
    """One call per route (key: "METHOD /path/template"), each with a request that should succeed."""
    user = {"Authorization": f"Bearer {tenant_key}"}
    admin = {"Authorization": f"Bearer {admin_key}"}
    calls: dict[str, int] = {}
    with httpx.Client(base_url=base, timeout=120) as http:

        def call(route: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
            response = http.request(method, path, **kwargs)
            calls[route] = response.status_code
            return response

        # Limits first: rate and quota counters are what makes the gateway talk to Redis.
        http.put(
            "/admin/tenants/tenant-a/limits",
            headers=admin,
            json={"requests_per_second": 100, "daily_tokens": 1_000_000},
        ).raise_for_status()
        call("GET /healthz", "GET", "/healthz")
        call("GET /readyz", "GET", "/readyz")
        call("GET /openapi.json", "GET", "/openapi.json")
        call("GET /v1/models", "GET", "/v1/models", headers=user)
        call("GET /v1/models/{model_id}", "GET", f"/v1/models/{CHAT_MODEL}", headers=user)
        chat = {
            "model": CHAT_MODEL,
            "max_tokens": 8,
            "temperature": 0,
            "messages": [{"role": "user", "content": "My email is jane.doe@example.org. Say hi."}],
        }
        answer = call("POST /v1/chat/completions", "POST", "/v1/chat/completions", headers=user, json=chat)
        call(
            "POST /v1/feedback",
            "POST",
            "/v1/feedback",
            headers=user,
            json={"request_id": answer.json()["id"], "rating": "up"},
        )
        with http.stream(
            "POST", "/v1/chat/completions", headers=user, json=chat | {"stream": True}
        ) as stream:
            body = stream.read().decode()
            calls["POST /v1/chat/completions (stream)"] = stream.status_code if "[DONE]" in body else 599
        call(
            "POST /v1/completions",
            "POST",
            "/v1/completions",
            headers=user,
            json={"model": CHAT_MODEL, "prompt": "The capital of France is", "max_tokens": 4},
        )
        call(
            "POST /v1/embeddings",
            "POST",
            "/v1/embeddings",
            headers=user,
            json={"model": EMBEDDING_MODEL, "input": ["air gap", "no egress"]},
        )
        # The other front doors: Responses (stored, read back, listed, deleted) and Anthropic Messages.
        created = call(
            "POST /v1/responses",
            "POST",
            "/v1/responses",
            headers=user,
            json={
                "model": CHAT_MODEL,
                "input": "My email is jane.doe@example.org. Say hi.",
                "max_output_tokens": 8,
            },
        )
        response_id = created.json()["id"]
        call("GET /v1/responses/{response_id}", "GET", f"/v1/responses/{response_id}", headers=user)
        call(
            "GET /v1/responses/{response_id}/input_items",
            "GET",
            f"/v1/responses/{response_id}/input_items",
            headers=user,
        )
        call("DELETE /v1/responses/{response_id}", "DELETE", f"/v1/responses/{response_id}", headers=user)
        message = {"model": CHAT_MODEL, "messages": [{"role": "user", "content": "Say hi."}]}
        anthropic = {"x-api-key": tenant_key, "anthropic-version": "2023-06-01"}
        call("POST /v1/messages", "POST", "/v1/messages", headers=anthropic, json=message | {"max_tokens": 8})
        call(
            "POST /v1/messages/count_tokens",
            "POST",
            "/v1/messages/count_tokens",
            headers=anthropic,
            json=message,
        )
        # Email and phone numbers: the recognizers that would ask tldextract for the suffix list.
        for direction in ("input", "output", "document"):
            call(
                f"POST /v1/guard/scan ({direction})",
                "POST",
                "/v1/guard/scan",
                headers=user,
                json={
                    "text": "Reach me at jane.doe@example.co.uk or +44 20 7946 0958.",
                    "direction": direction,
                },
            )
        calls["POST /v1/guard/scan"] = calls["POST /v1/guard/scan (input)"]

        call("GET /metrics", "GET", "/metrics")
        call("GET /admin/tenants", "GET", "/admin/tenants", headers=admin)
        call("POST /admin/tenants", "POST", "/admin/tenants", headers=admin, json={"name": "egress-probe"})
        call("GET /admin/tenants/{name}/limits", "GET", "/admin/tenants/egress-probe/limits", headers=admin)
        call(
            "PUT /admin/tenants/{name}/limits",
            "PUT",
            "/admin/tenants/egress-probe/limits",
            headers=admin,
            json={"requests_per_second": 5},
        )
        created = call(
            "POST /admin/keys",
            "POST",
            "/admin/keys",
            headers=admin,
            json={"scope": "tenant", "tenant": "egress-probe", "name": "probe"},
        )
        key_id = created.json()["id"]
        call("GET /admin/keys", "GET", "/admin/keys", headers=admin)
        call(
            "PUT /admin/keys/{key_id}/limits",
            "PUT",
            f"/admin/keys/{key_id}/limits",
            headers=admin,
            json={"requests_per_second": 1},
        )
        call("GET /admin/whoami", "GET", "/admin/whoami", headers=admin)
        call(
            "PUT /admin/tenants/{name}/legal-hold",
            "PUT",
            "/admin/tenants/egress-probe/legal-hold",
            headers=admin,
            json={"hold": False},
        )
        for target in ("tenants/egress-probe", f"keys/{key_id}"):
            template = "tenants/{name}" if target.startswith("tenants") else "keys/{key_id}"
            call(f"GET /admin/{template}/allow-list", "GET", f"/admin/{target}/allow-list", headers=admin)
            call(
                f"PUT /admin/{template}/allow-list",
                "PUT",
                f"/admin/{target}/allow-list",
                headers=admin,
                json={},
            )
        rotated = call(
            "POST /admin/keys/{key_id}/rotate",
            "POST",
            f"/admin/keys/{key_id}/rotate",
            headers=admin,
            json={"overlap_hours": 0},
        )
        http.delete(f"/admin/keys/{rotated.json()['id']}", headers=admin)
        call("DELETE /admin/keys/{key_id}", "DELETE", f"/admin/keys/{key_id}", headers=admin)
        call("GET /admin/usage", "GET", "/admin/usage", headers=admin)
        traces = call("GET /admin/traces", "GET", "/admin/traces", headers=admin).json()["data"]
        trace_id = traces[0]["trace_id"] if traces else "0" * 32
        call("GET /admin/traces/{trace_id}", "GET", f"/admin/traces/{trace_id}", headers=admin)
        retrieval = _exercise_collections(call, user)
        call(
            "POST /admin/erasure",
            "POST",
            "/admin/erasure",
            headers=admin,
            json={"user": "egress-probe-user", "all_tenants": True},
        )
        call("POST /admin/retention/run", "POST", "/admin/retention/run", headers=admin)
        call("GET /admin/audit", "GET", "/admin/audit", headers=admin)
        call("GET /admin/audit/verify", "GET", "/admin/audit/verify", headers=admin)
    return calls, retrieval


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--redis-url", default=None)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()

    import torch

    torch.set_num_threads(1)
    tmp = Path(tempfile.mkdtemp(prefix="egress-probe-"))
    sink_port = _start_sink()
    overrides: dict[str, Any] = {
        "redis_url": args.redis_url,
        "tracing": {"enabled": True, "otlp_endpoint": f"http://127.0.0.1:{sink_port}/v1/traces"},
        "models": {"serve": [CHAT_MODEL, EMBEDDING_MODEL]},
    }
    if args.database_url:
        overrides["database_url"] = args.database_url
    settings = make_settings(tmp, **overrides)
    MONITOR.allowed |= configured_service_hosts(settings)  # type: ignore[arg-type]
    server, base, tenant_key, admin_key = _start_server(settings)
    try:
        calls, retrieval = _exercise(base, tenant_key, admin_key)
        paths = server.config.app.openapi()["paths"]
        routes = sorted(f"{method.upper()} {path}" for path, ops in paths.items() for method in ops)
    finally:
        server.should_exit = True
    from opentelemetry import trace

    flush = getattr(trace.get_tracer_provider(), "force_flush", None)
    if flush is not None:
        flush()
    report = {
        "routes": routes,
        "calls": calls,
        "retrieval": retrieval,
        "otlp_posts": _OtlpSink.received,
        "otlp_port": sink_port,
        "redis_port": urlsplit(args.redis_url).port if args.redis_url else None,
        "allowed": sorted(MONITOR.allowed),
        "attempts": sorted({str(a) for a in MONITOR.attempts}),
        "violations": sorted({str(a) for a in MONITOR.violations()}),
    }
    args.out.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
