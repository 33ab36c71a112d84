"""A judge reached over the OpenAI API: a Stockade (any model it serves, upstream engines included),
vLLM, or any OpenAI-compatible server. Used by `stockade eval` with --judge-model / --judge-base-url,
in-process and through --base-url alike."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from openai import AsyncOpenAI

from harness.evals.errors import EvalError

# Tiers from the largest down: the default judge is the largest installed chat model.
TIER_ORDER = ("large", "default", "tiny")


def openai_judge(
    client: AsyncOpenAI, model: str, *, max_tokens: int = 48, seed: int = 0
) -> Callable[[str], Awaitable[str]]:
    """The rendered rubric as one user message, at temperature 0 and a fixed seed."""

    async def judge(prompt: str) -> str:
        response = await client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": prompt}],
            temperature=0.0,
            max_tokens=max_tokens,
            seed=seed,
        )
        return response.choices[0].message.content or ""

    return judge


def largest_chat_model(
    models: list[dict[str, Any]], evaluated: str | None, *, allow_self: bool = False
) -> str:
    """The default judge among `models` (dicts with id, kind, tier, and optionally ready): the
    ready chat model of the largest tier. It must differ from the model under evaluation: a model
    grading its own answers is refused here, never chosen silently."""
    chat = [m for m in models if m.get("kind", "chat") == "chat" and m.get("ready", True)]
    rank = {tier: i for i, tier in enumerate(TIER_ORDER)}
    chat.sort(key=lambda m: rank.get(str(m.get("tier")), len(TIER_ORDER)))
    if not chat:
        raise EvalError("no chat model is available to judge with: name one with --judge-model")
    best = str(chat[0]["id"])
    if best == evaluated and not allow_self:
        raise EvalError(
            f"the largest installed chat model, {best!r}, is the model under evaluation and would grade "
            "its own answers: install a larger tier (make models-large), name another judge with "
            "--judge-model (and --judge-base-url for any OpenAI-compatible server), or pass "
            "--allow-self-judge to accept a self-judged report"
        )
    return best
