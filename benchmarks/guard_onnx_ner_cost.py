"""What the ONNX NER (``pii.onnx_ner_model_path``, e.g. Rampart) costs per 1 KB prompt on one core.

    .venv/bin/python benchmarks/guard_onnx_ner_cost.py --model .venv/share/stockade/rampart --cpu 0

The 963-byte prompt of ``guard_latency.py`` (which has a Turkish name and place, so the
``english`` scope leaves it to the rules) and the same prompt with English ones instead; for each,
the PII scanner of the library's default policy without the NER and with it in each scope, then
the whole input guard (``GuardPipeline.scan_input``: PII, secrets, injection) without it and with
it read over the whole text, and the gateway's default policy (api/config.py: people and
identifiers, the model on candidate windows within a token budget) with the model and without it.
Every configuration is timed in each round, in an order that rotates from round to round, in one
process with one thread; figures: p50 and p99 of wall time over all rounds and the median of the
rounds' thread-CPU medians (the scanner) or process-CPU medians (the input guard, whose scanners
run in a pool thread). Writes benchmarks/results/guard_onnx_ner_cost.json.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from guard_common import median, write
from guard_latency import PROMPT, percentile

ENGLISH_PROMPT = PROMPT.replace("Ayşe Yılmaz", "Alice Young").replace("ayse.yilmaz", "alice.young")
ENGLISH_PROMPT = ENGLISH_PROMPT.replace("Kadıköy", "Camden").replace("+90 532 123 45 67", "+44 20 7946 0958")
SCOPES = ("text", "english", "candidates")


def timed(call: Callable[[], Any], calls: int, clock: Callable[[], float]) -> tuple[list[float], list[float]]:
    wall, cpu = [], []
    for _ in range(calls):
        w, c = time.perf_counter(), clock()
        call()
        wall.append((time.perf_counter() - w) * 1000)
        cpu.append((clock() - c) * 1000)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, required=True, help="the ONNX NER folder")
    parser.add_argument("--calls", type=int, default=20, help="calls per configuration and round")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--cpu", type=int, default=None, help="pin to one core")
    parser.add_argument(
        "--compare-4bit",
        action="store_true",
        help="also time the folder's 4-bit model (a copy without onnx/model_int8.onnx) beside its int8 one",
    )
    parser.add_argument("--tag", default="")
    args = parser.parse_args()
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    import torch

    from api.config import DEFAULT_GUARD_POLICY
    from guard.pii.engine import build_analyzer
    from guard.pii.onnx_ner import OnnxNerRecognizer
    from guard.pii.scanner import PIIScanner
    from guard.pipeline import GuardPipeline
    from guard.policy import GuardPolicy, PIIPolicy
    from guard.scanner import ScanContext

    torch.set_num_threads(1)
    analyzer = build_analyzer(PIIPolicy().spacy_model, "en")
    onnx = {"onnx_ner_model_path": str(args.model)}
    scanners = {"rules": PIIScanner(PIIPolicy(), analyzer)}
    for scope in SCOPES:
        scanners[f"rules + onnx ({scope})"] = PIIScanner(PIIPolicy(**onnx, onnx_ner_scope=scope), analyzer)
    # The gateway's default policy names Rampart as "auto"; here the folder given, with its scope
    # and token budget, and the same policy without it.
    gateway = GuardPolicy.from_dict(DEFAULT_GUARD_POLICY)
    gateway_onnx = gateway.model_copy(update={"pii": gateway.pii.model_copy(update=onnx)})
    gateway_rules = gateway.model_copy(
        update={"pii": gateway.pii.model_copy(update={"onnx_ner_model_path": None})}
    )
    pipes = {
        "input guard, rules": GuardPipeline(GuardPolicy(), max_workers=1, pii_analyzer=analyzer),
        "input guard, rules + onnx (text)": GuardPipeline(
            GuardPolicy(pii=PIIPolicy(**onnx)), max_workers=1, pii_analyzer=analyzer
        ),
        "input guard, gateway policy without onnx": GuardPipeline(
            gateway_rules, max_workers=1, pii_analyzer=analyzer
        ),
        "input guard, gateway policy (onnx on candidates, 48 tokens)": GuardPipeline(
            gateway_onnx, max_workers=1, pii_analyzer=analyzer
        ),
    }
    scratch = tempfile.TemporaryDirectory()
    folders = [str(args.model)]
    if args.compare_4bit:
        # The folder as installed before the int8 rewrite: the recognizer then reads the 4-bit file.
        four_bit = Path(scratch.name) / "four-bit"
        shutil.copytree(args.model, four_bit, ignore=shutil.ignore_patterns("model_int8.onnx"))
        folders.append(str(four_bit))
        onnx4 = {"onnx_ner_model_path": str(four_bit)}
        scanners["rules + onnx 4-bit (text)"] = PIIScanner(PIIPolicy(**onnx4), analyzer)
        pipes["input guard, rules + onnx 4-bit (text)"] = GuardPipeline(
            GuardPolicy(pii=PIIPolicy(**onnx4)), max_workers=1, pii_analyzer=analyzer
        )
    files = {f: OnnxNerRecognizer(f, PIIPolicy().onnx_ner_labels).model_file for f in folders}
    for folder, file in files.items():
        print(f"{folder} reads {file}")
    configs: list[tuple[str, str, Callable[[], Any], Callable[[], float]]] = []
    for prompt_name, prompt in (("963-byte prompt", PROMPT), ("English variant", ENGLISH_PROMPT)):
        for name, scanner in scanners.items():
            configs.append(
                (prompt_name, name, lambda s=scanner, p=prompt: s.scan(p, ScanContext()), time.thread_time)
            )
        for name, pipe in pipes.items():
            configs.append(
                (
                    prompt_name,
                    name,
                    lambda g=pipe, p=prompt: asyncio.run(g.scan_input(p, ScanContext())),
                    time.process_time,
                )
            )
    for _, _, call, clock in configs:  # warm-up
        timed(call, 3, clock)
    wall: dict[int, list[float]] = {i: [] for i in range(len(configs))}
    cpu_medians: dict[int, list[float]] = {i: [] for i in range(len(configs))}
    load = [os.getloadavg()]
    for r in range(args.rounds):
        order = list(range(len(configs)))
        order = order[r % len(order) :] + order[: r % len(order)]
        for i in order:
            w, c = timed(configs[i][2], args.calls, configs[i][3])
            wall[i] += w
            cpu_medians[i].append(percentile(c, 0.5))
    load.append(os.getloadavg())
    rows = []
    for i, (prompt_name, name, _, _) in enumerate(configs):
        row = {
            "prompt": prompt_name,
            "config": name,
            "p50_ms": round(percentile(wall[i], 0.5), 2),
            "p99_ms": round(percentile(wall[i], 0.99), 2),
            "cpu_ms_median_of_rounds": round(median(cpu_medians[i]), 2),
        }
        rows.append(row)
        cells = [prompt_name, name, row["p50_ms"], row["p99_ms"], row["cpu_ms_median_of_rounds"]]
        print("| " + " | ".join(str(c) for c in cells) + " |", flush=True)
    for pipe in pipes.values():
        pipe.close()
    scratch.cleanup()
    path = write(
        "guard_onnx_ner_cost" + args.tag,
        {
            "prompt_bytes": len(PROMPT.encode()),
            "english_prompt_bytes": len(ENGLISH_PROMPT.encode()),
            "cpu_pinned": args.cpu,
            "calls": args.calls,
            "rounds": args.rounds,
            "load_average_before_after": load,
            "model_files": {folder: str(file) for folder, file in files.items()},
            "rows": rows,
        },
    )
    print(f"load average before/after: {load}\nwrote {path}")


if __name__ == "__main__":
    main()
