"""`stockade serve` as operators run it: worker processes, the admin port, slow clients."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from ..conftest import CATALOG, free_port, make_settings, wait_until_ok  # type: ignore[import-not-found]

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
STOCKADE = str(Path(sys.executable).with_name("stockade"))


class Served:
    def __init__(self, process: subprocess.Popen[bytes], port: int, admin_port: int | None, db: Path) -> None:
        self.process, self.port, self.admin_port, self.db = process, port, admin_port, db
        self.base = f"http://127.0.0.1:{port}"


def _serve(tmp: Path, **config: Any) -> Served:
    """The real `stockade serve` in its own process, with a fresh SQLite database."""
    port = free_port()
    server = {"host": "127.0.0.1", "port": port, **config.pop("server", {})}
    settings = {
        "catalog_path": str(CATALOG),
        "data_dir": str(tmp / "var"),
        "database_url": f"sqlite:///{tmp / 'stockade.db'}",
        "guard": {"enabled": False},
        "server": server,
        **config,
    }
    path = tmp / "stockade.yaml"
    path.write_text(yaml.safe_dump(settings))
    env = {**os.environ, "STOCKADE_CONFIG": str(path)}
    env.pop("REDIS_URL", None)
    env.pop("DATABASE_URL", None)
    # A file, not a pipe: nobody reads a pipe while the tests run, and a full one blocks the server.
    log = tmp / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen([STOCKADE, "serve"], env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until_ok(f"http://127.0.0.1:{port}/readyz", timeout=180)
    except RuntimeError:
        process.kill()
        raise RuntimeError(log.read_text()[-3000:]) from None
    return Served(process, port, server.get("admin_port"), tmp / "stockade.db")


def _stop(served: Served) -> None:
    served.process.terminate()
    try:
        served.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        served.process.kill()


def _keys(tmp: Path) -> tuple[str, str]:
    """A tenant key and an admin key, made through the CLI against the server's database."""
    env = {**os.environ, "STOCKADE_CONFIG": str(tmp / "stockade.yaml")}
    env.pop("DATABASE_URL", None)

    def secret(*args: str) -> str:
        out = subprocess.run([STOCKADE, "keys", "create", *args], env=env, capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr
        return next(line for line in out.stdout.split() if line.startswith("sk-"))

    return secret("--tenant", "default"), secret("--admin")


def _metric(text: str, name: str, **labels: str) -> float:
    total = 0.0
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                total += sample.value
    return total


# worker processes -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def two_workers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Served, str, str]]:
    tmp = tmp_path_factory.mktemp("workers")
    redis_db = REDIS_URL.rsplit("/", 1)[0] + "/7"
    import redis

    redis.Redis.from_url(redis_db).flushdb()
    served = _serve(tmp, server={"workers": 2}, redis_url=redis_db, models={"serve": ["all-minilm-l6-v2"]})
    tenant_key, admin_key = _keys(tmp)
    yield served, tenant_key, admin_key
    _stop(served)


def _served_per_worker(metrics_dir: Path) -> dict[str, float]:
    """Embedding requests each worker process has counted, read from its own metrics file."""
    from prometheus_client.mmap_dict import MmapedDict

    counts: dict[str, float] = {}
    for path in metrics_dir.glob("counter_*.db"):
        pid = path.stem.split("_")[-1]
        for key, value, _ts, _pos in MmapedDict.read_all_values_from_file(str(path)):
            if '"stockade_requests_total"' in key and '"embeddings"' in key and '"200"' in key and value > 0:
                counts[pid] = counts.get(pid, 0.0) + value
    return counts


def test_metrics_add_up_over_worker_processes(two_workers: tuple[Served, str, str]) -> None:
    served, key, _ = two_workers
    metrics_dir = served.db.parent / "var" / "prometheus"

    def embed(i: int) -> int:
        # A new connection each time, so that the kernel can hand it to either worker. A worker
        # still loading its model answers 503 with Retry-After; a client waits and asks again.
        auth = {"Authorization": f"Bearer {key}"}
        for _ in range(60):
            with httpx.Client(base_url=served.base, headers=auth, timeout=60) as client:
                r = client.post("/v1/embeddings", json={"model": "all-minilm-l6-v2", "input": f"text {i}"})
            if r.status_code != 503:
                break
            time.sleep(1)
        return r.status_code

    sent = 0
    # The second worker may still be loading its model on a loaded machine (CI runs vLLM beside).
    deadline = time.monotonic() + 600
    with ThreadPoolExecutor(8) as pool:
        # Until both workers have answered some (the second may still be loading its model).
        while len(_served_per_worker(metrics_dir)) < 2 and time.monotonic() < deadline:
            assert list(pool.map(embed, range(sent, sent + 8))) == [200] * 8
            sent += 8
    per_worker = _served_per_worker(metrics_dir)
    assert len(per_worker) == 2 and sum(per_worker.values()) == sent, per_worker
    # Whichever worker answers /metrics, it reports the sum over both.
    for _ in range(4):
        text = httpx.get(served.base + "/metrics", timeout=60).text
        assert _metric(text, "stockade_requests_total", route="embeddings", status="200") == sent


def test_a_console_session_holds_on_every_worker(two_workers: tuple[Served, str, str]) -> None:
    # No console.session_secret is configured: the server hands its workers one shared secret, so
    # the CSRF cookie of one worker's login page and the session another worker signs are good on
    # both. Each request opens a new connection, which the kernel may give to either worker.
    served, _, admin_key = two_workers

    def fresh(cookies: httpx.Cookies, method: str, path: str, **kwargs: Any) -> httpx.Response:
        with httpx.Client(base_url=served.base + "/console", cookies=cookies, timeout=30) as client:
            answer = client.request(method, path, **kwargs)
            cookies.update(client.cookies)
            return answer

    def sign_in_and_browse(_: int) -> list[int]:
        cookies = httpx.Cookies()
        login = fresh(cookies, "GET", "/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', login.text)
        assert token, login.text[:300]
        answer = fresh(cookies, "POST", "/login", data={"key": admin_key, "csrf_token": token.group(1)})
        return [answer.status_code] + [fresh(cookies, "GET", "/overview").status_code for _ in range(3)]

    # Side by side, so that the kernel spreads the connections over both workers.
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(sign_in_and_browse, range(24)))
    assert statuses == [[303, 200, 200, 200]] * 24


def test_shared_console_secret_only_where_workers_need_one(tmp_path: Path) -> None:
    from api.config import Settings
    from api.serving import with_shared_console_secret

    def secret(**overrides: object) -> str | None:
        settings = make_settings(tmp_path, **overrides)
        assert isinstance(settings, Settings)
        return with_shared_console_secret(settings).console.session_secret

    assert secret() is None  # one process: its own secret is already shared by all it serves
    first = secret(server={"workers": 2})
    assert first is not None and len(first) >= 32
    assert secret(server={"workers": 2}) != first  # a new one per server start
    assert secret(server={"workers": 2}, console={"session_secret": "s" * 40}) == "s" * 40


@pytest.mark.parametrize(
    ("database_url", "warned"),
    [(None, True), ("sqlite:///x.db", True), ("postgresql+psycopg://127.0.0.1/test", False)],
)
def test_several_workers_on_sqlite_get_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, database_url: str | None, warned: bool
) -> None:
    from api.serving import check_workers

    settings = make_settings(tmp_path, database_url=database_url, redis_url=REDIS_URL, server={"workers": 2})
    with caplog.at_level(logging.WARNING, logger="api.serving"):
        check_workers(settings)
    assert ("server.workers=2 on SQLite" in caplog.text) is warned


def test_several_workers_without_redis_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "stockade.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "data_dir": str(tmp_path),
                "models": {"serve": []},
                "server": {"port": free_port(), "workers": 2},
            }
        )
    )
    env = {**os.environ, "STOCKADE_CONFIG": str(path)}
    env.pop("REDIS_URL", None)
    out = subprocess.run([STOCKADE, "serve"], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    assert "needs redis_url" in out.stdout + out.stderr
    assert "Traceback" not in out.stdout + out.stderr


# admin port and slow headers ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def split_ports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Served, str, str]]:
    tmp = tmp_path_factory.mktemp("ports")
    served = _serve(tmp, server={"admin_port": free_port(), "header_timeout_s": 1.0}, models={"serve": []})
    tenant_key, admin_key = _keys(tmp)
    yield served, tenant_key, admin_key
    _stop(served)


def test_admin_routes_answer_only_on_the_admin_port(split_ports: tuple[Served, str, str]) -> None:
    served, tenant_key, admin_key = split_ports
    admin_base = f"http://127.0.0.1:{served.admin_port}"
    admin = {"Authorization": f"Bearer {admin_key}"}
    tenant = {"Authorization": f"Bearer {tenant_key}"}

    on_public = httpx.get(served.base + "/admin/tenants", headers=admin, timeout=60)
    assert on_public.status_code == 404
    assert on_public.json()["error"]["code"] == "not_found"
    assert (
        httpx.get(admin_base + "/admin/tenants", headers=admin, timeout=60).json()["data"][0]["name"]
        == "default"
    )

    assert httpx.get(served.base + "/v1/models", headers=tenant, timeout=60).status_code == 200
    assert httpx.get(admin_base + "/v1/models", headers=tenant, timeout=60).status_code == 404
    for base in (served.base, admin_base):
        assert httpx.get(base + "/healthz", timeout=60).status_code == 200
    # The web console is administration: on the admin port only.
    assert httpx.get(admin_base + "/console/login", timeout=60).status_code == 200
    assert httpx.get(served.base + "/console/login", timeout=60).status_code == 404


def _trickle_headers(port: int, wait_s: float) -> bytes:
    """A request line, then one header byte every 0.2 s: what the server says before it closes."""
    received = b""
    with socket.create_connection(("127.0.0.1", port)) as client:
        client.settimeout(0.2)
        client.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            try:
                chunk = client.recv(65536)
            except TimeoutError:
                client.sendall(b"a")
                continue
            if not chunk:
                return received + b"<closed>"
            received += chunk
    return received


def test_headers_trickled_past_the_deadline_get_408_and_a_closed_connection(
    split_ports: tuple[Served, str, str],
) -> None:
    served, _, _ = split_ports

    def timeouts() -> float:
        text = httpx.get(served.base + "/metrics", timeout=60).text
        return _metric(text, "stockade_client_timeouts_total", phase="headers")

    before = timeouts()
    answer = _trickle_headers(served.port, wait_s=300)  # returns as soon as the server closes
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:200]
    assert answer.endswith(b"<closed>")
    assert b"request headers not received within 1 s" in answer
    assert timeouts() == before + 1


def test_a_client_still_sending_after_the_408_reads_it_and_a_clean_close(
    split_ports: tuple[Served, str, str],
) -> None:
    """The server ends its side after the 408 and drops what still arrives for a moment: a socket
    closed at once would answer these bytes with a reset, which can destroy the 408 unread."""
    served, _, _ = split_ports
    with socket.create_connection(("127.0.0.1", served.port)) as client:
        client.settimeout(30)
        client.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        answer = client.recv(65536)  # the header deadline's 408
        assert answer.startswith(b"HTTP/1.1 408 "), answer[:200]
        time.sleep(0.3)  # long past the 408: a server that closed at once has closed by now
        for _ in range(5):
            client.sendall(b"x" * 100)
            time.sleep(0.05)
        rest = b""
        while chunk := client.recv(65536):  # a reset raises ConnectionResetError here
            rest += chunk
        assert b"request headers not received within 1 s" in answer + rest


def test_many_slow_clients_do_not_keep_others_out(split_ports: tuple[Served, str, str]) -> None:
    served, tenant_key, _ = split_ports
    slow = [socket.create_connection(("127.0.0.1", served.port)) for _ in range(200)]
    try:
        for conn in slow:
            conn.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n")
        r = httpx.get(
            served.base + "/v1/models", headers={"Authorization": f"Bearer {tenant_key}"}, timeout=60
        )
        assert r.status_code == 200
        # Past the deadline the server answers every one of them with a 408 (recv waits for it; the
        # long socket timeout only guards against a hang).
        for conn in slow:
            conn.settimeout(300)
            assert conn.recv(65536).startswith(b"HTTP/1.1 408 ")
    finally:
        for conn in slow:
            conn.close()


# a client that stops reading ----------------------------------------------------------------------
def test_a_client_that_stops_reading_is_cut_off_and_the_stream_stops(tmp_path: Path) -> None:
    """A stand-in app streams up to 256 MB with the server configuration `stockade serve` uses; the
    client reads nothing. Once the socket buffers fill, writing pauses, and after `send_timeout_s`
    the connection is dropped and the stream is cancelled."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.responses import StreamingResponse
    from starlette.routing import Route

    from api.config import Settings
    from api.metrics import CLIENT_TIMEOUTS
    from api.serving import server_config

    produced: list[int] = []
    ended = threading.Event()

    async def endless() -> Any:
        chunk = b"x" * 65536
        try:
            for _ in range(4096):
                await asyncio.sleep(0)  # like a model: each piece is awaited
                produced.append(len(chunk))
                yield chunk
        finally:
            ended.set()

    async def stream(_request: Any) -> StreamingResponse:
        return StreamingResponse(endless())

    port = free_port()
    settings = Settings(data_dir=tmp_path, server={"host": "127.0.0.1", "port": port, "send_timeout_s": 1.0})
    server = uvicorn.Server(server_config(settings, Starlette(routes=[Route("/", stream)])))
    threading.Thread(target=server.run, daemon=True).start()
    before = CLIENT_TIMEOUTS.labels(phase="send")._value.get()
    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        with socket.socket() as client:
            client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            client.connect(("127.0.0.1", port))
            client.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            assert ended.wait(300), "the stream should have been cancelled"  # a hang guard
            assert sum(produced) < 4096 * 65536
            assert CLIENT_TIMEOUTS.labels(phase="send")._value.get() == before + 1
            # The server dropped the connection: reading ends (or is reset) after what was buffered.
            client.settimeout(10)
            with contextlib.suppress(ConnectionResetError):
                while client.recv(1 << 20):
                    pass
    finally:
        server.should_exit = True
        asyncio.run(asyncio.sleep(0.2))


# trace sampling ---------------------------------------------------------------------------------
def test_unsampled_requests_keep_their_trace_id_and_a_sampled_caller_is_followed(tmp_path: Path) -> None:
    served = _serve(tmp_path, tracing={"sample_ratio": 0.0}, models={"serve": []})
    try:
        tenant_key, admin_key = _keys(tmp_path)
        tenant = {"Authorization": f"Bearer {tenant_key}"}
        admin = {"Authorization": f"Bearer {admin_key}"}

        def stored(trace_id: str, wait_s: float) -> int:
            deadline = time.monotonic() + wait_s
            while True:
                status = httpx.get(
                    f"{served.base}/admin/traces/{trace_id}", headers=admin, timeout=60
                ).status_code
                if status == 200 or time.monotonic() > deadline:
                    return status
                time.sleep(0.2)

        own = httpx.get(served.base + "/v1/models", headers=tenant, timeout=60)
        assert own.status_code == 200
        assert len(own.headers["x-trace-id"]) == 32  # handed out even though nothing is recorded
        caller = "4bf92f3577b34da6a3ce929d0e0e4736"
        sampled = {**tenant, "traceparent": f"00-{caller}-00f067aa0ba902b7-01"}
        assert (
            httpx.get(served.base + "/v1/models", headers=sampled, timeout=60).headers["x-trace-id"] == caller
        )
        # The sink writes traces in the order they ended: once the caller's (later) trace is stored,
        # ours would be too had it been recorded. Waiting for the event, not for a time.
        assert stored(caller, 300) == 200
        assert stored(own.headers["x-trace-id"], 0) == 404
    finally:
        _stop(served)


def test_a_worker_has_the_configured_time_to_answer_the_supervisor() -> None:
    """uvicorn's own 5 s killed a second worker that was still importing on a loaded machine, and its
    replacement too, again and again: the supervisor's patience is a setting, 30 s by default."""
    from api.config import Settings
    from api.serving import server_config

    assert server_config(Settings()).timeout_worker_healthcheck == 30
    settings = Settings.model_validate({"server": {"worker_healthcheck_timeout_s": 90}})
    assert server_config(settings).timeout_worker_healthcheck == 90
