"""The OpenAI-compatible routes: /v1/models, /v1/chat/completions, /v1/completions, /v1/embeddings."""

from __future__ import annotations

import base64
import time
import uuid
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any

import numpy as np
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from opentelemetry import trace

from api.auth import tenant_key
from api.errors import ApiError
from api.gatewaying import AUTO
from api.generation import GenerationContext, OnComplete, engine_error_to_api, fixed_answer, respond
from api.guarding import guard_input
from api.metering import RequestMeter
from api.metrics import REQUEST_DURATION, REQUESTS
from api.model_registry import ServedModel
from api.output_checks import OutputGuard
from api.prompting import AppliedPrompt, apply_prompt
from api.retrieving import CONTEXT_INSTRUCTIONS, citations_json
from api.schemas import ChatCompletionRequest, CompletionRequest, EmbeddingRequest, _SamplingRequest
from api.state import AppState, app_state
from api.storage import ApiKey
from guard import PolicyError, ScanContext
from inference.cache.entry import CachedAnswer, replay
from inference.cache.keys import CachePartition, CacheRequest
from inference.cache.semantic import CacheLookup
from inference.engine import Cancellation, ChatMessage, Engine, EngineError, SamplingParams, StreamItem, Usage
from inference.prompts.spec import ModelParameters
from inference.resilience.report import GatewayReport

router = APIRouter(prefix="/v1")


def _served(state: AppState, model_id: str, kind: str) -> ServedModel:
    served = state.models.models.get(model_id)
    if served is None or served.status == "unavailable":
        raise ApiError(
            404,
            f"The model '{model_id}' does not exist or you do not have access to it.",
            code="model_not_found",
            param="model",
        )
    if served.entry.kind != kind:
        raise ApiError(
            400,
            f"The model '{model_id}' is a {served.entry.kind} model and cannot serve this route.",
            code="wrong_model_kind",
            param="model",
        )
    if not served.ready:
        detail = "failed to load: " + served.detail if served.status == "failed" else served.status
        raise ApiError(
            503,
            f"The model '{model_id}' is not ready ({detail}).",
            code="model_not_ready",
            headers={"Retry-After": "5"},
        )
    return served


def _chat_engine(state: AppState, model_id: str) -> tuple[ServedModel, Engine]:
    served = _served(state, model_id, "chat")
    assert served.chat is not None
    return served, served.chat


async def _admit_generation(
    state: AppState,
    request: Request,
    key: ApiKey,
    served: ServedModel,
    engine: Engine,
    route: str,
    params: SamplingParams | None,
    prompt_tokens: int,
) -> RequestMeter:
    price = served.entry.price_per_1k
    max_tokens = params.max_tokens if params is not None else 0
    await state.tenancy.check_request_size(key, prompt_tokens, max_tokens)
    admission = await state.tenancy.admit(
        key, prompt_tokens + max_tokens, price.cost(prompt_tokens, max_tokens)
    )
    return RequestMeter(
        tenancy=state.tenancy,
        admission=admission,
        price=price,
        route=route,
        model=served.entry.id,
        engine=engine.engine_name,
        request_id=request.state.request_id,
        trace_id=request.state.trace_id,
    )


# Stockade's own request extensions (read by the pipeline) and fields that change nothing about the
# answer; every other field outside the OpenAI schema is an engine parameter.
_EXTENSION_FIELDS = frozenset({"variables", "prompt_version", "collection", "cache"})
_INERT_FIELDS = frozenset({"metadata", "store", "service_tier", "prompt_cache_key", "safety_identifier"})


def _engine_args(state: AppState, body: _SamplingRequest, prepared: _Prepared) -> dict[str, Any]:
    """Fields Stockade does not interpret go to the engine unchanged, when every engine the request
    may reach (the primary and an app's fallbacks) understands them; otherwise a 400 names the field,
    so nothing is silently dropped."""
    extra = body.model_extra or {}
    args = {k: v for k, v in extra.items() if k not in _EXTENSION_FIELDS and k not in _INERT_FIELDS}
    if not args:
        return {}
    catalog = state.models.catalog
    for model_id in prepared.route_models:
        entry = state.models.models[model_id].entry
        refused = sorted(set(args) - catalog.parameters_for(entry))
        if refused:
            raise ApiError(
                400,
                f"Unsupported parameter '{refused[0]}': the model '{model_id}' (engine {entry.engine}) "
                "does not understand it.",
                code="unsupported_parameter",
                param=refused[0],
            )
    return args


def _sampling(
    body: _SamplingRequest,
    prompt_tokens: int,
    context_length: int,
    default_max: int,
    json_schema: dict[str, Any] | None = None,
    defaults: ModelParameters | None = None,
    engine_args: dict[str, Any] | None = None,
) -> SamplingParams:
    """The request's own values win; then the prompt version's defaults; then the gateway's."""
    room = context_length - prompt_tokens
    if room <= 0:
        raise ApiError(
            400,
            f"This model's maximum context length is {context_length} tokens; the prompt alone has "
            f"{prompt_tokens} tokens.",
            code="context_length_exceeded",
            param="messages",
        )
    if body.max_tokens is not None and body.max_tokens > room:
        raise ApiError(
            400,
            f"This model's maximum context length is {context_length} tokens. However, you requested "
            f"{prompt_tokens + body.max_tokens} tokens ({prompt_tokens} in the prompt, {body.max_tokens} "
            "for the completion). Please reduce the prompt or max_tokens.",
            code="context_length_exceeded",
            param="max_tokens",
        )
    if defaults is not None:
        default_max = defaults.max_tokens
    return SamplingParams(
        max_tokens=body.max_tokens if body.max_tokens is not None else min(default_max, room),
        temperature=body.temperature
        if body.temperature is not None
        else defaults.temperature
        if defaults
        else 1.0,
        top_p=body.top_p if body.top_p is not None else defaults.top_p if defaults else 1.0,
        stop=body.stops() or (tuple(defaults.stop) if defaults else ()),
        seed=body.seed if body.seed is not None else defaults.seed if defaults else None,
        json_schema=json_schema,
        engine_args=engine_args or {},
    )


def _context(
    request: Request,
    kind: str,
    prefix: str,
    model: str,
    key: ApiKey,
    include_usage: bool,
    extensions: dict[str, Any] | None = None,
) -> Any:
    return GenerationContext(
        kind="chat" if kind == "chat" else "completion",
        response_id=f"{prefix}-{request.state.request_id}",
        model=model,
        tenant=key.tenant_name or "-",
        include_usage=include_usage,
        started=time.perf_counter(),
        extensions=extensions or {},
    )


def _model_json(served: ServedModel, state: AppState) -> dict[str, Any]:
    catalog = state.models.catalog
    return {
        "id": served.entry.id,
        "object": "model",
        "created": 0,
        "owned_by": "stockade",
        # Extensions: clients that do not know them ignore them.
        "kind": served.entry.kind,
        "tier": served.entry.tier,
        "context_length": served.entry.context_length,
        "ready": served.ready,
        "default": served.entry.id in (catalog.default_chat_model, catalog.default_embedding_model),
    }


@router.get("/models")
async def list_models(
    _key: ApiKey = Depends(tenant_key), state: AppState = Depends(app_state)
) -> JSONResponse:
    permitted = await state.tenancy.model_filter(_key)
    data = [_model_json(served, state) for served in state.models.servable() if permitted(served.entry.id)]
    return JSONResponse({"object": "list", "data": data})


@router.get("/models/{model_id:path}")
async def get_model(
    model_id: str, _key: ApiKey = Depends(tenant_key), state: AppState = Depends(app_state)
) -> JSONResponse:
    served = state.models.models.get(model_id)
    if served is None or served.status == "unavailable":
        raise ApiError(404, f"The model '{model_id}' does not exist.", code="model_not_found", param="model")
    await state.tenancy.allowed(_key, model=model_id)
    return JSONResponse(_model_json(served, state))


def _check_prompt_size(state: AppState, chars: int, messages: int = 1) -> None:
    limits = state.settings.limits
    if messages > limits.max_messages:
        raise ApiError(
            400,
            f"too many messages: at most {limits.max_messages}",
            code="too_many_messages",
            param="messages",
        )
    if chars > limits.max_prompt_chars:
        raise ApiError(
            400,
            f"prompt too long: at most {limits.max_prompt_chars} characters",
            code="prompt_too_long",
            param="messages",
        )


def _target(state: AppState, name: str) -> tuple[str | None, str]:
    """`model` names an app from the configuration or a catalog model."""
    app = state.settings.apps.get(name)
    return (name, app.model) if app else (None, name)


@dataclass
class _Prepared:
    app: str | None
    served: ServedModel
    engine: Engine
    messages: list[ChatMessage]
    output: OutputGuard | None
    refusal: str | None
    audit: dict[str, Any]
    prompt: AppliedPrompt
    scan: ScanContext
    routing: str = ""
    report: GatewayReport | None = None
    extensions: dict[str, Any] | None = None
    route_models: tuple[str, ...] = ()


async def _pick_engine(
    state: AppState, key: ApiKey, app: str | None, model_id: str, messages: list[ChatMessage]
) -> tuple[ServedModel, Engine, str, GatewayReport | None, tuple[str, ...]]:
    """`auto` asks the complexity router; an app's fallback list becomes a chain (primary, cheaper
    models, static message) that switches only before the first token."""
    routing = ""
    gateway = state.gateway
    if model_id == AUTO:
        text = next((m.content for m in reversed(messages) if m.role == "user"), "")
        fraction = await state.tenancy.budget_used_fraction(key)
        decision = gateway.route(text, key.tenant_name or "-", app, fraction)
        model_id, routing = decision.model_id, f"auto: {decision.reason}"
        trace.get_current_span().set_attribute("stockade.reason", routing)
    served, _ = _chat_engine(state, model_id)
    engine = gateway.engine(served)
    app_settings = state.settings.apps.get(app) if app else None
    if app_settings is None or not (app_settings.fallback or app_settings.fallback_message):
        return served, engine, routing, None, (served.entry.id,)
    chain = [engine]
    route_models = [served.entry.id]
    for fallback_id in app_settings.fallback:
        fallback = state.models.models.get(fallback_id)
        if fallback is not None and fallback.ready and fallback.chat is not None:
            chain.append(gateway.engine(fallback))
            route_models.append(fallback_id)
    return (
        served,
        gateway.chain(app or model_id, chain, app_settings.fallback_message),
        routing,
        GatewayReport(),
        tuple(route_models),
    )


async def _prepare(
    state: AppState,
    key: ApiKey,
    body: _SamplingRequest,
    messages: list[ChatMessage],
    response_format: dict[str, Any] | None,
) -> _Prepared:
    """Input guardrails on what the caller wrote, then the app's prompt template; picks the engine."""
    app, model_id = _target(state, body.model)
    await state.tenancy.allowed(
        key, model=model_id, app=app, collection=(body.model_extra or {}).get("collection")
    )
    if model_id != AUTO:
        _chat_engine(state, model_id)  # an unknown or unready model fails before any guard work
    pipeline = state.guards.for_app(app)
    ctx = ScanContext(direction="input", app=app or "default")
    audit: dict[str, Any] = {"app": app or "", "user": body.user or ""}  # tenancy seals "user"
    refusal = None
    if state.settings.tenancy.store_prompts == "raw":
        audit["prompt"] = [{"role": m.role, "content": m.content} for m in messages]
    if pipeline is not None:
        verdict = await guard_input(pipeline, messages, app or "default")
        messages, ctx, refusal = verdict.messages, verdict.ctx, verdict.refusal
        audit["guard_input"] = sorted({f.entity_type for d in verdict.decisions for f in d.findings})
    if state.settings.tenancy.store_prompts == "redacted":
        audit["prompt"] = [{"role": m.role, "content": m.content} for m in messages]
    extra = body.model_extra or {}
    applied = AppliedPrompt(messages)
    citations: dict[str, Any] = {}
    if app is not None:
        variables = extra.get("variables")
        if variables is not None and not isinstance(variables, dict):
            raise ApiError(400, "variables must be an object", code="invalid_value", param="variables")
        override = extra.get("prompt_version")
        if override is not None and not isinstance(override, str):
            raise ApiError(
                400, "prompt_version must be a string", code="invalid_value", param="prompt_version"
            )
        applied = apply_prompt(
            state.prompts,
            state.settings.apps[app],
            messages,
            variables=variables,
            user=body.user,
            key_id=key.id,
            version_override=override,
        )
        if applied.labels:
            audit |= {k: v for k, v in applied.labels.items() if v}
    app_settings = state.settings.apps.get(app) if app else None
    collection = extra.get("collection") or (app_settings.collection if app_settings else None)
    if collection is not None:
        if not isinstance(collection, str):
            raise ApiError(400, "collection must be a string", code="invalid_value", param="collection")
        applied.messages, citations = await _with_context(
            state, key, collection, app_settings.top_k if app_settings else 5, applied.messages, ctx, pipeline
        )
        audit["collection"] = collection
    try:
        output = OutputGuard(pipeline, ctx, response_format) if pipeline or response_format else None
    except PolicyError as exc:
        raise ApiError(400, str(exc), code="invalid_value", param="response_format") from exc
    served, engine, routing, report, route_models = await _pick_engine(
        state, key, app, model_id, applied.messages
    )
    if routing:
        audit["routing"] = routing
    return _Prepared(
        app,
        served,
        engine,
        applied.messages,
        output,
        refusal,
        audit,
        applied,
        ctx,
        routing,
        report,
        citations,
        route_models,
    )


async def _with_context(
    state: AppState,
    key: ApiKey,
    collection: str,
    top_k: int,
    messages: list[ChatMessage],
    ctx: ScanContext,
    pipeline: Any,
) -> tuple[list[ChatMessage], dict[str, Any]]:
    """Retrieve for the caller's last question and put the numbered passages before the conversation;
    the answer carries their sources in the `citations` extension field."""
    query = next((m.content for m in reversed(messages) if m.role == "user"), "")
    found = await state.retrieval.search(collection, query, key.tenant_name or "-", top_k, pipeline)
    # The composed context too: answers often restate a passage's citation line as well as its text.
    ctx.retrieved_context = (found.context, *(hit.text for hit in found.hits)) if found.context else ()
    extension = {
        "citations": citations_json(found),
        "retrieval": {
            "collection": collection,
            "order": found.order,
            "rerank": found.rerank,
            "filtered": len(found.filtered),
        },
    }
    if not found.context:
        return messages, extension
    return [ChatMessage("system", f"{CONTEXT_INSTRUCTIONS}\n\n{found.context}"), *messages], extension


def _label(meter: RequestMeter, prepared: _Prepared) -> RequestMeter:
    meter.app = prepared.app or ""
    meter.routing = prepared.routing
    meter.report = prepared.report
    if prepared.routing:
        meter.admission.headers["x-stockade-route"] = _ascii(
            f"{prepared.served.entry.id}; {prepared.routing}"
        )
    meter.prompt_version = prepared.prompt.version_label
    labels = prepared.prompt.labels
    meter.experiment_arm = f"{labels['experiment']}:{labels['arm']}" if labels.get("experiment") else ""
    meter.audit_detail = prepared.audit
    return meter


async def _refuse_politely(
    state: AppState,
    request: Request,
    key: ApiKey,
    prepared: _Prepared,
    route: str,
    ctx: GenerationContext,
    stream: bool,
) -> Response:
    """Out-of-scope requests get the app's refusal as an ordinary answer: not an error, no tokens."""
    meter = _label(
        await _admit_generation(state, request, key, prepared.served, prepared.engine, route, None, 0),
        prepared,
    )
    meter.audit_detail = prepared.audit | {"refused": "off-topic"}
    await meter.finish(Usage(0, 0), status="refused", http_status=200, finish_reason="stop")
    return fixed_answer(ctx, prepared.refusal or "", stream=stream, headers=meter.admission.headers)


@router.post("/chat/completions", response_model=None)
async def chat_completions(
    body: ChatCompletionRequest,
    request: Request,
    key: ApiKey = Depends(tenant_key),
    state: AppState = Depends(app_state),
) -> Response:
    raw_messages = [
        ChatMessage(role="system" if m.role == "developer" else m.role, content=m.text())
        for m in body.messages
    ]
    _check_prompt_size(state, sum(len(m.content) for m in raw_messages), len(raw_messages))
    response_format = body.response_format.model_dump() if body.response_format else None
    prepared = await _prepare(state, key, body, raw_messages, response_format)
    served, engine, messages, output = prepared.served, prepared.engine, prepared.messages, prepared.output
    include_usage = bool(body.stream and body.stream_options and body.stream_options.include_usage)
    ctx = _context(request, "chat", "chatcmpl", served.entry.id, key, include_usage, prepared.extensions)
    if prepared.refusal is not None:
        return await _refuse_politely(state, request, key, prepared, "chat", ctx, body.stream)
    try:
        prompt_tokens = await engine.count_chat_tokens(messages)
    except EngineError as exc:
        raise engine_error_to_api(exc) from exc
    params = _sampling(
        body,
        prompt_tokens,
        engine.context_length,
        state.settings.limits.default_max_tokens,
        output.json_schema if output is not None else None,
        prepared.prompt.parameters,
        _engine_args(state, body, prepared),
    )
    cache_request, lookup = await _cache_lookup(state, key, prepared, params, body)
    if lookup is not None and lookup.answer is not None:
        meter = _label(
            await _admit_generation(state, request, key, served, engine, "chat", None, 0), prepared
        )
        meter.cached = True
        meter.admission.headers["x-stockade-cache"] = f"hit-{lookup.outcome}"
        answer = lookup.answer
        return await respond(
            request, ctx, lambda cancel: replay(answer, cancel), meter, stream=body.stream, params=params
        )
    meter = _label(
        await _admit_generation(state, request, key, served, engine, "chat", params, prompt_tokens), prepared
    )
    on_complete = None
    if cache_request is not None:
        on_complete = _cache_store(state, cache_request, lookup, served.entry.id)
    if state.gateway.cache is not None:  # sampled, personal data or a schema: never looked up
        meter.admission.headers["x-stockade-cache"] = lookup.outcome if lookup is not None else "bypass"

    def retry(previous: str, correction: str, cancel: Cancellation) -> AsyncGenerator[StreamItem, None]:
        again = [*messages, ChatMessage("assistant", previous), ChatMessage("user", correction)]
        return engine.stream_chat(again, params, cancel)

    report = prepared.report

    def open_stream(cancel: Cancellation) -> AsyncGenerator[StreamItem, None]:
        if report is not None:  # a fallback chain reports which model really answered
            return engine.stream_chat(messages, params, cancel, report)  # type: ignore[call-arg]
        return engine.stream_chat(messages, params, cancel)

    return await respond(
        request,
        ctx,
        open_stream,
        meter,
        stream=body.stream,
        params=params,
        output=output,
        retry_stream=retry,
        on_complete=on_complete,
    )


def _ascii(value: str) -> str:
    return value.encode("ascii", "replace").decode("ascii")[:300]


async def _cache_lookup(
    state: AppState, key: ApiKey, prepared: _Prepared, params: SamplingParams, body: _SamplingRequest
) -> tuple[CacheRequest | None, CacheLookup | None]:
    """Requests that carried personal data are never cached: the answer holds that person's values."""
    cache = state.gateway.cache
    # Engine parameters (tools, logprobs, ignore_eos, ...) shape answers the cache does not key on.
    if cache is None or len(prepared.scan.vault) > 0 or params.json_schema is not None or params.engine_args:
        return None, None
    extra = body.model_extra or {}
    request = CacheRequest(
        partition=CachePartition(
            tenant=key.tenant_id or "-",
            model=prepared.served.entry.id,
            app=prepared.app or "-",
            prompt_version=prepared.prompt.version_label or "-",
        ),
        messages=prepared.messages,
        params=params,
        opt_in=extra.get("cache") is True,
    )
    if not cache.cacheable(request):
        return None, None
    return request, await cache.lookup(request)


def _cache_store(
    state: AppState, request: CacheRequest, lookup: CacheLookup | None, model_id: str
) -> OnComplete:
    async def store(text: str, finish_reason: str, usage: Usage) -> None:
        cache = state.gateway.cache
        if cache is not None and finish_reason in ("stop", "length"):
            await cache.store(request, CachedAnswer(text, finish_reason, usage, model_id), lookup)  # type: ignore[arg-type]

    return store


@router.post("/completions", response_model=None)
async def completions(
    body: CompletionRequest,
    request: Request,
    key: ApiKey = Depends(tenant_key),
    state: AppState = Depends(app_state),
) -> Response:
    _check_prompt_size(state, len(body.prompt_text()))
    if body.model in state.settings.apps and state.settings.apps[body.model].prompt is not None:
        raise ApiError(400, "apps with a prompt template answer on /v1/chat/completions", param="model")
    prepared = await _prepare(state, key, body, [ChatMessage("user", body.prompt_text())], None)
    served, engine, output = prepared.served, prepared.engine, prepared.output
    prompt = prepared.messages[-1].content
    include_usage = bool(body.stream and body.stream_options and body.stream_options.include_usage)
    ctx = _context(request, "completion", "cmpl", served.entry.id, key, include_usage)
    if prepared.refusal is not None:
        return await _refuse_politely(state, request, key, prepared, "completions", ctx, body.stream)
    try:
        prompt_tokens = await engine.count_text_tokens(prompt)
    except EngineError as exc:
        raise engine_error_to_api(exc) from exc
    params = _sampling(
        body,
        prompt_tokens,
        engine.context_length,
        state.settings.limits.default_max_tokens,
        engine_args=_engine_args(state, body, prepared),
    )
    meter = _label(
        await _admit_generation(state, request, key, served, engine, "completions", params, prompt_tokens),
        prepared,
    )
    return await respond(
        request,
        ctx,
        lambda cancel: engine.stream_completion(prompt, params, cancel),
        meter,
        stream=body.stream,
        params=params,
        output=output,
    )


@router.post("/embeddings")
async def embeddings(
    body: EmbeddingRequest,
    request: Request,
    key: ApiKey = Depends(tenant_key),
    state: AppState = Depends(app_state),
) -> JSONResponse:
    started = time.perf_counter()
    try:
        texts = body.texts()
    except ValueError as exc:
        raise ApiError(400, str(exc), code="invalid_value", param="input") from exc
    limits = state.settings.limits
    if not texts:
        raise ApiError(400, "input must not be empty", code="invalid_value", param="input")
    if len(texts) > limits.max_embedding_inputs:
        raise ApiError(
            400,
            f"at most {limits.max_embedding_inputs} inputs per request",
            code="invalid_value",
            param="input",
        )
    if any(not t for t in texts):
        raise ApiError(400, "input strings must not be empty", code="invalid_value", param="input")
    _check_prompt_size(state, sum(len(t) for t in texts))
    await state.tenancy.allowed(key, model=body.model)
    served = _served(state, body.model, "embedding")
    embedder = served.embedder
    assert embedder is not None
    if body.dimensions is not None and body.dimensions != embedder.dim:
        raise ApiError(
            400,
            f"this model has {embedder.dim} dimensions and cannot change them",
            code="invalid_value",
            param="dimensions",
        )
    counts = await embedder.atoken_counts(texts)
    too_long = [i for i, n in enumerate(counts) if n > served.entry.context_length]
    if too_long:
        raise ApiError(
            400,
            f"input {too_long[0]} has {counts[too_long[0]]} tokens; this model reads at most "
            f"{served.entry.context_length}",
            code="context_length_exceeded",
            param="input",
        )
    total = sum(counts)
    price = served.entry.price_per_1k
    admission = await state.tenancy.admit(key, total, price.cost(total, 0))
    meter = RequestMeter(
        tenancy=state.tenancy,
        admission=admission,
        price=price,
        route="embeddings",
        model=body.model,
        engine=embedder.engine_name,
        request_id=request.state.request_id,
        trace_id=request.state.trace_id,
    )
    try:
        vectors = await embedder.aembed(texts)
    except Exception:
        await meter.finish(Usage(0, 0), status="error", http_status=500)
        raise
    await meter.finish(Usage(total, 0), status="ok", http_status=200)
    data = []
    for index, vector in enumerate(vectors):
        embedding: Any
        if body.encoding_format == "base64":
            embedding = base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode("ascii")
        else:
            embedding = vector.tolist()
        data.append({"object": "embedding", "index": index, "embedding": embedding})
    REQUESTS.labels("embeddings", body.model, "200").inc()
    REQUEST_DURATION.labels("embeddings", body.model).observe(time.perf_counter() - started)
    return JSONResponse(
        headers=admission.headers,
        content={
            "object": "list",
            "data": data,
            "model": body.model,
            "usage": {"prompt_tokens": total, "total_tokens": total},
            "id": f"emb-{uuid.uuid4().hex}",
        },
    )
