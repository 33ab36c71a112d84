"""User feedback (thumbs up/down) counted per prompt version and experiment arm.

The API looks up which prompt version and arm served a request id (from its ledger) and calls
`record_feedback`; the counter lets dashboards compare arms without reading the ledger.
"""

from __future__ import annotations

from typing import Literal

from prometheus_client import Counter

from inference.prompts.errors import PromptError

Rating = Literal["up", "down"]

PROMPT_FEEDBACK = Counter(
    "stockade_prompt_feedback_total",
    "User feedback per prompt version and experiment arm",
    ["prompt", "version", "experiment", "arm", "rating"],
)


def record_feedback(
    prompt: str, version: str, rating: str, *, experiment: str | None = None, arm: str | None = None
) -> None:
    if rating not in ("up", "down"):
        raise PromptError(f"feedback rating must be 'up' or 'down', not {rating!r}")
    PROMPT_FEEDBACK.labels(prompt, version, experiment or "", arm or "", rating).inc()
