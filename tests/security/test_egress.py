"""No egress: every route of a real server is called while an audit hook records each socket the
process opens, inside a network namespace that has nothing but loopback when the machine allows it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ..conftest import REDIS_URL, REPO, free_port  # type: ignore[import-not-found]

PROBE = Path(__file__).with_name("egress_probe.py")


def _netns_available() -> str | None:
    """None when a loopback-only network namespace can be made here, else the reason why not."""
    missing = [tool for tool in ("unshare", "ip", "redis-server", "redis-cli") if shutil.which(tool) is None]
    if missing:
        return f"missing tools: {', '.join(missing)}"
    if os.geteuid() != 0:
        return "network namespaces need root"
    probe = subprocess.run(["unshare", "--net", "true"], capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        return f"unshare --net refused: {probe.stderr.strip()}"
    return None


NETNS_UNAVAILABLE = _netns_available()


def _run_isolated(out: Path) -> subprocess.CompletedProcess[str]:
    """The probe inside a fresh network namespace: only `lo`, no route anywhere, a private Redis."""
    port = free_port()
    script = f"""
set -e
ip link set lo up
if [ -n "$(ip route show)" ]; then echo "namespace has a route out" >&2; exit 3; fi
redis-server --port {port} --bind 127.0.0.1 --save '' --appendonly no >/dev/null &
REDIS=$!
trap 'kill $REDIS' EXIT
for _ in $(seq 100); do redis-cli -p {port} ping >/dev/null 2>&1 && break; sleep 0.1; done
"{sys.executable}" "{PROBE}" --out "{out}" --redis-url redis://127.0.0.1:{port}/0
"""
    return subprocess.run(
        ["unshare", "--net", "bash", "-c", script], cwd=REPO, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("egress") / "report.json"
    if NETNS_UNAVAILABLE is None:
        done = _run_isolated(out)
    else:  # the audit hook alone, against the machine's own Redis
        done = subprocess.run(
            [sys.executable, str(PROBE), "--out", str(out), "--redis-url", REDIS_URL],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    result: dict[str, Any] = json.loads(out.read_text())
    result["isolated"] = NETNS_UNAVAILABLE is None
    return result


def test_every_route_is_called_and_answers(report: dict[str, Any]) -> None:
    # A route added later fails this test until the probe calls it too.
    assert set(report["routes"]) <= set(report["calls"]), set(report["routes"]) - set(report["calls"])
    failed = {route: status for route, status in report["calls"].items() if not 200 <= status < 300}
    assert not failed, failed
    assert report["retrieval"]["search_hits"] == 2 and report["retrieval"]["children"] >= 2


def test_no_connection_outside_loopback_and_configured_services(report: dict[str, Any]) -> None:
    assert report["violations"] == [], report["violations"]
    # The hook did see the traffic it should: the configured Redis and the OTLP collector.
    assert f"socket.connect 127.0.0.1:{report['redis_port']}" in report["attempts"], report["attempts"]
    assert f"socket.connect 127.0.0.1:{report['otlp_port']}" in report["attempts"], report["attempts"]
    assert report["otlp_posts"] >= 1


@pytest.mark.skipif(NETNS_UNAVAILABLE is not None, reason=f"no network namespace: {NETNS_UNAVAILABLE}")
def test_the_run_was_network_isolated(report: dict[str, Any]) -> None:
    assert report["isolated"]


def _python(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_offline_switches_win_over_the_operators_environment() -> None:
    done = _python(
        "import huggingface_hub.constants as hub, os\n"
        "import api\n"
        "print(hub.HF_HUB_OFFLINE, hub.HF_HUB_DISABLE_TELEMETRY, os.environ['HF_HUB_OFFLINE'],"
        " os.environ['DO_NOT_TRACK'], os.environ['HF_DATASETS_OFFLINE'])",
        {
            "HF_HUB_OFFLINE": "0",
            "TRANSFORMERS_OFFLINE": "0",
            "DO_NOT_TRACK": "0",
            "HF_HUB_DISABLE_TELEMETRY": "0",
        },
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "1", "1", "1"]


def test_the_guard_never_fetches_the_public_suffix_list() -> None:
    from guard.pii.recognizers import _OFFLINE_TLD

    assert _OFFLINE_TLD.suffix_list_urls == ()
    assert _OFFLINE_TLD("mail.example.co.uk").suffix == "co.uk"  # the bundled snapshot answers


def test_blocking_monitor_refuses_unknown_destinations_and_allows_configured_ones() -> None:
    code = """
import socket
from operations.egress import EgressMonitor, EgressViolation
monitor = EgressMonitor(["redis.internal", "10.1.2.3"], block=True, resolve=False).install()
outcomes = [str(monitor.permitted(h)) for h in ("redis.internal", "10.1.2.3", "10.1.2.4", "::1")]
for host in ("192.0.2.1", "127.0.0.1"):
    sock = socket.socket()
    sock.settimeout(0.2)
    try:
        sock.connect((host, 9))
        outcomes.append("connected")
    except EgressViolation:
        outcomes.append("blocked")
    except OSError:
        outcomes.append("attempted")
    finally:
        sock.close()
try:
    socket.getaddrinfo("example.com", 443)
    outcomes.append("resolved")
except EgressViolation:
    outcomes.append("blocked")
print(" ".join(outcomes), len(monitor.violations()))
"""
    done = _python(code)
    assert done.returncode == 0, done.stderr
    # 192.0.2.1 and example.com are refused before a packet or a DNS query leaves; loopback goes through.
    assert done.stdout.split() == ["True", "True", "False", "True", "blocked", "attempted", "blocked", "2"]
