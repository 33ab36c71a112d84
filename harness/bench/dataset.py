"""Requests to send: synthetic prompts of a given token length, or prompts from a JSONL file."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.bench.errors import DatasetError
from harness.bench.tokenizer import Tokenizer

# Re-tokenising decoded random ids rarely gives the same count on the first try (merges across
# token boundaries); a few rounds of trim-and-redecode converge for WordPiece and BPE alike.
_FIT_ROUNDS = 8


@dataclass(frozen=True)
class SampleRequest:
    prompt: str | list[dict[str, Any]]  # a string, or chat messages taken from a file
    prompt_len: int  # by the local tokenizer; the server's usage count replaces it when sent
    output_len: int


def _lengths(rng: random.Random, base: int, ratio: float) -> int:
    low, high = max(1, int(base * (1 - ratio))), max(1, int(base * (1 + ratio)))
    return rng.randint(low, high)


def _fit(tokenizer: Tokenizer, ids: list[int], target: int, filler: list[int], rng: random.Random) -> str:
    text = tokenizer.decode(ids)
    for _ in range(_FIT_ROUNDS):
        current = tokenizer.encode(text)
        if len(current) == target:
            return text
        if len(current) > target:
            current = current[:target]
        else:
            current = current + [rng.choice(filler) for _ in range(target - len(current))]
        text = tokenizer.decode(current)
    return text


def synthetic_requests(
    tokenizer: Tokenizer, count: int, input_len: int, output_len: int, range_ratio: float, seed: int
) -> list[SampleRequest]:
    """Random-token prompts, like `vllm bench serve --dataset-name random`: lengths drawn uniformly
    from [len*(1-ratio), len*(1+ratio)], text built from ordinary vocabulary tokens."""
    rng = random.Random(seed)
    vocab = tokenizer.sampleable_ids()
    if not vocab:
        raise DatasetError(f"tokenizer {tokenizer.name} has no ordinary tokens to build prompts from")
    requests = []
    for _ in range(count):
        n_in = _lengths(rng, input_len, range_ratio)
        prompt = _fit(tokenizer, [rng.choice(vocab) for _ in range(n_in)], n_in, vocab, rng)
        requests.append(
            SampleRequest(prompt, len(tokenizer.encode(prompt)), _lengths(rng, output_len, range_ratio))
        )
    return requests


def _prompt_of(record: dict[str, Any], where: str) -> str | list[dict[str, Any]]:
    if isinstance(record.get("prompt"), str) and record["prompt"]:
        return str(record["prompt"])
    messages = record.get("messages")
    if (
        isinstance(messages, list)
        and messages
        and all(isinstance(m, dict) and isinstance(m.get("role"), str) for m in messages)
    ):
        return messages
    raise DatasetError(
        f"{where}: needs a non-empty 'prompt' string or a 'messages' list of {{role, content}}"
    )


def _text_of(prompt: str | list[dict[str, Any]]) -> str:
    if isinstance(prompt, str):
        return prompt
    return "\n".join(str(m.get("content", "")) for m in prompt)


def file_requests(
    path: Path, tokenizer: Tokenizer, count: int, default_output_len: int
) -> list[SampleRequest]:
    """One JSON object per line: {"prompt": "..."} or {"messages": [...]}, optionally "output_len"
    (or "max_tokens"). Lines are reused in order when `count` exceeds the file."""
    if not path.is_file():
        raise DatasetError(f"prompt file {path} does not exist")
    records: list[tuple[str | list[dict[str, Any]], int]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{where}: not JSON ({exc.msg})") from exc
            if not isinstance(record, dict):
                raise DatasetError(f"{where}: each line must be a JSON object")
            out = record.get("output_len", record.get("max_tokens", default_output_len))
            if not isinstance(out, int) or isinstance(out, bool) or out < 1:
                raise DatasetError(f"{where}: output_len must be a positive integer")
            records.append((_prompt_of(record, where), out))
    if not records:
        raise DatasetError(f"prompt file {path} holds no prompts")
    sized = [SampleRequest(p, len(tokenizer.encode(_text_of(p))), out) for p, out in records]
    return [sized[i % len(sized)] for i in range(count)]
