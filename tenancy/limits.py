"""Per-tenant (and optionally per-key) limits, stored in SQL so every replica sees the same values.

Limits change without a restart: replicas re-read them after a short TTL, and the process that
made a change drops its cache at once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import select

from tenancy.db.tables import BIG_COUNT_MAX, INTEGER_MAX, LimitsRow
from tenancy.storage import StorageError, Store
from tenancy.timed_cache import TimedCache


class Limits(BaseModel):
    """`None` means unlimited. Token and budget windows follow the tenant's own day boundary."""

    # Python's JSON reader takes `Infinity`; an infinite rate has no bucket size.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    requests_per_second: float | None = Field(default=None, gt=0)
    burst: int | None = Field(
        default=None, ge=1, le=INTEGER_MAX, description="bucket size; default max(1, 2 x rate)"
    )
    daily_tokens: int | None = Field(default=None, ge=0, le=BIG_COUNT_MAX)
    monthly_budget: float | None = Field(default=None, ge=0, description="currency units per month")
    budget_policy: str = Field(default="hard", pattern="^(hard|soft)$")
    timezone: str = "UTC"
    max_tokens_per_request: int | None = Field(
        default=None, ge=1, le=INTEGER_MAX, description="cap on a request's max_tokens"
    )
    max_prompt_tokens: int | None = Field(
        default=None, ge=1, le=INTEGER_MAX, description="cap on a request's prompt"
    )

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    def bucket_size(self) -> int:
        if self.burst is not None:
            return self.burst
        return max(1, int(2 * (self.requests_per_second or 1)))


def tenant_subject(tenant_id: str) -> str:
    return f"tenant:{tenant_id}"


def key_subject(key_id: str) -> str:
    return f"key:{key_id}"


def _to_limits(row: LimitsRow | None) -> Limits:
    if row is None:
        return Limits()
    # Not validated again: a row written before the bounds above (SQLite holds more) still applies.
    return Limits.model_construct(
        requests_per_second=row.requests_per_second,
        burst=row.burst,
        daily_tokens=row.daily_tokens,
        monthly_budget=row.monthly_budget,
        budget_policy=row.budget_policy,
        timezone=row.timezone,
        max_tokens_per_request=row.max_tokens_per_request,
        max_prompt_tokens=row.max_prompt_tokens,
    )


class LimitsRepository:
    def __init__(self, store: Store, cache_ttl_s: float = 2.0) -> None:
        self.store = store
        self.cache: TimedCache[str, Limits] = TimedCache(cache_ttl_s)

    def get(self, subject: str) -> Limits:
        cached = self.cache.get(subject)
        return cached if cached is not None else self.load(subject)

    def load(self, subject: str) -> Limits:
        """Reads the database (never the cache) and caches what it read."""
        started = time.monotonic()
        with self.store.session() as session:
            limits = _to_limits(session.get(LimitsRow, subject))
        self.cache.put(subject, limits, started)
        return limits

    def set(self, subject: str, limits: Limits) -> Limits:
        with self.store.session() as session:
            row = session.get(LimitsRow, subject)
            if row is None:
                row = LimitsRow(subject=subject)
                session.add(row)
            row.requests_per_second = limits.requests_per_second
            row.burst = limits.burst
            row.daily_tokens = limits.daily_tokens
            row.monthly_budget = limits.monthly_budget
            row.budget_policy = limits.budget_policy
            row.timezone = limits.timezone
            row.max_tokens_per_request = limits.max_tokens_per_request
            row.max_prompt_tokens = limits.max_prompt_tokens
        self.cache.forget(subject)
        return limits

    def set_for_tenant(self, tenant_name: str, limits: Limits) -> Limits:
        tenant = self.store.tenant_by_name(tenant_name)
        if tenant is None:
            raise StorageError(f"no tenant named {tenant_name!r}")
        return self.set(tenant_subject(tenant.id), limits)

    def all(self) -> dict[str, Limits]:
        with self.store.session() as session:
            return {row.subject: _to_limits(row) for row in session.scalars(select(LimitsRow))}


@dataclass(frozen=True)
class Windows:
    """The tenant's current day and month, in its own time zone, and when each ends."""

    day: str
    month: str
    day_reset_s: float
    month_reset_s: float


def windows(limits: Limits, now: datetime | None = None) -> Windows:
    if now is not None:
        return _windows(limits.timezone, now)
    # Every admission asks; the calendar arithmetic is done once per second and zone.
    current = time.time()
    second = int(current)
    start = _windows_from_second(limits.timezone, second)
    elapsed = current - second
    return replace(
        start,
        day_reset_s=max(1.0, start.day_reset_s - elapsed),
        month_reset_s=max(1.0, start.month_reset_s - elapsed),
    )


@lru_cache(maxsize=64)
def _windows_from_second(timezone: str, second: int) -> Windows:
    return _windows(timezone, datetime.fromtimestamp(second, UTC))


def _windows(timezone: str, now: datetime) -> Windows:
    zone = ZoneInfo(timezone)
    local = now.astimezone(zone)
    day_start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    # Adding a day to local midnight and re-localising handles DST days of 23 or 25 hours.
    next_day = (day_start + timedelta(days=1)).replace(tzinfo=None)
    next_day_aware = next_day.replace(tzinfo=zone)
    month_start = day_start.replace(day=1).replace(tzinfo=None)
    next_month = (month_start + timedelta(days=32)).replace(day=1).replace(tzinfo=zone)
    return Windows(
        day=local.strftime("%Y-%m-%d"),
        month=local.strftime("%Y-%m"),
        day_reset_s=max(1.0, (next_day_aware - local).total_seconds()),
        month_reset_s=max(1.0, (next_month - local).total_seconds()),
    )
