"""The `stockade` CLI against a real SQLite file: tenants, keys (shown once), revoke."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tenancy.storage import Store


def _run(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "operations.cli", *args, "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_tenants_and_keys_lifecycle(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    config = tmp_path / "stockade.yaml"
    config.write_text(yaml.safe_dump({"database_url": f"sqlite:///{db}", "data_dir": str(tmp_path)}))
    assert _run(config, "tenants", "create", "cardiology").returncode == 0
    again = _run(config, "tenants", "create", "cardiology")
    assert again.returncode == 1 and "already exists" in again.stderr
    created = _run(config, "keys", "create", "--tenant", "cardiology", "--name", "ehr")
    assert created.returncode == 0, created.stderr
    secret = created.stdout.strip()
    assert secret.startswith("sk-stk-")
    store = Store.from_url(f"sqlite:///{db}")
    key = store.authenticate(secret)
    assert key is not None and key.tenant_name == "cardiology"
    listing = _run(config, "keys", "list")
    assert key.id in listing.stdout and secret not in listing.stdout
    assert _run(config, "keys", "revoke", key.id).returncode == 0
    assert store.authenticate(secret) is None
    assert _run(config, "keys", "create", "--tenant", "nobody").returncode == 1
    assert _run(config, "keys", "create").returncode == 1


def test_bad_config_file_is_a_clear_error(tmp_path: Path) -> None:
    config = tmp_path / "stockade.yaml"
    config.write_text(yaml.safe_dump({"no_such_setting": 1}))
    result = _run(config, "tenants", "list")
    assert result.returncode == 2
    assert "invalid configuration" in result.stderr and "Traceback" not in result.stderr


def test_bench_command_measures_a_server_and_writes_its_reports(tmp_path: Path) -> None:
    """`stockade bench` against the benchmark stand-in (a server that answers at injected delays)."""
    from ..conftest import free_port, wait_until_ok  # type: ignore[import-not-found]

    port = free_port()
    standin = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "harness.bench.standin",
            "--port",
            str(port),
            "--ttft-ms",
            "30",
            "--itl-ms",
            "5",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_ok(f"http://127.0.0.1:{port}/v1/models", 60)
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "operations.cli",
                "bench",
                "--base-url",
                f"http://127.0.0.1:{port}/v1",
                "--model",
                "standin",
                "--num-prompts",
                "6",
                "--max-concurrency",
                "2",
                "--input-len",
                "16",
                "--output-len",
                "8",
                "--output-dir",
                str(tmp_path),
                "--label",
                "cli",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        standin.kill()
        standin.wait()
    assert out.returncode == 0, out.stderr
    assert "| concurrency 2 | 6 | 0 |" in out.stdout
    report = json.loads((tmp_path / "cli.json").read_text())
    assert report["runs"][0]["metrics"]["completed"] == 6
    assert (tmp_path / "cli_latency.png").stat().st_size > 0
    bad = subprocess.run(
        [sys.executable, "-m", "operations.cli", "bench", "--base-url", "ftp://nowhere", "--model", "m"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 1 and "base_url" in bad.stderr


def test_a_config_file_is_read_for_its_call_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from api.config import load_settings

    monkeypatch.delenv("STOCKADE_CONFIG", raising=False)
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    first.write_text(yaml.safe_dump({"data_dir": str(tmp_path / "one"), "log_level": "DEBUG"}))
    second.write_text(yaml.safe_dump({"data_dir": str(tmp_path / "two")}))
    assert load_settings(first).data_dir == tmp_path / "one"
    # Nothing of the first file reaches the process environment or the next load.
    assert "STOCKADE_CONFIG" not in os.environ
    again = load_settings(second)
    assert again.data_dir == tmp_path / "two" and again.log_level != "DEBUG"
    assert load_settings(first, log_level="ERROR").log_level == "ERROR"  # overrides still win
    # An operator's STOCKADE_CONFIG still names the file when no --config is given.
    monkeypatch.setenv("STOCKADE_CONFIG", str(second))
    assert load_settings().data_dir == tmp_path / "two"
