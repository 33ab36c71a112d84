"""A supervised vLLM that cannot start, through the real API: clients get 503 `model_not_ready`
without the server's internals, `/readyz` tells operators why, and the gateway keeps trying."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from inference.weights import sha256_of

from ..conftest import make_settings, start_server, stop_server  # type: ignore[import-not-found]

MODEL = "smol-vllm"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, smollm2_path: Path) -> Iterator:  # type: ignore[type-arg]
    tmp = tmp_path_factory.mktemp("vllm-restarting")
    # vLLM's Python here: one that dies at every start, as vLLM does when a package is missing.
    broken = tmp / "vllm-python"
    broken.write_text(
        f"#!{sys.executable}\n"
        "import sys\n"
        "print(\"ModuleNotFoundError: No module named 'flashinfer'\", flush=True)\n"
        "print('RuntimeError: Engine core initialization failed. See root cause above.')\n"
        "sys.exit(1)\n"
    )
    broken.chmod(0o755)
    entry = {
        "id": MODEL, "kind": "chat", "engine": "vllm", "context_length": 2048,
        "price_per_1k": {"input": 0, "output": 0},
        "source": {"type": "local_path", "path": str(smollm2_path), "sha256": sha256_of(smollm2_path)},
        "vllm": {"python": str(broken), "startup_timeout_s": 60},
    }  # fmt: skip
    catalog = tmp / "catalog.yaml"
    catalog.write_text(yaml.safe_dump({"default_chat_model": MODEL, "models": [entry]}))
    settings = make_settings(
        tmp,
        catalog_path=catalog,
        models={"serve": [MODEL]},
        guard={"enabled": False},
        tracing={"enabled": False},
    )
    running = start_server(settings)
    yield running
    stop_server(running)


def test_a_model_that_cannot_start_is_503_to_clients_and_explained_to_operators(server) -> None:  # type: ignore[no-untyped-def]
    answer = httpx.post(
        server.base_url + "/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": "user", "content": "hi"}]},
        headers={"Authorization": f"Bearer {server.tenant_key}"},
        timeout=60,
    )
    assert answer.status_code == 503, answer.text
    error = answer.json()["error"]
    assert error["code"] == "model_not_ready" and answer.headers["retry-after"] == "5"
    assert error["message"] == f"The model '{MODEL}' is not ready (restarting after a failed start)."

    ready = httpx.get(server.base_url + "/readyz", timeout=10)
    assert ready.status_code == 503 and ready.json()["status"] == "not ready"
    model = ready.json()["models"][MODEL]
    assert model["status"] == "restarting"
    assert "ModuleNotFoundError: No module named 'flashinfer'" in model["detail"]
    assert model["engine_state"]["state"] == "restarting"
    assert "See root cause above" not in model["detail"]
