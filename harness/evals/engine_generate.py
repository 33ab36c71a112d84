"""Adapters from any Engine (inference.engine) to the harness's `generate` and `judge` callables.

The API wires `generate` to the full pipeline; these adapters run a suite straight against one
engine, which is what CI does offline with the default local model.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence

from harness.evals.errors import EvalError
from harness.evals.generation import Generation
from harness.evals.suite import EvalCase
from inference.engine import Cancellation, ChatMessage, Engine, Finished, SamplingParams, TextDelta
from inference.prompts import PromptVersion

Price = Callable[[int, int], float]  # (prompt_tokens, completion_tokens) -> cost


async def _complete(
    engine: Engine, messages: Sequence[ChatMessage], params: SamplingParams
) -> tuple[str, Finished]:
    parts: list[str] = []
    finished: Finished | None = None
    async for item in engine.stream_chat(messages, params, Cancellation()):
        if isinstance(item, TextDelta):
            parts.append(item.text)
        elif isinstance(item, Finished):
            finished = item
    if finished is None:
        raise EvalError(f"engine {engine.model_id} ended a stream without usage")
    return "".join(parts), finished


def engine_generate(
    engine: Engine, price: Price | None = None
) -> Callable[[PromptVersion, EvalCase], Awaitable[Generation]]:
    """`generate` for EvalRunner: render the prompt, run it on the engine, meter tokens and cost."""

    async def generate(prompt: PromptVersion, case: EvalCase) -> Generation:
        rendered = prompt.render(case.input)
        p = rendered.parameters
        params = SamplingParams(
            max_tokens=p.max_tokens, temperature=p.temperature, top_p=p.top_p, stop=tuple(p.stop), seed=p.seed
        )
        started = time.perf_counter()
        text, finished = await _complete(engine, rendered.messages, params)
        usage = finished.usage
        return Generation(
            text=text,
            prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens,
            cost=price(usage.prompt_tokens, usage.completion_tokens) if price else 0.0,
            latency_s=time.perf_counter() - started,
            model=engine.model_id,
        )

    return generate


def engine_judge(engine: Engine, *, max_tokens: int = 48, seed: int = 0) -> Callable[[str], Awaitable[str]]:
    """A judge that sends the rendered rubric as one user message, at temperature 0."""

    async def judge(prompt: str) -> str:
        params = SamplingParams(max_tokens=max_tokens, temperature=0.0, seed=seed)
        text, _ = await _complete(engine, [ChatMessage("user", prompt)], params)
        return text

    return judge
