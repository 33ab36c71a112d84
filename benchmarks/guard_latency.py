"""Full input guard latency for a 1 KB prompt: PII + secrets + injection (default policy), one core.

    .venv/bin/python benchmarks/guard_latency.py [--requests 40] [--runs 5] [--cpu 0]
    # side by side with another checkout of the guard (e.g. the previous commit), interleaved:
    git archive HEAD~1 guard benchmarks | tar -x -C /tmp/before
    .venv/bin/python benchmarks/guard_latency.py --cpu 0 --baseline /tmp/before --rounds 6

Each run sends ``--requests`` sequential prompts through GuardPipeline.scan_input. Torch, BLAS and
the guard's pool are kept to one thread, and ``--cpu`` pins the process to one core, so the number
stands for one core; after the warm-up the garbage collector is set as in a gateway worker
(``api.heap``). Figures: p50 and p99 over all requests of all runs, the median of the runs'
p50s, each scanner's own p50, and the load average before and after (this VM is shared: read the
figures with the load next to them).

With ``--baseline ROOT`` the same measurement runs alternately in a worker process on the guard
package under ROOT and on this checkout's (order swapped every round), so both see the same load;
the ratio of the p50s is the figure to compare. Last, in one process, the default guard and the
previous PII configuration (spaCy's NER alone, on thinc's BLIS) take turns request by request
(``--ab-requests``). Writes benchmarks/results/guard_latency.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

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
HERE = Path(__file__).resolve().parent
# The gateway worker's garbage-collector settings, read from this checkout whichever guard is measured.
GATEWAY_HEAP = HERE.parent / "api" / "heap.py"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def settle_as_gateway() -> None:
    """Sets the garbage collector as a gateway worker does after start-up, with this checkout's
    ``api/heap.py`` loaded by its path: a --baseline checkout that predates it (or has other
    settings) is then measured under the same collector, not the library's default."""
    spec = importlib.util.spec_from_file_location("_stockade_gateway_heap", GATEWAY_HEAP)
    assert spec is not None and spec.loader is not None
    heap = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(heap)
    heap.settle_after_startup()


def measure(requests: int, runs: int) -> dict[str, Any]:
    """Load the guard found on sys.path, warm it up, and time it. Runs in the worker process."""
    import asyncio

    import torch

    from guard.pii.scanner import PIIScanner
    from guard.pipeline import GuardPipeline
    from guard.policy import GuardPolicy, PIIPolicy
    from guard.scanner import ScanContext

    torch.set_num_threads(1)
    pipe = GuardPipeline(GuardPolicy(), max_workers=1)

    async def run(n: int) -> list[float]:
        times = []
        for _ in range(n):
            start = time.perf_counter()
            await pipe.scan_input(PROMPT, ScanContext())
            times.append((time.perf_counter() - start) * 1000)
        return times

    asyncio.run(run(5))  # warm-up
    settle_as_gateway()
    samples: list[float] = []
    run_p50s = []
    for _ in range(runs):
        times = asyncio.run(run(requests))
        samples += times
        run_p50s.append(percentile(times, 0.5))
    assert pipe.pii is not None
    # A PII scan that asks for no name or place (an output policy's pii_leak_entities, say).
    no_ner = PIIScanner(
        PIIPolicy(entities=[e for e in PIIPolicy().entities if e not in ("PERSON", "LOCATION")]),
        pipe.pii.analyzer,
    )
    parts = {}
    for name, scanner in (
        ("pii", pipe.pii),
        ("secrets", pipe.secrets),
        ("injection", pipe.injection),
        ("pii_without_names_and_places", no_ner),
    ):
        assert scanner is not None
        timed = []
        for _ in range(requests):
            start = time.perf_counter()
            scanner.scan(PROMPT, ScanContext())
            timed.append((time.perf_counter() - start) * 1000)
        parts[name] = round(percentile(timed, 0.5), 2)
    pipe.close()
    return {"samples_ms": samples, "run_p50s_ms": run_p50s, "per_scanner_p50_ms": parts}


def inprocess_ab(requests: int) -> dict[str, Any]:
    """The default guard against the previous PII configuration, request by request in one process.

    "previous": spaCy's NER alone on thinc's bundled BLIS (no name lists, no capital-letter filter),
    which is what guard/pii did before names.py and the numpy matrix products. Alternating single
    requests is the fairest comparison this shared machine allows.
    """
    import asyncio

    import torch
    from thinc.api import NumpyOps

    from guard.pii.engine import build_analyzer
    from guard.pipeline import GuardPipeline
    from guard.policy import GuardPolicy
    from guard.scanner import ScanContext

    torch.set_num_threads(1)
    policy = GuardPolicy()
    previous_analyzer = build_analyzer(policy.pii.spacy_model, policy.pii.language, person_names=False)
    nlp_engine: Any = previous_analyzer.nlp_engine
    ner = nlp_engine.nlp[policy.pii.language].get_pipe("ner")
    blis = NumpyOps()  # thinc's default ops: BLIS matrix products
    for node in ner.model.walk():
        node.ops = blis
    pipes = {
        "previous": GuardPipeline(policy, max_workers=1, pii_analyzer=previous_analyzer),
        "current": GuardPipeline(policy, max_workers=1),
    }
    loop = asyncio.new_event_loop()
    times: dict[str, list[float]] = {name: [] for name in pipes}
    for i in range(requests + 20):
        for name in ("previous", "current") if i % 2 else ("current", "previous"):
            start = time.perf_counter()
            loop.run_until_complete(pipes[name].scan_input(PROMPT, ScanContext()))
            if i >= 20:  # warm-up
                times[name].append((time.perf_counter() - start) * 1000)
    loop.close()
    for pipe in pipes.values():
        pipe.close()
    out: dict[str, Any] = {
        name: {"p50_ms": round(percentile(v, 0.5), 2), "p99_ms": round(percentile(v, 0.99), 2)}
        for name, v in times.items()
    }
    out["requests_each"] = requests
    out["p50_ratio_current_over_previous"] = round(out["current"]["p50_ms"] / out["previous"]["p50_ms"], 3)
    return out


def summary(result: dict[str, Any]) -> dict[str, Any]:
    samples = result["samples_ms"]
    return {
        "requests": len(samples),
        "p50_ms": round(percentile(samples, 0.5), 2),
        "p99_ms": round(percentile(samples, 0.99), 2),
        "median_run_p50_ms": round(sorted(result["run_p50s_ms"])[len(result["run_p50s_ms"]) // 2], 2),
        "per_scanner_p50_ms": result["per_scanner_p50_ms"],
    }


def worker(root: Path, requests: int, runs: int) -> dict[str, Any]:
    """Measure the guard package under ``root`` in a fresh interpreter (same script, same settings)."""
    env = dict(os.environ, PYTHONPATH=str(root))
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2]); "
        "import guard_latency as g; "
        "print('RESULT ' + json.dumps(g.measure(int(sys.argv[3]), int(sys.argv[4]))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(root), str(HERE), str(requests), str(runs)],
        cwd=root,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("RESULT "))
    result: dict[str, Any] = json.loads(line[len("RESULT ") :])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cpu", type=int, default=None, help="pin this process (and workers) to one core")
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout to compare with")
    parser.add_argument("--rounds", type=int, default=6, help="alternations with --baseline")
    parser.add_argument(
        "--ab-requests", type=int, default=600, help="requests each for the in-process comparison (0: skip)"
    )
    args = parser.parse_args()
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    from guard_common import REPO, write

    prompt_bytes = len(PROMPT.encode())
    load_before = os.getloadavg()
    payload: dict[str, Any] = {"prompt_bytes": prompt_bytes, "threads": 1, "cpu_pinned": args.cpu}
    if args.baseline is None:
        current = summary(measure(args.requests, args.runs))
        payload["current"] = current
    else:
        runs: dict[str, dict[str, Any]] = {
            "baseline": {"samples_ms": [], "run_p50s_ms": [], "per": []},
            "current": {"samples_ms": [], "run_p50s_ms": [], "per": []},
        }
        roots = {"baseline": args.baseline.resolve(), "current": REPO}
        for r in range(args.rounds):
            order = ("baseline", "current") if r % 2 == 0 else ("current", "baseline")
            for name in order:
                result = worker(roots[name], args.requests, args.runs)
                runs[name]["samples_ms"] += result["samples_ms"]
                runs[name]["run_p50s_ms"] += result["run_p50s_ms"]
                runs[name]["per"].append(result["per_scanner_p50_ms"])
                print(f"round {r + 1} {name}: p50 {percentile(result['samples_ms'], 0.5):.1f} ms", flush=True)
        for name, acc in runs.items():
            per = {k: round(sorted(p[k] for p in acc["per"])[len(acc["per"]) // 2], 2) for k in acc["per"][0]}
            payload[name] = summary({**acc, "per_scanner_p50_ms": per})
        payload["baseline_root"] = str(args.baseline)
        payload["rounds"] = args.rounds
        payload["p50_ratio_current_over_baseline"] = round(
            payload["current"]["p50_ms"] / payload["baseline"]["p50_ms"], 3
        )
    if args.ab_requests:
        ab = inprocess_ab(args.ab_requests)
        payload["inprocess_vs_previous_config"] = ab
        print(
            f"in process, alternating requests ({args.ab_requests} each): previous config p50 "
            f"{ab['previous']['p50_ms']:.1f} ms p99 {ab['previous']['p99_ms']:.1f} ms; current p50 "
            f"{ab['current']['p50_ms']:.1f} ms p99 {ab['current']['p99_ms']:.1f} ms; "
            f"ratio {ab['p50_ratio_current_over_previous']:.3f}"
        )
    payload["loadavg_1m_before_after"] = [round(load_before[0], 2), round(os.getloadavg()[0], 2)]
    for name in ("baseline", "current"):
        if name in payload:
            s = payload[name]
            print(
                f"{name}: prompt {prompt_bytes} bytes; input guard p50 {s['p50_ms']:.1f} ms, "
                f"p99 {s['p99_ms']:.1f} ms over {s['requests']} requests (median run p50 "
                f"{s['median_run_p50_ms']:.1f} ms); per scanner p50 ms {s['per_scanner_p50_ms']}"
            )
    if "p50_ratio_current_over_baseline" in payload:
        print(f"p50 ratio current/baseline: {payload['p50_ratio_current_over_baseline']:.3f}")
    print(f"load average (1 min) before/after: {payload['loadavg_1m_before_after']}")
    path = write("guard_latency", payload)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
