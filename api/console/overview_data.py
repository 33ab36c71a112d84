"""The Overview's figures over time, bucketed from the ledger's rows (and, for the guard chart, from
the audit records that mark guard findings and blocks): the charts' JSON and the same numbers as
table rows. Pure functions of the rows; the page module reads them with the caller's permissions."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tenancy.ledger import LedgerPoint

# range -> (span, bucket): about 12 to 48 points on every chart.
RANGES: dict[str, tuple[timedelta, timedelta]] = {
    "1h": (timedelta(hours=1), timedelta(minutes=5)),
    "24h": (timedelta(hours=24), timedelta(hours=1)),
    "7d": (timedelta(days=7), timedelta(hours=6)),
    "30d": (timedelta(days=30), timedelta(days=1)),
}
SPLITS = ("model", "tenant")
# Distinguishable on white and for the common colour-vision deficiencies (Okabe-Ito).
COLORS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442")
MAX_GROUPS = 7  # more groups than this: the smallest are summed as "other"
OTHER = "other"


@dataclass(frozen=True)
class Window:
    range: str
    since: datetime
    until: datetime
    step: timedelta

    @classmethod
    def ending(cls, range_key: str, now: datetime | None = None) -> Window:
        span, step = RANGES[range_key]
        now = now or datetime.now(UTC)
        # The last bucket ends at the next step boundary, so buckets stay put between reloads.
        step_s = step.total_seconds()
        until = datetime.fromtimestamp(math.ceil(now.timestamp() / step_s) * step_s, UTC)
        return cls(range_key, until - span, until, step)

    @property
    def starts(self) -> list[datetime]:
        count = round((self.until - self.since) / self.step)
        return [self.since + i * self.step for i in range(count)]

    def index(self, moment: datetime) -> int | None:
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite drops the zone
        if not self.since <= moment < self.until:
            return None
        return int((moment - self.since) / self.step)


def percentile(values: Sequence[float], p: float) -> float | None:
    """Nearest-rank percentile: a value that really occurred (None for no values)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(p / 100 * len(ordered)) - 1, 0)]


def is_error(point: LedgerPoint) -> bool:
    """The gateway's or engine's failure; a client that left (499) is not one."""
    return point.http_status >= 400 and point.http_status != 499


@dataclass
class _Bucket:
    requests: Counter[str] = field(default_factory=Counter)
    cost: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    input_tokens: int = 0
    output_tokens: int = 0
    errors: int = 0
    ttft: list[float] = field(default_factory=list)
    output_blocks: int = 0
    findings: int = 0
    input_blocks: int = 0

    @property
    def total(self) -> int:
        return sum(self.requests.values())


@dataclass(frozen=True)
class Overview:
    window: Window
    charts: dict[str, dict[str, Any]]  # name -> {x, labels, y, colors}: what console.js draws
    rows: list[dict[str, Any]]  # one per bucket, for the table
    guard: bool  # whether the guard figures are in (they need audit.read)


def _groups(points: Sequence[LedgerPoint], split: str) -> list[str]:
    sizes = Counter(getattr(p, split) or "-" for p in points)
    ranked = [name for name, _ in sizes.most_common()]
    return ranked if len(ranked) <= MAX_GROUPS + 1 else [*ranked[:MAX_GROUPS], OTHER]


def _chart(window: Window, labels: list[str], y: list[list[Any]]) -> dict[str, Any]:
    return {
        "x": [int(start.timestamp()) for start in window.starts],
        "labels": labels,
        "y": y,
        "colors": list(COLORS),
    }


def overview(
    window: Window,
    points: Sequence[LedgerPoint],
    split: str,
    guard_events: Sequence[tuple[datetime, str]] | None,
) -> Overview:
    groups = _groups(points, split)
    known = set(groups)
    buckets = [_Bucket() for _ in window.starts]
    for point in points:
        i = window.index(point.ts)
        if i is None:
            continue
        bucket = buckets[i]
        name = getattr(point, split) or "-"
        name = name if name in known else OTHER
        bucket.requests[name] += 1
        bucket.cost[name] += point.cost
        bucket.input_tokens += point.input_tokens
        bucket.output_tokens += point.output_tokens
        bucket.errors += is_error(point)
        bucket.output_blocks += point.finish_reason == "invalid_output"
        if point.ttft_ms is not None:
            bucket.ttft.append(point.ttft_ms)
    for moment, kind in guard_events or ():
        i = window.index(moment)
        if i is not None:
            if kind == "block":
                buckets[i].input_blocks += 1
            else:
                buckets[i].findings += 1

    p50 = [percentile(b.ttft, 50) for b in buckets]
    p99 = [percentile(b.ttft, 99) for b in buckets]
    error_pct = [round(100 * b.errors / b.total, 2) if b.total else None for b in buckets]
    charts = {
        "requests": _chart(window, groups, [[b.requests[g] for b in buckets] for g in groups]),
        "tokens": _chart(
            window,
            ["input", "output"],
            [[b.input_tokens for b in buckets], [b.output_tokens for b in buckets]],
        ),
        "cost": _chart(window, groups, [[round(b.cost[g], 8) for b in buckets] for g in groups]),
        "errors": _chart(window, ["error %"], [error_pct]),
        "ttft": _chart(
            window,
            ["p50 ms", "p99 ms"],
            [[_ms(v) for v in p50], [_ms(v) for v in p99]],
        ),
    }
    if guard_events is not None:
        charts["guard"] = _chart(
            window,
            ["input findings", "input blocks", "output blocks"],
            [
                [b.findings for b in buckets],
                [b.input_blocks for b in buckets],
                [b.output_blocks for b in buckets],
            ],
        )
    rows = [
        {
            "from": start,
            "requests": b.total,
            "input_tokens": b.input_tokens,
            "output_tokens": b.output_tokens,
            "cost": round(sum(b.cost.values()), 8),
            "error_pct": error_pct[i],
            "ttft_p50": _ms(p50[i]),
            "ttft_p99": _ms(p99[i]),
            "findings": b.findings,
            "input_blocks": b.input_blocks,
            "output_blocks": b.output_blocks,
        }
        for i, (start, b) in enumerate(zip(window.starts, buckets, strict=True))
    ]
    return Overview(window, charts, rows, guard_events is not None)


def _ms(value: float | None) -> float | None:
    return round(value, 1) if value is not None else None
