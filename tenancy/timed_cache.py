"""Short-lived copies of what the database says about a caller (limits, allow-lists, API keys),
read on every request.

An entry is served while it is younger than `ttl_s`, so a change made elsewhere (another replica,
the CLI) shows within that time. Past half of it the entry is *due*: readers still get it, and
`read_through` starts one reload in the background, a moment later: by then the request that noticed
is usually waiting for its model, so the reload's thread does not compete with it for the
interpreter. A key in steady use is thus reloaded before it expires and no request waits for the
database; before, every TTL one request paid two or three database reads in a thread (2-3 ms of its
time to first token, measured behind a 300 ms upstream).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from tenancy.single_flight import SingleFlight

log = logging.getLogger(__name__)

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

RELOAD_DELAY_S = 0.05


class TimedCache(Generic[K, V]):
    def __init__(self, ttl_s: float, max_entries: int = 10_000) -> None:
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self._entries: dict[K, tuple[float, V]] = {}
        self._reloading: set[K] = set()  # due entries whose reload one reader has already claimed
        # The repositories' synchronous readers (CLI, console) run in threads beside the event loop.
        self._lock = threading.Lock()

    def lookup(self, key: K) -> tuple[V, bool] | None:
        """The value and whether this reader should reload it (true for one reader per entry once
        it is past half its TTL); None when absent or expired."""
        with self._lock:
            hit = self._entries.get(key)
            if hit is None:
                return None
            age = time.monotonic() - hit[0]
            if age >= self.ttl_s:
                return None
            due = age >= self.ttl_s / 2 and key not in self._reloading
            if due:
                self._reloading.add(key)
        return hit[1], due

    def get(self, key: K) -> V | None:
        hit = self.lookup(key)
        return None if hit is None else hit[0]

    def put(self, key: K, value: V, loaded_at: float) -> None:
        """`loaded_at`: time.monotonic() taken before the read, so that an entry never looks
        fresher than what it was read from."""
        with self._lock:
            if len(self._entries) >= self.max_entries and key not in self._entries:
                self._entries.clear()
                self._reloading.clear()
            self._entries[key] = (loaded_at, value)
            self._reloading.discard(key)

    def forget(self, key: K) -> None:
        with self._lock:
            self._entries.pop(key, None)
            self._reloading.discard(key)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._reloading.clear()


async def read_through(
    cache: TimedCache[K, V], loads: SingleFlight[K, V], key: K, load: Callable[[K], V]
) -> V:
    """The cached value (starting a background reload when it is due), or one shared load of it.
    `load` reads the database, puts what it read into `cache` and returns it; it runs in a thread."""
    hit = cache.lookup(key)
    if hit is None:
        return await loads.run(key, lambda: asyncio.to_thread(load, key))
    value, due = hit
    if due:
        # A failed reload leaves the claim in place: the entry then expires, and the next reader
        # loads it itself (and hears of the error).
        asyncio.get_running_loop().call_later(
            RELOAD_DELAY_S, loads.start, key, lambda: _logged_reload(load, key)
        )
    return value


async def _logged_reload(load: Callable[[K], V], key: K) -> V:
    try:
        return await asyncio.to_thread(load, key)
    except Exception:
        # Nobody waits for a reload ahead of expiry: say it failed; the next read past the TTL
        # loads again and gets the error itself.
        log.warning("reloading %r ahead of expiry failed", key, exc_info=True)
        raise
