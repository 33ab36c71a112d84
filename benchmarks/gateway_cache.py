"""Semantic cache quality on benchmarks/data/gateway/cache_pairs.jsonl: 40 paraphrase pairs (should
hit) and 40 near-miss pairs (antonyms, negation, numbers, names: must not hit), with the real MiniLM
embedder, at several similarity thresholds, with and without the near-miss gate; plus the median
lookup time on the in-process and Redis backends.

Each pair is run in its own partition: store the cached question, then look up the other one.

    .venv/bin/python benchmarks/gateway_cache.py [--runs 3] [--redis-url redis://127.0.0.1:6379/0]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import statistics
import time

from gateway_common import load_jsonl, machine, minilm, write_results

from inference.cache import (
    CachedAnswer,
    CachePartition,
    CacheRequest,
    CacheSettings,
    GateSettings,
    SemanticCache,
)
from inference.embeddings import SentenceTransformerEmbedder
from inference.engine import ChatMessage, SamplingParams, Usage

GREEDY = SamplingParams(max_tokens=128, temperature=0)
THRESHOLDS = (0.85, 0.90, 0.95)


def request(text: str, tenant: str) -> CacheRequest:
    return CacheRequest(
        CachePartition(tenant, "qwen2.5-coder-0.5b-instruct"), [ChatMessage("user", text)], GREEDY
    )


async def outcomes(
    cache: SemanticCache, pairs: list[dict[str, object]]
) -> list[tuple[dict[str, object], str]]:
    results: list[tuple[dict[str, object], str]] = []
    for i, pair in enumerate(pairs):
        tenant = f"pair-{i}-{secrets.token_hex(3)}"
        await cache.store(
            request(str(pair["cached"]), tenant), CachedAnswer("answer", "stop", Usage(10, 10), "m")
        )
        lookup = await cache.lookup(request(str(pair["query"]), tenant))
        results.append((pair, lookup.outcome))
    return results


async def lookup_ms(cache: SemanticCache, runs: int, entries: int = 200) -> float:
    tenant = f"latency-{secrets.token_hex(3)}"
    for i in range(entries):
        await cache.store(
            request(f"Question number {i} about account settings", tenant),
            CachedAnswer("a", "stop", Usage(1, 1), "m"),
        )
    times = []
    for _ in range(runs):
        for query in ("How do I change my account settings?", "What is the capital of France?"):
            started = time.perf_counter()
            await cache.lookup(request(query, tenant))
            times.append(time.perf_counter() - started)
    await cache.forget_tenant(tenant)
    return round(statistics.median(times) * 1000, 2)


async def quality(embedder: SentenceTransformerEmbedder, dataset: str) -> list[dict[str, object]]:
    pairs = load_jsonl(dataset)
    rows: list[dict[str, object]] = []
    for threshold in THRESHOLDS:
        for gate in (True, False):
            settings = CacheSettings(similarity_threshold=threshold, gate=GateSettings(enabled=gate))
            cache = SemanticCache(settings, embedder=embedder)
            results = await outcomes(cache, pairs)
            paraphrases = [o for p, o in results if p["expect"] == "hit"]
            near = [(p, o) for p, o in results if p["expect"] == "miss"]
            false_hits = [p for p, o in near if o in ("exact", "semantic")]
            rows.append(
                {
                    "dataset": dataset,
                    "threshold": threshold,
                    "gate": gate,
                    "hit_rate": round(
                        sum(o in ("exact", "semantic") for o in paraphrases) / len(paraphrases), 3
                    ),
                    "false_hit_rate": round(len(false_hits) / len(near), 3),
                    "rejected_by_gate": sum(o == "rejected" for _, o in near),
                    "paraphrases_rejected_by_gate": sum(o == "rejected" for o in paraphrases),
                    "false_hits_by_kind": {
                        kind: sum(p["kind"] == kind for p in false_hits)
                        for kind in ("antonym", "negation", "number", "name")
                    },
                }
            )
    return rows


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    args = parser.parse_args()
    embedder = minilm()
    rows: list[dict[str, object]] = []
    for dataset in ("cache_pairs.jsonl", "cache_pairs_heldout.jsonl"):
        rows += await quality(embedder, dataset)
    memory = SemanticCache(CacheSettings(), embedder=embedder)
    redis_cache = SemanticCache(
        CacheSettings(redis_url=args.redis_url, key_prefix="stockade:bench"), embedder=embedder
    )
    latency = {"memory": await lookup_ms(memory, args.runs), "redis": await lookup_ms(redis_cache, args.runs)}
    await redis_cache.close()
    embed_times = []
    for _ in range(args.runs * 5):
        started = time.perf_counter()
        embedder.embed(["How do I change my account settings?"])
        embed_times.append(time.perf_counter() - started)
    latency["of which MiniLM embedding"] = round(statistics.median(embed_times) * 1000, 2)

    counts = {
        dataset: {
            "paraphrase": sum(p["expect"] == "hit" for p in load_jsonl(dataset)),
            "near_miss": sum(p["expect"] == "miss" for p in load_jsonl(dataset)),
        }
        for dataset in ("cache_pairs.jsonl", "cache_pairs_heldout.jsonl")
    }
    summary: dict[str, object] = {
        "machine": machine(),
        "pairs": counts,
        "results": rows,
        "median_lookup_ms_200_entries": latency,
    }
    lines = [
        "# Semantic cache: paraphrase hit rate and near-miss false-hit rate",
        "",
        f"Pairs (paraphrase / near miss): {counts}. cache_pairs.jsonl was written together with the gate's "
        "word lists; cache_pairs_heldout.jsonl was written afterwards and not tuned on.",
        f"Machine: {summary['machine']}. Embedder: all-MiniLM-L6-v2. Runs: {args.runs} (medians).",
        "",
        "| pairs | threshold | gate | paraphrase hit rate | near-miss false-hit rate "
        "| near misses refused by gate | paraphrases refused by gate |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {str(r['dataset']).removesuffix('.jsonl')} | {r['threshold']} | "
            f"{'on' if r['gate'] else 'off'} | {r['hit_rate']} | {r['false_hit_rate']} | "
            f"{r['rejected_by_gate']} | {r['paraphrases_rejected_by_gate']} |"
        )
    lines += [
        "",
        "False hits by kind without the gate: "
        + "; ".join(
            f"{str(r['dataset']).removesuffix('.jsonl')} @ {r['threshold']}: {r['false_hits_by_kind']}"
            for r in rows
            if not r["gate"]
        ),
        "",
        f"Median lookup (miss path: exact probe + embedding + scan of 200 entries): {latency}",
    ]
    write_results("gateway_cache", summary, lines)


if __name__ == "__main__":
    asyncio.run(main())
