"""Stockade's own overhead: the same load against the stand-in upstream directly and through
`stockade serve` (guards off; guards on when a config fragment enabling them is given).

    .venv/bin/python -m harness.bench.gateway_overhead [--requests 500] [--concurrency 32]
        [--rounds 3] [--output-len 8] [--itl-ms 0] [--guards-config guards.yaml ...] [--workers 2]
        [--dataset conversations.jsonl]
        [--out benchmarks/results]

The stand-in answers instantly, so every millisecond above the direct path is the gateway's. With
--itl-ms the stand-in paces its tokens like a model (each alone on the wire): the gateway then does
its per-token work once per token, which an instant answer hides (its tokens arrive together).
Writes <out>/gateway_overhead.{json,md}.
"""

from __future__ import annotations

import argparse
import logging
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import yaml

from harness.bench.harness import REPO, Gateway, standin, stockade_gateway
from harness.bench.options import LoadOptions, OverheadOptions, Target
from harness.bench.overhead import OverheadReport, run_overhead
from harness.bench.report import overhead_markdown


def main(argv: list[str] | None = None) -> OverheadReport:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=500, help="requests per side per round")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--input-len", type=int, default=64)
    parser.add_argument("--output-len", type=int, default=8)
    parser.add_argument(
        "--itl-ms",
        type=float,
        default=0.0,
        help="the stand-in's gap between tokens (and before the first): 0 sends each answer at once; "
        "a model's pace makes the gateway handle every token on its own",
    )
    parser.add_argument(
        "--guards-config",
        type=Path,
        action="append",
        default=[],
        help="YAML merged into stockade.yaml for a guards-on side; again for more sides, each named "
        "after its file (the first is stockade-guards-on)",
    )
    parser.add_argument(
        "--dataset",
        type=Path,
        help='JSONL prompts or chat conversations ({"messages": [...]}) instead of random-token prompts',
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="also measure a guards-off gateway with this many worker processes (needs --redis-url)",
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/9", help="for --workers > 1")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results")
    parser.add_argument("--label", default="gateway_overhead")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    load = LoadOptions.build(
        model="standin",
        num_prompts=args.requests,
        max_concurrency=args.concurrency,
        input_len=args.input_len,
        output_len=args.output_len,
        dataset=args.dataset,
        warmups=20,
    )
    with ExitStack() as stack:
        upstream = stack.enter_context(standin(ttft_ms=args.itl_ms, itl_ms=args.itl_ms))
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="stockade-overhead-")))

        gateways: dict[str, Gateway] = {}

        def start(name: str, extra: dict[str, Any] | None = None) -> None:
            started = stockade_gateway(upstream, "standin", scratch / name, extra_config=extra)
            gateways[name] = stack.enter_context(started)

        start("stockade-guards-off")
        if args.workers > 1:
            start(
                f"stockade-guards-off-{args.workers}-workers",
                {"server": {"workers": args.workers}, "redis_url": args.redis_url},
            )
        for index, fragment in enumerate(args.guards_config):
            name = "stockade-guards-on" if index == 0 else "stockade-" + fragment.stem.replace("_", "-")
            start(name, yaml.safe_load(fragment.read_text()) or {})
        options = OverheadOptions.build(
            load=load,
            baseline=Target.build(name="direct", base_url=upstream),
            through=tuple(
                Target.build(name=name, base_url=g.base_url, api_key=g.api_key, model=g.model)
                for name, g in gateways.items()
            ),
            rounds=args.rounds,
            output_dir=args.out,
            label=args.label,
        )
        # The gateways' own CPU per request: what a machine running only Stockade would spend.
        report = run_overhead(options, {name: g.cpu_seconds for name, g in gateways.items()})
    print(overhead_markdown(report))
    return report


if __name__ == "__main__":
    main()
