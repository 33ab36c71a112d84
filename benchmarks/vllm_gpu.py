"""vLLM on a GPU behind Stockade: start-up, KV cache, memory, and TTFT / output tokens/s through
Stockade against vLLM directly, at each concurrency.

    python benchmarks/vllm_gpu.py --model-dir DIR [--name ID] [--dummy-weights]
        [--concurrency 1,8,32,128] [--input-len 512] [--output-len 128] [--rounds 2]
        [--max-model-len 8192] [--gpu-memory-utilization 0.9] [--vllm-python PY]
        [--vllm-arg=ARG ...] [--vllm-env KEY=VALUE ...] [--ready-timeout 900] [--label vllm_gpu]
        [--out DIR]

One `stockade serve` starts and supervises `vllm serve` for a catalog entry made for DIR, as a
deployment's catalog does (engine: vllm, source: local_path with every file's sha256, so the gateway
verifies the folder before vLLM reads it). DIR is a Hugging Face folder: config.json, the tokenizer
files and, unless --dummy-weights, the weights.

--dummy-weights passes vLLM `--load-format dummy`: random weights of the folder's shape. Every kernel,
the scheduler, the paged KV cache and the gateway do the work they do with real weights; the text is
noise, and `ignore_eos` fixes each answer's length, as in every run here. With real weights the run
also asks one question and records the answer.

Through Stockade vs directly: the same streaming requests with `ignore_eos`, interleaved round by
round (harness.bench.overhead), with the gateway's own CPU time per request (its process only, not
vLLM's). Prefix caching is off: both sides send the same prompts, and the side measured second would
otherwise reuse the first side's KV blocks.

Writes <out>/<label>.json and <label>.md (benchmarks/results by default).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import psutil
import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harness.bench.harness import Gateway, catalog_gateway  # noqa: E402
from harness.bench.options import LoadOptions, OverheadOptions, Target, TokenizerSpec  # noqa: E402
from harness.bench.overhead import run_overhead  # noqa: E402
from harness.bench.report import machine_description  # noqa: E402
from inference.weights import sha256_of  # noqa: E402

BENCH_KEY = "stockade-bench-vllm-gpu-key"
# What vLLM prints about the memory it found: the KV cache it could give sequences.
VLLM_LOG_FACTS = {
    "kv_cache_tokens": r"GPU KV cache size:\s*([\d,]+) tokens",
    "max_concurrency_at_max_model_len": r"Maximum concurrency for [\d,]+ tokens per request:\s*([\d.]+)x",
    "model_weights_gib": r"Model loading took ([\d.]+) GiB",
    "cuda_graph_capture_s": r"Graph capturing finished in ([\d.]+) sec",
    "torch_compile_s": r"torch\.compile takes ([\d.]+) s in total",
}


def catalog_entry(args: argparse.Namespace) -> dict[str, Any]:
    """The catalog entry an operator would write for this folder."""
    files = sorted(p for p in args.model_dir.rglob("*") if p.is_file())
    launch: dict[str, Any] = {
        "python": args.vllm_python,
        "max_model_len": args.max_model_len,
        "gpu_memory_utilization": args.gpu_memory_utilization,
        "dtype": "bfloat16",
        "enable_prefix_caching": False,
        "extra_args": (["--load-format", "dummy"] if args.dummy_weights else []) + args.vllm_arg,
        "startup_timeout_s": 900,
        "env": dict(item.split("=", 1) for item in args.vllm_env),
    }
    return {
        "id": args.name,
        "kind": "chat",
        "engine": "vllm",
        "context_length": args.max_model_len,
        "price_per_1k": {"input": 0.0, "output": 0.0},
        "upstream": f"{args.model_dir.name}{' (random weights)' if args.dummy_weights else ''}",
        "source": {
            "type": "local_path",
            "path": str(args.model_dir),
            "files": [{"path": str(p.relative_to(args.model_dir)), "sha256": sha256_of(p)} for p in files],
        },
        "vllm": launch,
    }


def gpu_state() -> dict[str, str]:
    """nvidia-smi's view: which GPU, and how much of its memory is taken now."""
    if shutil.which("nvidia-smi") is None:
        return {}
    fields = "name,driver_version,memory.used,memory.total,utilization.gpu"
    done = subprocess.run(
        ["nvidia-smi", f"--query-gpu={fields}", "--format=csv,noheader"],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    first = done.stdout.strip().splitlines()[:1]
    return (
        dict(zip(fields.split(","), (v.strip() for v in first[0].split(",")), strict=False)) if first else {}
    )


def vllm_log_facts(workdir: Path) -> dict[str, float]:
    text = "\n".join(p.read_text(errors="replace") for p in workdir.rglob("vllm-*.log"))
    facts = {}
    for name, pattern in VLLM_LOG_FACTS.items():
        match = re.search(pattern, text)
        if match:
            facts[name] = float(match.group(1).replace(",", ""))
    return facts


def load_options(args: argparse.Namespace, concurrency: int) -> LoadOptions:
    return LoadOptions.build(
        model=args.name,
        num_prompts=max(8, 2 * concurrency),
        max_concurrency=concurrency,
        input_len=args.input_len,
        output_len=args.output_len,
        ignore_eos=True,
        tokenizer=TokenizerSpec(kind="tokenizer-json", path=args.model_dir / "tokenizer.json"),
        warmups=1,
    )


def one_answer(gateway: Gateway) -> dict[str, Any]:
    """A question with a known answer through Stockade, with real weights only."""
    from openai import OpenAI

    client = OpenAI(base_url=gateway.base_url, api_key=gateway.api_key)
    started = time.perf_counter()
    answer = client.chat.completions.create(
        model=gateway.model,
        messages=[{"role": "user", "content": "What is the capital of France? Answer in one word."}],
        max_tokens=16,
        temperature=0,
    )
    return {
        "question": "What is the capital of France? Answer in one word.",
        "answer": answer.choices[0].message.content,
        "seconds": round(time.perf_counter() - started, 3),
    }


def through_stockade(args: argparse.Namespace, gateway: Gateway, direct_url: str) -> list[dict[str, Any]]:
    gateway_process = psutil.Process(gateway.pid)

    def gateway_cpu_s() -> float:
        times = gateway_process.cpu_times()
        return float(times.user + times.system)

    rows: list[dict[str, Any]] = []
    for concurrency in [int(c) for c in args.concurrency.split(",")]:
        report = run_overhead(
            OverheadOptions.build(
                load=load_options(args, concurrency),
                baseline=Target.build(name="vllm-direct", base_url=direct_url, api_key=BENCH_KEY),
                through=(
                    Target.build(name="through-stockade", base_url=gateway.base_url, api_key=gateway.api_key),
                ),
                rounds=args.rounds,
            ),
            cpu_probes={"through-stockade": gateway_cpu_s},
        )
        rows += report.rows(concurrency=concurrency)
        print(json.dumps(rows[-2:]), flush=True)
    return rows


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model-dir", type=Path, required=True)
    parser.add_argument("--name", help="the catalog id (default: the folder's name)")
    parser.add_argument("--dummy-weights", action="store_true", help="vLLM --load-format dummy")
    parser.add_argument("--concurrency", default="1,8,32,128")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--input-len", type=int, default=512)
    parser.add_argument("--output-len", type=int, default=128)
    parser.add_argument("--max-model-len", type=int, default=8192)
    parser.add_argument("--gpu-memory-utilization", type=float, default=0.9)
    parser.add_argument("--vllm-python", default=sys.executable, help="the Python that has vLLM")
    parser.add_argument(
        "--vllm-arg",
        action="append",
        default=[],
        help="one more vLLM argument, e.g. --vllm-arg=--enforce-eager",
    )
    parser.add_argument(
        "--vllm-env", action="append", default=[], metavar="KEY=VALUE", help="for vLLM's process"
    )
    parser.add_argument(
        "--ready-timeout",
        type=float,
        default=900,
        help="seconds to wait for vLLM; a failed start is retried meanwhile (see the log tails)",
    )
    parser.add_argument("--label", default="vllm_gpu")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results")
    args = parser.parse_args(argv)
    args.model_dir = args.model_dir.resolve()
    args.name = args.name or args.model_dir.name
    logging.basicConfig(level=logging.WARNING)
    # A stopped benchmark still stops the gateway it started (and the gateway its vLLM).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    results: dict[str, Any] = {
        "machine": machine_description(),
        "gpu": gpu_state(),
        "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "model": args.name,
        "weights": "random (vLLM --load-format dummy)" if args.dummy_weights else "real",
        "load": {"input_len": args.input_len, "output_len": args.output_len, "rounds": args.rounds},
    }
    with tempfile.TemporaryDirectory(prefix="stockade-vllm-gpu-") as scratch:
        workdir = Path(scratch) / "gateway"
        shipped = yaml.safe_load((REPO / "models" / "catalog.yaml").read_text())
        catalog = {
            "default_chat_model": args.name,
            "engine_parameters": shipped["engine_parameters"],  # ignore_eos reaches vLLM
            "models": [catalog_entry(args)],
        }
        catalog_path = Path(scratch) / "catalog.yaml"
        catalog_path.write_text(yaml.safe_dump(catalog))
        started = time.perf_counter()
        try:
            with catalog_gateway(
                workdir,
                [args.name],
                catalog_path=catalog_path,
                env={"STOCKADE_VLLM_API_KEY": BENCH_KEY},
                ready_timeout_s=args.ready_timeout,
            ) as gateway:
                state = httpx.get(gateway.base_url.removesuffix("/v1") + "/readyz", timeout=5).json()
                model_state = state["models"][args.name]
                if model_state["status"] != "ready":
                    raise RuntimeError(f"vLLM is not ready: {model_state}")
                results["gateway_start_to_vllm_ready_s"] = round(time.perf_counter() - started, 1)
                results["gpu_after_start"] = gpu_state()
                results["vllm_log"] = vllm_log_facts(workdir)
                if not args.dummy_weights:
                    results["answer"] = one_answer(gateway)
                results["through_stockade"] = through_stockade(
                    args, gateway, model_state["engine_state"]["endpoint"]
                )
                results["vllm_metrics_after"] = _vllm_counters(model_state["engine_state"]["endpoint"])
        finally:
            logs = sorted(workdir.rglob("*.log"))
            results["log_tails"] = {p.name: p.read_text(errors="replace")[-3000:] for p in logs}
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{args.label}.json").write_text(json.dumps(results, indent=2))
    (args.out / f"{args.label}.md").write_text(markdown(results))
    print(markdown(results))
    return results


def _vllm_counters(endpoint: str) -> dict[str, float]:
    """Totals from vLLM's own Prometheus endpoint: what the engine says it served."""
    text = httpx.get(endpoint.removesuffix("/v1") + "/metrics", timeout=10).text
    wanted = ("vllm:prompt_tokens_total", "vllm:generation_tokens_total", "vllm:num_preemptions_total")
    totals: dict[str, float] = {}
    for line in text.splitlines():
        name = line.split("{", 1)[0].split(" ", 1)[0]
        if name in wanted:
            totals[name] = totals.get(name, 0.0) + float(line.rsplit(" ", 1)[1])
    return totals


def markdown(results: dict[str, Any]) -> str:
    gpu = results.get("gpu", {})
    lines = [
        f"# vLLM on a GPU behind Stockade: {results['model']} ({results['weights']})",
        "",
        f"- machine: {results['machine']}",
        f"- GPU: {gpu.get('name', '?')}, driver {gpu.get('driver_version', '?')}",
        f"- gateway start to vLLM ready: {results.get('gateway_start_to_vllm_ready_s', '?')} s; "
        f"GPU memory after start: {results.get('gpu_after_start', {}).get('memory.used', '?')}",
        f"- vLLM: {json.dumps(results.get('vllm_log', {}))}",
        f"- load: {json.dumps(results['load'])}, `ignore_eos`, streaming",
    ]
    if "answer" in results:
        lines.append(f"- answer: {json.dumps(results['answer'])}")
    lines += [
        "",
        "| concurrency | side | completed | output tok/s | ratio | TTFT p50 ms | TTFT p99 ms "
        "| added TTFT p50 ms | TPOT p50 ms | gateway CPU ms/request |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in results.get("through_stockade", []):
        cpu = row.get("server_cpu_ms_per_request")
        lines.append(
            f"| {row['concurrency']} | {row['side']} | {row['completed']} | {row['output_tok_s']} "
            f"| {row['output_tok_s_ratio']} | {row['ttft_p50_ms']} | {row['ttft_p99_ms']} "
            f"| {row['added_ttft_p50_ms']} | {row['tpot_p50_ms']} | {'' if cpu is None else cpu} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
