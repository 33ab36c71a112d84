"""Full input guard latency for a 1 KB prompt: PII + secrets + injection (default policy), one thread.

    .venv/bin/python benchmarks/guard_latency.py [--requests 40] [--runs 5]

Each run sends ``--requests`` sequential prompts through GuardPipeline.scan_input; the figure is the
median over runs of each run's p50 (and p95). Torch, BLAS and the guard's pool are kept to one thread so
the number stands for one core. Writes benchmarks/results/guard_latency.json.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from guard_common import median, write

from guard.pipeline import GuardPipeline
from guard.policy import GuardPolicy
from guard.scanner import ScanContext

PROMPT = (
    "Hello, my name is Ayşe Yılmaz and I have a question about my account. Last week I tried to send "
    "money to my brother's account TR33 0006 1005 1978 6457 8413 26 but the transfer failed twice and "
    "I was charged a fee both times. You can reach me at ayse.yilmaz@example.com or +90 532 123 45 67. "
    "Could you please check what went wrong, refund the fees if they were charged by mistake, and tell "
    "me whether I need to do anything differently next time? I would also like to know the daily limit "
    "for transfers made from the mobile app, and whether it is different for transfers to other banks. "
    "Finally, my card ending in 1111 will expire next month; will a new one be sent automatically to my "
    "address in Kadıköy, or do I need to request it? One more thing: the statement I received by post "
    "lists a purchase in a shop I have never visited, for 249 lira on the third of the month. Please tell "
    "me how to dispute it. Thank you very much for your help, and have a nice day."
)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def run(pipe: GuardPipeline, requests: int) -> list[float]:
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        await pipe.scan_input(PROMPT, ScanContext())
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    import torch

    torch.set_num_threads(1)
    prompt_bytes = len(PROMPT.encode())
    pipe = GuardPipeline(GuardPolicy(), max_workers=1)
    asyncio.run(run(pipe, 5))  # warm-up
    p50s, p95s = [], []
    for _ in range(args.runs):
        times = asyncio.run(run(pipe, args.requests))
        p50s.append(percentile(times, 0.5))
        p95s.append(percentile(times, 0.95))
    parts = {}
    for name, scanner in (("pii", pipe.pii), ("secrets", pipe.secrets), ("injection", pipe.injection)):
        assert scanner is not None
        samples = []
        for _ in range(args.requests):
            start = time.perf_counter()
            scanner.scan(PROMPT, ScanContext())
            samples.append((time.perf_counter() - start) * 1000)
        parts[name] = round(percentile(samples, 0.5), 2)
    pipe.close()
    print(
        f"prompt {prompt_bytes} bytes; input guard p50 {median(p50s):.1f} ms, p95 {median(p95s):.1f} ms "
        f"(median of {args.runs} runs x {args.requests} requests, one thread)"
    )
    print("per scanner p50 ms:", parts)
    path = write(
        "guard_latency",
        {
            "prompt_bytes": prompt_bytes,
            "p50_ms": round(median(p50s), 2),
            "p95_ms": round(median(p95s), 2),
            "runs_p50_ms": [round(v, 2) for v in p50s],
            "per_scanner_p50_ms": parts,
            "threads": 1,
        },
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
