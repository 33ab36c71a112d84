"""VLLMEngine's supervision, with a real OpenAI-compatible server (llama.cpp's, serving SmolLM2) in
the place of `vllm serve`, which cannot run on these machines: start, health, API key, kill -9,
restart with backoff, close."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import httpx
import pytest
from prometheus_client import REGISTRY

from inference.catalog import Catalog
from inference.engine import Cancellation, ChatMessage, EngineError, Finished, SamplingParams, TextDelta
from inference.model_registry import ModelRegistry
from inference.vllm_engine import CHILD_BOOTSTRAP, VLLMConfigError, VLLMEngine, VLLMSettings, build_argv
from inference.weights import sha256_of

from ..conftest import free_port  # type: ignore[import-not-found]

LLAMA_SERVER = (
    sys.executable,
    "-m",
    "llama_cpp.server",
    "--model",
    "{model_path}",
    "--host",
    "{host}",
    "--port",
    "{port}",
    "--model_alias",
    "{served_model_name}",
    "--n_ctx",
    "{max_model_len}",
    "--n_threads",
    "1",
    "--n_threads_batch",
    "1",
)


def test_the_vllm_command_carries_the_catalog_settings() -> None:
    settings = VLLMSettings(
        model_id="llama-3.1-8b",
        model_path="/models/llama-3.1-8b-awq",
        port=8101,
        max_model_len=16384,
        tensor_parallel_size=2,
        gpu_memory_utilization=0.85,
        quantization="awq",
        launcher=("/opt/vllm/bin/vllm", "serve"),
    )
    argv = build_argv(settings)
    assert argv[:3] == ["/opt/vllm/bin/vllm", "serve", "/models/llama-3.1-8b-awq"]
    pairs = {option: argv[argv.index(option) + 1] for option in argv if option.startswith("--")}
    assert pairs["--host"] == "127.0.0.1" and pairs["--port"] == "8101"
    assert pairs["--tensor-parallel-size"] == "2" and pairs["--gpu-memory-utilization"] == "0.85"
    assert pairs["--max-model-len"] == "16384" and pairs["--quantization"] == "awq"
    assert pairs["--served-model-name"] == "llama-3.1-8b"
    assert "--disable-fastapi-docs" in argv
    assert not any("key" in part.lower() for part in argv), "the API key never goes on the command line"
    assert "--quantization" not in build_argv(VLLMSettings("m", "/m", 8102, 4096))
    # vLLM's own Python runs the server module through the bootstrap (parent-death signal, nice).
    with_python = build_argv(VLLMSettings("m", "/m", 8103, 4096, python="/opt/vllm/venv/bin/python"))
    assert with_python[:3] == ["/opt/vllm/venv/bin/python", "-c", CHILD_BOOTSTRAP]
    assert with_python[3:5] == ["--model", "/m"]
    assert "PDEATHSIG" in CHILD_BOOTSTRAP
    # The server's own module, not the deprecated api_server one (kept for a vLLM without it).
    assert "vllm.entrypoints.launchers.api_server.entry" in CHILD_BOOTSTRAP
    assert "vllm.entrypoints.openai.api_server" in CHILD_BOOTSTRAP


def test_bad_settings_are_refused() -> None:
    with pytest.raises(VLLMConfigError):
        VLLMSettings("m", "/m", port=70000, max_model_len=4096)
    with pytest.raises(VLLMConfigError):
        VLLMSettings("m", "/m", port=8000, max_model_len=4096, gpu_memory_utilization=1.5)
    with pytest.raises(VLLMConfigError, match="template"):
        build_argv(VLLMSettings("m", "/m", 8000, 4096, command=("serve", "{nonsense}")))


async def ask(engine: VLLMEngine) -> tuple[str, Finished]:
    text, finished = [], None
    params = SamplingParams(max_tokens=6, temperature=0)
    async for item in engine.stream_chat([ChatMessage("user", "What is 2+2?")], params, Cancellation()):
        if isinstance(item, TextDelta):
            text.append(item.text)
        else:
            finished = item
    assert finished is not None
    return "".join(text), finished


async def wait_for(condition, timeout: float = 90) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not reached"
        await asyncio.sleep(0.1)


async def test_supervision_restarts_a_killed_server(smollm2_path: Path, tmp_path: Path) -> None:
    port = free_port()
    engine = VLLMEngine(
        VLLMSettings(
            model_id="smol-supervised",
            model_path=str(smollm2_path),
            port=port,
            max_model_len=2048,
            command=LLAMA_SERVER,
            api_key_env="API_KEY",  # llama_cpp.server reads its key from the environment too
            log_path=tmp_path / "server.log",
            startup_timeout_s=90,
            restart_initial_backoff_s=0.2,
            restart_max_backoff_s=1.0,
        )
    )
    restarts_before = (
        REGISTRY.get_sample_value("stockade_vllm_restarts_total", {"model": "smol-supervised"}) or 0
    )
    try:
        await engine.start()
        assert engine.health().ready and engine.state == "ready"
        first_pid = engine.pid
        assert first_pid is not None
        text, finished = await ask(engine)
        assert text and finished.usage.prompt_tokens > 0 and finished.usage.completion_tokens > 0

        async with httpx.AsyncClient(trust_env=False) as client:  # without the key: refused
            anonymous = await client.post(
                f"http://127.0.0.1:{port}/v1/chat/completions",
                json={"model": "smol-supervised", "messages": [{"role": "user", "content": "hi"}]},
            )
        assert anonymous.status_code == 401

        os.kill(first_pid, signal.SIGKILL)
        await wait_for(lambda: not engine.health().ready)
        with pytest.raises(EngineError) as down:
            await ask(engine)
        assert down.value.retryable
        await wait_for(lambda: engine.health().ready)
        assert engine.pid not in (None, first_pid) and engine.restarts == 1
        assert (
            REGISTRY.get_sample_value("stockade_vllm_restarts_total", {"model": "smol-supervised"})
            == restarts_before + 1
        )
        assert REGISTRY.get_sample_value("stockade_vllm_up", {"model": "smol-supervised"}) == 1
        text_again, _ = await ask(engine)
        assert text_again == text  # greedy: the restarted server gives the same answer
    finally:
        last_pid = engine.pid
        await engine.close()
    assert engine.pid is None and engine.state == "stopped"
    with pytest.raises(ProcessLookupError):
        os.kill(last_pid or first_pid, 0)


async def test_a_server_that_cannot_start_is_reported_not_hung(tmp_path: Path) -> None:
    engine = VLLMEngine(
        VLLMSettings(
            model_id="broken",
            model_path="/nonexistent",
            port=free_port(),
            max_model_len=2048,
            command=(sys.executable, "-c", "import sys; sys.exit(3)"),
            startup_timeout_s=30,
        )
    )
    with pytest.raises(EngineError, match="exited with code 3 while starting; starting it again"):
        await engine.start()
    # Not given up: it is started again with backoff, as after a crash, and fails each time.
    assert not engine.health().ready and engine.state == "restarting"
    await wait_for(lambda: engine.restarts >= 2, timeout=30)
    assert "exited with code 3" in engine.health().detail and engine.state == "restarting"
    no_restarts = VLLMEngine(
        VLLMSettings(
            "once", "/m", free_port(), 2048, command=(sys.executable, "-c", "import sys; sys.exit(3)"),
            max_consecutive_failures=0,
        )
    )  # fmt: skip
    with pytest.raises(EngineError, match=r"exited with code 3 while starting$"):
        await no_restarts.start()
    assert no_restarts.state == "failed" and no_restarts.restarts == 0
    missing = VLLMEngine(
        VLLMSettings("gone", "/m", free_port(), 2048, launcher=(str(tmp_path / "no-vllm"), "serve"))
    )
    with pytest.raises(EngineError, match="cannot execute"):
        await missing.start()
    await engine.close()
    assert engine.state == "stopped"
    await no_restarts.close()
    await missing.close()


# vLLM 0.26.0's own output when it could not start on an NVIDIA H200 (flashinfer was not installed):
# an engine-core traceback with the cause, then the API server's generic "See root cause above".
FAILED_START = Path(__file__).parent / "data" / "vllm_failed_start.log"


def _logging_engine(program: str, log_path: Path) -> VLLMEngine:
    """An engine whose server is this Python program, its output written to log_path."""
    command = (sys.executable, "-c", program)
    return VLLMEngine(VLLMSettings("broken", "/m", free_port(), 2048, command=command, log_path=log_path))


async def test_a_failed_start_reports_the_first_error_in_the_servers_log(tmp_path: Path) -> None:
    log_path = tmp_path / "logs" / "vllm-broken.log"
    log_path.parent.mkdir()
    log_path.write_text("RuntimeError: an earlier launch's failure, already reported\n")
    replay = f"import sys; sys.stdout.write(open({str(FAILED_START)!r}).read()); sys.exit(1)"
    engine = _logging_engine(replay, log_path)
    with pytest.raises(EngineError) as failed:
        await engine.start()
    message = str(failed.value)
    assert "exited with code 1 while starting: ModuleNotFoundError: No module named 'flashinfer'" in message
    assert f"(log: {log_path})" in message
    assert "See root cause above" not in message and "earlier launch" not in message
    assert "flashinfer" in engine.health().detail
    await engine.close()


async def test_a_failed_start_without_an_exception_in_its_log_reports_the_exit_code(tmp_path: Path) -> None:
    log_path = tmp_path / "vllm-quiet.log"
    log_path.write_text("ValueError: from a launch before this one\n")
    quiet = "import sys; print('INFO loading'); print('WARNING no OSError here: only a warning'); sys.exit(4)"
    engine = _logging_engine(quiet, log_path)
    with pytest.raises(EngineError) as failed:
        await engine.start()
    assert str(failed.value).endswith(
        f"process exited with code 4 while starting (log: {log_path}); starting it again"
    )
    await engine.close()


async def test_a_server_whose_first_start_fails_is_started_again_and_serves(
    smollm2_path: Path, tmp_path: Path
) -> None:
    # The first launch dies (as vLLM does when the GPU is still held by the process before it); the
    # second one is a real server. No gateway restart is needed.
    marker = tmp_path / "tried-once"
    first_fails = (
        f"import os, sys; m = {str(marker)!r}\n"
        "if not os.path.exists(m):\n"
        "    open(m, 'w').close()\n"
        "    print('RuntimeError: CUDA out of memory (the process before)'); sys.exit(1)\n"
        "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])"
    )
    engine = VLLMEngine(
        VLLMSettings(
            model_id="smol-second-try",
            model_path=str(smollm2_path),
            port=free_port(),
            max_model_len=2048,
            command=(sys.executable, "-c", first_fails, *LLAMA_SERVER[1:]),
            log_path=tmp_path / "server.log",
            startup_timeout_s=90,
            restart_initial_backoff_s=0.2,
            restart_max_backoff_s=1.0,
        )
    )
    try:
        with pytest.raises(EngineError, match="RuntimeError: CUDA out of memory"):
            await engine.start()
        assert engine.state == "restarting"
        await wait_for(lambda: engine.health().ready, timeout=120)
        assert engine.restarts == 1 and engine.pid is not None
        text, finished = await ask(engine)
        assert text and finished.usage.completion_tokens > 0
    finally:
        await engine.close()


async def test_the_gateway_follows_a_model_whose_first_start_failed(
    smollm2_path: Path, tmp_path: Path
) -> None:
    # The catalog's vLLM Python here is a stand-in that dies on its first start and then serves the
    # model with llama.cpp, taking vLLM's arguments and passing on those llama.cpp understands.
    fake_vllm = tmp_path / "vllm-python"
    fake_vllm.write_text(
        "#!/bin/sh\n"
        f'if [ ! -f "{tmp_path}/tried" ]; then touch "{tmp_path}/tried"; '
        'echo "RuntimeError: CUDA out of memory"; exit 1; fi\n'
        "while [ $# -gt 0 ]; do case $1 in --model) m=$2;; --port) p=$2;; --served-model-name) n=$2;;\n"
        "  --max-model-len) l=$2;; esac; shift; done\n"
        f'exec {sys.executable} -m llama_cpp.server --model "$m" --host 127.0.0.1 --port "$p" '
        '--model_alias "$n" --n_ctx "$l" --n_threads 1 --n_threads_batch 1\n'
    )
    fake_vllm.chmod(0o755)
    entry = {
        "id": "smol-vllm", "kind": "chat", "engine": "vllm", "context_length": 2048,
        "price_per_1k": {"input": 0, "output": 0},
        "source": {"type": "local_path", "path": str(smollm2_path), "sha256": sha256_of(smollm2_path)},
        "vllm": {"python": str(fake_vllm), "startup_timeout_s": 90},
    }  # fmt: skip
    catalog = Catalog.model_validate({"default_chat_model": "smol-vllm", "models": [entry]})
    registry = ModelRegistry(catalog, cache_dir=tmp_path, serve=["smol-vllm"], log_dir=tmp_path / "logs")
    served = registry.models["smol-vllm"]
    try:
        await registry.start()
        await wait_for(lambda: served.status == "restarting", timeout=60)
        assert "RuntimeError: CUDA out of memory" in served.detail and not served.ready
        await wait_for(lambda: served.status == "ready", timeout=120)
        assert served.detail == "" and served.chat is not None and served.chat.health().ready
        assert isinstance(served.chat, VLLMEngine) and served.chat.restarts == 1
        text, _ = await ask(served.chat)
        assert text
    finally:
        await registry.close()
