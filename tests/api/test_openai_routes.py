"""The OpenAI-compatible routes through the official openai SDK against the real embedded models."""

from __future__ import annotations

import base64
import json
import re
import time

import httpx
import numpy as np
import openai
import pytest
from openai import OpenAI

from ..conftest import metric_value  # type: ignore[import-not-found]

QWEN = "qwen2.5-coder-0.5b-instruct"
SMOL = "smollm2-135m-instruct"
MINILM = "all-minilm-l6-v2"


@pytest.fixture(scope="module")
def client(server) -> OpenAI:  # type: ignore[no-untyped-def]
    return OpenAI(base_url=server.v1, api_key=server.tenant_key, max_retries=0, timeout=120)


def test_models_lists_the_catalog_with_qwen_as_default(client: OpenAI) -> None:
    models = {m.id: m for m in client.models.list().data}
    assert {QWEN, SMOL, MINILM} <= set(models)
    assert models[QWEN].model_extra is not None and models[QWEN].model_extra["default"] is True
    assert models[SMOL].model_extra is not None and models[SMOL].model_extra["default"] is False
    for model_id in (QWEN, SMOL, MINILM):  # one model by id carries the same extensions as the list
        one = client.models.retrieve(model_id)
        assert one.model_dump() == models[model_id].model_dump()
        assert one.model_extra is not None and {"kind", "tier", "context_length", "ready", "default"} <= set(
            one.model_extra
        )


def test_qwen_answers_capital_of_france_streamed(client: OpenAI) -> None:
    stream = client.chat.completions.create(
        model=QWEN,
        messages=[{"role": "user", "content": "What is the capital of France?"}],
        temperature=0,
        max_tokens=40,
        stream=True,
        stream_options={"include_usage": True},
    )
    text, usage, finish = "", None, None
    for chunk in stream:
        if chunk.choices:
            text += chunk.choices[0].delta.content or ""
            finish = chunk.choices[0].finish_reason or finish
        if chunk.usage:
            usage = chunk.usage
    assert "Paris" in text
    assert finish == "stop"
    assert usage is not None and usage.completion_tokens > 0
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


def test_usage_matches_llama_cpp_reference_exactly(client: OpenAI, smollm2_path) -> None:  # type: ignore[no-untyped-def]
    """Token counts equal llama-cpp-python's own chat completion on the same GGUF (greedy)."""
    from llama_cpp import Llama

    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Name a colour."}]
    reference = Llama(model_path=str(smollm2_path), n_ctx=2048, n_threads=1, n_threads_batch=1, verbose=False)
    expected = reference.create_chat_completion(messages=messages, temperature=0, max_tokens=12)  # type: ignore[arg-type]
    ours = client.chat.completions.create(model=SMOL, messages=messages, temperature=0, max_tokens=12)  # type: ignore[arg-type]
    assert ours.usage is not None
    assert ours.usage.prompt_tokens == expected["usage"]["prompt_tokens"]  # type: ignore[index]
    assert ours.usage.completion_tokens == expected["usage"]["completion_tokens"]  # type: ignore[index]
    assert ours.choices[0].message.content == expected["choices"][0]["message"]["content"]  # type: ignore[index]


def test_raw_stream_is_sse_with_done_and_no_usage_unless_asked(server) -> None:  # type: ignore[no-untyped-def]
    body = {
        "model": SMOL,
        "messages": [{"role": "user", "content": "Hi"}],
        "max_tokens": 5,
        "stream": True,
        "temperature": 0,
    }
    headers = {"Authorization": f"Bearer {server.tenant_key}"}
    with httpx.stream("POST", server.v1 + "/chat/completions", json=body, headers=headers, timeout=60) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in r.iter_lines() if line]
    assert lines[-1] == "data: [DONE]"
    chunks = [json.loads(line[6:]) for line in lines[:-1]]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert all("usage" not in c for c in chunks)
    assert chunks[-1]["choices"][0]["finish_reason"] in ("stop", "length")


def test_max_tokens_ends_with_length_and_exact_count(client: OpenAI) -> None:
    r = client.chat.completions.create(
        model=SMOL,
        messages=[{"role": "user", "content": "Count from one to fifty in words."}],
        temperature=0,
        max_tokens=7,
    )
    assert r.choices[0].finish_reason == "length"
    assert r.usage is not None and r.usage.completion_tokens == 7


def test_stop_sequence_cuts_the_answer(client: OpenAI) -> None:
    free = client.completions.create(model=SMOL, prompt="1, 2, 3, 4, 5,", max_tokens=12, temperature=0)
    assert " 7" in free.choices[0].text, free.choices[0].text
    cut = client.completions.create(
        model=SMOL, prompt="1, 2, 3, 4, 5,", max_tokens=12, temperature=0, stop=[" 7"]
    )
    assert cut.choices[0].finish_reason == "stop"
    assert " 7" not in cut.choices[0].text
    assert free.choices[0].text.startswith(cut.choices[0].text)


def test_seed_makes_sampling_repeatable(client: OpenAI) -> None:
    def sample(seed: int) -> str:
        r = client.chat.completions.create(
            model=SMOL,
            messages=[{"role": "user", "content": "Write a word."}],
            temperature=1.0,
            top_p=0.95,
            max_tokens=12,
            seed=seed,
        )
        return r.choices[0].message.content or ""

    assert sample(1234) == sample(1234)
    assert len({sample(s) for s in (1, 2, 3, 4)}) > 1


def test_completions_route_plain_prompt_and_stream(client: OpenAI) -> None:
    r = client.completions.create(model=SMOL, prompt="The capital of France is", max_tokens=4, temperature=0)
    assert r.object == "text_completion"
    assert r.usage is not None and r.usage.completion_tokens <= 4
    streamed = "".join(
        c.choices[0].text
        for c in client.completions.create(
            model=SMOL, prompt="The capital of France is", max_tokens=4, temperature=0, stream=True
        )
        if c.choices
    )
    assert streamed == r.choices[0].text


def test_embeddings_float_and_base64_agree_and_mean_something(client: OpenAI, server) -> None:  # type: ignore[no-untyped-def]
    texts = ["The cat sat on the mat.", "A kitten is sitting on a rug.", "Quarterly revenue grew by 4%."]
    as_b64 = client.embeddings.create(model=MINILM, input=texts)  # the SDK asks for base64 by default
    vectors = np.array([d.embedding for d in as_b64.data])
    assert vectors.shape == (3, 384)
    raw = httpx.post(
        server.v1 + "/embeddings",
        json={"model": MINILM, "input": texts, "encoding_format": "float"},
        headers={"Authorization": f"Bearer {server.tenant_key}"},
        timeout=60,
    ).json()
    floats = np.array([d["embedding"] for d in raw["data"]])
    np.testing.assert_allclose(vectors, floats, rtol=1e-5, atol=1e-6)
    b64 = httpx.post(
        server.v1 + "/embeddings",
        json={"model": MINILM, "input": texts[:1], "encoding_format": "base64"},
        headers={"Authorization": f"Bearer {server.tenant_key}"},
        timeout=60,
    ).json()["data"][0]["embedding"]
    np.testing.assert_allclose(
        np.frombuffer(base64.b64decode(b64), dtype="<f4"), floats[0], rtol=1e-5, atol=1e-6
    )
    similar, unrelated = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    assert similar > unrelated + 0.3
    assert as_b64.usage.prompt_tokens == raw["usage"]["prompt_tokens"] > 10


def test_client_disconnect_stops_generation(server) -> None:  # type: ignore[no-untyped-def]
    def cancelled_tokens() -> float:
        text = httpx.get(server.base_url + "/metrics", timeout=60).text
        match = re.search(
            r"stockade_engine_generated_tokens_total"
            r'\{finish="cancelled",model="smollm2-135m-instruct"\} ([0-9.e+]+)',
            text,
        )
        return float(match.group(1)) if match else 0.0

    before = cancelled_tokens()
    body = {
        "model": SMOL,
        "messages": [{"role": "user", "content": "Write a very long story about a dragon."}],
        "max_tokens": 1500,
        "stream": True,
        "temperature": 0.8,
        "seed": 1,
    }
    headers = {"Authorization": f"Bearer {server.tenant_key}"}
    with httpx.stream("POST", server.v1 + "/chat/completions", json=body, headers=headers, timeout=60) as r:
        for i, _ in enumerate(r.iter_lines()):
            if i > 6:
                break
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and cancelled_tokens() == before:
        time.sleep(0.2)
    stopped_after = cancelled_tokens() - before
    assert 0 < stopped_after < 1000, stopped_after


def test_concurrent_requests_are_queued_and_all_answered(client: OpenAI) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def ask(i: int) -> str:
        r = client.chat.completions.create(
            model=SMOL,
            messages=[{"role": "user", "content": f"Say the number {i}."}],
            max_tokens=8,
            temperature=0,
        )
        return r.choices[0].finish_reason

    with ThreadPoolExecutor(4) as pool:
        reasons = list(pool.map(ask, range(4)))
    assert all(reason in ("stop", "length") for reason in reasons)


# errors ---------------------------------------------------------------------------------------
def _error(response: httpx.Response) -> dict:  # type: ignore[type-arg]
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert "Traceback" not in response.text
    return body["error"]  # type: ignore[no-any-return]


def test_unknown_model_is_404(client: OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as info:
        client.chat.completions.create(model="gpt-9", messages=[{"role": "user", "content": "x"}])
    assert info.value.code == "model_not_found"


def test_embedding_model_on_chat_route_is_400(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(model=MINILM, messages=[{"role": "user", "content": "x"}])


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"model": SMOL, "messages": []}, "messages"),
        ({"model": SMOL, "messages": "hello"}, "messages"),
        (
            {"model": SMOL, "messages": [{"role": "user", "content": "x"}], "temperature": "hot"},
            "temperature",
        ),
        ({"model": SMOL, "messages": [{"role": "user", "content": "x"}], "max_tokens": "10"}, "max_tokens"),
        ({"model": SMOL, "messages": [{"role": "user", "content": "x"}], "max_tokens": 0}, "max_tokens"),
        ({"model": SMOL, "messages": [{"role": "user", "content": "x"}], "n": 2}, "n"),
        ({"model": SMOL, "messages": [{"role": "wizard", "content": "x"}]}, "messages.0.role"),
        ({"model": SMOL, "messages": [{"role": "user", "content": "x"}], "max_tokens": 9000}, "max_tokens"),
        ({"messages": [{"role": "user", "content": "x"}]}, "model"),
    ],
)
def test_invalid_bodies_are_400_in_openai_shape(server, body, param) -> None:  # type: ignore[no-untyped-def]
    r = httpx.post(
        server.v1 + "/chat/completions",
        json=body,
        headers={"Authorization": f"Bearer {server.tenant_key}"},
        timeout=60,
    )
    assert r.status_code == 400, r.text
    error = _error(r)
    assert error["type"] == "invalid_request_error"
    assert error["param"] == param


def test_malformed_json_is_400(server) -> None:  # type: ignore[no-untyped-def]
    r = httpx.post(
        server.v1 + "/chat/completions",
        content=b'{"model": ',
        headers={"Authorization": f"Bearer {server.tenant_key}", "content-type": "application/json"},
        timeout=60,
    )
    assert r.status_code == 400
    assert _error(r)["code"] == "invalid_json"


def test_oversized_body_is_413_declared_or_chunked(server) -> None:  # type: ignore[no-untyped-def]
    limit = server.app.state.stockade.settings.limits.max_body_bytes
    big = json.dumps({"model": SMOL, "messages": [{"role": "user", "content": "x" * (limit + 10)}]}).encode()
    headers = {"Authorization": f"Bearer {server.tenant_key}", "content-type": "application/json"}
    declared = httpx.post(server.v1 + "/chat/completions", content=big, headers=headers, timeout=60)
    assert declared.status_code == 413
    assert _error(declared)["code"] == "request_too_large"

    def chunks():  # type: ignore[no-untyped-def]
        for i in range(0, len(big), 65536):
            yield big[i : i + 65536]

    chunked = httpx.post(server.v1 + "/chat/completions", content=chunks(), headers=headers, timeout=60)
    assert chunked.status_code == 413
    assert _error(chunked)["code"] == "request_too_large"


def test_unknown_route_is_404_in_openai_shape(server) -> None:  # type: ignore[no-untyped-def]
    r = httpx.get(server.v1 + "/nope", headers={"Authorization": f"Bearer {server.tenant_key}"}, timeout=60)
    assert r.status_code == 404
    _error(r)


def test_request_id_is_echoed_or_made_and_traceparent_accepted(server) -> None:  # type: ignore[no-untyped-def]
    made = httpx.get(server.base_url + "/healthz", timeout=60)
    assert re.fullmatch(r"[0-9a-f]{32}", made.headers["x-request-id"])
    echoed = httpx.get(server.base_url + "/healthz", headers={"x-request-id": "req-abc.123"}, timeout=60)
    assert echoed.headers["x-request-id"] == "req-abc.123"
    hostile = httpx.get(
        server.base_url + "/healthz", headers={"x-request-id": "bad id\twith spaces"}, timeout=60
    )
    assert hostile.headers["x-request-id"] != "bad id\twith spaces"
    trace = "4bf92f3577b34da6a3ce929d0e0e4736"
    traced = httpx.get(
        server.base_url + "/healthz",
        headers={"traceparent": f"00-{trace}-00f067aa0ba902b7-01"},
        timeout=60,
    )
    assert traced.headers["x-trace-id"] == trace


def test_health_ready_and_metrics(server) -> None:  # type: ignore[no-untyped-def]
    assert httpx.get(server.base_url + "/healthz", timeout=60).json() == {"status": "ok"}
    ready = httpx.get(server.base_url + "/readyz", timeout=60)
    assert ready.status_code == 200
    assert ready.json()["models"][QWEN]["status"] == "ready"

    def served() -> float:
        return metric_value(
            server.base_url, "stockade_requests_total", route="chat", model=SMOL, status="200"
        )

    def first_tokens() -> float:
        return metric_value(server.base_url, "stockade_time_to_first_token_seconds_count", model=SMOL)

    before = served(), first_tokens()
    ok = httpx.post(
        server.v1 + "/chat/completions",
        headers={"Authorization": f"Bearer {server.tenant_key}"},
        json={"model": SMOL, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 2},
        timeout=120,
    )
    assert ok.status_code == 200
    assert served() == before[0] + 1
    assert first_tokens() == before[1] + 1
