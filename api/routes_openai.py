"""The OpenAI-compatible routes: /v1/models, /v1/chat/completions, /v1/completions, /v1/embeddings."""

from __future__ import annotations

import base64
import time
import uuid
from typing import Any

import numpy as np
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, StreamingResponse

from api.auth import tenant_key
from api.errors import ApiError
from api.generation import GenerationContext, engine_error_to_api, respond
from api.metering import RequestMeter
from api.metrics import REQUEST_DURATION, REQUESTS
from api.model_registry import ServedModel
from api.schemas import ChatCompletionRequest, CompletionRequest, EmbeddingRequest, _SamplingRequest
from api.state import AppState, app_state
from api.storage import ApiKey
from inference.engine import ChatMessage, Engine, EngineError, SamplingParams, Usage

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
    params: SamplingParams,
    prompt_tokens: int,
) -> RequestMeter:
    price = served.entry.price_per_1k
    admission = await state.tenancy.admit(
        key, prompt_tokens + params.max_tokens, price.cost(prompt_tokens, params.max_tokens)
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


def _sampling(
    body: _SamplingRequest, prompt_tokens: int, context_length: int, default_max: int
) -> SamplingParams:
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
    return SamplingParams(
        max_tokens=body.max_tokens if body.max_tokens is not None else min(default_max, room),
        temperature=body.temperature if body.temperature is not None else 1.0,
        top_p=body.top_p if body.top_p is not None else 1.0,
        stop=body.stops(),
        seed=body.seed,
    )


def _context(request: Request, kind: str, prefix: str, model: str, key: ApiKey, include_usage: bool) -> Any:
    return GenerationContext(
        kind="chat" if kind == "chat" else "completion",
        response_id=f"{prefix}-{request.state.request_id}",
        model=model,
        tenant=key.tenant_name or "-",
        include_usage=include_usage,
        started=time.perf_counter(),
    )


@router.get("/models")
async def list_models(
    _key: ApiKey = Depends(tenant_key), state: AppState = Depends(app_state)
) -> JSONResponse:
    data = [
        {
            "id": served.entry.id,
            "object": "model",
            "created": 0,
            "owned_by": "stockade",
            # Extensions: clients that do not know them ignore them.
            "kind": served.entry.kind,
            "tier": served.entry.tier,
            "context_length": served.entry.context_length,
            "ready": served.ready,
            "default": served.entry.id
            in (state.models.catalog.default_chat_model, state.models.catalog.default_embedding_model),
        }
        for served in state.models.servable()
    ]
    return JSONResponse({"object": "list", "data": data})


@router.get("/models/{model_id:path}")
async def get_model(
    model_id: str, _key: ApiKey = Depends(tenant_key), state: AppState = Depends(app_state)
) -> JSONResponse:
    served = state.models.models.get(model_id)
    if served is None or served.status == "unavailable":
        raise ApiError(404, f"The model '{model_id}' does not exist.", code="model_not_found", param="model")
    return JSONResponse({"id": model_id, "object": "model", "created": 0, "owned_by": "stockade"})


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


@router.post("/chat/completions", response_model=None)
async def chat_completions(
    body: ChatCompletionRequest,
    request: Request,
    key: ApiKey = Depends(tenant_key),
    state: AppState = Depends(app_state),
) -> JSONResponse | StreamingResponse:
    messages = [
        ChatMessage(role="system" if m.role == "developer" else m.role, content=m.text())
        for m in body.messages
    ]
    _check_prompt_size(state, sum(len(m.content) for m in messages), len(messages))
    served, engine = _chat_engine(state, body.model)
    try:
        prompt_tokens = await engine.count_chat_tokens(messages)
    except EngineError as exc:
        raise engine_error_to_api(exc) from exc
    params = _sampling(body, prompt_tokens, engine.context_length, state.settings.limits.default_max_tokens)
    meter = await _admit_generation(state, request, key, served, engine, "chat", params, prompt_tokens)
    include_usage = bool(body.stream and body.stream_options and body.stream_options.include_usage)
    ctx = _context(request, "chat", "chatcmpl", body.model, key, include_usage)
    return await respond(
        request, ctx, lambda cancel: engine.stream_chat(messages, params, cancel), meter, stream=body.stream
    )


@router.post("/completions", response_model=None)
async def completions(
    body: CompletionRequest,
    request: Request,
    key: ApiKey = Depends(tenant_key),
    state: AppState = Depends(app_state),
) -> JSONResponse | StreamingResponse:
    prompt = body.prompt_text()
    _check_prompt_size(state, len(prompt))
    served, engine = _chat_engine(state, body.model)
    try:
        prompt_tokens = await engine.count_text_tokens(prompt)
    except EngineError as exc:
        raise engine_error_to_api(exc) from exc
    params = _sampling(body, prompt_tokens, engine.context_length, state.settings.limits.default_max_tokens)
    meter = await _admit_generation(state, request, key, served, engine, "completions", params, prompt_tokens)
    include_usage = bool(body.stream and body.stream_options and body.stream_options.include_usage)
    ctx = _context(request, "completion", "cmpl", body.model, key, include_usage)
    return await respond(
        request,
        ctx,
        lambda cancel: engine.stream_completion(prompt, params, cancel),
        meter,
        stream=body.stream,
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
