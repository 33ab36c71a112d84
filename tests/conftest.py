"""Shared fixtures: real models, a real server on loopback, real databases."""

from __future__ import annotations

import os
import secrets
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import httpx
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
    from sqlalchemy.engine import Engine

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parent.parent
CATALOG = REPO / "models" / "catalog.yaml"
DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://root@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture(scope="session")
def span_exporter() -> InMemorySpanExporter:
    """Every span finished from here on, whichever test installed the process's tracer provider."""
    # Imported here: the llm-guard suite shares this conftest from a venv without OpenTelemetry.
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = trace.get_tracer_provider()
    if not isinstance(provider, TracerProvider):
        trace.set_tracer_provider(TracerProvider())
        provider = trace.get_tracer_provider()
    assert isinstance(provider, TracerProvider)
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return exporter


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningServer:
    base_url: str
    app: object
    tenant_key: str
    admin_key: str
    server: object

    @property
    def v1(self) -> str:
        return self.base_url + "/v1"


def start_server(settings: object, store: object | None = None, *, timeout: float = 120) -> RunningServer:
    """Runs the real app under uvicorn in a background thread and waits until every model is ready
    (or failed)."""
    import httpx
    import uvicorn

    from api.app import create_app
    from api.serving import server_config

    app = create_app(settings, store=store)  # type: ignore[arg-type]
    state = app.state.stockade
    state.store.create_schema()
    tenant = f"t-{secrets.token_hex(4)}"
    state.store.create_tenant(tenant)
    tenant_key = state.store.create_key(scope="tenant", tenant_name=tenant).secret
    admin_key = state.store.create_key(scope="admin").secret
    port = settings.server.port  # type: ignore[attr-defined]
    # The configuration `stockade serve` uses (slow-client deadlines included), on the settings' port.
    server = uvicorn.Server(server_config(settings, app))  # type: ignore[arg-type]
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            body = httpx.get(base + "/readyz", timeout=2).json()
            if (
                all(
                    m["status"] in ("ready", "restarting", "failed", "unavailable")
                    for m in body["models"].values()
                )
                and body["guard"]["status"] != "loading"
            ):
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    else:
        raise RuntimeError("server did not become ready")
    return RunningServer(base, app, tenant_key, admin_key, server)


def stop_server(running: RunningServer) -> None:
    running.server.should_exit = True  # type: ignore[attr-defined]
    time.sleep(0.5)


def make_settings(tmp: Path, **overrides: object) -> object:
    from api.config import Settings

    values: dict[str, object] = {
        "catalog_path": CATALOG,
        "data_dir": tmp,
        "database_url": f"sqlite:///{tmp / 'stockade.db'}",
        "redis_url": None,
        "server": {"host": "127.0.0.1", "port": free_port()},
    }
    values.update(overrides)
    return Settings(**values)


def admin_request(
    server: RunningServer, method: str, path: str, body: object = None, **kwargs: object
) -> httpx.Response:
    """One call to the admin API (`path` below /admin) with the server's admin key; the response."""
    import httpx

    return httpx.request(
        method,
        server.base_url + "/admin" + path,
        json=body,
        headers={"Authorization": f"Bearer {server.admin_key}"},
        timeout=30,
        **kwargs,  # type: ignore[arg-type]
    )


def tenant_with_key(server: RunningServer, **limits: object) -> tuple[str, str]:
    """A new tenant (with these limits, if any) and a key of its own, through the admin API."""
    import httpx

    admin = {"Authorization": f"Bearer {server.admin_key}"}
    name = f"t{secrets.token_hex(4)}"
    created = httpx.post(server.base_url + "/admin/tenants", json={"name": name}, headers=admin, timeout=60)
    assert created.status_code == 201, created.text
    if limits:
        url = f"{server.base_url}/admin/tenants/{name}/limits"
        r = httpx.put(url, json=limits, headers=admin, timeout=60)
        assert r.status_code == 200, r.text
    key = httpx.post(server.base_url + "/admin/keys", json={"tenant": name}, headers=admin, timeout=60)
    assert key.status_code == 201, key.text
    return name, str(key.json()["key"])


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """The embedded default: Qwen 0.5B, SmolLM2 and MiniLM, loaded once for the whole session."""
    settings = make_settings(
        tmp_path_factory.mktemp("server"),
        models={"serve": ["qwen2.5-coder-0.5b-instruct", "smollm2-135m-instruct", "all-minilm-l6-v2"]},
    )
    running = start_server(settings)
    yield running
    stop_server(running)


@pytest.fixture(scope="session")
def embedding_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """MiniLM alone, guards and tracing off: for admission tests (limits, quotas, allow-lists),
    where guards play no part; it starts in a few seconds. Tests make tenants of their own."""
    settings = make_settings(
        tmp_path_factory.mktemp("embedding-server"),
        models={"serve": ["all-minilm-l6-v2"]},
        guard={"enabled": False},
        tracing={"enabled": False},
    )
    running = start_server(settings)
    yield running
    stop_server(running)


@pytest.fixture(scope="session")
def smollm2_path() -> Path:
    from inference.catalog import load_catalog
    from inference.weights import verify_weights

    entry = load_catalog(CATALOG).get("smollm2-135m-instruct")
    assert entry is not None
    weights = verify_weights(entry)
    assert weights.path is not None
    return weights.path


@pytest.fixture(scope="session")
def qwen_hf_path() -> Path:
    """The Hugging Face folder vLLM serves: Qwen2.5-Coder-0.5B converted from its verified GGUF."""
    from inference.catalog import load_catalog
    from inference.weights import verify_weights

    catalog = load_catalog(CATALOG)
    entry = catalog.get("qwen2.5-coder-0.5b-instruct-vllm")
    assert entry is not None
    folder = verify_weights(entry, catalog=catalog).path
    assert folder is not None
    return folder


def wait_until_ok(url: str, timeout: float = 120, verify: ssl.SSLContext | bool = True) -> None:
    """Polls a URL until it answers 200 (a server or engine coming up); `verify` for HTTPS."""
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1, verify=verify).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} never answered 200")


def llama_server_argv(model: Path, port: int, alias: str = "smol") -> list[str]:
    """llama.cpp's own OpenAI-compatible server: the real upstream engine of the gateway tests."""
    import sys

    return [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_threads",
        "1",
        "--n_threads_batch",
        "1",
        "--n_ctx",
        "2048",
        "--model_alias",
        alias,
        "--interrupt_requests",
        "False",
    ]


def ledger_rows(server: RunningServer, where: str = "", *args: object) -> list:  # type: ignore[type-arg]
    """The ledger of a SQLite-backed test server, oldest first."""
    import sqlite3

    path = server.app.state.stockade.settings.resolved_database_url().removeprefix("sqlite:///")  # type: ignore[attr-defined]
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        return list(conn.execute(f"SELECT * FROM ledger {where} ORDER BY id", args))


def metric_value(base_url: str, name: str, **labels: str) -> float:
    """One sample from a server's /metrics over HTTP (0.0 when the series does not exist yet), so
    that a test can assert how much a counter moved, not merely that its name is listed."""
    import httpx
    from prometheus_client.parser import text_string_to_metric_families

    text = httpx.get(base_url + "/metrics", timeout=30).text
    total = 0.0
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                total += sample.value
    return total


def wait_for(condition: object, what: str, hang_guard_s: float = 600) -> None:
    """Poll until `condition()` is true: the test waits for an event, not for a time. The guard only
    stops a hung test (it is no claim about speed; a slow machine just waits longer)."""
    deadline = time.monotonic() + hang_guard_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail(f"gave up after {hang_guard_s:.0f} s waiting for {what}")
        time.sleep(0.1)


@dataclass(frozen=True)
class EmptyDatabase:
    """A database with no tables yet: a SQLite file, or a fresh schema in the test PostgreSQL."""

    url: str
    schema: str | None  # the PostgreSQL schema the store must search, None on SQLite
    engine: Engine


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[EmptyDatabase]:
    from sqlalchemy import create_engine, text

    from tenancy.storage import normalise_database_url

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'stockade.db'}"
        engine = create_engine(url)
        yield EmptyDatabase(url, None, engine)
        engine.dispose()
        return
    schema = f"stockade_mig_{secrets.token_hex(4)}"
    admin = create_engine(normalise_database_url(DATABASE_URL))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(
        normalise_database_url(DATABASE_URL), connect_args={"options": f"-csearch_path={schema}"}
    )
    try:
        yield EmptyDatabase(DATABASE_URL, schema, engine)
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
