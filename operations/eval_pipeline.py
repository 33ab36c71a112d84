"""`stockade eval --app`: the eval harness through the whole pipeline in this process.

The gateway's own application is built and started here (models, guards, routing, metering, ledger,
audit), but no socket is opened: each case becomes the pipeline's typed request, as a chat
completion to the app would, so candidate and baseline versions pass the same steps as production
traffic and their tokens land in the ledger of the key that ran them.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from openai import AsyncOpenAI

from api.app import create_app
from api.config import Settings
from api.generation import collect
from api.state import AppState
from harness.evals import EvalRunner, GenerationCache
from harness.evals.engine_generate import engine_judge
from harness.evals.errors import EvalError
from harness.evals.generation import Generation
from harness.evals.openai_judge import largest_chat_model, openai_judge
from harness.evals.report import Comparison
from harness.evals.suite import EvalCase, EvalSuite
from inference.engine import ChatMessage
from inference.prompts.prompt import PromptVersion
from pipeline.request import Caller, Extensions, GenerationRequest, Sampling
from tenancy.errors import DomainError
from tenancy.storage import ApiKey

Generate = Callable[[PromptVersion, EvalCase], Awaitable[Generation]]


@asynccontextmanager
async def running_gateway(settings: Settings, *, ready_timeout_s: float = 900.0) -> AsyncIterator[AppState]:
    """The application as `stockade serve` runs it, started without a server; yields once the models
    and the services built on them (guards, routing, cache) are up."""
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        state: AppState = app.state.stockade
        deadline = time.monotonic() + ready_timeout_s
        await asyncio.wait_for(state.models.wait_ready(), ready_timeout_s)
        while not state.guards.ready:
            if time.monotonic() > deadline:
                raise EvalError("the guardrails did not start; see the log")
            await asyncio.sleep(0.1)
        yield state


def authenticated(state: AppState, secret: str) -> ApiKey:
    """The tenant key the cases run as: its limits, allow-lists and ledger apply."""
    key = state.store.authenticate(secret)
    if key is None or key.scope != "tenant":
        raise EvalError("--api-key is not a valid tenant key of this Stockade")
    return key


def pipeline_generate(
    state: AppState, key: ApiKey, app: str, input_variable: str, price: Callable[[int, int], float] | None
) -> Generate:
    """Each case as a chat completion to `app`: its variables as the prompt's variables, the version
    pinned, the case's input as the user's message."""

    async def generate(prompt: PromptVersion, case: EvalCase) -> Generation:
        params = prompt.parameters
        variables = dict(case.input)
        message = str(variables.pop(input_variable, ""))
        request_id = uuid.uuid4().hex
        request = GenerationRequest(
            route="chat",
            model=app,
            caller=Caller(key, request_id, uuid.uuid4().hex),
            messages=(ChatMessage("user", message),),
            sampling=Sampling(max_tokens=params.max_tokens, temperature=params.temperature, seed=params.seed),
            extensions=Extensions(variables=variables, prompt_version=prompt.version_str),
        )
        started = time.perf_counter()
        try:
            generation = await state.pipeline.run(request)
        except DomainError as exc:
            raise EvalError(f"case {case.id}: the pipeline refused it: {exc}") from exc
        answer = await collect(generation.events)
        usage = answer.usage
        return Generation(
            text=answer.text,
            prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens,
            cost=price(usage.prompt_tokens, usage.completion_tokens) if price else 0.0,
            latency_s=time.perf_counter() - started,
            model=generation.model,
        )

    return generate


@dataclass(frozen=True)
class AppEval:
    """One `stockade eval --app` run: the suite, the two versions, who runs it and who judges."""

    suite: EvalSuite
    candidate: str
    baseline: str
    app: str
    secret: str
    judge: bool = False
    judge_model: str | None = None  # a chat model this Stockade serves; default: the largest
    judge_base_url: str | None = None  # or any OpenAI-compatible server (then judge_model is required)
    judge_api_key: str | None = None
    allow_self_judge: bool = False


async def compare_in_pipeline(settings: Settings, run: AppEval) -> Comparison:
    app_settings = settings.apps.get(run.app)
    if app_settings is None:
        raise EvalError(f"no app named {run.app!r} in the configuration")
    async with running_gateway(settings) as state:
        key = authenticated(state, run.secret)
        served = state.models.models.get(app_settings.model)
        price = served.entry.price_per_1k.cost if served is not None else None
        judge, judge_model = None, None
        if run.judge_base_url is not None:
            if not run.judge_model:
                raise EvalError("--judge-base-url with --app needs --judge-model")
            client = AsyncOpenAI(base_url=run.judge_base_url, api_key=run.judge_api_key or "-", max_retries=0)
            judge, judge_model = openai_judge(client, run.judge_model), run.judge_model
        elif run.judge:
            judge_model = run.judge_model or largest_chat_model(
                [
                    {"id": m.entry.id, "kind": m.entry.kind, "tier": m.entry.tier, "ready": m.ready}
                    for m in state.models.servable()
                ],
                app_settings.model,
                allow_self=run.allow_self_judge,
            )
            judged_by = state.models.models.get(judge_model)
            if judged_by is None or judged_by.chat is None or not judged_by.ready:
                raise EvalError(f"the judge {judge_model!r} is not a chat model served here")
            judge = engine_judge(judged_by.chat)
        runner = EvalRunner(
            run.suite,
            state.prompts,
            pipeline_generate(state, key, run.app, app_settings.input_variable, price),
            model=app_settings.model,
            judge=judge,
            judge_model=judge_model,
            judge_where=run.judge_base_url or "in-process",
            allow_self_judge=run.allow_self_judge,
            cache=GenerationCache(settings.data_dir / "eval-cache"),
        )
        return await runner.compare(run.candidate, run.baseline)
