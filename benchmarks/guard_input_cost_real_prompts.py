"""The gateway's input guard on real prompts, with and without the ONNX name model, on one core.

    .venv/bin/python benchmarks/guard_input_cost_real_prompts.py --cpu 0 --budgets 48 [64 32]

``guard_onnx_ner_cost.py`` times one 963-byte prompt; what the name model costs depends on how many
capitalised words a prompt holds, so this times ``GuardPipeline.scan_input`` with the gateway's
default policy (api/config.py) on each of the 1,222 real prompts of
``benchmarks/data/guard/injection_heldout.jsonl`` (many languages, attacks and benign ones, 10 bytes
to 20 KB): the rules alone and the rules with the model on candidate windows
(``onnx_ner_scope: candidates``; ``--budgets``: also with those ``onnx_ner_max_tokens``), alternating
prompt by prompt, best of ``--repeats`` per
prompt, with the garbage collector set as in a gateway worker (``api.heap``). Prints process-CPU
p50 / p90 / p99 per configuration, for all prompts and for those of
500-1,500 bytes, and how many of the model's tokens the windows hold. Writes
benchmarks/results/guard_input_cost_real_prompts<tag>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from guard_common import write
from guard_latency import percentile

HELDOUT = Path(__file__).resolve().parent / "data" / "guard" / "injection_heldout.jsonl"


def main() -> None:
    from guard.pii.rampart import RAMPART_DIR

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=RAMPART_DIR, help="the ONNX NER folder")
    parser.add_argument("--cpu", type=int, default=None, help="pin to one core")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--budgets",
        type=int,
        nargs="*",
        default=[],
        help="also time candidates with these pii.onnx_ner_max_tokens",
    )
    parser.add_argument("--tag", default="")
    args = parser.parse_args()
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    import torch
    from tokenizers import Tokenizer

    from api.config import DEFAULT_GUARD_POLICY
    from api.heap import settle_after_startup
    from guard.pii.engine import build_analyzer, candidate_ranges
    from guard.pipeline import GuardPipeline
    from guard.policy import GuardPolicy
    from guard.scanner import ScanContext

    torch.set_num_threads(1)
    gateway = GuardPolicy.from_dict(DEFAULT_GUARD_POLICY)
    analyzer = build_analyzer(gateway.pii.spacy_model, gateway.pii.language)

    def with_pii(**fields: Any) -> GuardPolicy:
        return gateway.model_copy(update={"pii": gateway.pii.model_copy(update=fields)})

    configs = {
        "rules": with_pii(onnx_ner_model_path=None),
        "rules + onnx (candidates, no budget)": with_pii(
            onnx_ner_model_path=str(args.model), onnx_ner_scope="candidates", onnx_ner_max_tokens=None
        ),
    }
    for budget in args.budgets:
        configs[f"rules + onnx (candidates, at most {budget} tokens)"] = with_pii(
            onnx_ner_model_path=str(args.model), onnx_ner_scope="candidates", onnx_ner_max_tokens=budget
        )
    pipes = {name: GuardPipeline(p, max_workers=1, pii_analyzer=analyzer) for name, p in configs.items()}
    tokenizer = Tokenizer.from_file(str(args.model / "tokenizer.json"))
    prompts = [json.loads(line)["text"] for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line]
    cpu: dict[str, list[float]] = {name: [] for name in pipes}
    sizes, window_tokens, all_tokens = [], [], []
    for text in prompts[:20]:  # warm-up
        for pipe in pipes.values():
            asyncio.run(pipe.scan_input(text, ScanContext()))
    settle_after_startup()  # the collector's settings of a gateway worker, whose CPU this is
    load = [os.getloadavg()]
    for text in prompts:
        sizes.append(len(text.encode()))
        ranges = candidate_ranges(text, persons_only=True)
        window_tokens.append(
            sum(len(tokenizer.encode(text[a:b], add_special_tokens=False).ids) for a, b in ranges)
        )
        all_tokens.append(len(tokenizer.encode(text, add_special_tokens=False).ids))
        for name, pipe in pipes.items():
            best = float("inf")
            for _ in range(args.repeats):
                c = time.process_time()
                asyncio.run(pipe.scan_input(text, ScanContext()))
                best = min(best, (time.process_time() - c) * 1000)
            cpu[name].append(best)
    load.append(os.getloadavg())
    for pipe in pipes.values():
        pipe.close()
    kb = [i for i, n in enumerate(sizes) if 500 <= n <= 1500]
    rows = []
    print("| prompts | configuration | n | CPU p50 | p90 | p99 (ms) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for label, index in (("all", range(len(prompts))), ("500-1,500 bytes", kb)):
        for name, values in cpu.items():
            chosen = [values[i] for i in index]
            row = {
                "prompts": label,
                "config": name,
                "n": len(chosen),
                "p50_ms": round(percentile(chosen, 0.5), 2),
                "p90_ms": round(percentile(chosen, 0.9), 2),
                "p99_ms": round(percentile(chosen, 0.99), 2),
            }
            rows.append(row)
            print(f"| {label} | {name} | {row['n']} | {row['p50_ms']} | {row['p90_ms']} | {row['p99_ms']} |")
    share = sum(window_tokens) / max(1, sum(all_tokens))
    print(f"model tokens in the candidate windows: {sum(window_tokens)} of {sum(all_tokens)} ({share:.0%})")
    path = write(
        "guard_input_cost_real_prompts" + args.tag,
        {
            "prompts": len(prompts),
            "cpu_pinned": args.cpu,
            "repeats": args.repeats,
            "load_average_before_after": load,
            "window_tokens": sum(window_tokens),
            "all_tokens": sum(all_tokens),
            "rows": rows,
        },
    )
    print(f"load average before/after: {load}\nwrote {path}")


if __name__ == "__main__":
    main()
