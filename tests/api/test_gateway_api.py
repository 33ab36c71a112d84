"""Routing (`model: auto`), the semantic cache and fallback chains through the real API."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import yaml
from openai import OpenAI

from ..conftest import (  # type: ignore[import-not-found]
    CATALOG,
    free_port,
    ledger_rows,
    make_settings,
    metric_value,
    start_server,
    stop_server,
)

SMOL = "smollm2-135m-instruct"
QWEN = "qwen2.5-coder-0.5b-instruct"


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator:  # type: ignore[type-arg]
    tmp = tmp_path_factory.mktemp("gateway")
    catalog = yaml.safe_load(CATALOG.read_text())
    dead_port = free_port()  # nothing listens here: connections are refused, as from a crashed engine
    catalog["models"].append(
        {
            "id": "remote-dead",
            "kind": "chat",
            "engine": "openai-upstream",
            "tier": "large",
            "context_length": 4096,
            "price_per_1k": {"input": 0.01, "output": 0.02},
            "source": {"type": "upstream"},
            "endpoint": {
                "base_url": f"http://127.0.0.1:{dead_port}/v1",
                "timeout_s": 5,
                "connect_timeout_s": 1,
            },
        }
    )
    (tmp / "catalog.yaml").write_text(yaml.safe_dump(catalog))
    settings = make_settings(
        tmp,
        catalog_path=tmp / "catalog.yaml",
        models={"serve": [SMOL, QWEN, "all-minilm-l6-v2", "remote-dead"]},
        gateway={
            "resilience": {"max_attempts": 2, "initial_backoff_s": 0.05, "max_backoff_s": 0.1},
            "routing": {"tier_models": {"tiny": SMOL, "default": QWEN}},
        },
        apps={
            "resilient": {
                "model": "remote-dead",
                "fallback": [SMOL],
                "fallback_message": "Please try later.",
            },
            "static-only": {"model": "remote-dead", "fallback_message": "Please try later."},
        },
    )
    running = start_server(settings)
    yield running
    stop_server(running)


def _chat(server, content: str, model: str = SMOL, key: str | None = None, **extra) -> httpx.Response:  # type: ignore[no-untyped-def]
    body = {
        "model": model,
        "messages": [{"role": "user", "content": content}],
        "temperature": 0,
        "max_tokens": 8,
    } | extra
    return httpx.post(
        server.v1 + "/chat/completions",
        json=body,
        timeout=120,
        headers={"Authorization": f"Bearer {key or server.tenant_key}"},
    )


def test_auto_routes_simple_and_complex_questions_and_says_why(gateway) -> None:  # type: ignore[no-untyped-def]
    simple = _chat(gateway, "What is the capital of Italy?", model="auto")
    assert simple.status_code == 200
    assert simple.json()["model"] == SMOL
    assert "auto:" in simple.headers["x-stockade-route"]
    complex_q = (
        "Design a fault-tolerant distributed job scheduler in Python: compare leader election "
        "approaches, explain the trade-offs step by step, and write the core retry loop."
    )
    routed = _chat(gateway, complex_q, model="auto")
    assert routed.json()["model"] == QWEN
    rows = ledger_rows(gateway)[-2:]
    assert [r["model"] for r in rows] == [SMOL, QWEN]
    assert all(r["routing"].startswith("auto:") for r in rows)


def test_exact_and_semantic_hits_are_free_and_partitioned_by_tenant(gateway) -> None:  # type: ignore[no-untyped-def]
    first = _chat(gateway, "How do I reset my password?")
    assert first.headers["x-stockade-cache"] == "miss"
    again = _chat(gateway, "  How do I reset my password?\n")
    assert again.headers["x-stockade-cache"] == "hit-exact"
    assert (
        again.json()["choices"][0]["message"]["content"] == first.json()["choices"][0]["message"]["content"]
    )
    hit = ledger_rows(gateway)[-1]
    assert hit["cached_tokens"] == first.json()["usage"]["total_tokens"]
    assert hit["cost"] == 0 and hit["input_tokens"] == 0 and hit["output_tokens"] == 0
    semantic_before = metric_value(gateway.base_url, "stockade_cache_lookups_total", outcome="semantic")
    # MiniLM puts this paraphrase at cosine 0.992 of the cached question (threshold 0.95), and the
    # near-miss gate finds no differing number, negation, antonym or name: a semantic hit.
    paraphrase = _chat(gateway, "How can I reset my password?")
    assert paraphrase.headers["x-stockade-cache"] == "hit-semantic"
    assert (
        paraphrase.json()["choices"][0]["message"]["content"]
        == first.json()["choices"][0]["message"]["content"]
    )
    hit = ledger_rows(gateway)[-1]
    assert hit["cost"] == 0 and hit["cached_tokens"] == first.json()["usage"]["total_tokens"]
    assert metric_value(gateway.base_url, "stockade_cache_lookups_total", outcome="semantic") == (
        semantic_before + 1
    )
    near_miss = _chat(gateway, "How do I reset my PIN?")
    assert near_miss.headers["x-stockade-cache"] == "miss"  # cosine 0.62: not a candidate at all
    admin = {"Authorization": f"Bearer {gateway.admin_key}"}
    httpx.post(gateway.base_url + "/admin/tenants", json={"name": "other-co"}, headers=admin, timeout=60)
    other_key = httpx.post(
        gateway.base_url + "/admin/keys",
        json={"tenant": "other-co"},
        headers=admin,
        timeout=60,
    ).json()["key"]
    elsewhere = _chat(gateway, "How do I reset my password?", key=other_key)
    assert elsewhere.headers["x-stockade-cache"] == "miss"  # never a hit across tenants


def test_case_is_part_of_the_question(gateway) -> None:  # type: ignore[no-untyped-def]
    """To a code model `GOAT` and `goat` (or `userId` and `UserID`) are different questions: no exact
    hit, and no semantic one either, though MiniLM (uncased) embeds the two alike."""
    upper = _chat(gateway, "Is the string GOAT in uppercase?", max_tokens=12)
    assert upper.headers["x-stockade-cache"] == "miss"
    lower = _chat(gateway, "Is the string goat in uppercase?", max_tokens=12)
    assert lower.status_code == 200
    assert lower.headers["x-stockade-cache"] == "rejected"  # similar enough to ask the gate; refused
    assert _chat(gateway, "Is the string GOAT in uppercase?", max_tokens=12).headers["x-stockade-cache"] == (
        "hit-exact"
    )


def test_sampled_requests_are_not_cached_unless_asked(gateway) -> None:  # type: ignore[no-untyped-def]
    sampled = _chat(gateway, "Name a fruit.", temperature=0.9)
    assert sampled.headers["x-stockade-cache"] == "bypass"
    opted = _chat(gateway, "Name a vegetable.", temperature=0.9, cache=True)
    assert opted.headers["x-stockade-cache"] == "miss"
    assert (
        _chat(gateway, "Name a vegetable.", temperature=0.9, cache=True).headers["x-stockade-cache"]
        == "hit-exact"
    )


def test_dead_primary_falls_back_to_the_cheaper_model(gateway) -> None:  # type: ignore[no-untyped-def]
    client = OpenAI(base_url=gateway.v1, api_key=gateway.tenant_key, max_retries=0, timeout=60)
    labels = {"from_engine": "remote-dead", "to_engine": SMOL}
    before = metric_value(gateway.base_url, "stockade_gateway_fallbacks_total", **labels)
    for stream in (False, True):
        if stream:
            chunks = list(
                client.chat.completions.create(
                    model="resilient",
                    max_tokens=6,
                    stream=True,
                    messages=[{"role": "user", "content": "Hello"}],
                )
            )
            text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        else:
            text = (
                client.chat.completions.create(
                    model="resilient", max_tokens=6, messages=[{"role": "user", "content": "Hello"}]
                )
                .choices[0]
                .message.content
                or ""
            )
        assert text and text != "Please try later."
        row = ledger_rows(gateway)[-1]
        assert row["model"] == SMOL and "fell back from remote-dead" in row["routing"]
    assert metric_value(gateway.base_url, "stockade_gateway_fallbacks_total", **labels) == before + 2


def test_every_engine_down_gives_the_static_message(gateway) -> None:  # type: ignore[no-untyped-def]
    r = _chat(gateway, "Hello", model="static-only")
    assert r.status_code == 200
    assert r.json()["choices"][0]["message"]["content"] == "Please try later."
