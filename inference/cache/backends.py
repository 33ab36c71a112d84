"""Where cache entries live: in this process (the embedded default) or in Redis (shared by replicas).

Both search vectors by brute force: one matrix product over a group's entries. A group is one
tenant's questions to one model/app/prompt version with the same parameters and context, so groups
stay in the thousands at most, where a dot product over 384-dim rows takes well under a millisecond;
past that, an ANN index (FAISS, RediSearch) would be the next step.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Protocol

import numpy as np
import redis.asyncio as aioredis
from redis.exceptions import RedisError

from inference.cache.entry import CachedAnswer, CacheEntry
from inference.cache.errors import CacheBackendError


class CacheBackend(Protocol):
    name: str

    async def get(self, group: str, key: str) -> CacheEntry | None: ...

    async def put(self, group: str, entry: CacheEntry, max_entries: int) -> None: ...

    async def candidates(self, group: str) -> tuple[list[CacheEntry], np.ndarray]:
        """Unexpired entries that have a vector, and their vectors as rows of one matrix."""
        ...

    async def clear_tenant(self, tenant_digest: str) -> int:
        """Erase every entry of one tenant (groups start with its digest); returns how many."""
        ...

    async def close(self) -> None: ...


def _empty(dim: int = 0) -> np.ndarray:
    return np.zeros((0, dim), dtype=np.float32)


class InMemoryBackend:
    name = "memory"

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._groups: dict[str, OrderedDict[str, CacheEntry]] = {}
        self._clock = clock

    def _now(self) -> float:
        return self._clock()

    def _live(self, group: str, now: float) -> OrderedDict[str, CacheEntry]:
        """The group with its expired entries dropped. Entries sit in write order and share one TTL,
        so the expired ones are at the front: the sweep stops at the first live entry instead of
        scanning the whole group on every lookup (which cost more than the rest of a request)."""
        entries = self._groups.get(group)
        if entries is None:
            return OrderedDict()
        while entries:
            oldest = next(iter(entries.values()))
            if oldest.expires_at > now:
                break
            entries.popitem(last=False)
        return entries

    async def get(self, group: str, key: str) -> CacheEntry | None:
        now = self._now()
        entry = self._live(group, now).get(key)
        # An entry written with a shorter TTL than those before it is still refused once expired.
        return entry if entry is not None and entry.expires_at > now else None

    async def put(self, group: str, entry: CacheEntry, max_entries: int) -> None:
        entries = self._groups.setdefault(group, OrderedDict())
        entries.pop(entry.key, None)
        entries[entry.key] = entry
        while len(entries) > max_entries:
            entries.popitem(last=False)  # the oldest write goes first

    async def candidates(self, group: str) -> tuple[list[CacheEntry], np.ndarray]:
        now = self._now()
        entries = [e for e in self._live(group, now).values() if e.vector is not None and e.expires_at > now]
        if not entries:
            return [], _empty()
        return entries, np.stack([e.vector for e in entries if e.vector is not None])

    async def clear_tenant(self, tenant_digest: str) -> int:
        groups = [g for g in self._groups if g.startswith(tenant_digest + ":")]
        count = sum(len(self._groups.pop(g)) for g in groups)
        return count

    async def close(self) -> None:
        self._groups.clear()


class RedisBackend:
    """Layout, per group `G` under prefix `P`:
    `P:G:e:<key>` a hash {query, answer, vector} expiring with the entry's TTL;
    `P:G:idx` a sorted set of keys scored by expiry time, for the candidate scan and eviction."""

    name = "redis"

    def __init__(
        self, url: str, prefix: str = "stockade:cache", client: aioredis.Redis | None = None
    ) -> None:
        # redis-py's command signatures are typed for every response shape at once; Any is more honest.
        self._redis: Any = client or aioredis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5)
        self._prefix = prefix

    def _entry_key(self, group: str, key: str) -> str:
        return f"{self._prefix}:{group}:e:{key}"

    def _index_key(self, group: str) -> str:
        return f"{self._prefix}:{group}:idx"

    @staticmethod
    def _decode(key: str, raw: dict[bytes, bytes], expires_at: float) -> CacheEntry | None:
        if not raw or b"answer" not in raw:
            return None
        vector = raw.get(b"vector")
        return CacheEntry(
            key=key,
            query=raw[b"query"].decode(),
            vector=np.frombuffer(vector, dtype=np.float32).copy() if vector else None,
            answer=CachedAnswer.from_json(raw[b"answer"]),
            expires_at=expires_at,
        )

    async def get(self, group: str, key: str) -> CacheEntry | None:
        try:
            async with self._redis.pipeline(transaction=False) as pipe:
                pipe.hgetall(self._entry_key(group, key))
                pipe.zscore(self._index_key(group), key)
                raw, expires_at = await pipe.execute()
        except RedisError as exc:
            raise CacheBackendError(f"redis cache unavailable: {exc}") from exc
        return self._decode(key, raw, float(expires_at or 0))

    async def put(self, group: str, entry: CacheEntry, max_entries: int) -> None:
        ttl_ms = max(1, int((entry.expires_at - time.time()) * 1000))
        mapping: dict[str, str | bytes] = {"query": entry.query, "answer": entry.answer.to_json()}
        if entry.vector is not None:
            mapping["vector"] = np.asarray(entry.vector, dtype=np.float32).tobytes()
        index = self._index_key(group)
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.hset(self._entry_key(group, entry.key), mapping=mapping)
                pipe.pexpire(self._entry_key(group, entry.key), ttl_ms)
                pipe.zadd(index, {entry.key: entry.expires_at})
                pipe.zremrangebyscore(index, "-inf", time.time())
                pipe.pexpire(index, ttl_ms)
                pipe.zcard(index)
                *_, size = await pipe.execute()
            if size > max_entries:
                # Entries all share one TTL, so the soonest to expire is the oldest write.
                evicted = await self._redis.zpopmin(index, size - max_entries)
                if evicted:
                    await self._redis.delete(*(self._entry_key(group, k.decode()) for k, _ in evicted))
        except RedisError as exc:
            raise CacheBackendError(f"redis cache unavailable: {exc}") from exc

    async def candidates(self, group: str) -> tuple[list[CacheEntry], np.ndarray]:
        index = self._index_key(group)
        try:
            await self._redis.zremrangebyscore(index, "-inf", time.time())
            members = await self._redis.zrange(index, 0, -1, withscores=True)
            if not members:
                return [], _empty()
            async with self._redis.pipeline(transaction=False) as pipe:
                for key, _ in members:
                    pipe.hgetall(self._entry_key(group, key.decode()))
                rows = await pipe.execute()
        except RedisError as exc:
            raise CacheBackendError(f"redis cache unavailable: {exc}") from exc
        entries = [
            entry
            for (key, expires_at), raw in zip(members, rows, strict=True)
            if (entry := self._decode(key.decode(), raw, float(expires_at))) is not None
            and entry.vector is not None
        ]
        if not entries:
            return [], _empty()
        return entries, np.stack([e.vector for e in entries if e.vector is not None])

    async def clear_tenant(self, tenant_digest: str) -> int:
        count = 0
        try:
            async for key in self._redis.scan_iter(match=f"{self._prefix}:{tenant_digest}:*", count=500):
                count += int(b":e:" in key)
                await self._redis.delete(key)
        except RedisError as exc:
            raise CacheBackendError(f"redis cache unavailable: {exc}") from exc
        return count

    async def close(self) -> None:
        await self._redis.aclose()
