"""One request, end to end, in its one order:

    1. request rate      the tenant's and key's requests/second, before any costly work
       access            the tenant's and key's allow-lists: models, apps, collections
    2. guard input       PII pseudonymised, injection and secrets blocked, off-topic refused
    3. prompt            an app's versioned template (sticky experiment arm)
    4. retrieval         an app's or the request's collection, passages scanned, then in the prompt
    5. cache, routing    `auto` routed, fallback chain built, the semantic cache looked up
    6. reservation       prompt + max_tokens reserved against the tenant's quota and budget
    7. engine            streamed, with retries and fallback inside the engine
    8. output checks     PII leak, secrets, schema (with one correction), faithfulness
    9. metering          the reservation reconciled, one settlement: ledger row and audit record

Steps 7 to 9 run while the answer flows (pipeline/generation.py). No HTTP here: front doors
translate their wire format into a GenerationRequest and the events back.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from guard.errors import PolicyError
from guard.scanner import ScanContext
from inference.cache.entry import CachedAnswer, replay
from inference.cache.keys import CachePartition, CacheRequest
from inference.cache.semantic import CacheLookup
from inference.engine import Cancellation, ChatMessage, Engine, EngineError, SamplingParams, StreamItem, Usage
from inference.model_registry import ModelRegistry
from inference.prompts.registry import PromptRegistry
from pipeline.caching import cacheable_request, store_after
from pipeline.errors import InvalidRequest
from pipeline.gateway import AUTO, Gateway
from pipeline.generation import (
    Answer,
    EngineCall,
    Generation,
    OpenStream,
    RetryStream,
    TokenCount,
    engine_failure,
    fixed,
    generate,
)
from pipeline.guarding import GuardService, guard_input
from pipeline.metering import Meter, admit_embedding, draft, metered
from pipeline.output_checks import OutputGuard
from pipeline.prompting import AppliedPrompt, apply_prompt
from pipeline.request import GenerationRequest
from pipeline.retrieving import RetrievalService, retrieval_query, with_context
from pipeline.sampling import check_prompt_size, engine_args, sampling
from pipeline.settings import PipelineConfig
from pipeline.targets import Route, Target, check_image_urls, check_images, pick_engine, served, target
from pipeline.tools import check_tools
from pipeline.transcript import Transcript
from tenancy.errors import DomainError
from tenancy.service import Tenancy

if TYPE_CHECKING:
    from guard.pipeline import GuardPipeline

_BLOCK_CODES = ("input_blocked", "tool_result_blocked")  # refusals by the input guard, audited


@dataclass
class _Run:
    """One request's way through the steps: what each step learnt, for the next ones, the response
    headers, the ledger row and the audit record."""

    request: GenerationRequest
    cancel: Cancellation
    started: float
    goal: Target
    guards: GuardPipeline | None = None
    messages: list[ChatMessage] = field(default_factory=list)
    conversation: list[ChatMessage] = field(default_factory=list)  # as guarded, before prompt and RAG
    scan: ScanContext | None = None
    refusal: str | None = None
    prompt: AppliedPrompt | None = None
    extensions: dict[str, Any] = field(default_factory=dict)
    output: OutputGuard | None = None
    route: Route | None = None
    prompt_tokens: int = 0
    params: SamplingParams | None = None
    cache_request: CacheRequest | None = None
    lookup: CacheLookup | None = None
    # labels
    prompt_version: str = ""
    experiment_arm: str = ""
    audit: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)


@contextmanager
def _rate_state_on_refusal(run: _Run) -> Iterator[None]:
    """A refusal after the rate check (a model off the allow-list, a blocked prompt, an engine that
    is down) still took one from the caller's rate: its response carries the rate state too, as a
    success does, so a client's backoff reads the same headers either way."""
    try:
        yield
    except DomainError as exc:
        rate = {k: v for k, v in run.headers.items() if k.startswith("x-ratelimit-")}
        exc.limits = rate | exc.limits
        raise


def _streams(
    request: GenerationRequest, engine: Engine, messages: list[ChatMessage], params: SamplingParams
) -> tuple[OpenStream, RetryStream | None]:
    """How to open the engine's stream, and how to ask once more with a correction (chat only)."""
    if request.route == "completions":
        prompt = messages[-1].content
        return (lambda c: engine.stream_completion(prompt, params, c)), None

    def retry(previous: str, correction: str, cancel: Cancellation) -> AsyncGenerator[StreamItem, None]:
        again = [*messages, ChatMessage("assistant", previous), ChatMessage("user", correction)]
        return engine.stream_chat(again, params, cancel)

    return (lambda c: engine.stream_chat(messages, params, c)), retry


class Pipeline:
    def __init__(
        self,
        settings: PipelineConfig,
        models: ModelRegistry,
        tenancy: Tenancy,
        guards: GuardService,
        prompts: PromptRegistry,
        gateway: Gateway,
        retrieval: RetrievalService,
    ) -> None:
        self.settings = settings
        self.models = models
        self.tenancy = tenancy
        self.guards = guards
        self.prompts = prompts
        self.gateway = gateway
        self.retrieval = retrieval

    async def run(self, request: GenerationRequest, cancel: Cancellation | None = None) -> Generation:
        """Raises a DomainError (the pipeline's refusal or tenancy's) before anything is generated;
        once it returns, every way the generation ends is metered exactly once."""
        run = _Run(
            request, cancel or Cancellation(), time.perf_counter(), target(self.settings, request.model)
        )
        with _rate_state_on_refusal(run):
            generation = await self._steps(run)
        generation.transcript = Transcript(tuple(run.conversation), run.scan.vault if run.scan else None)
        return generation

    async def _steps(self, run: _Run) -> Generation:
        request = run.request
        # The end user's id goes to tenancy sealed, under a key that erasure destroys.
        run.audit |= {"app": run.goal.app or "", "user": request.user or ""}
        await self._check_rate(run)  # 1. request rate
        await self._check_access(run)  # the tenant's and key's allow-lists: models, apps, collections
        self._validate(run)  # cheap shape checks: sizes, tools, the model exists
        await self._guard_input(run)  # 2. guard input
        self._apply_prompt(run)  # 3. prompt
        await self._retrieve(run)  # 4. retrieval
        self._plan_output_checks(run)  # (8. prepared: a schema also constrains decoding)
        await self._route(run)  # 5. routing
        if run.refusal is not None:
            return await self._refuse(run)
        await self._sample(run)  # the prompt's tokens as the engine counts them, sampling parameters
        hit = await self._look_up_cache(run)  # 5. cache
        if hit is not None:
            meter = await self._reserve(run, cached=True)
            replayed: OpenStream = partial(replay, hit)
            return await generate(
                self._engine_call(run, meter, replayed, None), run.cancel, stream=request.stream
            )
        meter = await self._reserve(run)  # 6. token reservation
        assert run.route is not None and run.params is not None
        open_stream, retry = _streams(request, run.route.engine, run.messages, run.params)
        # 7-9: the engine, the output checks and metering run while the answer flows.
        return await generate(
            self._engine_call(run, meter, open_stream, retry), run.cancel, stream=request.stream
        )

    async def count_tokens(self, request: GenerationRequest) -> TokenCount:
        """The prompt's tokens as its model counts them (Anthropic's count_tokens): the same rate
        limit, access, validation, prompt template and routing as a generation, then the engine's
        own tokenizer, tools included. Nothing is generated, reserved or metered; the input guard and
        retrieval do not run (a placeholder or a passage would change the count a little). The request
        took one from the tenant's rate, so the count comes with the rate headers."""
        run = _Run(request, Cancellation(), time.perf_counter(), target(self.settings, request.model))
        with _rate_state_on_refusal(run):
            await self._check_rate(run)
            await self._check_access(run)
            self._validate(run)
            run.messages = list(request.messages)
            self._apply_prompt(run)
            await self._route(run)
            assert run.route is not None
            try:
                tokens = await run.route.engine.count_chat_tokens(
                    run.messages, request.tools, request.tool_choice if request.tools else "auto"
                )
            except EngineError as exc:
                raise engine_failure(exc) from exc
        return TokenCount(tokens, run.headers)

    # the steps, in order ---------------------------------------------------------------------
    async def _check_rate(self, run: _Run) -> None:
        run.headers = await self.tenancy.check_rate(run.request.caller.key)

    async def _check_access(self, run: _Run) -> None:
        await self.tenancy.allowed(
            run.request.caller.key,
            model=run.goal.model,
            app=run.goal.app,
            collection=run.request.extensions.collection,
        )

    def _validate(self, run: _Run) -> None:
        """Cheap checks of the request's shape and model, before any guard work."""
        request, goal = run.request, run.goal
        check_prompt_size(
            self.settings.limits,
            sum(len(m.content) for m in request.messages),
            len(request.messages),
            param=request.prompt_field,
        )
        if request.route == "completions" and goal.app and self.settings.apps[goal.app].prompt is not None:
            raise InvalidRequest("apps with a prompt template answer on /v1/chat/completions", param="model")
        app = self.settings.apps.get(goal.app) if goal.app else None
        check_tools(request, app.tools if app else None)
        if request.tools:
            # Which tools were offered, never what they were called with.
            run.audit["tools_offered"] = [tool.name for tool in request.tools]
        if goal.model != AUTO:
            served(self.models, goal.model, "chat")  # an unknown or unready model fails before guards

    async def _guard_input(self, run: _Run) -> None:
        app = run.goal.app or "default"
        run.guards = self.guards.for_app(run.goal.app)
        run.messages = list(run.request.messages)
        store_prompts = self.settings.tenancy.store_prompts
        if store_prompts == "raw":
            run.audit["prompt"] = [{"role": m.role, "content": m.content} for m in run.messages]
        run.scan = ScanContext(direction="input", app=app)
        if run.guards is not None:
            settings = self.settings.apps.get(run.goal.app) if run.goal.app else None
            policy = settings.tool_result_injection if settings else "block"
            try:
                verdict = await guard_input(run.guards, run.messages, app, tool_result_injection=policy)
            except InvalidRequest as blocked:
                if blocked.code in _BLOCK_CODES:
                    detail = {
                        "code": blocked.code,
                        "reason": str(blocked),  # names the scanner and entity, never the text
                        "app": run.goal.app or "",
                        "model": run.goal.model,
                    }
                    await self.tenancy.record_guard_block(run.request.caller.key, detail)
                raise
            run.messages, run.scan, run.refusal = verdict.messages, verdict.ctx, verdict.refusal
            run.audit["guard_input"] = sorted({f.entity_type for d in verdict.decisions for f in d.findings})
            if verdict.tool_results_withheld:
                run.audit["tool_results_withheld"] = verdict.tool_results_withheld
        if store_prompts == "redacted":
            run.audit["prompt"] = [{"role": m.role, "content": m.content} for m in run.messages]
        run.conversation = list(run.messages)

    def _apply_prompt(self, run: _Run) -> None:
        if run.goal.app is None:
            run.prompt = AppliedPrompt(run.messages)
            return
        extensions = run.request.extensions
        run.prompt = apply_prompt(
            self.prompts,
            self.settings.apps[run.goal.app],
            run.messages,
            variables=extensions.variables,
            user=run.request.user,
            key_id=run.request.caller.key.id,
            version_override=extensions.prompt_version,
        )
        run.messages = run.prompt.messages
        labels = run.prompt.labels
        if labels:
            run.audit |= {k: v for k, v in labels.items() if v}
            run.prompt_version = run.prompt.version_label
            if labels.get("experiment"):
                run.experiment_arm = f"{labels['experiment']}:{labels['arm']}"

    async def _retrieve(self, run: _Run) -> None:
        app = self.settings.apps.get(run.goal.app) if run.goal.app else None
        collection = run.request.extensions.collection or (app.collection if app else None)
        if collection is None:
            return
        assert run.scan is not None
        run.audit["collection"] = collection
        caller = run.request.caller
        tenant = caller.key.tenant_name or "-"
        top_k = app.top_k if app else 5
        query = retrieval_query(run.messages)
        # Embedding the query is charged as a collection search is, on a ledger row of its own
        # (the embedding model's name and price) under this request's id.
        tokens = await self.retrieval.query_tokens(collection, query, tenant, top_k)
        assert self.retrieval.model is not None  # set with the retrieval `query_tokens` required
        meter = await admit_embedding(
            self.tenancy,
            self.retrieval.model,
            caller.key,
            caller.request_id,
            caller.trace_id,
            f"{run.request.door}.retrieval",
            tokens,
            rate=run.headers,
            app=run.goal.app or "",
            prompt_version=run.prompt_version,
            experiment_arm=run.experiment_arm,
            # Who and what, never the prompt (the request's own record keeps that, when asked to).
            audit_detail={
                "app": run.goal.app or "",
                "user": run.request.user or "",
                "collection": collection,
            },
        )
        search = self.retrieval.search(collection, query, tenant, top_k, run.guards)
        found = await metered(meter, search)
        await meter.finish(Usage(tokens, 0), status="ok", http_status=200)
        run.messages = with_context(found, collection, run.messages, run.scan, run.extensions)

    def _plan_output_checks(self, run: _Run) -> None:
        response_format = run.request.response_format
        if run.guards is None and not response_format:
            return
        assert run.scan is not None
        try:
            run.output = OutputGuard(run.guards, run.scan, response_format)
        except PolicyError as exc:
            raise InvalidRequest(str(exc), code="invalid_value", param="response_format") from exc

    async def _route(self, run: _Run) -> None:
        key = run.request.caller.key
        route = await pick_engine(
            self.settings, self.models, self.gateway, self.tenancy, key, run.goal, run.messages
        )
        run.route = route
        check_images(
            self.models,
            route,
            any(m.images for m in run.request.messages),
            any(m.images for m in run.messages),
        )
        check_image_urls(
            (url for m in run.request.messages for url in m.images), self.settings.limits.image_url_prefixes
        )
        if route.routing:
            run.audit["routing"] = route.routing
            value = f"{route.served.entry.id}; {route.routing}"
            run.headers["x-stockade-route"] = value.encode("ascii", "replace").decode("ascii")[:300]

    async def _sample(self, run: _Run) -> None:
        """Counts the prompt's tokens as the engine will see them and fixes the sampling parameters."""
        assert run.route is not None and run.prompt is not None
        request, engine = run.request, run.route.engine
        try:
            if request.route == "chat":
                # The tools count too: the engine renders them into the prompt.
                run.prompt_tokens = await engine.count_chat_tokens(
                    run.messages, request.tools, request.tool_choice if request.tools else "auto"
                )
            else:
                run.prompt_tokens = await engine.count_text_tokens(run.messages[-1].content)
        except EngineError as exc:
            raise engine_failure(exc) from exc
        schema = run.output.json_schema if run.output is not None and request.route == "chat" else None
        run.params = sampling(
            request,
            run.prompt_tokens,
            engine.context_length,
            self.settings.limits.default_max_tokens,
            schema,
            run.prompt.parameters,
            engine_args(self.models, request.engine_args, run.route.models),
            await self.tenancy.max_tokens_cap(request.caller.key),
        )

    async def _look_up_cache(self, run: _Run) -> CachedAnswer | None:
        cache = self.gateway.cache
        if cache is None or run.request.route != "chat":  # completions are never cached
            return None
        assert run.route is not None and run.params is not None and run.scan is not None
        partition = CachePartition(
            tenant=run.request.caller.key.tenant_id or "-",
            model=run.route.served.entry.id,
            app=run.goal.app or "-",
            prompt_version=run.prompt_version or "-",
        )
        run.cache_request = cacheable_request(
            cache,
            partition,
            run.messages,
            run.params,
            personal_data=len(run.scan.vault) > 0,
            opt_in=run.request.extensions.cache,
        )
        if run.cache_request is not None:
            run.lookup = await cache.lookup(run.cache_request)
        if run.lookup is not None and run.lookup.answer is not None:
            run.headers["x-stockade-cache"] = f"hit-{run.lookup.outcome}"
            return run.lookup.answer
        # sampled, personal data or a schema: never looked up
        run.headers["x-stockade-cache"] = run.lookup.outcome if run.lookup is not None else "bypass"
        return None

    async def _reserve(self, run: _Run, *, cached: bool = False) -> Meter:
        """Reserves the worst case (prompt + max_tokens) against the tenant's quota and budget; a
        cache hit or a refusal reserves nothing."""
        assert run.route is not None
        key, caller = run.request.caller.key, run.request.caller
        served_model = run.route.served
        price = served_model.entry.price_per_1k
        prompt_tokens = 0 if cached or run.params is None else run.prompt_tokens
        max_tokens = 0 if cached or run.params is None else run.params.max_tokens
        await self.tenancy.check_request_size(
            key,
            prompt_tokens,
            max_tokens,
            prompt_param=run.request.prompt_field,
            max_tokens_param=run.request.max_tokens_field,
        )
        admission = await self.tenancy.admit(
            key, prompt_tokens + max_tokens, price.cost(prompt_tokens, max_tokens), rate_checked=True
        )
        # The rate check's headers, the reservation's (tokens) and the steps' own (route, cache).
        admission.headers = run.headers | admission.headers
        labels = draft(
            caller.request_id,
            caller.trace_id,
            run.request.door,
            served_model.entry.id,
            run.route.engine.engine_name,
            app=run.goal.app or "",
            prompt_version=run.prompt_version,
            experiment_arm=run.experiment_arm,
            routing=run.route.routing,
            audit_detail=run.audit,
        )
        return Meter(
            self.tenancy,
            admission,
            price,
            labels,
            cached=cached,
            report=run.cancel.report,
            started=run.started,
        )

    def _engine_call(
        self, run: _Run, meter: Meter, open_stream: OpenStream, retry: RetryStream | None
    ) -> EngineCall:
        assert run.route is not None
        on_complete = None
        cache = self.gateway.cache
        if cache is not None and run.cache_request is not None and not meter.cached:
            on_complete = store_after(cache, run.cache_request, run.lookup, run.route.served.entry.id)
        return EngineCall(
            run.request.door,
            run.route.served.entry.id,
            run.started,
            open_stream,
            meter,
            run.params,
            run.output if not meter.cached else None,
            retry,
            on_complete,
            run.extensions,
            run.scan.vault if run.scan is not None else None,
        )

    async def _refuse(self, run: _Run) -> Generation:
        """Out-of-scope requests get the app's refusal as an ordinary answer: not an error, no tokens."""
        assert run.route is not None
        run.audit = run.audit | {"refused": "off-topic"}
        meter = await self._reserve(run)
        settlement = await meter.finish(Usage(0, 0), status="refused", http_status=200, finish_reason="stop")
        events = fixed(Answer(run.refusal or "", "stop", Usage(0, 0)), settlement)
        return Generation(run.route.served.entry.id, meter.admission.headers, {}, events, True, run.cancel)
