"""The C tools of the throughput benchmark: nginx's canned answer is a valid OpenAI stream, and
wrk's count of requests and of answers that are not a 200 ending in [DONE] is right."""

from __future__ import annotations

import json

import pytest
from openai import OpenAI

from harness.bench.errors import EndpointError
from harness.bench.wrk import chat_body, nginx_standin, parse_wrk, require_tools, run_wrk


def _tools_missing() -> bool:
    try:
        require_tools()
    except EndpointError:
        return True
    return False


pytestmark = pytest.mark.skipif(
    _tools_missing(), reason="needs wrk and nginx (apt-get install wrk nginx-light)"
)


def test_the_canned_answer_streams_through_the_openai_sdk() -> None:
    with nginx_standin(output_tokens=5, prompt_tokens=12) as base_url:
        client = OpenAI(base_url=base_url, api_key="unused")
        chunks = list(
            client.chat.completions.create(
                model="standin",
                messages=[{"role": "user", "content": "anything"}],
                stream=True,
                stream_options={"include_usage": True},
            )
        )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "tok " * 5
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "length"
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 17


def test_wrk_counts_complete_answers_and_flags_the_rest() -> None:
    body = chat_body("standin", prompt_tokens=8, output_tokens=5)
    assert json.loads(body)["stream"] is True
    with nginx_standin(output_tokens=5) as base_url:
        good = run_wrk(base_url, api_key="k", body=body, connections=2, duration_s=1)
        # Another path on the same server answers 404: every one of those must count as incomplete.
        bad = run_wrk(f"{base_url}/missing", api_key="k", body=body, connections=2, duration_s=1)
    # Counts, not speed: how many requests a second nginx answers is the benchmark's business.
    assert good.requests > 0 and good.incomplete == 0 and good.socket_errors == 0
    assert good.latency_ms["p50"] <= good.latency_ms["p99"]
    assert bad.requests > 0 and bad.incomplete == bad.requests


def test_a_run_without_a_summary_is_an_error() -> None:
    with pytest.raises(EndpointError, match="no summary"):
        parse_wrk("unable to connect to 127.0.0.1:1 Connection refused\n")
