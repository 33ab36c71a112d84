"""Concurrent loads of one key share a single load; its result, or its error, reaches every caller."""

from __future__ import annotations

import asyncio

import pytest

from tenancy.single_flight import SingleFlight


async def test_concurrent_callers_share_one_load_and_later_callers_load_again() -> None:
    flight: SingleFlight[str, int] = SingleFlight()
    loads = 0
    release = asyncio.Event()

    async def load() -> int:
        nonlocal loads
        loads += 1
        await release.wait()
        return loads

    waiters = [asyncio.create_task(flight.run("key", load)) for _ in range(20)]
    await asyncio.sleep(0)
    release.set()
    assert await asyncio.gather(*waiters) == [1] * 20
    assert loads == 1
    # Once the load is done, the next caller starts a new one (the cache in front decides freshness).
    assert await flight.run("key", load) == 2
    assert await flight.run("other", load) == 3


async def test_an_error_reaches_every_waiter_and_is_not_remembered() -> None:
    flight: SingleFlight[str, int] = SingleFlight()
    release = asyncio.Event()

    async def failing() -> int:
        await release.wait()
        raise LookupError("database down")

    waiters = [asyncio.create_task(flight.run("key", failing)) for _ in range(5)]
    await asyncio.sleep(0)
    release.set()
    results = await asyncio.gather(*waiters, return_exceptions=True)
    assert all(isinstance(r, LookupError) for r in results)

    async def working() -> int:
        return 7

    assert await flight.run("key", working) == 7


async def test_a_cancelled_waiter_does_not_cancel_the_shared_load() -> None:
    flight: SingleFlight[str, str] = SingleFlight()
    release = asyncio.Event()

    async def load() -> str:
        await release.wait()
        return "value"

    leaving = asyncio.create_task(flight.run("key", load))
    staying = asyncio.create_task(flight.run("key", load))
    await asyncio.sleep(0)
    leaving.cancel()
    with pytest.raises(asyncio.CancelledError):
        await leaving
    release.set()
    assert await staying == "value"
