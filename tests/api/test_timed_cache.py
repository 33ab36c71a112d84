"""Limits, allow-lists and keys are cached briefly; an entry in steady use is reloaded in the
background before it expires, so no request waits for the database and a change made by another
replica still shows within the TTL."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tenancy.limits import Limits, LimitsRepository
from tenancy.single_flight import SingleFlight
from tenancy.storage import Store
from tenancy.timed_cache import TimedCache, read_through

TTL_S = 0.6


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.from_url(f"sqlite:///{tmp_path / 'db.sqlite'}")
    s.create_schema()
    yield s
    s.close()


async def _wait_for_cached(repo: LimitsRepository, subject: str, expected: Limits) -> float:
    started = time.monotonic()
    while repo.cache.get(subject) != expected:
        assert time.monotonic() - started < 5, "the background reload never landed"
        await asyncio.sleep(0.01)
    return time.monotonic() - started


async def test_a_due_entry_is_served_at_once_and_reloaded_behind_the_request(store: Store) -> None:
    here = LimitsRepository(store, cache_ttl_s=TTL_S)
    elsewhere = LimitsRepository(store, cache_ttl_s=TTL_S)  # another replica, or the CLI
    loads: SingleFlight[str, Limits] = SingleFlight()
    reads = 0

    def counted_load(subject: str) -> Limits:
        nonlocal reads
        reads += 1
        return here.load(subject)

    first = await read_through(here.cache, loads, "tenant:a", counted_load)
    assert first == Limits() and reads == 1
    changed = Limits(requests_per_second=3.0, daily_tokens=500)
    elsewhere.set("tenant:a", changed)

    # Young: served from the cache, nothing read.
    assert await read_through(here.cache, loads, "tenant:a", counted_load) == Limits()
    assert reads == 1

    # Past half the TTL: the old value still answers this request, and a reload starts behind it.
    await asyncio.sleep(TTL_S * 0.6)
    assert await read_through(here.cache, loads, "tenant:a", counted_load) == Limits()
    await _wait_for_cached(here, "tenant:a", changed)
    assert reads == 2
    assert await read_through(here.cache, loads, "tenant:a", counted_load) == changed
    assert reads == 2


async def test_many_readers_of_a_due_entry_start_one_reload_after_they_have_gone_on() -> None:
    cache: TimedCache[str, int] = TimedCache(TTL_S)
    loads: SingleFlight[str, int] = SingleFlight()
    cache.put("k", 1, time.monotonic() - TTL_S * 0.6)  # due
    reads = 0

    def load(key: str) -> int:
        nonlocal reads
        reads += 1
        cache.put(key, 2, time.monotonic())
        return 2

    assert await asyncio.gather(*(read_through(cache, loads, "k", load) for _ in range(50))) == [1] * 50
    assert reads == 0  # nothing read while those requests were under way
    started = time.monotonic()
    while cache.get("k") != 2:
        assert time.monotonic() - started < 5, "the reload never ran"
        await asyncio.sleep(0.01)
    assert reads == 1


async def test_an_expired_entry_is_never_served(store: Store) -> None:
    here = LimitsRepository(store, cache_ttl_s=TTL_S)
    loads: SingleFlight[str, Limits] = SingleFlight()
    assert await read_through(here.cache, loads, "tenant:b", here.load) == Limits()
    changed = Limits(daily_tokens=7)
    LimitsRepository(store, cache_ttl_s=TTL_S).set("tenant:b", changed)
    await asyncio.sleep(TTL_S * 1.1)  # nobody read it while it was due: no reload ran
    assert here.cache.lookup("tenant:b") is None
    # The request waits for the database rather than get limits older than the TTL.
    assert await read_through(here.cache, loads, "tenant:b", here.load) == changed


async def test_a_failed_reload_leaves_the_entry_to_expire_and_the_next_reader_gets_the_error() -> None:
    cache: TimedCache[str, int] = TimedCache(TTL_S)
    loads: SingleFlight[str, int] = SingleFlight()
    cache.put("k", 1, time.monotonic() - TTL_S * 0.6)  # due

    def broken(_key: str) -> int:
        raise ConnectionError("database down")

    assert await read_through(cache, loads, "k", broken) == 1  # the request is not failed by it
    await asyncio.sleep(TTL_S * 0.5)
    with pytest.raises(ConnectionError):
        await read_through(cache, loads, "k", broken)


def test_entries_are_dropped_rather_than_grow_without_bound() -> None:
    cache: TimedCache[int, int] = TimedCache(60, max_entries=3)
    for i in range(3):
        cache.put(i, i, time.monotonic())
    cache.put(3, 3, time.monotonic())
    assert [cache.get(i) for i in range(4)] == [None, None, None, 3]
