"""Builds one engine per catalog model this process serves, verifies weights, loads them in the
background and answers which model is ready."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from inference.catalog import Catalog, ModelEntry
from inference.embeddings import SentenceTransformerEmbedder, settings_for
from inference.engine import Engine, EngineError
from inference.engine_metrics import ENGINE_UP
from inference.fleet import EngineFleet
from inference.llamacpp_engine import LlamaCppEngine, LlamaCppSettings
from inference.openai_upstream import OpenAIUpstreamEngine, UpstreamSettings
from inference.vllm_engine import VLLMEngine, VLLMSettings
from inference.weights import WeightsMismatch, WeightsUnavailable, verify_weights

# Relative interpreter paths in the catalog (vllm.python) are read from the checkout's root.
_REPO_ROOT = Path(__file__).resolve().parent.parent

log = logging.getLogger(__name__)

Status = Literal["verifying", "loading", "ready", "restarting", "failed", "unavailable"]
# How often a model whose supervised engine failed its first start is looked at again.
FOLLOW_POLL_S = 1.0


@dataclass
class ServedModel:
    entry: ModelEntry
    status: Status = "verifying"
    detail: str = ""
    chat: Engine | None = None
    embedder: SentenceTransformerEmbedder | None = None

    @property
    def ready(self) -> bool:
        return self.status == "ready"


@dataclass
class ModelRegistry:
    catalog: Catalog
    cache_dir: Path | None = None
    serve: list[str] | None = None
    log_dir: Path | None = None  # supervised engines (vLLM) write their output here
    models: dict[str, ServedModel] = field(default_factory=dict)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
    _followers: list[asyncio.Task[None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        wanted = set(self.serve) if self.serve is not None else None
        for entry in self.catalog.models:
            if entry.id in (wanted or ()) or (wanted is None and entry.serve_by_default):
                self.models[entry.id] = ServedModel(entry)
        if wanted:
            unknown = wanted - set(self.models)
            if unknown:
                raise ValueError(f"models to serve are not in the catalog: {sorted(unknown)}")

    async def start(self) -> None:
        """Starts loading every model in the background; `/readyz` reports progress."""
        for served in self.models.values():
            self._tasks.append(asyncio.create_task(self._bring_up(served), name=f"load-{served.entry.id}"))

    async def wait_ready(self, timeout: float | None = None) -> None:
        if self._tasks:
            await asyncio.wait_for(asyncio.gather(*self._tasks, return_exceptions=True), timeout)

    async def _bring_up(self, served: ServedModel) -> None:
        entry = served.entry
        if entry.engine == "vllm" and not vllm_python(entry).is_file():
            served.status = "unavailable" if entry.optional else "failed"
            served.detail = f"no vLLM environment at {vllm_python(entry)} (make vllm builds one)"
            (log.info if entry.optional else log.error)("model %s not served: %s", entry.id, served.detail)
            return
        try:
            weights = await asyncio.to_thread(verify_weights, entry, self.cache_dir, self.catalog)
        except WeightsUnavailable as exc:
            served.status = "unavailable" if entry.optional else "failed"
            served.detail = str(exc)
            (log.info if entry.optional else log.error)("model %s not served: %s", entry.id, exc)
            return
        except WeightsMismatch as exc:
            served.status, served.detail = "failed", str(exc)
            log.error("refusing to load %s: %s", entry.id, exc)
            return
        served.status = "loading"
        try:
            if entry.kind == "embedding":
                assert weights.path is not None
                embedder = SentenceTransformerEmbedder(settings_for(entry, weights.path))
                served.embedder = embedder
                await embedder.start()
            else:
                engine = self._chat_engine(entry, weights.path)
                served.chat = engine
                try:
                    await engine.start()
                except EngineError as exc:
                    if engine.health().extra.get("state") != "restarting":
                        raise
                    # A supervised engine (vLLM) starts itself again with backoff: follow it.
                    served.status, served.detail = "restarting", str(exc)
                    log.error("model %s failed to start; starting it again: %s", entry.id, exc)
                    self._followers.append(asyncio.create_task(self._follow(served, engine)))
                    return
                if not engine.health().ready:
                    if entry.engine != "openai-upstream":
                        served.status, served.detail = "failed", engine.health().detail
                        return
                    # A remote engine may come up later: requests try it (with retries, a breaker and
                    # the app's fallbacks) instead of the gateway refusing it for good.
                    log.warning("upstream %s is not reachable yet: %s", entry.id, engine.health().detail)
                    served.status, served.detail = "ready", engine.health().detail
                    return
            served.status, served.detail = "ready", ""
            if entry.engine == "llamacpp":
                # In-process: up from loading until the process ends. vLLM and fleets report their
                # own (a restart, each replica).
                ENGINE_UP.labels(entry.id, "local").set(1)
        except Exception as exc:
            served.status, served.detail = "failed", f"{type(exc).__name__}: {exc}"
            log.error("model %s failed to start: %s", entry.id, served.detail)

    def _chat_engine(self, entry: ModelEntry, path: Path | None) -> Engine:
        if entry.engine == "vllm":
            assert path is not None
            return VLLMEngine(vllm_settings(entry, path, self.log_dir))
        if entry.engine == "llamacpp":
            assert path is not None
            return LlamaCppEngine(
                LlamaCppSettings(
                    model_id=entry.id,
                    model_path=path,
                    context_length=entry.context_length,
                    threads=entry.threads,
                )
            )
        if entry.engine == "openai-upstream":
            replicas = [
                OpenAIUpstreamEngine(
                    UpstreamSettings.with_key_from_env(
                        endpoint.api_key_env,
                        model_id=entry.id,
                        base_url=endpoint.base_url,
                        context_length=entry.context_length,
                        served_model=endpoint.served_model,
                        timeout_s=endpoint.timeout_s,
                        connect_timeout_s=endpoint.connect_timeout_s,
                        token_count=endpoint.token_count,
                    )
                )
                for endpoint in entry.upstreams
            ]
            if len(replicas) == 1:
                return replicas[0]
            return EngineFleet(entry.id, replicas, entry.fleet)
        raise ValueError(f"model {entry.id}: engine {entry.engine} cannot serve chat")

    def servable(self) -> list[ServedModel]:
        """Models a client may name: everything except those whose weights are absent by design."""
        return [m for m in self.models.values() if m.status != "unavailable"]

    def all_ready(self) -> bool:
        return all(m.ready for m in self.servable())

    async def _follow(self, served: ServedModel, engine: Engine) -> None:
        """Ready once the engine's supervisor has brought it up; failed if the supervisor gives up."""
        while True:
            health = engine.health()
            if health.ready:
                served.status, served.detail = "ready", ""
                log.info("model %s is ready after a failed start", served.entry.id)
                return
            if health.extra.get("state") == "failed":
                served.status, served.detail = "failed", health.detail
                return
            served.detail = health.detail
            await asyncio.sleep(FOLLOW_POLL_S)

    async def close(self) -> None:
        for task in [*self._tasks, *self._followers]:
            task.cancel()
        for served in self.models.values():
            if served.chat is not None:
                await served.chat.close()
                if served.entry.engine == "llamacpp":
                    ENGINE_UP.labels(served.entry.id, "local").set(0)
            if served.embedder is not None:
                await served.embedder.close()


def vllm_python(entry: ModelEntry) -> Path:
    """The Python of vLLM's own environment: STOCKADE_VLLM_PYTHON, else the catalog's path (relative
    to the repository root)."""
    configured = Path(os.environ.get("STOCKADE_VLLM_PYTHON") or entry.launch.python).expanduser()
    return configured if configured.is_absolute() else _REPO_ROOT / configured


def _free_loopback_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def vllm_settings(entry: ModelEntry, weights: Path, log_dir: Path | None) -> VLLMSettings:
    launch = entry.launch
    return VLLMSettings(
        model_id=entry.id,
        model_path=str(weights),
        port=launch.port or _free_loopback_port(),
        max_model_len=launch.max_model_len or entry.context_length,
        tensor_parallel_size=launch.tensor_parallel_size,
        gpu_memory_utilization=launch.gpu_memory_utilization,
        quantization=launch.quantization,
        dtype=launch.dtype,
        enable_prefix_caching=launch.enable_prefix_caching,
        tool_call_parser=launch.tool_call_parser,
        extra_args=tuple(launch.extra_args),
        python=str(vllm_python(entry)),
        env=launch.env,
        log_path=log_dir / f"vllm-{entry.id.replace('/', '_')}.log" if log_dir else None,
        startup_timeout_s=launch.startup_timeout_s,
        request_timeout_s=launch.request_timeout_s,
        max_consecutive_failures=launch.max_consecutive_failures,
        nice=launch.nice,
        tokenizer_path=weights if (weights / "tokenizer_config.json").is_file() else None,
    )
