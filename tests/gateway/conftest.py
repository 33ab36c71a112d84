"""Real parts for the gateway tests: SmolLM2 in-process and behind `python -m llama_cpp.server`,
MiniLM embeddings, real Redis."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from inference.embeddings import SentenceTransformerEmbedder, load_catalog_embedder
from inference.llamacpp_engine import LlamaCppEngine, LlamaCppSettings
from inference.openai_upstream import OpenAIUpstreamEngine, UpstreamSettings

from ..conftest import CATALOG, free_port, llama_server_argv  # type: ignore[import-not-found]

SMOL_ID = "smollm2-135m-instruct"


def wait_until_serving(url: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before serving")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} never answered")


@dataclass
class Upstream:
    """A real OpenAI-compatible server process serving SmolLM2 on loopback."""

    base_url: str
    proc: subprocess.Popen[bytes]

    def engine(self, model_id: str = "smol-remote", timeout_s: float = 30) -> OpenAIUpstreamEngine:
        return OpenAIUpstreamEngine(
            UpstreamSettings(
                model_id=model_id,
                base_url=self.base_url,
                context_length=2048,
                served_model="smol",
                timeout_s=timeout_s,
                connect_timeout_s=2,
            )
        )

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGCONT)
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def start_upstream(smollm2_path: Path) -> Iterator[Callable[[], Upstream]]:
    started: list[Upstream] = []

    def start() -> Upstream:
        port = free_port()
        proc = subprocess.Popen(
            llama_server_argv(smollm2_path, port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        upstream = Upstream(f"http://127.0.0.1:{port}/v1", proc)
        started.append(upstream)
        wait_until_serving(upstream.base_url + "/models", proc)
        return upstream

    yield start
    for upstream in started:
        upstream.kill()


def dead_upstream(model_id: str = "dead-remote") -> OpenAIUpstreamEngine:
    """An upstream whose port nobody listens on: every call is a refused connection."""
    return OpenAIUpstreamEngine(
        UpstreamSettings(
            model_id=model_id,
            base_url=f"http://127.0.0.1:{free_port()}/v1",
            context_length=2048,
            timeout_s=5,
            connect_timeout_s=1,
        )
    )


@pytest.fixture(scope="session")
def smol_engine(smollm2_path: Path) -> LlamaCppEngine:
    """SmolLM2 in-process: the cheap fast fallback of the chains under test."""
    engine = LlamaCppEngine(LlamaCppSettings(model_id=SMOL_ID, model_path=smollm2_path, context_length=2048))
    asyncio.run(engine.start())
    return engine


@pytest.fixture(scope="session")
def minilm() -> SentenceTransformerEmbedder:
    return load_catalog_embedder(CATALOG, "all-minilm-l6-v2")


REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
