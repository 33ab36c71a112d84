"""`EngineFleet`: one model served by several replicas of an OpenAI-compatible engine (vLLM pods,
`llama_cpp.server` processes), behind the one `Engine` protocol, so nothing above it knows.

- Balancing: each request goes to the healthy replica with the fewest requests in flight; ties
  rotate, so that a trickle of one request at a time still spreads.
- Prefix affinity: requests whose prompts start alike go to the same replica, so that vLLM's prefix
  cache (`enable_prefix_caching`) already holds that prefix's KV blocks and skips most of its
  prefill. The key is a chat's leading system message(s) (a chat without one has no key), or a
  completion prompt's first 256 characters. Replicas are ranked by rendezvous (highest random
  weight) hashing, so a replica leaving or coming back moves only its own keys. Affinity yields to
  least-outstanding when its replica has more than `affinity_slack` more requests in flight than
  the least busy one.
- Ejection: `eject_after_failures` engine failures in a row (refused connection, 5xx, 429, timeout:
  the replica's retryable `EngineError`s) take a replica out; a success resets the count. A 4xx is
  the request's fault and counts for nothing, and a pooled connection the replica closed as a
  request went out on it is resent by the replica's engine, not counted.
- Retry: a request whose replica fails before its first item moves to another healthy replica (each
  replica once), so that losing a replica loses no request. Once output has gone out, a failure
  propagates, as in `ResilientEngine`: the client already has part of an answer.
- Probing: a background task asks each ejected replica for GET /models every `probe_interval_s`
  and takes it back when it answers 200. With no healthy replica, a request gets `EngineNotReady`
  (503, retryable) at once, so that an app's fallback chain moves on.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import logging
from collections.abc import AsyncGenerator, Callable, Sequence
from dataclasses import dataclass

from prometheus_client import Counter, Gauge

from inference.catalog import FleetPolicy
from inference.engine import (
    Cancellation,
    ChatMessage,
    EngineError,
    EngineHealth,
    EngineNotReady,
    SamplingParams,
    StreamItem,
    ToolChoice,
    ToolSpec,
)
from inference.engine_metrics import ENGINE_UP
from inference.openai_upstream import OpenAIUpstreamEngine

log = logging.getLogger(__name__)

OUTSTANDING = Gauge(
    "stockade_fleet_outstanding_requests",
    "Requests in flight on each replica of an upstream fleet",
    ["model", "replica"],
    multiprocess_mode="livesum",
)
EJECTIONS = Counter(
    "stockade_fleet_ejections_total",
    "Times a replica was taken out of its fleet after failing in a row",
    ["model", "replica"],
)
REQUESTS = Counter(
    "stockade_fleet_requests_total",
    "Requests per replica of a fleet: ok, error (propagated to the caller), "
    "retried (failed before any output and moved to another replica)",
    ["model", "replica", "outcome"],
)

# A completion prompt's shared prefix (a few-shot header, a document) shows in its first characters;
# hashing more would only split requests that share the cached part.
_COMPLETION_KEY_CHARS = 256

StreamOpener = Callable[[OpenAIUpstreamEngine], AsyncGenerator[StreamItem, None]]


@dataclass(eq=False)
class _Replica:
    engine: OpenAIUpstreamEngine
    healthy: bool = True  # until start() or a failure says otherwise: the first request finds out
    outstanding: int = 0
    failures: int = 0  # in a row
    ejections: int = 0

    @property
    def name(self) -> str:
        return self.engine.settings.base_url

    def weight(self, key: bytes) -> bytes:
        return hashlib.blake2b(self.name.encode(), key=key, digest_size=8).digest()

    def state(self) -> dict[str, object]:
        return {
            "base_url": self.name,
            "healthy": self.healthy,
            "outstanding": self.outstanding,
            "consecutive_failures": self.failures,
            "ejections": self.ejections,
        }


def _key(text: str) -> bytes | None:
    return hashlib.blake2b(text.encode(), digest_size=16).digest() if text else None


def _chat_key(messages: Sequence[ChatMessage]) -> bytes | None:
    system = itertools.takewhile(lambda m: m.role == "system", messages)
    return _key("\n".join(m.content for m in system))


class EngineFleet:
    engine_name = "openai-upstream"

    def __init__(self, model_id: str, replicas: Sequence[OpenAIUpstreamEngine], policy: FleetPolicy) -> None:
        if not replicas:
            raise ValueError(f"model {model_id}: a fleet needs at least one replica")
        self.model_id = model_id
        self.context_length = replicas[0].context_length
        self.policy = policy
        self._replicas = [_Replica(engine) for engine in replicas]
        self._turn = 0
        self._prober: asyncio.Task[None] | None = None
        for replica in self._replicas:
            # Present from the start, so that a dashboard shows a quiet replica as 0, not as absent.
            OUTSTANDING.labels(model_id, replica.name).set(0)
            EJECTIONS.labels(model_id, replica.name)

    # lifecycle -----------------------------------------------------------------------------------
    async def start(self) -> None:
        checks = await asyncio.gather(*(r.engine.refresh_health() for r in self._replicas))
        for replica, health in zip(self._replicas, checks, strict=True):
            # A replica down at start is not ejected (nothing failed yet); it is probed in like one.
            self._set_healthy(replica, health.ready)
        if self._prober is None:
            self._prober = asyncio.create_task(self._probe_forever(), name=f"probe-{self.model_id}")

    async def close(self) -> None:
        if self._prober is not None:
            self._prober.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._prober
            self._prober = None
        for replica in self._replicas:
            await replica.engine.close()
            ENGINE_UP.labels(self.model_id, replica.name).set(0)

    async def _probe_forever(self) -> None:
        while True:
            await asyncio.sleep(self.policy.probe_interval_s)
            ejected = [r for r in self._replicas if not r.healthy]
            try:
                checks = await asyncio.gather(*(r.engine.refresh_health() for r in ejected))
            except Exception:  # refresh_health catches network errors; anything else must not end probing
                log.exception("probing the replicas of %s failed", self.model_id)
                continue
            for replica, health in zip(ejected, checks, strict=True):
                if health.ready:
                    log.info("replica %s of %s answers again: back in", replica.name, self.model_id)
                    replica.failures = 0
                    self._set_healthy(replica, True)

    def _set_healthy(self, replica: _Replica, healthy: bool) -> None:
        replica.healthy = healthy
        ENGINE_UP.labels(self.model_id, replica.name).set(1 if healthy else 0)

    def health(self) -> EngineHealth:
        up = sum(r.healthy for r in self._replicas)
        return EngineHealth(
            ready=up > 0,
            detail=f"{up}/{len(self._replicas)} replicas healthy",
            extra={"replicas": [r.state() for r in self._replicas]},
        )

    # tokens --------------------------------------------------------------------------------------
    def _counter(self) -> OpenAIUpstreamEngine:
        return next((r for r in self._replicas if r.healthy), self._replicas[0]).engine

    async def count_chat_tokens(
        self,
        messages: Sequence[ChatMessage],
        tools: Sequence[ToolSpec] = (),
        tool_choice: ToolChoice = "auto",
    ) -> int:
        return await self._counter().count_chat_tokens(messages, tools, tool_choice)

    async def count_text_tokens(self, text: str) -> int:
        return await self._counter().count_text_tokens(text)

    # requests ------------------------------------------------------------------------------------
    def stream_chat(
        self, messages: Sequence[ChatMessage], params: SamplingParams, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]:
        key = _chat_key(messages) if self.policy.prefix_affinity else None
        return self._stream(lambda engine: engine.stream_chat(messages, params, cancel), key)

    def stream_completion(
        self, prompt: str, params: SamplingParams, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]:
        key = _key(prompt[:_COMPLETION_KEY_CHARS]) if self.policy.prefix_affinity else None
        return self._stream(lambda engine: engine.stream_completion(prompt, params, cancel), key)

    async def _stream(self, open_on: StreamOpener, key: bytes | None) -> AsyncGenerator[StreamItem, None]:
        tried: list[_Replica] = []
        while True:
            replica = self._choose(key, tried)
            tried.append(replica)
            yielded = False
            outcome = "ok"  # also when the caller abandons the stream: the replica did not fail
            replica.outstanding += 1
            OUTSTANDING.labels(self.model_id, replica.name).inc()
            try:
                async with contextlib.aclosing(open_on(replica.engine)) as stream:
                    async for item in stream:
                        yielded = True
                        yield item
            except EngineError as exc:
                outcome = "error"
                if exc.retryable:
                    self._failed(replica, exc)
                    if not yielded and self._candidates(tried):
                        outcome = "retried"
                        log.info("%s failed before output, retrying: %s", replica.name, exc)
                        continue
                raise
            else:
                replica.failures = 0
                return
            finally:
                replica.outstanding -= 1
                OUTSTANDING.labels(self.model_id, replica.name).dec()
                REQUESTS.labels(self.model_id, replica.name, outcome).inc()

    def _candidates(self, tried: Sequence[_Replica]) -> list[_Replica]:
        return [r for r in self._replicas if r.healthy and r not in tried]

    def _choose(self, key: bytes | None, tried: Sequence[_Replica]) -> _Replica:
        candidates = self._candidates(tried)
        if not candidates:
            raise EngineNotReady(f"model {self.model_id}: no healthy replica ({self.health().detail})")
        self._turn += 1
        start = self._turn % len(candidates)
        least = min(candidates[start:] + candidates[:start], key=lambda r: r.outstanding)
        if key is None:
            return least
        preferred = max(candidates, key=lambda r: r.weight(key))
        if preferred.outstanding - least.outstanding > self.policy.affinity_slack:
            return least
        return preferred

    def _failed(self, replica: _Replica, exc: EngineError) -> None:
        replica.failures += 1
        if replica.healthy and replica.failures >= self.policy.eject_after_failures:
            replica.ejections += 1
            EJECTIONS.labels(self.model_id, replica.name).inc()
            self._set_healthy(replica, False)
            log.warning(
                "ejected %s of %s after %d failure(s) in a row: %s",
                replica.name,
                self.model_id,
                replica.failures,
                exc,
            )
