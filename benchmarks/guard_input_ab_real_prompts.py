"""Two checkouts' input guard on the real 1 KB prompts, alternating prompt by prompt on one core.

    git worktree add /tmp/before HEAD~1     # the guard before a change
    .venv/bin/python benchmarks/guard_input_ab_real_prompts.py --cpu 1 --rounds 3 \
        --side /tmp/before:/tmp/rampart-before --side .:.venv/share/stockade/rampart

Each ``--side ROOT:RAMPART`` is a worker process running ``GuardPipeline.scan_input`` with the
gateway's default policy (api/config.py of that checkout), its Rampart folder named, on the 173
prompts of 500-1,500 bytes of ``benchmarks/data/guard/injection_heldout.jsonl``; both are pinned to
``--cpu`` and take turns prompt by prompt (the order swapped every prompt), so both see the same
load. After the warm-up each sets the garbage collector as a gateway worker does (this checkout's
``api/heap.py``, for both sides).
Prints the process-CPU p50 / p90 / p99 of each side and the ratio of their p50s.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from guard_latency import percentile

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "data" / "guard" / "injection_heldout.jsonl"

WORKER = r"""
import asyncio, json, os, sys, time
os.environ["OMP_NUM_THREADS"] = "1"
os.environ["OPENBLAS_NUM_THREADS"] = "1"
root, rampart, heldout, benchmarks = sys.argv[1:5]
sys.path.insert(0, root)
sys.path.append(benchmarks)  # after the checkout's own packages: only for guard_latency
import torch
torch.set_num_threads(1)
from api.config import DEFAULT_GUARD_POLICY
from guard.pipeline import GuardPipeline
from guard.policy import GuardPolicy
from guard.scanner import ScanContext
policy = GuardPolicy.from_dict(DEFAULT_GUARD_POLICY)
policy = policy.model_copy(update={"pii": policy.pii.model_copy(update={"onnx_ner_model_path": rampart})})
pipe = GuardPipeline(policy, max_workers=1)
texts = [json.loads(line)["text"] for line in open(heldout, encoding="utf-8") if line.strip()]
prompts = [t for t in texts if 500 <= len(t.encode()) <= 1500]
loop = asyncio.new_event_loop()
for text in prompts[:20]:
    loop.run_until_complete(pipe.scan_input(text, ScanContext()))
from guard_latency import settle_as_gateway
settle_as_gateway()
print(len(prompts), flush=True)
for line in sys.stdin:
    started = time.process_time()
    loop.run_until_complete(pipe.scan_input(prompts[int(line)], ScanContext()))
    print((time.process_time() - started) * 1000, flush=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--side", action="append", required=True, help="ROOT:RAMPART_FOLDER (twice)")
    parser.add_argument("--cpu", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if len(args.side) != 2:
        parser.error("give --side twice")
    workers = []
    for side in args.side:
        root, rampart = (str(Path(p).resolve()) for p in side.split(":", 1))
        command = ["taskset", "-c", str(args.cpu), sys.executable, "-c", WORKER]
        worker = subprocess.Popen(
            [*command, root, rampart, str(HELDOUT), str(HERE)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=root,
        )
        assert worker.stdin is not None and worker.stdout is not None
        n = int(worker.stdout.readline())
        workers.append((worker, worker.stdin, worker.stdout))
    cpu: list[list[float]] = [[], []]
    for r in range(args.rounds):
        for i in range(n):
            for s in (0, 1) if (i + r) % 2 == 0 else (1, 0):
                _, stdin, stdout = workers[s]
                stdin.write(f"{i}\n")
                stdin.flush()
                cpu[s].append(float(stdout.readline()))
    for worker, stdin, _ in workers:
        stdin.close()
        worker.wait()
    print("| side | n | CPU p50 | p90 | p99 (ms) |\n| --- | --- | --- | --- | --- |")
    for side, values in zip(args.side, cpu, strict=True):
        p50, p90, p99 = (percentile(values, q) for q in (0.5, 0.9, 0.99))
        print(f"| {side} | {len(values)} | {p50:.2f} | {p90:.2f} | {p99:.2f} |")
    print(f"p50 ratio first / second: {percentile(cpu[0], 0.5) / percentile(cpu[1], 0.5):.3f}")
    print(json.dumps({"sides": args.side, "cpu_ms": cpu}), file=sys.stderr)


if __name__ == "__main__":
    main()
