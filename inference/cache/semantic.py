"""The response cache: exact match first, then semantic match behind the near-miss gate.

lookup = await cache.lookup(request)        # before routing/generation
if lookup.hit: serve replay(lookup.answer)  # metered as cached tokens, zero cost
else: generate, then await cache.store(request, answer, lookup)
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np
from opentelemetry import trace

from inference.cache.backends import CacheBackend, InMemoryBackend, RedisBackend
from inference.cache.embedding import Embedder
from inference.cache.entry import CachedAnswer, CacheEntry
from inference.cache.errors import CacheBackendError, CacheConfigError, InvalidCacheRequest
from inference.cache.gate import NearMissGate
from inference.cache.keys import CacheRequest, exact_key, group_key, tenant_digest
from inference.cache.metrics import LOOKUPS, STORES
from inference.cache.settings import CacheSettings

log = logging.getLogger(__name__)
tracer = trace.get_tracer(__name__)

Outcome = Literal["exact", "semantic", "miss", "rejected", "bypass", "error"]


@dataclass(frozen=True)
class CacheLookup:
    outcome: Outcome
    answer: CachedAnswer | None = None
    similarity: float | None = None  # best similarity seen (hit or refused candidate)
    matched_query: str | None = None  # the cached question that was served or refused
    reason: str = ""
    vector: np.ndarray | None = None  # the query's embedding: reuse it for store() and routing

    @property
    def hit(self) -> bool:
        return self.answer is not None


class SemanticCache:
    def __init__(
        self,
        settings: CacheSettings,
        embedder: Embedder | None = None,
        backend: CacheBackend | None = None,
        gate: NearMissGate | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if settings.semantic and embedder is None:
            raise CacheConfigError("semantic caching needs an embedder (or set semantic: false)")
        self.settings = settings
        self._embedder = embedder
        if backend is None:
            backend = (
                RedisBackend(settings.redis_url, settings.key_prefix)
                if settings.redis_url
                else InMemoryBackend()
            )
        self.backend = backend
        self.gate = gate or NearMissGate(settings.gate)
        self._clock = clock  # wall-clock seconds: expiry times are shared with other replicas

    def cacheable(self, request: CacheRequest) -> bool:
        return self.settings.enabled and (
            request.params.temperature == 0 or request.opt_in or self.settings.cache_nondeterministic
        )

    async def _embed(self, text: str) -> np.ndarray:
        assert self._embedder is not None
        vectors = await asyncio.to_thread(self._embedder.embed, [text])
        return np.asarray(vectors[0], dtype=np.float32)

    async def lookup(self, request: CacheRequest) -> CacheLookup:
        with tracer.start_as_current_span("gateway.cache_lookup") as span:
            result = await self._lookup(request)
            span.set_attribute("cache.outcome", result.outcome)
            if result.similarity is not None:
                span.set_attribute("cache.similarity", result.similarity)
        LOOKUPS.labels(result.outcome).inc()
        return result

    async def _lookup(self, request: CacheRequest) -> CacheLookup:
        query = request.query  # raises InvalidCacheRequest without a user message
        if not query.strip():
            raise InvalidCacheRequest("the user message is empty")
        if not self.cacheable(request):
            return CacheLookup("bypass", reason="sampled request (temperature > 0) without opt-in")
        group = group_key(request)
        try:
            exact = await self.backend.get(group, exact_key(request))
            if exact is not None:
                return CacheLookup("exact", exact.answer, 1.0, exact.query, "same question")
            if not self.settings.semantic:
                return CacheLookup("miss", reason="no exact match")
            vector = await self._embed(query)
            entries, matrix = await self.backend.candidates(group)
        except CacheBackendError as exc:
            log.warning("cache lookup skipped: %s", exc)
            return CacheLookup("error", reason=str(exc))
        if not entries:
            return CacheLookup("miss", reason="nothing cached in this partition", vector=vector)
        similarities = matrix @ vector
        order = np.argsort(-similarities)[: self.settings.gate_candidates]
        best = float(similarities[order[0]])
        refused: list[str] = []
        for index in order:
            similarity = float(similarities[index])
            if similarity < self.settings.similarity_threshold:
                break
            candidate = entries[int(index)]
            verdict = self.gate.check(query, candidate.query)
            if verdict.accepted:
                return CacheLookup(
                    "semantic", candidate.answer, similarity, candidate.query, "similar question", vector
                )
            refused.append(f"{candidate.query!r}: {verdict.check} differ ({verdict.detail})")
        if refused:
            return CacheLookup(
                "rejected",
                None,
                best,
                entries[int(order[0])].query,
                "near miss: " + "; ".join(refused),
                vector,
            )
        return CacheLookup(
            "miss", None, best, reason=f"best similarity {best:.3f} below threshold", vector=vector
        )

    async def store(
        self, request: CacheRequest, answer: CachedAnswer, lookup: CacheLookup | None = None
    ) -> bool:
        """Caches a finished answer; returns whether it was stored. Cancelled or empty answers and
        sampled requests without opt-in are not."""
        if not self.cacheable(request) or answer.finish_reason == "cancelled" or not answer.text:
            return False
        query = request.query
        vector: np.ndarray | None = None
        if self.settings.semantic:
            vector = (
                lookup.vector
                if lookup is not None and lookup.vector is not None
                else await self._embed(query)
            )
        entry = CacheEntry(
            key=exact_key(request),
            query=query,
            vector=vector,
            answer=answer,
            expires_at=self._clock() + self.settings.ttl_s,
        )
        try:
            await self.backend.put(group_key(request), entry, self.settings.max_entries_per_partition)
        except CacheBackendError as exc:
            log.warning("cache store skipped: %s", exc)
            return False
        STORES.labels(self.backend.name).inc()
        return True

    async def forget_tenant(self, tenant: str) -> int:
        """Erases every cached answer of a tenant (offboarding, a data-subject request)."""
        return await self.backend.clear_tenant(tenant_digest(tenant))

    async def close(self) -> None:
        await self.backend.close()
