"""Stockade's overhead on a real engine: the same llama.cpp server measured directly and through
the gateway, interleaved in one run so that machine noise hits both sides alike.

    .venv/bin/python benchmarks/serving_overhead.py [--model qwen2.5-coder-0.5b-instruct] [--rounds 3]

Direct: `python -m llama_cpp.server` on loopback. Through Stockade: `stockade serve` with that same
server as its OpenAI-upstream engine (the path vLLM takes in production), once with guardrails off
and once with the default guard policy on. Reports TTFT, TPOT (time
per output token after the first), e2e latency and output tokens/s at concurrency 1 and 4, medians
over all requests, and the ratios. Writes benchmarks/results/serving_overhead.{json,md}.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from inference.catalog import load_catalog  # noqa: E402
from inference.weights import verify_weights  # noqa: E402
from tenancy.storage import Store  # noqa: E402

PROMPTS = [
    "Explain in three sentences what a hash table is.",
    "Write a Python function that reverses a string.",
    "What is the difference between TCP and UDP?",
    "Give three tips for writing readable code.",
]


@dataclass
class Sample:
    ttft: float
    tpot: float
    e2e: float
    output_tokens: int


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, headers: dict[str, str] | None = None, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, headers=headers, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"{url} did not come up")


async def _one(
    client: httpx.AsyncClient, url: str, model: str, prompt: str, max_tokens: int, headers: dict[str, str]
) -> Sample:
    body = {
        "model": model,
        "messages": [{"role": "user", "content": prompt}],
        "max_tokens": max_tokens,
        "temperature": 0,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    started = time.perf_counter()
    first = last = 0.0
    chunks = 0
    usage_tokens = None
    async with client.stream("POST", url, json=body, headers=headers) as response:
        response.raise_for_status()
        async for line in response.aiter_lines():
            if not line.startswith("data:") or line.endswith("[DONE]"):
                continue
            chunk = json.loads(line[5:])
            if chunk.get("usage"):
                usage_tokens = chunk["usage"]["completion_tokens"]
            if chunk.get("choices") and (chunk["choices"][0].get("delta") or {}).get("content"):
                last = time.perf_counter()
                first = first or last
                chunks += 1
    # Stockade reports usage; llama.cpp's server does not, but sends one content chunk per token.
    # (Output redaction releases several tokens per chunk, so chunks undercount through guards.)
    tokens = usage_tokens if usage_tokens is not None else chunks
    ttft = first - started
    tpot = (last - first) / (tokens - 1) if tokens > 1 else 0.0
    return Sample(ttft, tpot, last - started, tokens)


async def _batch(
    url: str, model: str, concurrency: int, requests: int, max_tokens: int, headers: dict[str, str]
) -> tuple[list[Sample], float]:
    async with httpx.AsyncClient(timeout=300) as client:
        semaphore = asyncio.Semaphore(concurrency)

        async def run(i: int) -> Sample:
            async with semaphore:
                return await _one(client, url, model, PROMPTS[i % len(PROMPTS)], max_tokens, headers)

        started = time.perf_counter()
        samples = await asyncio.gather(*(run(i) for i in range(requests)))
        return list(samples), time.perf_counter() - started


def _summary(samples: list[Sample], wall: float) -> dict[str, float]:
    return {
        "ttft_ms_p50": statistics.median(s.ttft for s in samples) * 1000,
        "tpot_ms_p50": statistics.median(s.tpot for s in samples) * 1000,
        "e2e_s_p50": statistics.median(s.e2e for s in samples),
        "output_tok_per_s": sum(s.output_tokens for s in samples) / wall,
        "requests": len(samples),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", default="qwen2.5-coder-0.5b-instruct")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--requests", type=int, default=8, help="requests per batch")
    parser.add_argument("--max-tokens", type=int, default=48)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()

    entry = load_catalog(REPO / "models" / "catalog.yaml").get(args.model)
    assert entry is not None, f"{args.model} is not in the catalog"
    weights = verify_weights(entry)
    tmp = Path(tempfile.mkdtemp(prefix="stockade-bench-"))
    engine_port = _free_port()
    engine = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(weights.path),
            "--host",
            "127.0.0.1",
            "--port",
            str(engine_port),
            "--n_threads",
            str(args.threads),
            "--n_threads_batch",
            str(args.threads),
            "--n_ctx",
            "4096",
            "--model_alias",
            "bench",
            "--interrupt_requests",
            "False",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    catalog = yaml.safe_load((REPO / "models" / "catalog.yaml").read_text())
    catalog["models"].append(
        {
            "id": "bench",
            "kind": "chat",
            "engine": "openai-upstream",
            "context_length": 4096,
            "price_per_1k": {"input": 0.0, "output": 0.0},
            "source": {"type": "upstream"},
            "endpoint": {"base_url": f"http://127.0.0.1:{engine_port}/v1", "served_model": "bench"},
        }
    )
    (tmp / "catalog.yaml").write_text(yaml.safe_dump(catalog))
    db = f"sqlite:///{tmp / 'bench.db'}"
    store = Store.from_url(db)
    store.create_schema()
    store.create_tenant("bench")
    key = store.create_key(scope="tenant", tenant_name="bench").secret
    store.close()
    gateways: dict[str, tuple[subprocess.Popen[bytes], int]] = {}
    for name, guards in (("stockade", False), ("stockade+guards", True)):
        port = _free_port()
        config = tmp / f"{name}.yaml"
        config.write_text(
            yaml.safe_dump(
                {
                    "catalog_path": str(tmp / "catalog.yaml"),
                    "database_url": db,
                    "data_dir": str(tmp),
                    "models": {"serve": ["bench"]},
                    "server": {"port": port},
                    "log_level": "WARNING",
                    "guard": {"enabled": guards},
                    # The same prompts repeat at temperature 0: measure the path, not the cache.
                    "gateway": {"cache": {"enabled": False}},
                }
            )
        )
        process = subprocess.Popen(
            [sys.executable, "-m", "operations.cli", "serve", "--config", str(config)],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=(tmp / f"{name}.log").open("w"),
            env=os.environ | {"DATABASE_URL": db},
        )
        gateways[name] = (process, port)
    try:
        _wait(f"http://127.0.0.1:{engine_port}/v1/models")
        targets: dict[str, tuple[str, dict[str, str]]] = {
            "direct": (f"http://127.0.0.1:{engine_port}/v1/chat/completions", {})
        }
        for name, (_, port) in gateways.items():
            _wait(f"http://127.0.0.1:{port}/readyz")
            targets[name] = (
                f"http://127.0.0.1:{port}/v1/chat/completions",
                {"Authorization": f"Bearer {key}"},
            )
        # Warm both paths (prompt cache, connections) before measuring.
        for url, headers in targets.values():
            asyncio.run(_batch(url, "bench", 1, 2, 8, headers))
        results: dict[int, dict[str, tuple[list[Sample], float]]] = {}
        for concurrency in (1, 4):
            per_target: dict[str, tuple[list[Sample], float]] = {name: ([], 0.0) for name in targets}
            for _ in range(args.rounds):
                for name, (url, headers) in targets.items():
                    samples, wall = asyncio.run(
                        _batch(url, "bench", concurrency, args.requests, args.max_tokens, headers)
                    )
                    old_samples, old_wall = per_target[name]
                    per_target[name] = (old_samples + samples, old_wall + wall)
            results[concurrency] = per_target
    finally:
        for process, _ in gateways.values():
            process.terminate()
        engine.terminate()
        for process, _ in gateways.values():
            process.wait(10)
        engine.wait(10)

    rows = []
    report: dict[str, object] = {
        "machine": f"{platform.node()} {os.cpu_count()} cores, {platform.processor() or platform.machine()}",
        "model": args.model,
        "threads": args.threads,
        "rounds": args.rounds,
        "requests_per_batch": args.requests,
        "max_tokens": args.max_tokens,
        "results": {},
    }
    for concurrency, per_target in results.items():
        direct = _summary(*per_target["direct"])
        report["results"][f"c{concurrency}"] = {"direct": direct}  # type: ignore[index]
        for name in ("stockade", "stockade+guards"):
            ours = _summary(*per_target[name])
            report["results"][f"c{concurrency}"][name] = ours  # type: ignore[index]
            rows.append(
                f"| {concurrency} | {name} | {direct['ttft_ms_p50']:.1f} | {ours['ttft_ms_p50']:.1f} | "
                f"{ours['ttft_ms_p50'] - direct['ttft_ms_p50']:+.1f} | {direct['tpot_ms_p50']:.1f} | "
                f"{ours['tpot_ms_p50']:.1f} | {direct['e2e_s_p50']:.2f} | {ours['e2e_s_p50']:.2f} | "
                f"{direct['output_tok_per_s']:.1f} | {ours['output_tok_per_s']:.1f} | "
                f"{ours['output_tok_per_s'] / direct['output_tok_per_s']:.3f} |"
            )
    table = "\n".join(
        [
            "| concurrency | through | TTFT direct ms | TTFT through ms | TTFT added ms | TPOT direct ms "
            "| TPOT through ms | e2e direct s | e2e through s | out tok/s direct | out tok/s through "
            "| tok/s ratio |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|",
            *rows,
        ]
    )
    print(
        f"model {args.model}, {args.threads} engine thread(s), "
        f"{args.rounds} rounds x {args.requests} requests, "
        f"max_tokens {args.max_tokens}, medians\n"
    )
    print(table)
    out = REPO / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "serving_overhead.json").write_text(json.dumps(report, indent=2))
    (out / "serving_overhead.md").write_text(table + "\n")


if __name__ == "__main__":
    main()
