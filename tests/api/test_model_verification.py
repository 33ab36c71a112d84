"""A model whose file does not match the catalog's sha256 is never loaded, and says why."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import yaml

from ..conftest import CATALOG, make_settings, start_server, stop_server  # type: ignore[import-not-found]

WRONG = "0" * 64


def _tampered_catalog(tmp: Path, smollm2_path: Path) -> Path:
    catalog = yaml.safe_load(CATALOG.read_text())
    for model in catalog["models"]:
        if model["id"] == "smollm2-135m-instruct":
            model["source"] = {"type": "local_path", "path": str(smollm2_path), "sha256": WRONG}
    path = tmp / "catalog.yaml"
    path.write_text(yaml.safe_dump(catalog))
    return path


def test_mismatched_model_is_refused_and_reported(tmp_path: Path, smollm2_path: Path) -> None:
    catalog = _tampered_catalog(tmp_path, smollm2_path)
    running = start_server(
        make_settings(tmp_path, catalog_path=catalog, models={"serve": ["smollm2-135m-instruct"]})
    )
    try:
        ready = httpx.get(running.base_url + "/readyz", timeout=60)
        assert ready.status_code == 503
        detail = ready.json()["models"]["smollm2-135m-instruct"]
        assert detail["status"] == "failed"
        assert (
            WRONG in detail["detail"]
            and "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53" in detail["detail"]
        )
        r = httpx.post(
            running.v1 + "/chat/completions",
            headers={"Authorization": f"Bearer {running.tenant_key}"},
            json={"model": "smollm2-135m-instruct", "messages": [{"role": "user", "content": "hi"}]},
            timeout=60,
        )
        assert r.status_code == 503
        assert r.json()["error"]["code"] == "model_not_ready"
        assert "sha256 mismatch" in r.json()["error"]["message"]
    finally:
        stop_server(running)


def test_models_verify_cli_fails_on_mismatch_and_passes_on_the_real_catalog(
    tmp_path: Path, smollm2_path: Path
) -> None:
    catalog = _tampered_catalog(tmp_path, smollm2_path)
    env_config = tmp_path / "stockade.yaml"
    env_config.write_text(yaml.safe_dump({"catalog_path": str(catalog), "data_dir": str(tmp_path)}))
    bad = subprocess.run(
        [sys.executable, "-m", "operations.cli", "models", "verify", "--config", str(env_config)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 1
    assert "MISMATCH" in bad.stdout and "smollm2-135m-instruct" in bad.stdout
    good = subprocess.run(
        [sys.executable, "-m", "operations.cli", "models", "verify"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert good.returncode == 0, good.stdout + good.stderr
    assert "qwen2.5-coder-0.5b-instruct" in good.stdout
