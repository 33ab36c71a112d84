"""Pure ASGI middleware (no per-request task or body buffering, so streams stay streams)."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import logging
import random
import re
import time
from typing import Any

from opentelemetry import propagate, trace
from opentelemetry.trace import SpanKind, Status, StatusCode
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.config import LINGER_S
from api.errors import error_body_for
from api.metrics import CLIENT_TIMEOUTS

log = logging.getLogger("stockade.access")
tracer = trace.get_tracer("stockade.api")

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
trace_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("trace_id", default="-")

_CLIENT_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_TRACEPARENT = re.compile(r"^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$")


class RequestContextFilter(logging.Filter):
    """Adds request_id and trace_id to every log record made while a request is handled."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        record.trace_id = trace_id_var.get()
        return True


def _new_id() -> str:
    # 128 random bits from the process's generator (re-seeded in every forked worker): ids must be
    # unique, not unguessable, and os.urandom's system call showed as 8% of a request's CPU time.
    return f"{random.getrandbits(128):032x}"


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None


class RequestContextMiddleware:
    """Gives every request an id (the client's `x-request-id` when well-formed), accepts a W3C
    `traceparent`, returns the id on every response and writes one access-log line per request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client_id = _header(scope, b"x-request-id")
        request_id = client_id if client_id and _CLIENT_REQUEST_ID.match(client_id) else _new_id()
        # One trace per request, continuing the caller's W3C trace when it sent a traceparent. The
        # server span is this middleware's unless something outside it (an operator's own ASGI
        # instrumentation) already opened one.
        carrier = {
            k.decode("latin-1"): v.decode("latin-1")
            for k, v in scope.get("headers", ())
            if k in (b"traceparent", b"tracestate")
        }
        if carrier.get("traceparent") and not _TRACEPARENT.match(carrier["traceparent"]):
            carrier = {}
        current = trace.get_current_span()
        own_span = not current.get_span_context().is_valid
        method = str(scope.get("method"))
        span = (
            current
            if not own_span
            else tracer.start_span(
                method,  # named after the route once routing has found it
                context=propagate.extract(carrier),
                kind=SpanKind.SERVER,
                attributes={
                    "http.request.method": method,
                    "url.path": str(scope.get("path")),
                    "url.scheme": str(scope.get("scheme", "http")),
                    "network.protocol.version": str(scope.get("http_version", "1.1")),
                    "stockade.request_id": request_id,
                },
            )
        )
        if not own_span:
            span.set_attribute("stockade.request_id", request_id)
        span_context = span.get_span_context()
        if span_context.is_valid:
            trace_id = format(span_context.trace_id, "032x")
        else:  # tracing not installed: still hand out a trace id, from the caller when possible
            match = _TRACEPARENT.match(carrier.get("traceparent", ""))
            trace_id = match.group(1) if match and match.group(1) != "0" * 32 else _new_id()
        scope.setdefault("state", {})
        scope["state"]["request_id"] = request_id
        scope["state"]["trace_id"] = trace_id
        request_token = request_id_var.set(request_id)
        trace_token = trace_id_var.set(trace_id)
        started = time.perf_counter()
        status = 500

        response_started = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                # Set now: a server span opened outside this middleware may end with the response.
                span.set_attributes(
                    {
                        "http.response.status_code": status,
                        "stockade.tenant": str(scope.get("state", {}).get("tenant", "-")),
                    }
                )
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode("latin-1")))
                headers.append((b"x-trace-id", trace_id.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        try:
            with trace.use_span(span, end_on_exit=False):
                await self.app(scope, receive, send_with_id)
        except Exception:
            # Last line of defence: log the trace here, give the client only an OpenAI-shaped 500.
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if status == 500 and not response_started:
                await _send_json(
                    send_with_id,
                    500,
                    error_body_for(
                        scope.get("path", ""),
                        500,
                        f"internal error; quote request id {request_id} to your operator",
                        code="internal_error",
                    ),
                )
        finally:
            state: dict[str, Any] = scope.get("state", {})
            if own_span:
                route = getattr(scope.get("route"), "path", None)
                if route:
                    span.update_name(f"{method} {route}")
                    span.set_attribute("http.route", route)
                if status >= 500:
                    span.set_status(Status(StatusCode.ERROR))
                span.end()
            log.info(
                "%s %s %s %.1fms tenant=%s",
                scope.get("method"),
                scope.get("path"),
                status,
                (time.perf_counter() - started) * 1000,
                state.get("tenant", "-"),
            )
            request_id_var.reset(request_token)
            trace_id_var.reset(trace_token)


class BodyTooLarge(HTTPException):
    """An HTTPException so that FastAPI's body parsing passes it on instead of turning it into a 400."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"request body exceeds {max_bytes} bytes")


class BodyReadTimeout(HTTPException):
    """An HTTPException, like BodyTooLarge, so that FastAPI's body parsing passes it on."""

    def __init__(self, timeout_s: float) -> None:
        # The unread rest of the body would be taken for the next request: close the connection.
        super().__init__(
            408, f"request body not received within {timeout_s:g} s", headers={"connection": "close"}
        )


class RequestBodyMiddleware:
    """Limits on the request body: over `max_bytes` (declared or counted as it arrives) is a 413;
    a body not complete within `timeout_s` of the first read is a 408, so that a client that sends
    headers and then trickles (or never sends) its body cannot hold a worker.

    Only the body is timed: once it is complete, later `receive()` calls (a streaming response
    waiting for the client to disconnect) wait as long as they need. One layer for both limits:
    every message of every response passes through each layer.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int | None = None, timeout_s: float = 30.0) -> None:
        if timeout_s <= 0:
            raise ValueError("timeout_s must be positive")
        self.app = app
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        max_bytes = self.max_bytes
        if max_bytes is not None:
            declared = _header(scope, b"content-length")
            if declared is not None and declared.isdigit() and int(declared) > max_bytes:
                await self._too_large(send, max_bytes, scope.get("path", ""))
                return
        loop = asyncio.get_running_loop()
        deadline: float | None = None
        body_done = False
        timed_out = False
        seen = 0
        response_started = False

        async def limited_receive() -> Message:
            nonlocal deadline, body_done, timed_out, seen
            if body_done:
                return await receive()
            if deadline is None:
                deadline = loop.time() + self.timeout_s
            try:
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            except TimeoutError:
                # Counted here: the app's own error handler usually answers the 408, not this layer.
                timed_out = True
                CLIENT_TIMEOUTS.labels(phase="body").inc()
                raise BodyReadTimeout(self.timeout_s) from None
            if message["type"] != "http.request" or not message.get("more_body", False):
                body_done = True
            if max_bytes is not None and message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > max_bytes:
                    raise BodyTooLarge(max_bytes)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            elif timed_out and not message.get("more_body", False):
                # The answer to a timed-out body goes out whole, then the connection lingers.
                await send({**message, "more_body": True})
                await _drain_for_a_moment(receive, LINGER_S)
                message = {"type": "http.response.body", "body": b""}
            await send(message)

        try:
            await self.app(scope, limited_receive, watched_send)
        except BodyTooLarge:
            if not response_started and max_bytes is not None:
                await self._too_large(send, max_bytes, scope.get("path", ""))
        except BodyReadTimeout as exc:
            if not response_started:
                path = scope.get("path", "")
                payload = error_body_for(path, 408, str(exc.detail), code="request_timeout")
                await _send_json(watched_send, 408, payload, close=True)

    @staticmethod
    async def _too_large(send: Send, max_bytes: int, path: str) -> None:
        await _send_json(
            send,
            413,
            error_body_for(path, 413, f"request body exceeds {max_bytes} bytes", code="request_too_large"),
        )


class PortSplitMiddleware:
    """With a separate admin port, admin routes (and the console) answer only there and the OpenAI
    routes only on the public port (health and metrics on both), so a firewall can keep
    administration off the network that application teams reach."""

    _EVERYWHERE = ("/healthz", "/readyz", "/metrics")

    def __init__(self, app: ASGIApp, admin_port: int) -> None:
        self.app = app
        self.admin_port = admin_port

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path: str = scope.get("path", "")
            server = scope.get("server")
            on_admin_port = server is not None and server[1] == self.admin_port
            # The console is administration too: it lives on the admin port.
            is_admin_route = path.startswith(("/admin/", "/console/")) or path in ("/admin", "/console")
            if path not in self._EVERYWHERE and is_admin_route != on_admin_port:
                await _send_json(
                    send, 404, error_body_for(path, 404, f"no route {path} on this port", code="not_found")
                )
                return
        await self.app(scope, receive, send)


async def _send_json(send: Send, status: int, payload: dict[str, Any], *, close: bool = False) -> None:
    body = json.dumps(payload).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _drain_for_a_moment(receive: Receive, seconds: float) -> None:
    """Reads and drops what the client still sends, for up to `seconds`, before the server closes.

    A socket closed while the client's bytes still arrive answers them with a reset, and a reset
    can destroy the answer already sent before the client has read it. Reading on for a moment, as
    nginx's lingering close does, lets the client read the answer and leave first.
    """
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            while True:
                message = await receive()
                if message["type"] != "http.request" or not message.get("more_body", False):
                    return
