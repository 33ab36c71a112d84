"""The streamed events' JSON: orjson's output must read back as the standard library's did, and what
orjson refuses (or cannot parse) must still go through as before."""

from __future__ import annotations

import json
import math

import pytest

from api.wire_json import compact_json
from inference.openai_upstream import _parse

CHUNK = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "created": 1764770000,
    "choices": [
        {
            "index": 0,
            "delta": {"content": 'Merhaba, İstanbul\'dan 👋 "quoted"\n'},
            "logprobs": {"content": [{"token": "x", "logprob": -0.25, "top_logprobs": []}]},
            "finish_reason": None,
        }
    ],
    "usage": None,
}


def test_a_chunk_is_compact_utf8_json_that_reads_back_the_same() -> None:
    encoded = compact_json(CHUNK)
    assert encoded == json.dumps(CHUNK, separators=(",", ":"), ensure_ascii=False).encode()
    assert json.loads(encoded) == CHUNK
    assert "İstanbul".encode() in encoded  # not \u-escaped


def test_what_orjson_refuses_is_encoded_by_the_standard_library() -> None:
    huge = {"seed": 2**70, 3: "integer key"}
    assert compact_json(huge) == b'{"seed":1180591620717411303424,"3":"integer key"}'


def test_upstream_events_parse_like_the_standard_library() -> None:
    assert _parse(json.dumps(CHUNK)) == CHUNK
    assert math.isnan(_parse('{"logprob": NaN}')["logprob"])  # orjson refuses NaN; json reads it
    with pytest.raises(json.JSONDecodeError):
        _parse('{"choices": [')
