"""No network while the real llm-guard runs: an audit hook refuses every socket connection and DNS
lookup that is not loopback, and every test checks that none was even attempted.

The hook is installed only where llm-guard is installed (its own environment, `make test-llmguard`);
the main suite skips this folder without touching its process.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
import sys
from collections.abc import Iterator
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ATTEMPTS: list[str] = []


class EgressRefused(OSError):
    pass


def _is_loopback(host: object) -> bool:
    if host in (None, "", "localhost"):
        return True
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    host: object = None
    if event in ("socket.connect", "socket.sendto") and len(args) >= 2:
        address = args[1]
        if isinstance(address, tuple) and address:
            host = address[0]
        else:
            return  # AF_UNIX path
    elif event == "socket.getaddrinfo" and args:
        host = args[0]
    else:
        return
    if not _is_loopback(host):
        ATTEMPTS.append(f"{event} {host}")
        raise EgressRefused(f"egress refused by the test audit hook: {event} {host}")


if importlib.util.find_spec("llm_guard") is not None:
    sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def no_egress() -> Iterator[None]:
    before = len(ATTEMPTS)
    yield
    assert ATTEMPTS[before:] == [], f"network attempted: {ATTEMPTS[before:]}"
