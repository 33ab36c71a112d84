"""CPU time of the guard per request, on one core: this checkout against a baseline, alternating.

    git archive <before> guard | tar -x -C /tmp/before
    taskset -c 1 .venv/bin/python benchmarks/guard_cpu.py --baseline /tmp/before --rounds 4 --calls 60

CPU time, not wall time: the machines these figures come from are shared, and CPU time counts only
what this process ran. Each round starts one worker process per version (swapped order every round,
so both see the same load), warms it up with 5 calls, then times ``--calls`` calls of:

- ``pii``: the PII scanner of the gateway's default policy (``api.config.DEFAULT_GUARD_POLICY``:
  PERSON and identifiers) on the 963-byte prompt of ``guard_latency.py``; thread CPU time.
- ``pii_all``: the PII scanner with the library's default entities (also LOCATION).
- ``input``: ``GuardPipeline.scan_input`` of the default policy on that prompt (PII, secrets,
  injection); process CPU time (its scanners run in a pool thread).
- ``request``: one streamed chat request under the default policy: ``scan_input`` of a 64-word
  prompt, an answer of 32 deltas through ``output_stream`` (feed, flush), and the output checks
  of ``scan_output`` on the whole answer; process CPU time.
- ``gateway``: the guard work of one request of the gateway overhead benchmark
  (``harness.bench.gateway_overhead``: 64 random vocabulary tokens in, streamed, 32 out), as the
  gateway does it: ``guard_input`` on the user message, then the stand-in's 32 ``"tok "`` deltas
  through ``OutputGuard.stream_filter`` (a streamed answer gets no ``scan_output``); the prompts
  are that benchmark's own (its dataset, seed 0), cycled; process CPU time.

Prints the median of each round and the median over rounds; writes benchmarks/results/guard_cpu.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

HERE = Path(__file__).resolve().parent
METRICS = ("pii", "pii_all", "input", "request", "gateway")
ANSWER = (
    "Your transfer failed because the receiving bank rejected the reference field; the fee has been "
    "refunded and you can retry from the mobile app after checking the account holder name carefully today."
)


def _worker(calls: int) -> dict[str, float]:
    import asyncio

    import torch
    from guard_latency import PROMPT

    from api.config import DEFAULT_GUARD_POLICY
    from guard.pii.scanner import PIIScanner
    from guard.pipeline import GuardPipeline
    from guard.policy import GuardPolicy, PIIPolicy
    from guard.scanner import ScanContext
    from harness.bench.dataset import synthetic_requests
    from harness.bench.options import TokenizerSpec
    from harness.bench.tokenizer import load_tokenizer
    from inference.engine import ChatMessage
    from pipeline.guarding import guard_input
    from pipeline.output_checks import OutputGuard

    torch.set_num_threads(1)
    pipe = GuardPipeline(GuardPolicy.model_validate(DEFAULT_GUARD_POLICY), max_workers=1)
    assert pipe.pii is not None
    pii = pipe.pii
    pii_all = PIIScanner(PIIPolicy(), pipe.pii.analyzer)
    prompt64 = " ".join(PROMPT.split()[:64])
    words = ANSWER.split(" ")
    deltas = [w if i == 0 else " " + w for i, w in enumerate(words)][:32]
    answer = "".join(deltas)
    loop = asyncio.new_event_loop()
    # The gateway benchmark's own prompts (LoadOptions' defaults: MiniLM vocabulary, seed 0).
    gateway_prompts = itertools.cycle(
        [r.prompt for r in synthetic_requests(load_tokenizer(TokenizerSpec()), 50, 64, 32, 0.0, 0)]
    )

    async def gateway_request() -> None:
        prompt = next(gateway_prompts)
        assert isinstance(prompt, str)
        verdict = await guard_input(pipe, [ChatMessage(role="user", content=prompt)], "default")
        release = OutputGuard(pipe, verdict.ctx, None).stream_filter()
        for _ in range(32):
            release.feed("tok ")
        release.flush()

    async def request() -> None:
        ctx = ScanContext()
        await pipe.scan_input(prompt64, ctx)
        stream = pipe.output_stream(ctx)
        for d in deltas:
            stream.feed(d)
        stream.flush()
        await pipe.scan_output(answer, ScanContext())

    def timed(fn: Any, clock: Any) -> float:
        start = clock()
        fn()
        return (clock() - start) * 1000

    runs = {
        "pii": (lambda: pii.detect(PROMPT), time.thread_time),
        "pii_all": (lambda: pii_all.detect(PROMPT), time.thread_time),
        "input": (lambda: loop.run_until_complete(pipe.scan_input(PROMPT, ScanContext())), time.process_time),
        "request": (lambda: loop.run_until_complete(request()), time.process_time),
        "gateway": (lambda: loop.run_until_complete(gateway_request()), time.process_time),
    }
    out = {}
    for name, (fn, clock) in runs.items():
        for _ in range(5):
            fn()
        out[name] = statistics.median(timed(fn, clock) for _ in range(calls))
    pipe.close()
    return out


def _run_worker(root: Path, calls: int) -> dict[str, float]:
    env = dict(
        os.environ, PYTHONPATH=f"{root}{os.pathsep}{HERE}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"
    )
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", "--calls", str(calls)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path, help="a checkout (root with guard/) to compare against")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=60)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_worker(args.calls)))
        return
    versions = {"after": HERE.parent}
    if args.baseline:
        versions = {"before": args.baseline.resolve(), "after": HERE.parent}
    rounds: dict[str, list[dict[str, float]]] = {v: [] for v in versions}
    for r in range(args.rounds):
        order = list(versions) if r % 2 == 0 else list(reversed(versions))
        for v in order:
            rounds[v].append(_run_worker(versions[v], args.calls))
            print(
                f"round {r + 1} {v}: " + ", ".join(f"{m} {rounds[v][-1][m]:.2f}" for m in METRICS), flush=True
            )
    summary = {v: {m: statistics.median(x[m] for x in rs) for m in METRICS} for v, rs in rounds.items()}
    print("\n| CPU ms, median of round medians | " + " | ".join(versions) + " |")
    print("| --- |" + " --- |" * len(versions))
    for m in METRICS:
        print(f"| {m} | " + " | ".join(f"{summary[v][m]:.2f}" for v in versions) + " |")
    load = os.getloadavg()
    out = {"rounds": rounds, "summary": summary, "calls": args.calls, "loadavg_end": load}
    path = HERE / "results" / "guard_cpu.json"
    path.write_text(json.dumps(out, indent=2))
    print(f"load average at the end {load[0]:.2f}; wrote {path}")


if __name__ == "__main__":
    main()
