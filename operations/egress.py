"""Air-gapped by construction: no library may phone home, and every outbound connection can be watched.

`enforce_offline()` runs when the `api` package is imported, before any model library is: several of
them (huggingface_hub, datasets) read their offline switches once, at import time, so setting them
later or leaving them to the operator's environment is not enough. The values are forced, not
defaulted: an operator's `HF_HUB_OFFLINE=0` must not reopen the door.

`EgressMonitor` is a `sys.addaudithook` hook that sees every `socket.connect` and name lookup made
from Python in this process. It records them (the egress test uses that) and, with `block=True`,
refuses any destination that is neither loopback nor configured (engines, Redis, PostgreSQL, an OTLP
collector). C libraries that open their own sockets (libpq) are invisible to it; the network-namespace
test covers those.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from api.config import Settings

# Every switch we know of that stops a dependency from calling out: model hubs, dataset hubs,
# usage statistics, update checks. Harmless for libraries that are not installed.
OFFLINE_ENVIRONMENT: Mapping[str, str] = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "HF_HUB_DISABLE_UPDATE_CHECK": "1",
    "DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
    "VLLM_NO_USAGE_STATS": "1",
    "VLLM_DO_NOT_TRACK": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "SCARF_NO_ANALYTICS": "true",
    "WANDB_MODE": "disabled",
    "SCHEMATHESIS_TELEMETRY": "false",
}


def enforce_offline() -> None:
    """Force every phone-home switch off, including in libraries that were imported already."""
    os.environ.update(OFFLINE_ENVIRONMENT)
    hub = sys.modules.get("huggingface_hub.constants")
    if hub is not None:
        hub.HF_HUB_OFFLINE = True  # type: ignore[attr-defined]
        hub.HF_HUB_DISABLE_TELEMETRY = True  # type: ignore[attr-defined]
    datasets_config = sys.modules.get("datasets.config")
    if datasets_config is not None:
        datasets_config.HF_HUB_OFFLINE = True  # type: ignore[attr-defined]
        datasets_config.HF_DATASETS_OFFLINE = True  # type: ignore[attr-defined]


class EgressViolation(PermissionError):
    """A connection to a destination outside the allow-list; an OSError so clients fail as on a
    refused connection."""


@dataclass(frozen=True)
class Attempt:
    """One outbound attempt seen by the audit hook: a connect, a name lookup or a datagram."""

    event: str
    host: str
    port: int | None

    def __str__(self) -> str:
        return f"{self.event} {self.host}:{self.port}"


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def hosts_of_urls(urls: Iterable[str | None]) -> set[str]:
    """Host names of the configured service URLs (redis://, postgresql://, http://...)."""
    hosts = set()
    for url in urls:
        if url:
            host = urlsplit(url).hostname
            if host:
                hosts.add(host)
    return hosts


def configured_service_hosts(settings: Settings) -> set[str]:
    """Every host the configuration names: Redis, PostgreSQL, the OTLP collector, upstream engines,
    the identity provider's JWKS."""
    from inference.catalog import load_catalog

    catalog = load_catalog(settings.catalog_path)
    urls = [settings.redis_url, settings.resolved_database_url(), settings.tracing.otlp_endpoint]
    if settings.identity.oidc is not None:
        urls.append(settings.identity.oidc.jwks_url)
    urls += [m.endpoint.base_url for m in catalog.models if m.endpoint is not None]
    return hosts_of_urls(urls)


def _resolve(hosts: Iterable[str]) -> set[str]:
    """The configured names plus their addresses, resolved once, before the hook is installed."""
    allowed = set(hosts)
    for host in hosts:
        try:
            allowed |= {str(info[4][0]) for info in socket.getaddrinfo(host, None)}
        except OSError:
            continue  # unresolvable now: only its name stays allowed
    return allowed


class EgressMonitor:
    """Watches outbound sockets opened from Python through an audit hook (hooks cannot be removed,
    so install one per process)."""

    _EVENTS = frozenset({"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"})

    def __init__(
        self, allowed_hosts: Iterable[str] = (), *, block: bool = False, resolve: bool = True
    ) -> None:
        hosts = set(allowed_hosts)
        self.allowed = _resolve(hosts) if resolve else hosts
        self.block = block
        self._lock = threading.Lock()
        self.attempts: list[Attempt] = []
        self._installed = False

    def install(self) -> EgressMonitor:
        if not self._installed:
            sys.addaudithook(self._hook)
            self._installed = True
        return self

    def permitted(self, host: str) -> bool:
        return not host or is_loopback(host) or host in self.allowed

    def violations(self) -> list[Attempt]:
        with self._lock:
            return [a for a in self.attempts if not self.permitted(a.host)]

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        # Called for every audited event in the process (file opens, imports...): stay cheap.
        if event[:7] != "socket." or event not in self._EVENTS:
            return
        attempt = _attempt(event, args)
        if attempt is None:
            return
        with self._lock:
            self.attempts.append(attempt)
        if self.block and not self.permitted(attempt.host):
            raise EgressViolation(f"egress blocked: {attempt} is not loopback or a configured service")


def _attempt(event: str, args: tuple[Any, ...]) -> Attempt | None:
    if event in ("socket.connect", "socket.sendto"):
        address = args[1] if len(args) > 1 else None
        if not isinstance(address, tuple) or len(address) < 2:
            return None  # AF_UNIX paths and netlink never leave the machine
        return Attempt(event, str(address[0]), int(address[1]) if isinstance(address[1], int) else None)
    if event == "socket.getaddrinfo":
        host, port = args[0], args[1]
        if host is None:
            return None  # a passive lookup for bind()
        name = host.decode("idna") if isinstance(host, bytes) else str(host)
        if isinstance(port, bytes | str) and str(port if isinstance(port, str) else port.decode()).isdigit():
            port = int(port)
        return Attempt(event, name, port if isinstance(port, int) else None)
    return Attempt(event, str(args[0]), None)  # socket.gethostbyname
