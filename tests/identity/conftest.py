"""A test identity provider on loopback and a gateway (no models, no guards) that trusts it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from ..conftest import RunningServer, make_settings, start_server, stop_server  # type: ignore[import-not-found]
from .idp import FakeIdP  # type: ignore[import-not-found]


@dataclass
class Gateway:
    running: RunningServer
    idp: FakeIdP
    own: str  # the tenant of the tenant-bound principals
    other: str

    @property
    def admin(self) -> str:
        return self.running.base_url + "/admin"

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self.running.app.state.stockade.store  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def idp() -> Iterator[FakeIdP]:
    provider = FakeIdP().start()
    yield provider
    provider.stop()


@pytest.fixture(scope="module")
def gateway(idp: FakeIdP, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    settings = make_settings(
        tmp_path_factory.mktemp("identity"),
        models={"serve": []},
        guard={"enabled": False},
        tracing={"enabled": False},
        identity={"oidc": idp.oidc_settings()},
    )
    running = start_server(settings)
    store = running.app.state.stockade.store  # type: ignore[attr-defined]
    store.create_tenant("alpha")
    store.create_tenant("beta")
    yield Gateway(running, idp, "alpha", "beta")
    stop_server(running)
