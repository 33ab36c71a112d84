"""A cached answer and how it is replayed as an engine stream."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator
from dataclasses import dataclass

import numpy as np

from inference.engine import Cancellation, Finished, FinishReason, StreamItem, TextDelta, Usage


@dataclass(frozen=True)
class CachedAnswer:
    text: str
    finish_reason: FinishReason
    usage: Usage  # what generating it cost the first time; a hit is metered as cached, at zero cost
    model_id: str  # the model that generated it
    stop_sequence: str | None = None  # the request's stop sequence that ended it, replayed as such

    def to_json(self) -> str:
        return json.dumps(
            {
                "text": self.text,
                "finish_reason": self.finish_reason,
                "prompt_tokens": self.usage.prompt_tokens,
                "completion_tokens": self.usage.completion_tokens,
                "model_id": self.model_id,
                "stop_sequence": self.stop_sequence,
            }
        )

    @classmethod
    def from_json(cls, raw: str | bytes) -> CachedAnswer:
        data = json.loads(raw)
        return cls(
            text=data["text"],
            finish_reason=data["finish_reason"],
            usage=Usage(int(data["prompt_tokens"]), int(data["completion_tokens"])),
            model_id=data["model_id"],
            stop_sequence=data.get("stop_sequence"),  # absent in entries stored before it was kept
        )


@dataclass(frozen=True)
class CacheEntry:
    key: str  # the exact key
    query: str  # the original last user message, for the near-miss gate
    vector: np.ndarray | None  # float32, L2-normalised; None when semantic caching is off
    answer: CachedAnswer
    expires_at: float  # time.time() based, shared by replicas


async def replay(answer: CachedAnswer, cancel: Cancellation) -> AsyncGenerator[StreamItem, None]:
    """A cache hit as an engine stream, so that the API serves it like any generation."""
    cancel.final_usage = answer.usage
    if answer.text and not cancel.cancelled:
        yield TextDelta(answer.text)
    yield Finished(answer.finish_reason, answer.usage, answer.stop_sequence)
