"""How many requests/s Stockade serves on this machine, measured with C tools around it: wrk as the
load generator and nginx as an instant upstream, so that nearly all of the machine is the gateway's.

    .venv/bin/python -m harness.bench.gateway_throughput [--workers 1,2] [--connections 64]
        [--duration 10] [--rounds 3] [--output-len 8] [--out benchmarks/results]

Every side (nginx directly, then Stockade with guards off and each worker count) gets the same
streaming chat request over keep-alive connections, sides interleaved in each round. Reported per
side: the median over rounds of requests/s and of wrk's latency percentiles, the gateway's CPU time
per request, and every answer that was not a 200 ending in [DONE]. Needs `wrk` and `nginx`
(`apt-get install wrk nginx-light`). Writes <out>/<label>.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from harness.bench.harness import REPO, stockade_gateway
from harness.bench.report import machine_description
from harness.bench.wrk import WrkResult, chat_body, nginx_standin, require_tools, run_wrk


@dataclass
class Side:
    name: str
    base_url: str
    api_key: str
    model: str
    cpu_seconds: Callable[[], float] | None = None
    runs: list[WrkResult] = field(default_factory=list)
    cpu_ms_per_request: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        def median(values: list[float]) -> float | None:
            return round(statistics.median(values), 3) if values else None

        return {
            "side": self.name,
            "requests_per_s": median([r.requests_per_s for r in self.runs]),
            "latency_ms": {p: median([r.latency_ms[p] for r in self.runs]) for p in ("p50", "p90", "p99")},
            "gateway_cpu_ms_per_request": median(self.cpu_ms_per_request),
            "requests": sum(r.requests for r in self.runs),
            "incomplete": sum(r.incomplete for r in self.runs),
            "socket_errors": sum(r.socket_errors for r in self.runs),
            "runs": [asdict(r) | {"requests_per_s": round(r.requests_per_s, 1)} for r in self.runs],
        }


def measure(side: Side, body: str, connections: int, duration_s: float) -> None:
    before = side.cpu_seconds() if side.cpu_seconds else 0.0
    result = run_wrk(
        side.base_url, api_key=side.api_key, body=body, connections=connections, duration_s=duration_s
    )
    if side.cpu_seconds and result.requests:
        side.cpu_ms_per_request.append((side.cpu_seconds() - before) * 1000 / result.requests)
    side.runs.append(result)


def markdown(report: dict[str, object]) -> str:
    lines = [
        f"# Gateway throughput: {report['label']}",
        "",
        f"- machine: {report['machine']}",
        f"- load: wrk, {report['connections']} keep-alive connections, {report['duration_s']} s per run, "
        f"{report['rounds']} rounds, sides interleaved; streaming chat, {report['input_len']} words in, "
        f"{report['output_len']} tokens out",
        "- upstream: nginx answering at once; wrk, nginx and the gateway share this machine",
        "",
        "| side | req/s (median) | p50 ms | p90 ms | p99 ms | gateway CPU ms/request | requests | "
        "not 200 + [DONE] | socket errors |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in report["sides"]:  # type: ignore[attr-defined]
        lat = s["latency_ms"]
        cpu = s["gateway_cpu_ms_per_request"]
        lines.append(
            f"| {s['side']} | {s['requests_per_s']:,.0f} | {lat['p50']:.1f} | {lat['p90']:.1f} | "
            f"{lat['p99']:.1f} | {'' if cpu is None else f'{cpu:.2f}'} | {s['requests']:,} | "
            f"{s['incomplete']} | {s['socket_errors']} |"
        )
    lines += [
        "",
        "Gateway CPU: user + system time of the gateway's processes (every thread, every worker) "
        "over the run, divided by the requests answered.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workers", default="1,2", help="worker counts to measure, comma-separated")
    parser.add_argument(
        "--pinned-workers",
        default="2",
        help="worker counts to measure again with server.cpu_affinity (one CPU per worker); '' for none",
    )
    parser.add_argument(
        "--variant",
        type=Path,
        action="append",
        default=[],
        help="YAML merged into stockade.yaml of one more side (2 workers, one CPU each), named after "
        "the file; repeatable",
    )
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--input-len", type=int, default=64, help="words in the prompt")
    parser.add_argument("--output-len", type=int, default=8)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/9", help="for workers > 1")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results")
    parser.add_argument("--label", default="gateway_throughput")
    args = parser.parse_args(argv)
    require_tools()
    configurations: list[tuple[int, bool, Path | None]] = [
        (int(w), False, None) for w in args.workers.split(",") if w.strip()
    ]
    configurations += [(int(w), True, None) for w in args.pinned_workers.split(",") if w.strip()]
    configurations += [(2, True, variant) for variant in args.variant]

    with ExitStack() as stack:
        upstream = stack.enter_context(
            nginx_standin(output_tokens=args.output_len, prompt_tokens=args.input_len)
        )
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="stockade-throughput-")))
        sides = [Side("direct (nginx)", upstream, "unused", "standin")]
        for index, (workers, pinned, variant) in enumerate(configurations):
            extra: dict[str, Any] = (yaml.safe_load(variant.read_text()) or {}) if variant else {}
            extra["server"] = {**extra.get("server", {}), "workers": workers, "cpu_affinity": pinned}
            if workers > 1:
                extra["redis_url"] = args.redis_url
            gateway = stack.enter_context(
                stockade_gateway(upstream, "standin", scratch / f"side{index}", extra_config=extra)
            )
            name = f"Stockade, guards off, {workers} worker{'s' if workers > 1 else ''}"
            name += ", one CPU each" if pinned else ""
            name += f", {variant.stem}" if variant else ""
            sides.append(Side(name, gateway.base_url, gateway.api_key, gateway.model, gateway.cpu_seconds))
        for side in sides:  # warm-up: connections, caches, the first ledger writes
            run_wrk(
                side.base_url,
                api_key=side.api_key,
                body=chat_body(side.model, args.input_len, args.output_len),
                connections=args.connections,
                duration_s=2,
            )
        for _ in range(args.rounds):
            for side in sides:
                measure(
                    side,
                    chat_body(side.model, args.input_len, args.output_len),
                    args.connections,
                    args.duration,
                )

    report: dict[str, object] = {
        "label": args.label,
        "machine": machine_description(),
        "connections": args.connections,
        "duration_s": args.duration,
        "rounds": args.rounds,
        "input_len": args.input_len,
        "output_len": args.output_len,
        "sides": [side.summary() for side in sides],
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{args.label}.json").write_text(json.dumps(report, indent=2) + "\n")
    (args.out / f"{args.label}.md").write_text(markdown(report))
    print(markdown(report))
    return report


if __name__ == "__main__":
    main()
