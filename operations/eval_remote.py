"""`stockade eval --base-url`: the eval harness driven through a running Stockade, so candidate and
baseline prompt versions pass the whole pipeline (guards, prompt rendering, metering) exactly as
production traffic does."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

from openai import AsyncOpenAI

from harness.evals.generation import Generation
from harness.evals.suite import EvalCase
from inference.prompts.prompt import PromptVersion

Generate = Callable[[PromptVersion, EvalCase], Awaitable[Generation]]


def api_generate(
    client: AsyncOpenAI, app: str, input_variable: str, price: Callable[[int, int], float] | None
) -> Generate:
    """Each case's variables go in `variables`; the version is pinned with `prompt_version`."""

    async def generate(prompt: PromptVersion, case: EvalCase) -> Generation:
        params = prompt.parameters
        variables: dict[str, Any] = dict(case.input)
        message = str(variables.pop(input_variable, ""))
        started = time.perf_counter()
        response = await client.chat.completions.create(
            model=app,
            messages=[{"role": "user", "content": message}],
            temperature=params.temperature,
            max_tokens=params.max_tokens,
            seed=params.seed,
            extra_body={"variables": variables, "prompt_version": prompt.version_str},
        )
        usage = response.usage
        prompt_tokens = usage.prompt_tokens if usage else 0
        completion_tokens = usage.completion_tokens if usage else 0
        return Generation(
            text=response.choices[0].message.content or "",
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            cost=price(prompt_tokens, completion_tokens) if price else 0.0,
            latency_s=time.perf_counter() - started,
            model=response.model,
        )

    return generate
