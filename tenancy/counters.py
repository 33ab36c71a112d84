"""Atomic check-and-reserve over request-rate buckets and token/budget quotas.

All checks of one request pass or fail together, in one step: nothing is reserved unless
everything fits. In-process for the embedded default; one Lua script on Redis when replicas share
limits, so that limits hold for the whole fleet instead of multiplying with the replica count.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import redis.asyncio as aioredis


@dataclass(frozen=True)
class RateCheck:
    key: str
    rate: float  # tokens added per second
    burst: int  # bucket size


@dataclass(frozen=True)
class QuotaCheck:
    key: str
    cap: int
    amount: int
    ttl_s: int  # how long the window's counter must live


Check = RateCheck | QuotaCheck


@dataclass(frozen=True)
class CheckState:
    """After the decision: what is left, and when it frees up."""

    remaining: float
    reset_s: float  # rate: seconds until one request is allowed again; quota: unused here


@dataclass(frozen=True)
class Reservation:
    allowed: bool
    failed_index: int | None  # which check refused
    states: tuple[CheckState, ...]


class Counters(Protocol):
    async def reserve(self, checks: Sequence[Check]) -> Reservation: ...

    async def adjust(self, key: str, delta: int, ttl_s: int) -> int:
        """Correct a quota counter after the fact (release unused reservation, charge extra);
        returns the counter's new value."""
        ...

    async def seed(self, key: str, value: int, ttl_s: int) -> None:
        """Set a quota counter's starting value if it does not exist yet (after a restart)."""
        ...

    async def get(self, key: str) -> int | None: ...

    async def close(self) -> None: ...


class LocalCounters:
    """In-process counters; the embedded default (one process). Seeded from the ledger on first use."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)
        self._quotas: dict[str, int] = {}

    async def reserve(self, checks: Sequence[Check]) -> Reservation:
        with self._lock:
            now = self._clock()
            states: list[CheckState] = []
            failed: int | None = None
            for index, check in enumerate(checks):
                if isinstance(check, RateCheck):
                    tokens, at = self._buckets.get(check.key, (float(check.burst), now))
                    tokens = min(float(check.burst), tokens + (now - at) * check.rate)
                    ok = tokens >= 1.0
                    states.append(
                        CheckState(tokens - (1 if ok else 0), (1 - tokens) / check.rate if not ok else 0)
                    )
                else:
                    used = self._quotas.get(check.key, 0)
                    ok = used + check.amount <= check.cap
                    states.append(CheckState(check.cap - used - (check.amount if ok else 0), 0))
                if not ok and failed is None:
                    failed = index
            if failed is not None:
                return Reservation(False, failed, tuple(states))
            for check in checks:
                if isinstance(check, RateCheck):
                    tokens, at = self._buckets.get(check.key, (float(check.burst), now))
                    tokens = min(float(check.burst), tokens + (now - at) * check.rate)
                    self._buckets[check.key] = (tokens - 1, now)
                else:
                    self._quotas[check.key] = self._quotas.get(check.key, 0) + check.amount
            return Reservation(True, None, tuple(states))

    async def adjust(self, key: str, delta: int, ttl_s: int) -> int:
        with self._lock:
            value = self._quotas[key] = max(0, self._quotas.get(key, 0) + delta)
            return value

    async def seed(self, key: str, value: int, ttl_s: int) -> None:
        with self._lock:
            self._quotas.setdefault(key, value)

    async def get(self, key: str) -> int | None:
        with self._lock:
            return self._quotas.get(key)

    async def close(self) -> None:
        return None


# Evaluates every check, and only if all pass applies them all. Redis runs a script atomically, so
# no other replica's reservation can interleave between the check and the spend.
_RESERVE_LUA = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) + tonumber(now_parts[2]) / 1000000
local n = #KEYS
local failed = 0
local out = {}
local new_tokens = {}
for i = 1, n do
  local kind = ARGV[(i - 1) * 3 + 1]
  local a = tonumber(ARGV[(i - 1) * 3 + 2])
  local b = tonumber(ARGV[(i - 1) * 3 + 3])
  if kind == 'r' then
    -- a = rate per second, b = burst
    local state = redis.call('HMGET', KEYS[i], 't', 'at')
    local tokens = tonumber(state[1]) or b
    local at = tonumber(state[2]) or now
    tokens = math.min(b, tokens + math.max(0, now - at) * a)
    new_tokens[i] = tokens
    if tokens >= 1 then
      out[#out + 1] = tostring(tokens - 1)
      out[#out + 1] = '0'
    else
      if failed == 0 then failed = i end
      out[#out + 1] = tostring(tokens)
      out[#out + 1] = tostring((1 - tokens) / a)
    end
  else
    -- a = cap, b = amount. '%.0f', not tostring: tostring keeps 14 digits, and a quota's
    -- remaining count (a daily token quota up to 2^53 - 1) needs every one of its 16.
    local used = tonumber(redis.call('GET', KEYS[i])) or 0
    if used + b <= a then
      out[#out + 1] = string.format('%.0f', a - used - b)
    else
      if failed == 0 then failed = i end
      out[#out + 1] = string.format('%.0f', a - used)
    end
    out[#out + 1] = '0'
  end
end
if failed == 0 then
  for i = 1, n do
    local kind = ARGV[(i - 1) * 3 + 1]
    if kind == 'r' then
      local rate = tonumber(ARGV[(i - 1) * 3 + 2])
      local burst = tonumber(ARGV[(i - 1) * 3 + 3])
      redis.call('HSET', KEYS[i], 't', tostring(new_tokens[i] - 1), 'at', tostring(now))
      redis.call('EXPIRE', KEYS[i], math.ceil(burst / rate) + 60)
    else
      local amount = tonumber(ARGV[(i - 1) * 3 + 3])
      redis.call('INCRBY', KEYS[i], amount)
      redis.call('EXPIRE', KEYS[i], tonumber(ARGV[n * 3 + i]))
    end
  end
end
table.insert(out, 1, tostring(failed))
return out
"""


class RedisCounters:
    """Counters shared by every gateway replica through Redis."""

    def __init__(self, url: str, prefix: str = "stockade:", max_connections: int = 64) -> None:
        # A blocking pool makes a burst of requests queue for a connection instead of failing.
        pool = aioredis.BlockingConnectionPool.from_url(
            url, decode_responses=True, max_connections=max_connections, timeout=10
        )
        self._redis = aioredis.Redis(connection_pool=pool)
        self._script = self._redis.register_script(_RESERVE_LUA)
        self.prefix = prefix

    async def reserve(self, checks: Sequence[Check]) -> Reservation:
        keys = [self.prefix + c.key for c in checks]
        args: list[str | int | float] = []
        ttls: list[int] = []
        for check in checks:
            if isinstance(check, RateCheck):
                args += ["r", check.rate, check.burst]
                ttls.append(0)
            else:
                args += ["q", check.cap, check.amount]
                ttls.append(check.ttl_s)
        raw = await self._script(keys=keys, args=[*args, *ttls])
        failed = int(raw[0])
        values = [float(v) for v in raw[1:]]
        states = tuple(CheckState(values[i * 2], values[i * 2 + 1]) for i in range(len(checks)))
        return Reservation(failed == 0, failed - 1 if failed else None, states)

    async def adjust(self, key: str, delta: int, ttl_s: int) -> int:
        if delta == 0:
            return await self.get(key) or 0
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incrby(self.prefix + key, delta)
            pipe.expire(self.prefix + key, ttl_s)
            value, _ = await pipe.execute()
        return int(value)

    async def seed(self, key: str, value: int, ttl_s: int) -> None:
        await self._redis.set(self.prefix + key, value, nx=True, ex=ttl_s)

    async def get(self, key: str) -> int | None:
        value = await self._redis.get(self.prefix + key)
        return int(value) if value is not None else None

    async def delete_prefix(self) -> None:
        """Test helper to start from a clean slate in a shared Redis."""
        async for key in self._redis.scan_iter(match=self.prefix + "*"):
            await self._redis.delete(key)

    async def close(self) -> None:
        await self._redis.aclose()
