"""How `stockade serve` runs the app: sockets, worker processes, the admin port, slow clients.

One uvicorn server listens on the public socket and, when `server.admin_port` is set, on a second
socket for the admin API; `api.middleware.PortSplitMiddleware` keeps each route on its own port.
With `server.workers > 1` uvicorn's supervisor forks that many processes over the same sockets; each
builds the app from the settings handed down in the environment, and Prometheus metrics are kept in
a shared directory so that `/metrics` on any worker reports the sum over all of them.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import shutil
import socket
import sys
from pathlib import Path
from typing import Any

import uvicorn

# httptools is pinned: the slow-client deadlines below extend its protocol.
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.supervisors import Multiprocess

from api.config import LINGER_S, ConfigError, Settings
from api.cpu_affinity import limit_blas_threads, pin_to_free_cpu
from api.metrics import CLIENT_TIMEOUTS

log = logging.getLogger(__name__)

SETTINGS_ENV = "STOCKADE_SETTINGS_JSON"
PROMETHEUS_DIR_ENV = "PROMETHEUS_MULTIPROC_DIR"
DEFAULT_HEADER_TIMEOUT_S = 10.0
DEFAULT_SEND_TIMEOUT_S = 60.0


class SlowClientProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with deadlines for clients that are too slow.

    - Headers: uvicorn times out idle keep-alive connections but not a client that trickles its
      headers a byte at a time (slowloris). Here the headers of each request must be complete within
      `header_timeout_s` of the connection opening (or of the previous response completing), or the
      connection gets a 408 and is closed.
    - Reading: a client that stops reading its answer fills the socket buffers, the transport pauses
      writing, and the response would wait forever. If writing stays paused for `send_timeout_s`,
      the connection is closed; the app sees a disconnect, which stops generation.

    Both are timers on the connection, so requests that behave cost nothing per chunk. Request
    bodies are timed by `api.middleware.RequestBodyMiddleware`, where a 408 can still be JSON.
    """

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.header_timeout_s = getattr(self.config, "header_timeout_s", DEFAULT_HEADER_TIMEOUT_S)
        self.send_timeout_s = getattr(self.config, "send_timeout_s", DEFAULT_SEND_TIMEOUT_S)
        self._header_deadline: asyncio.TimerHandle | None = None
        self._write_deadline: asyncio.TimerHandle | None = None
        self._linger: asyncio.TimerHandle | None = None
        self._arm_header_deadline()

    def data_received(self, data: bytes) -> None:
        if self._linger is not None:
            return  # after a 408: read and dropped until the close (see _header_deadline_passed)
        super().data_received(data)

    def on_headers_complete(self) -> None:
        self._disarm_header_deadline()
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # A pipelined request already has its headers; otherwise the next one starts its clock now.
        if not self.transport.is_closing() and not self.pipeline:
            self._arm_header_deadline()

    def pause_writing(self) -> None:
        super().pause_writing()
        if self._write_deadline is None:
            self._write_deadline = self.loop.call_later(self.send_timeout_s, self._write_deadline_passed)

    def resume_writing(self) -> None:
        super().resume_writing()
        self._disarm_write_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_deadline()
        self._disarm_write_deadline()
        if self._linger is not None:
            self._linger.cancel()
        super().connection_lost(exc)

    def _arm_header_deadline(self) -> None:
        self._disarm_header_deadline()
        self._header_deadline = self.loop.call_later(self.header_timeout_s, self._header_deadline_passed)

    def _disarm_header_deadline(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _disarm_write_deadline(self) -> None:
        if self._write_deadline is not None:
            self._write_deadline.cancel()
            self._write_deadline = None

    def _header_deadline_passed(self) -> None:
        self._header_deadline = None
        if self.transport.is_closing():
            return
        CLIENT_TIMEOUTS.labels(phase="headers").inc()
        message = f"request headers not received within {self.header_timeout_s:g} s"
        self.transport.write(
            b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
            + f"content-length: {len(message)}\r\nconnection: close\r\n\r\n{message}".encode("ascii")
        )
        # A lingering close, as for a late body (api.middleware._drain_for_a_moment): the trickling
        # client's next byte, arriving at a closed socket, would be answered with a reset, and a reset
        # can destroy the 408 before the client has read it. So: end our side (FIN after the 408),
        # drop what still comes, close when the client does (uvicorn's eof_received lets the transport
        # close) or after LINGER_S.
        self._linger = self.loop.call_later(LINGER_S, self.transport.close)
        if self.transport.can_write_eof():
            self.transport.write_eof()

    def _write_deadline_passed(self) -> None:
        self._write_deadline = None
        if self.transport.is_closing():
            return
        CLIENT_TIMEOUTS.labels(phase="send").inc()
        log.warning("client stopped reading for %g s; connection closed", self.send_timeout_s)
        self.transport.abort()  # close() would wait to flush buffers the client never reads


def bind(host: str, port: int) -> socket.socket:
    """A listening socket, bound before any worker starts so that all of them share it."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def app_from_environment() -> Any:
    """The app factory each worker process calls (settings arrive as JSON in the environment)."""
    from api.app import create_app

    settings = Settings.model_validate_json(os.environ[SETTINGS_ENV])
    configure_logging(settings.log_level)
    if settings.server.cpu_affinity:
        # Before create_app: the threads it starts inherit this thread's CPU.
        cpu = pin_to_free_cpu(Path(settings.data_dir) / "cpu-locks")
        if cpu is not None:
            log.info("worker %d pinned to CPU %d", os.getpid(), cpu)
    if settings.server.blas_threads is not None:
        limit_blas_threads(settings.server.blas_threads)
    return create_app(settings)


def configure_logging(level: str) -> None:
    from api.middleware import RequestContextFilter

    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RequestContextFilter())
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s request_id=%(request_id)s %(message)s")
    )
    logging.basicConfig(level=level.upper(), handlers=[handler], force=True)


class ServerConfig(uvicorn.Config):
    """uvicorn's configuration plus the slow-client deadlines, which travel with it to every worker."""

    def __init__(self, app: Any, *, header_timeout_s: float, send_timeout_s: float, **kwargs: Any) -> None:
        super().__init__(app, **kwargs)
        self.header_timeout_s = header_timeout_s
        self.send_timeout_s = send_timeout_s


def server_config(settings: Settings, app: Any = "api.serving:app_from_environment") -> ServerConfig:
    """The uvicorn configuration `stockade serve` uses (tests pass an app object instead)."""
    server = settings.server
    return ServerConfig(
        app,
        factory=isinstance(app, str),
        host=server.host,
        port=server.port,
        workers=server.workers,
        http="api.serving:SlowClientProtocol",
        header_timeout_s=server.header_timeout_s,
        send_timeout_s=server.send_timeout_s,
        log_level="warning",
        access_log=False,
        # Nothing reads the client's address (keys identify callers), so X-Forwarded-For from a
        # proxy need not be rewritten into every request: one ASGI layer less per request.
        proxy_headers=False,
        ssl_certfile=str(server.tls_certfile) if server.tls_certfile else None,
        ssl_keyfile=str(server.tls_keyfile) if server.tls_keyfile else None,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=server.graceful_shutdown_s,
        # uvicorn's 5 s default killed and respawned a worker still importing on a loaded machine,
        # and each respawn loaded it further: a loop in which the second worker never came up.
        timeout_worker_healthcheck=server.worker_healthcheck_timeout_s,
    )


def _prepare_metrics_dir(settings: Settings) -> None:
    """Several processes: prometheus_client keeps each one's values in files in a shared directory.
    It must be empty at start (stale files would add a dead run's counts) and set before any worker
    imports prometheus_client."""
    directory = Path(settings.data_dir) / "prometheus"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    os.environ[PROMETHEUS_DIR_ENV] = str(directory)


def check_workers(settings: Settings) -> None:
    if settings.server.workers > 1 and not settings.redis_url:
        raise ConfigError(
            "server.workers > 1 needs redis_url: rate limits and quotas must be counted in one place "
            "that every worker process sees"
        )
    if settings.server.workers > 1 and settings.resolved_database_url().startswith("sqlite"):
        log.warning(
            "server.workers=%d on SQLite: the workers take turns at one database file's write lock, "
            "which can show in p99 latency under load; PostgreSQL (database_url) takes writers at once",
            settings.server.workers,
        )


def with_shared_console_secret(settings: Settings) -> Settings:
    """One console secret for every worker of this server: without a configured one, each worker
    would make its own, and a session signed by one worker would be refused by the next. A random
    one per server start still ends sessions with the server (set console.session_secret for
    replicas and restarts)."""
    if settings.console.session_secret is not None or settings.server.workers < 2:
        return settings
    console = settings.console.model_copy(update={"session_secret": secrets.token_hex(32)})
    return settings.model_copy(update={"console": console})


def serve(settings: Settings) -> None:
    check_workers(settings)
    server_settings = settings.server
    sockets = [bind(server_settings.host, server_settings.port)]
    if server_settings.admin_port is not None:
        sockets.append(bind(server_settings.admin_host or server_settings.host, server_settings.admin_port))
    config = server_config(settings)
    os.environ[SETTINGS_ENV] = with_shared_console_secret(settings).model_dump_json()
    try:
        if server_settings.workers > 1:
            _prepare_metrics_dir(settings)
            Multiprocess(config, sockets=sockets).run()
        else:
            uvicorn.Server(config).run(sockets=sockets)
    finally:
        for sock in sockets:
            sock.close()
