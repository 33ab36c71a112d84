"""Complexity routing on the labelled set in benchmarks/data/gateway/routing_questions.jsonl:
accuracy (heuristic and heuristic+MiniLM), routing overhead, and the cost and latency saved against
always using the large tier.

Decode speeds of SmolLM2-135M and Qwen2.5-Coder-0.5B are measured here (llama.cpp in-process, one
thread, median of --runs runs); the 1.5B figure (5 tok/s) is taken from ../shared/MODELS.md because
its weights are not installed by default. Answer lengths are assumed per label (the question, not
the model, decides how long an answer is): simple 30, moderate 150, complex 400 tokens.

    .venv/bin/python benchmarks/gateway_routing.py [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections import Counter

from gateway_common import REPO, load_jsonl, machine, minilm, write_results

from inference.catalog import load_catalog
from inference.engine import Cancellation, ChatMessage, SamplingParams, TextDelta
from inference.llamacpp_engine import LlamaCppEngine, LlamaCppSettings
from inference.routing import ComplexityRouter, RoutingRequest, RoutingSettings
from inference.weights import verify_weights

TIERS = {
    "tiny": "smollm2-135m-instruct",
    "default": "qwen2.5-coder-0.5b-instruct",
    "large": "qwen2.5-coder-1.5b-instruct",
}
EXPECTED = {"simple": "tiny", "moderate": "default", "complex": "large"}
ANSWER_TOKENS = {"simple": 30, "moderate": 150, "complex": 400}
LARGE_DECODE_TOK_S = 5.0  # ../shared/MODELS.md: "Qwen 1.5B: decode about 5 tok/s"
SPEED_PROMPT = [
    ChatMessage("user", "Write a short story about a lighthouse keeper who finds a message in a bottle.")
]


async def decode_speed(engine: LlamaCppEngine, runs: int) -> float:
    speeds = []
    for _ in range(runs):
        first: float | None = None
        tokens = 0
        async for item in engine.stream_chat(
            SPEED_PROMPT, SamplingParams(max_tokens=64, temperature=0), Cancellation()
        ):
            if isinstance(item, TextDelta) and first is None:
                first = time.perf_counter()
            elif not isinstance(item, TextDelta):
                tokens = item.usage.completion_tokens
        assert first is not None and tokens > 1
        speeds.append((tokens - 1) / (time.perf_counter() - first))
    return statistics.median(speeds)


def accuracy(router: ComplexityRouter, rows: list[dict[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for split in ("dev", "test", "all"):
        chosen = [r for r in rows if split == "all" or r["split"] == split]
        right = sum(
            router.route(RoutingRequest(str(r["query"]), tenant="bench")).tier == EXPECTED[str(r["label"])]
            for r in chosen
        )
        result[split] = round(right / len(chosen), 3)
    confusion = Counter(
        (str(r["label"]), router.route(RoutingRequest(str(r["query"]), tenant="bench")).tier) for r in rows
    )
    result["confusion"] = {f"{label}->{tier}": n for (label, tier), n in sorted(confusion.items())}
    return result


def overhead_us(router: ComplexityRouter, rows: list[dict[str, object]], runs: int) -> float:
    per_run = []
    for _ in range(runs):
        started = time.perf_counter()
        for r in rows:
            router.route(RoutingRequest(str(r["query"]), tenant="bench"))
        per_run.append((time.perf_counter() - started) / len(rows))
    return round(statistics.median(per_run) * 1e6, 1)


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = load_jsonl("routing_questions.jsonl")
    catalog = load_catalog(REPO / "models" / "catalog.yaml")

    engines: dict[str, LlamaCppEngine] = {}
    speeds: dict[str, float] = {}
    for tier in ("tiny", "default"):
        entry = catalog.get(TIERS[tier])
        assert entry is not None
        path = verify_weights(entry).path
        assert path is not None
        engine = LlamaCppEngine(LlamaCppSettings(model_id=entry.id, model_path=path, context_length=2048))
        await engine.start()
        engines[tier] = engine
        speeds[tier] = round(await decode_speed(engine, args.runs), 1)
    speeds["large"] = LARGE_DECODE_TOK_S
    prompt_tokens = [
        await engines["default"].count_chat_tokens([ChatMessage("user", str(r["query"]))]) for r in rows
    ]
    for engine in engines.values():
        await engine.close()

    heuristic = ComplexityRouter(RoutingSettings(tier_models=TIERS))
    blended = ComplexityRouter(RoutingSettings(tier_models=TIERS), embedder=minilm())
    modes = {"heuristic": heuristic, "heuristic+minilm": blended}

    prices = {tier: catalog.get(model).price_per_1k for tier, model in TIERS.items()}  # type: ignore[union-attr]

    def totals(tier_of: list[str]) -> tuple[float, float]:
        cost = latency = 0.0
        for row, tier, prompt in zip(rows, tier_of, prompt_tokens, strict=True):
            out = ANSWER_TOKENS[str(row["label"])]
            cost += prices[tier].cost(prompt, out)
            latency += out / speeds[tier]
        return cost, latency

    large_cost, large_latency = totals(["large"] * len(rows))
    economics: dict[str, dict[str, float]] = {}
    routed: dict[str, list[str]] = {
        mode: [router.route(RoutingRequest(str(r["query"]), tenant="bench")).tier for r in rows]
        for mode, router in modes.items()
    }
    routed["oracle (labels)"] = [EXPECTED[str(r["label"])] for r in rows]
    for mode, tiers in routed.items():
        cost, latency = totals(tiers)
        complex_rows = [t for r, t in zip(rows, tiers, strict=True) if r["label"] == "complex"]
        economics[mode] = {
            "cost": round(cost, 5),
            "cost_saved_pct": round(100 * (1 - cost / large_cost), 1),
            "latency_s": round(latency, 1),
            "latency_saved_pct": round(100 * (1 - latency / large_latency), 1),
            "complex_under_routed_pct": round(
                100 * sum(t != "large" for t in complex_rows) / len(complex_rows), 1
            ),
        }

    summary: dict[str, object] = {
        "machine": machine(),
        "questions": len(rows),
        "labels": dict(Counter(str(r["label"]) for r in rows)),
        "decode_tok_s": speeds,
        "decode_tok_s_source": {"tiny": "measured", "default": "measured", "large": "../shared/MODELS.md"},
        "answer_tokens_assumed": ANSWER_TOKENS,
        "accuracy": {mode: accuracy(router, rows) for mode, router in modes.items()},
        "route_overhead_us_median": {
            mode: overhead_us(router, rows, args.runs) for mode, router in modes.items()
        },
        "always_large": {"cost": round(large_cost, 5), "latency_s": round(large_latency, 1)},
        "routed": economics,
    }
    acc = summary["accuracy"]
    assert isinstance(acc, dict)
    lines = [
        f"# Complexity routing ({len(rows)} labelled questions: 32 simple, 32 moderate, 32 complex)",
        "",
        f"Machine: {summary['machine']}. Runs: {args.runs} (medians).",
        f"Decode tok/s: tiny (SmolLM2-135M) {speeds['tiny']} and default (Qwen2.5-Coder-0.5B) "
        f"{speeds['default']} measured here; large (Qwen2.5-Coder-1.5B) {LARGE_DECODE_TOK_S} "
        "from ../shared/MODELS.md.",
        f"Answer lengths assumed per label: {ANSWER_TOKENS}. Prices: models/catalog.yaml.",
        "",
        "| router | accuracy dev | accuracy test (held out) | accuracy all | median route time |",
        "|---|---|---|---|---|",
    ]
    overhead = summary["route_overhead_us_median"]
    assert isinstance(overhead, dict)
    for mode in modes:
        a = acc[mode]
        lines.append(f"| {mode} | {a['dev']} | {a['test']} | {a['all']} | {overhead[mode]} µs |")
    lines += [
        "",
        f"Always large: cost {large_cost:.5f}, decode time {large_latency:.1f} s over the set.",
        "",
        "| routing | cost | cost saved | decode time | time saved | complex questions sent below large |",
        "|---|---|---|---|---|---|",
    ]
    for mode, e in economics.items():
        lines.append(
            f"| {mode} | {e['cost']:.5f} | {e['cost_saved_pct']}% | {e['latency_s']} s | "
            f"{e['latency_saved_pct']}% | {e['complex_under_routed_pct']}% |"
        )
    for mode in modes:
        lines += ["", f"Confusion ({mode}): {acc[mode]['confusion']}"]
    write_results("gateway_routing", summary, lines)


if __name__ == "__main__":
    asyncio.run(main())
