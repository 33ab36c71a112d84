"""Stand-in OpenAI servers with known injected delays, started once per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from harness.bench.harness import standin
from harness.bench.tokenizer import HFTokenizer, minilm_tokenizer_path

# Injected delays. Tests use them only as lower bounds: a measured TTFT can never be below TTFT_MS
# (the server sleeps that long before its first chunk). Upper bounds would depend on how busy the
# machine is, which is what the benchmarks measure and tests must not.
TTFT_MS = 60.0
ITL_MS = 15.0


@pytest.fixture(scope="session")
def slow_standin() -> Iterator[str]:
    with standin(ttft_ms=TTFT_MS, itl_ms=ITL_MS) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def instant_standin() -> Iterator[str]:
    with standin() as base_url:
        yield base_url


@pytest.fixture(scope="session")
def minilm() -> HFTokenizer:
    return HFTokenizer(minilm_tokenizer_path(), name="minilm")
