"""/metrics with `server.metrics_token_env`: Prometheus' bearer token or a 401, over real HTTP; an
unset variable stops the start instead of leaving the endpoint open."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api import tracing
from api.app import create_app
from api.config import ConfigError

from ..conftest import RunningServer, free_port, make_settings, start_server, stop_server  # type: ignore[import-not-found]

TOKEN_ENV = "STOCKADE_TEST_METRICS_TOKEN"
QUIET = {"policy": {"pii": {"enabled": False}, "injection": {"enabled": False}}}


@pytest.fixture(scope="module")
def token() -> str:
    return secrets.token_urlsafe(24)


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory, token: str) -> Iterator[RunningServer]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TOKEN_ENV, token)
        settings = make_settings(
            tmp_path_factory.mktemp("metrics-token"),
            models={"serve": []},
            guard=QUIET,
            tracing={"enabled": False},
            server={"host": "127.0.0.1", "port": free_port(), "metrics_token_env": TOKEN_ENV},
        )
        running = start_server(settings)
    yield running
    stop_server(running)


def test_metrics_need_the_configured_bearer_token(gateway: RunningServer, token: str) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {token}"}):
        refused = httpx.get(gateway.base_url + "/metrics", headers=headers, timeout=30)
        assert refused.status_code == 401
        assert refused.headers["www-authenticate"] == "Bearer"
        assert refused.json()["error"]["code"] == "invalid_api_key"
        assert "stockade_" not in refused.text
    allowed = httpx.get(
        gateway.base_url + "/metrics", headers={"Authorization": f"Bearer {token}"}, timeout=30
    )
    assert allowed.status_code == 200 and "stockade_" in allowed.text
    # Neither a tenant's nor an admin key stands in for it.
    for key in (gateway.tenant_key, gateway.admin_key):
        with_key = httpx.get(
            gateway.base_url + "/metrics", headers={"Authorization": f"Bearer {key}"}, timeout=30
        )
        assert with_key.status_code == 401


def test_health_stays_open(gateway: RunningServer) -> None:
    assert httpx.get(gateway.base_url + "/healthz", timeout=30).status_code == 200


def test_a_named_variable_that_is_unset_stops_the_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    settings = make_settings(
        tmp_path,
        models={"serve": []},
        server={"host": "127.0.0.1", "port": 8000, "metrics_token_env": TOKEN_ENV},
    )
    sinks = len(tracing._installed_sinks)
    with pytest.raises(ConfigError, match=TOKEN_ENV):
        create_app(settings)  # type: ignore[arg-type]
    # Nothing is left behind: no trace sink on a store whose schema was never made (its span writes
    # failed with "no such table: trace_batches" for the rest of the process).
    assert len(tracing._installed_sinks) == sinks
