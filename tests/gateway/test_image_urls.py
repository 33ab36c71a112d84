"""Image parts reach a vision model inline, or from URL prefixes the operator allows: a model server
fetches any other URL itself, from inside the network (SSRF).

The upstream is a small HTTP stand-in on loopback that records what it was sent (these tests are
about what the gateway forwards, which a stand-in checks exactly); the gateway and the OpenAI SDK are
real.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import openai
import pytest
import yaml
from openai import OpenAI

from ..conftest import CATALOG, make_settings, start_server, stop_server  # type: ignore[import-not-found]

PNG = (
    "data:image/png;base64,"
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
_CHUNKS = [
    {"choices": [{"index": 0, "delta": {"role": "assistant", "content": "a red dot"}}]},
    {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
    {"choices": [], "usage": {"prompt_tokens": 20, "completion_tokens": 3, "total_tokens": 23}},
]


class _VisionStandIn(BaseHTTPRequestHandler):
    bodies: ClassVar[list[dict[str, Any]]] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._send(200, "application/json", json.dumps({"object": "list", "data": []}).encode())

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).bodies.append(body)
        events = "".join(f"data: {json.dumps(c)}\n\n" for c in _CHUNKS) + "data: [DONE]\n\n"
        self._send(200, "text/event-stream", events.encode())

    def _send(self, status: int, content_type: str, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture(scope="module")
def vision_upstream() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _VisionStandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


@pytest.fixture(scope="module")
def gateway(vision_upstream: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    tmp: Path = tmp_path_factory.mktemp("vision")
    catalog = yaml.safe_load(CATALOG.read_text())
    catalog["models"].append(
        {
            "id": "vision-remote",
            "kind": "chat",
            "engine": "openai-upstream",
            "tier": "small",
            "context_length": 4096,
            "input_images": True,
            "price_per_1k": {"input": 0.0, "output": 0.0},
            "source": {"type": "upstream"},
            "endpoint": {
                "base_url": vision_upstream,
                "served_model": "vlm",
                "timeout_s": 30,
                "connect_timeout_s": 2,
            },
        }
    )
    path = tmp / "catalog.yaml"
    path.write_text(yaml.safe_dump(catalog))
    settings = make_settings(
        tmp,
        catalog_path=path,
        models={"serve": ["vision-remote"]},
        limits={"image_url_prefixes": ["https://images.intranet.example/"]},
    )
    running = start_server(settings)
    yield running
    stop_server(running)


def _ask(gateway: Any, url: str) -> str:
    client = OpenAI(base_url=gateway.v1, api_key=gateway.tenant_key, max_retries=0)
    answer = client.chat.completions.create(
        model="vision-remote",
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "What is in this picture?"},
                    {"type": "image_url", "image_url": {"url": url}},
                ],
            }
        ],
        max_tokens=8,
    )
    return answer.choices[0].message.content or ""


def _sent_urls() -> list[str]:
    parts = _VisionStandIn.bodies[-1]["messages"][-1]["content"]
    return [p["image_url"]["url"] for p in parts if p["type"] == "image_url"]


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",  # a cloud metadata service
        "http://127.0.0.1:6379/",  # a service on the model server's own host
        "https://images.intranet.example.evil.test/a.png",  # the allowed prefix's host, extended
        "file:///etc/passwd",
        "data:text/html;base64,PGgxPmhpPC9oMT4=",  # inline, but no image
    ],
)
def test_urls_the_model_server_would_fetch_are_refused(gateway: Any, url: str) -> None:
    sent_before = len(_VisionStandIn.bodies)
    with pytest.raises(openai.BadRequestError) as refused:
        _ask(gateway, url)
    error = refused.value.body
    assert isinstance(error, dict)
    assert error["code"] == "invalid_image_url" and error["param"] == "messages"
    assert "limits.image_url_prefixes" in error["message"]
    assert len(_VisionStandIn.bodies) == sent_before  # nothing reached the model server


def test_inline_images_and_allowed_prefixes_reach_the_model(gateway: Any) -> None:
    assert _ask(gateway, PNG) == "a red dot"
    assert _sent_urls() == [PNG]
    allowed = "https://images.intranet.example/claims/4711.png"
    assert _ask(gateway, allowed) == "a red dot"
    assert _sent_urls() == [allowed]
