"""The caller's rate-limit state in Anthropic's dialect.

Tenancy reports it once, in OpenAI's headers (x-ratelimit-{limit,remaining,reset}-{requests,tokens},
resets as Go durations); the Messages door adds Anthropic's names beside them
(anthropic-ratelimit-{requests,tokens}-{limit,remaining,reset}, resets as RFC 3339 instants), which
Anthropic's clients and dashboards read."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

_GO_DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$")


def go_seconds(duration: str) -> float | None:
    """Seconds in a Go duration as tenancy writes them (20ms, 1s, 6m0s, 2h3m4s); None if malformed."""
    match = _GO_DURATION.match(duration)
    if match is None or not any(match.groups()):
        return None
    hours, minutes, seconds, millis = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds + millis / 1000


def with_anthropic_names(headers: Mapping[str, str], now: datetime | None = None) -> dict[str, str]:
    out = dict(headers)
    moment = now or datetime.now(UTC)
    for kind in ("requests", "tokens"):
        if (limit := headers.get(f"x-ratelimit-limit-{kind}")) is not None:
            out[f"anthropic-ratelimit-{kind}-limit"] = limit
        if (remaining := headers.get(f"x-ratelimit-remaining-{kind}")) is not None:
            out[f"anthropic-ratelimit-{kind}-remaining"] = remaining
        reset = go_seconds(headers.get(f"x-ratelimit-reset-{kind}", ""))
        if reset is not None:
            instant = (moment + timedelta(seconds=reset)).replace(microsecond=0)
            out[f"anthropic-ratelimit-{kind}-reset"] = instant.isoformat().replace("+00:00", "Z")
    return out
