"""One trace per request with a span per pipeline step, readable from the admin API and the CLI."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import yaml

from api.tracing import flush

SMOL = "smollm2-135m-instruct"


def _spans(server, trace_id: str) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    deadline = time.monotonic() + 10
    while True:
        flush()
        r = httpx.get(
            f"{server.base_url}/admin/traces/{trace_id}",
            headers={"Authorization": f"Bearer {server.admin_key}"},
            timeout=60,
        )
        if r.status_code == 200 and any(s["name"] == "metering.settle" for s in r.json()["spans"]):
            return r.json()["spans"]  # type: ignore[no-any-return]
        assert time.monotonic() < deadline, r.text
        time.sleep(0.2)


def test_chat_request_has_a_span_tree_with_genai_attributes(server) -> None:  # type: ignore[no-untyped-def]
    trace = "0af7651916cd43dd8448eb211c80319c"
    r = httpx.post(
        server.v1 + "/chat/completions",
        headers={
            "Authorization": f"Bearer {server.tenant_key}",
            "traceparent": f"00-{trace}-b7ad6b7169203331-01",
        },
        json={
            "model": SMOL,
            "messages": [{"role": "user", "content": "Hi"}],
            "max_tokens": 4,
            "stream": True,
        },
        timeout=60,
    )
    assert r.status_code == 200 and r.headers["x-trace-id"] == trace
    listed = _spans(server, trace)
    roots = [s for s in listed if s["parent_id"] == "b7ad6b7169203331"]
    assert len(roots) == 1  # one server span, continuing the caller's trace
    root = roots[0]
    spans = {s["name"]: s for s in listed}
    by_id = {s["span_id"]: s for s in listed}

    def under_root(name: str) -> bool:
        span = spans[name]
        while span["parent_id"] in by_id:
            if span["parent_id"] == root["span_id"]:
                return True
            span = by_id[span["parent_id"]]
        return False

    for step in ("auth", "ratelimit.admit", f"chat {SMOL}", "metering.settle"):
        assert under_root(step), step
    engine = spans[f"chat {SMOL}"]["attributes"]
    assert engine["gen_ai.request.model"] == SMOL and engine["gen_ai.system"] == "llamacpp"
    assert engine["gen_ai.usage.output_tokens"] <= 4 and engine["gen_ai.usage.input_tokens"] > 0
    assert engine["stockade.ttft_ms"] > 0
    assert root["attributes"]["http.response.status_code"] == 200
    assert root["duration_ms"] >= spans[f"chat {SMOL}"]["duration_ms"]


def test_cli_prints_the_tree(server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    r = httpx.post(
        server.v1 + "/chat/completions",
        headers={"Authorization": f"Bearer {server.tenant_key}"},
        json={"model": SMOL, "messages": [{"role": "user", "content": "Yo"}], "max_tokens": 2},
        timeout=60,
    )
    trace = r.headers["x-trace-id"]
    _spans(server, trace)
    config = tmp_path / "c.yaml"
    config.write_text(
        yaml.safe_dump({"database_url": server.app.state.stockade.settings.resolved_database_url()})
    )
    out = subprocess.run(
        [sys.executable, "-m", "operations.cli", "traces", "show", trace, "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"trace_id: {trace}")
    assert "span: POST /v1/chat/completions" in out.stdout and f"span: chat {SMOL}" in out.stdout
    assert "total:" in out.stdout.splitlines()[-1]


def test_unknown_trace_is_404(server) -> None:  # type: ignore[no-untyped-def]
    r = httpx.get(
        f"{server.base_url}/admin/traces/{'f' * 32}",
        headers={"Authorization": f"Bearer {server.admin_key}"},
        timeout=60,
    )
    assert r.status_code == 404
