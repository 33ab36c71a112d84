"""Hardened API: a slow body cannot hold a connection, and TLS termination works end to end."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import json
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from starlette.types import Message, Receive, Scope, Send

from api.middleware import RequestBodyMiddleware

from ..conftest import CATALOG, REPO, free_port, make_settings, wait_until_ok  # type: ignore[import-not-found]

TIMEOUT_S = 1.0
EMBEDDING_MODEL = "all-minilm-l6-v2"


# slow clients ---------------------------------------------------------------------------------
def _serve(app: Any, port: int) -> Any:
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


@pytest.fixture(scope="module")
def gateways(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[int, str]]]:
    """The real app (no models needed here) twice: with the body timeout and without it."""
    from api.app import create_app

    servers, ports = [], {}
    for name, guarded in (("guarded", True), ("unguarded", False)):
        settings = make_settings(
            tmp_path_factory.mktemp(name), models={"serve": []}, guard={"enabled": False}
        )
        app = create_app(settings)
        if guarded:
            app.add_middleware(RequestBodyMiddleware, timeout_s=TIMEOUT_S)
        store = app.state.stockade.store
        store.create_schema()
        admin = store.create_key(scope="admin").secret
        servers.append(_serve(app, settings.server.port))
        ports[name] = (settings.server.port, admin)
    yield ports
    for server in servers:
        server.should_exit = True


def _start_of_a_long_body(admin_key: str) -> bytes:
    """Headers announcing a body of 200 bytes, and its first 10."""
    head = (
        "POST /admin/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Authorization: Bearer {admin_key}\r\nContent-Length: 200\r\n\r\n"
    )
    return head.encode() + b'{"name": "'


def _trickle(port: int, admin_key: str, wait_s: float) -> bytes:
    """The start of a long body, then one more byte every 0.2 s until the server answers; returns
    the answer, with `<closed>` appended when the server then closed the connection."""
    received = b""
    with socket.create_connection(("127.0.0.1", port)) as client:
        client.settimeout(0.2)
        client.sendall(_start_of_a_long_body(admin_key))
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            try:
                chunk = client.recv(65536)
            except TimeoutError:
                if not received:
                    client.sendall(b"x")
                continue
            if not chunk:
                return received + b"<closed>"
            received += chunk
    return received


def test_a_trickled_body_gets_408_in_openai_shape_and_the_connection_closes(gateways: Any) -> None:
    from api.metrics import CLIENT_TIMEOUTS

    port, admin = gateways["guarded"]
    timeouts_before = CLIENT_TIMEOUTS.labels(phase="body")._value.get()
    answer = _trickle(port, admin, wait_s=300)  # returns as soon as the server closes
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:200]
    # Counted although the app's error handler, not the middleware, wrote the 408.
    assert CLIENT_TIMEOUTS.labels(phase="body")._value.get() == timeouts_before + 1
    assert b"\r\nconnection: close\r\n" in answer.lower()
    assert answer.endswith(b"<closed>")
    body = json.loads(answer.split(b"\r\n\r\n", 1)[1].removesuffix(b"<closed>"))
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert "not received within 1 s" in body["error"]["message"]


def test_a_client_still_sending_after_the_408_can_read_it(gateways: Any) -> None:
    """The server reads on for a moment after its 408 (a lingering close). Closing at once, with the
    client's bytes still arriving, would answer them with a reset that destroys the unread 408."""
    port, admin = gateways["guarded"]
    with socket.create_connection(("127.0.0.1", port)) as client:
        client.sendall(_start_of_a_long_body(admin))
        for _ in range(15):  # 1.5 s: the 408 comes at 1 s, and bytes keep coming after it
            time.sleep(0.1)
            client.sendall(b"x")
        client.settimeout(300)  # a hang guard: recv returns with the 408
        answer = b""
        while chunk := client.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:200]
    assert "not received within 1 s" in json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"]["message"]


def test_without_the_middleware_the_same_client_holds_the_connection(gateways: Any) -> None:
    # The control: it shows that the 408 above comes from the middleware, not from uvicorn.
    port, admin = gateways["unguarded"]
    assert _trickle(port, admin, wait_s=3 * TIMEOUT_S) == b""


def test_a_complete_body_passes_through(gateways: Any) -> None:
    port, admin = gateways["guarded"]
    r = httpx.post(
        f"http://127.0.0.1:{port}/admin/tenants",
        json={"name": "through-the-timeout"},
        headers={"Authorization": f"Bearer {admin}"},
        timeout=60,
    )
    assert r.status_code == 201 and r.json()["name"] == "through-the-timeout"


async def test_waiting_for_disconnect_after_the_body_is_not_timed() -> None:
    """A streaming response listens for the client's disconnect long after the body was read."""
    seen: list[str] = []

    async def streaming_app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append((await receive())["type"])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        seen.append((await receive())["type"])  # blocks past the timeout, then the client leaves
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    messages = [{"type": "http.request", "body": b"{}", "more_body": False}, {"type": "http.disconnect"}]

    async def receive() -> Message:
        if len(messages) == 1:
            await asyncio.sleep(TIMEOUT_S * 0.3 * 5)
        return messages.pop(0)

    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    middleware = RequestBodyMiddleware(streaming_app, timeout_s=TIMEOUT_S)
    await middleware({"type": "http", "method": "POST", "path": "/", "headers": []}, receive, send)
    assert seen == ["http.request", "http.disconnect"]
    assert sent[0]["status"] == 200


def test_the_timeout_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        RequestBodyMiddleware(lambda *_: None, timeout_s=0)  # type: ignore[arg-type,return-value]


# TLS --------------------------------------------------------------------------------------------
def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "stockade.test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


def test_stockade_serve_terminates_tls_for_the_openai_sdk(tmp_path: Path) -> None:
    from openai import OpenAI

    from tenancy.storage import Store

    cert, key = _self_signed(tmp_path)
    port = free_port()
    database = f"sqlite:///{tmp_path / 'stockade.db'}"
    store = Store.from_url(database)
    store.create_schema()
    store.create_tenant("tls")
    secret = store.create_key(scope="tenant", tenant_name="tls").secret
    store.close()
    config = tmp_path / "stockade.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "catalog_path": str(CATALOG),
                "data_dir": str(tmp_path),
                "database_url": database,
                "server": {
                    "host": "127.0.0.1",
                    "port": port,
                    "tls_certfile": str(cert),
                    "tls_keyfile": str(key),
                },
                "models": {"serve": [EMBEDDING_MODEL]},
                "guard": {"enabled": False},
            }
        )
    )
    # The log goes to a file: a pipe nobody reads fills up and stalls the server mid-write.
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "operations.cli", "serve", "--config", str(config)],
            cwd=REPO,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    trusted = ssl.create_default_context(cafile=str(cert))
    base = f"https://127.0.0.1:{port}"
    try:
        try:
            wait_until_ok(base + "/readyz", verify=trusted)
        except RuntimeError:
            pytest.fail(f"TLS server did not become ready: {log.read_text()[-4000:]}")
        with OpenAI(
            base_url=base + "/v1", api_key=secret, http_client=httpx.Client(verify=trusted)
        ) as client:
            vectors = client.embeddings.create(model=EMBEDDING_MODEL, input=["over TLS"])
            assert len(vectors.data[0].embedding) == 384
            assert EMBEDDING_MODEL in {m.id for m in client.models.list()}
        # Without the certificate in the trust store the handshake fails; plain HTTP gets nothing.
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            httpx.get(base + "/healthz", timeout=5)
        with pytest.raises(httpx.HTTPError):
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
