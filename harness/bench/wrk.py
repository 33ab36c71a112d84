"""Two C programs for measuring a gateway's throughput without measuring Python: nginx as an
instant OpenAI-compatible stand-in upstream, and wrk as the load generator.

Both come from the distribution (`apt-get install wrk nginx-light`). A Python load generator and
stand-in spend more CPU per request than the gateway under test, which on a small machine takes
the cores the gateway should have; these two spend a few percent of one core at 1,000 requests/s.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from harness.bench.client import build_payload
from harness.bench.dataset import SampleRequest
from harness.bench.errors import EndpointError
from harness.bench.harness import free_port, stop_process, wait_until_up
from harness.bench.options import LoadOptions
from harness.bench.standin import stream_events, usage_block

INSTALL_HINT = "install them with `apt-get install wrk nginx-light`"


def require_tools() -> tuple[str, str]:
    """The paths of nginx and wrk, or an error that says how to get them."""
    nginx = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None
    )
    wrk = shutil.which("wrk")
    missing = [name for name, path in (("nginx", nginx), ("wrk", wrk)) if path is None]
    if missing or nginx is None or wrk is None:
        raise EndpointError(f"{' and '.join(missing)} not found: {INSTALL_HINT}")
    return nginx, wrk


@contextmanager
def nginx_standin(
    *, model: str = "standin", output_tokens: int = 8, prompt_tokens: int = 64, port: int | None = None
) -> Iterator[str]:
    """nginx answering every chat completion at once with the same streamed answer (whatever was
    asked: it reads no request); yields its OpenAI base URL (…/v1)."""
    nginx, _ = require_tools()
    port = port or free_port()
    with tempfile.TemporaryDirectory(prefix="stockade-nginx-") as tmp:
        root = Path(tmp)
        root.chmod(0o755)  # started as root, nginx reads files as its unprivileged worker user
        answer = stream_events(
            rid="chatcmpl-standin",
            model=model,
            created=0,
            tokens=output_tokens,
            usage=usage_block(prompt_tokens, output_tokens),
        )
        (root / "chat.sse").write_bytes(b"".join(answer))
        models = {"object": "list", "data": [{"id": model, "object": "model", "owned_by": "standin"}]}
        (root / "models.json").write_text(json.dumps(models))
        # A static file served to POST: nginx answers 405 for that, turned into a 200 with the file.
        (root / "nginx.conf").write_text(
            f"""
worker_processes 1;
daemon off;
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    keepalive_requests 1000000;
    client_body_temp_path {root}/body;
    proxy_temp_path {root}/proxy;
    fastcgi_temp_path {root}/fastcgi;
    uwsgi_temp_path {root}/uwsgi;
    scgi_temp_path {root}/scgi;
    server {{
        listen 127.0.0.1:{port};
        location = /v1/models {{ default_type application/json; alias {root}/models.json; }}
        location = /v1/chat/completions {{
            default_type text/event-stream;
            alias {root}/chat.sse;
            error_page 405 =200 $uri;
        }}
    }}
}}
"""
        )
        process = subprocess.Popen(
            [nginx, "-p", str(root), "-c", str(root / "nginx.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_until_up(f"http://127.0.0.1:{port}/v1/models", timeout_s=15)
            yield f"http://127.0.0.1:{port}/v1"
        finally:
            stop_process(process)


# wrk runs this per thread: a fixed streaming chat request, and a count of answers that are not a
# 200 ending in [DONE], so that a gateway answering fast with errors cannot pass for a fast one.
_SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_API_KEY")
wrk.body = os.getenv("BENCH_BODY")
local threads = {}
incomplete = 0
function setup(thread)
    table.insert(threads, thread)
end
function response(status, headers, body)
    if status ~= 200 or not string.find(body, "data: [DONE]", 1, true) then
        incomplete = incomplete + 1
    end
end
function done(summary, latency, requests)
    local bad = 0
    for _, thread in ipairs(threads) do
        bad = bad + thread:get("incomplete")
    end
    io.write(string.format("incomplete %d\\n", bad))
    for _, p in ipairs({50, 90, 99}) do
        io.write(string.format("latency_us p%d %d\\n", p, latency:percentile(p)))
    end
    io.write(string.format("requests %d\\n", summary.requests))
    io.write(string.format("duration_us %d\\n", summary.duration))
    io.write(string.format("socket_errors %d\\n",
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


@dataclass(frozen=True)
class WrkResult:
    requests: int
    duration_s: float
    incomplete: int  # not a 200 ending in [DONE]
    socket_errors: int  # connect, read, write errors and timeouts
    latency_ms: dict[str, float]  # p50, p90, p99 of whole requests

    @property
    def requests_per_s(self) -> float:
        return self.requests / self.duration_s if self.duration_s else 0.0


def parse_wrk(output: str) -> WrkResult:
    values = dict(re.findall(r"^(incomplete|requests|duration_us|socket_errors) (\d+)$", output, re.M))
    latency = dict(re.findall(r"^latency_us (p\d+) (\d+)$", output, re.M))
    if "requests" not in values:
        raise EndpointError(f"wrk printed no summary: {output[-500:]}")
    return WrkResult(
        requests=int(values["requests"]),
        duration_s=int(values["duration_us"]) / 1e6,
        incomplete=int(values["incomplete"]),
        socket_errors=int(values["socket_errors"]),
        latency_ms={p: int(us) / 1000 for p, us in latency.items()},
    )


def chat_body(model: str, prompt_tokens: int, output_tokens: int) -> str:
    """A streaming chat request in `stockade bench`'s shape, with a prompt of `prompt_tokens` words."""
    prompt = " ".join(["word"] * prompt_tokens)
    sample = SampleRequest(prompt=prompt, prompt_len=prompt_tokens, output_len=output_tokens)
    return json.dumps(build_payload(LoadOptions(model=model, temperature=None), sample, model))


def run_wrk(
    base_url: str,
    *,
    api_key: str,
    body: str,
    connections: int,
    duration_s: float,
    threads: int = 1,
    timeout_s: float = 10.0,
) -> WrkResult:
    """`connections` keep-alive connections, each sending the next request when the last is answered."""
    _, wrk = require_tools()
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(_SCRIPT)
        script.flush()
        done = subprocess.run(
            [wrk, f"-t{threads}", f"-c{connections}", f"-d{duration_s:g}s", f"--timeout={timeout_s:g}s",
             "-s", script.name, f"{base_url}/chat/completions"],
            env={"BENCH_API_KEY": api_key, "BENCH_BODY": body, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            timeout=duration_s + timeout_s + 30,
        )  # fmt: skip
    if done.returncode != 0:
        raise EndpointError(f"wrk failed: {done.stderr.strip()[-500:]}")
    return parse_wrk(done.stdout)
