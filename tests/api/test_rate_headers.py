"""Anthropic's rate-limit header names derived from tenancy's OpenAI ones."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from api.rate_headers import go_seconds, with_anthropic_names
from tenancy.service import go_duration


@pytest.mark.parametrize("seconds", [0.02, 0.5, 1, 59, 61, 3600, 7384, 86_399])
def test_go_durations_read_back_what_tenancy_writes(seconds: float) -> None:
    assert go_seconds(go_duration(seconds)) == pytest.approx(max(seconds, 0.001), abs=1)


@pytest.mark.parametrize("bad", ["", "soon", "5", "1d", "m", "3x"])
def test_a_malformed_duration_is_none_not_a_guess(bad: str) -> None:
    assert go_seconds(bad) is None


def test_anthropic_names_sit_beside_the_openai_ones() -> None:
    now = datetime(2026, 12, 3, 10, 0, 0, tzinfo=UTC)
    openai = {
        "x-ratelimit-limit-requests": "20",
        "x-ratelimit-remaining-requests": "19",
        "x-ratelimit-reset-requests": "50ms",
        "x-ratelimit-limit-tokens": "1000",
        "x-ratelimit-remaining-tokens": "640",
        "x-ratelimit-reset-tokens": "13h59m30s",
        "request-id": "r1",
    }
    out = with_anthropic_names(openai, now)
    assert {k: out[k] for k in openai} == openai  # nothing of the original is lost
    assert out["anthropic-ratelimit-requests-limit"] == "20"
    assert out["anthropic-ratelimit-requests-remaining"] == "19"
    assert out["anthropic-ratelimit-requests-reset"] == "2026-12-03T10:00:00Z"
    assert out["anthropic-ratelimit-tokens-limit"] == "1000"
    assert out["anthropic-ratelimit-tokens-remaining"] == "640"
    assert out["anthropic-ratelimit-tokens-reset"] == "2026-12-03T23:59:30Z"
    assert with_anthropic_names({"request-id": "r2"}, now) == {"request-id": "r2"}  # no limits, no names
