"""One load per key at a time: callers that ask for a key while its load is under way wait for that
load instead of starting their own (a cache entry that expires under load would otherwise send every
concurrent request to the database at once)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class SingleFlight(Generic[K, V]):
    def __init__(self) -> None:
        self._pending: dict[K, asyncio.Future[V]] = {}

    async def run(self, key: K, load: Callable[[], Awaitable[V]]) -> V:
        # A waiter that is cancelled (its client left) must not cancel the load the others share.
        return await asyncio.shield(self._flight(key, load))

    def start(self, key: K, load: Callable[[], Awaitable[V]]) -> None:
        """Starts the load unless one is under way, without waiting for it (a reload ahead of
        expiry); callers of `run` meanwhile share it."""
        self._flight(key, load)

    def _flight(self, key: K, load: Callable[[], Awaitable[V]]) -> asyncio.Future[V]:
        future = self._pending.get(key)
        if future is None:
            future = asyncio.ensure_future(load())
            self._pending[key] = future

            def forget(done: asyncio.Future[V]) -> None:
                self._pending.pop(key, None)
                if not done.cancelled():
                    done.exception()  # retrieved: every waiter may have gone, that is no error

            future.add_done_callback(forget)
        return future
