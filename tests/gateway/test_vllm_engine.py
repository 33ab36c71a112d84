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

from inference.engine import Cancellation, ChatMessage, EngineError, Finished, SamplingParams, TextDelta
from inference.vllm_engine import CHILD_BOOTSTRAP, VLLMConfigError, VLLMEngine, VLLMSettings, build_argv

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
    assert "vllm.entrypoints.openai.api_server" in CHILD_BOOTSTRAP and "PDEATHSIG" in CHILD_BOOTSTRAP


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
    with pytest.raises(EngineError, match="exited with code 3"):
        await engine.start()
    assert not engine.health().ready and engine.state == "failed"
    missing = VLLMEngine(
        VLLMSettings("gone", "/m", free_port(), 2048, launcher=(str(tmp_path / "no-vllm"), "serve"))
    )
    with pytest.raises(EngineError, match="cannot execute"):
        await missing.start()
    await engine.close()
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
        f"did not become healthy: process exited with code 4 while starting (log: {log_path})"
    )
    await engine.close()
