"""The OpenAI-compatible routes: /v1/models, /v1/chat/completions, /v1/completions, /v1/embeddings.

Wire format only: each generation route translates its body into the pipeline's typed request and
the pipeline's events back (api/generation.py); what happens in between is pipeline/steps.py.
"""

from __future__ import annotations

import base64
import time
import uuid
from typing import Any

import numpy as np
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response

from api.auth import tenant_key
from api.errors import ApiError
from api.generation import WireFormat, respond
from api.json_body import JsonBodyRoute
from api.schemas import ChatCompletionRequest, CompletionRequest, EmbeddingRequest
from api.state import AppState, app_state
from inference.engine import Usage
from inference.model_registry import ServedModel
from pipeline.metering import Meter, draft
from pipeline.recording import REQUEST_DURATION, REQUESTS
from pipeline.request import Caller
from pipeline.sampling import check_prompt_size
from pipeline.targets import served as served_model
from tenancy.service import EMBEDDING
from tenancy.storage import ApiKey

router = APIRouter(prefix="/v1", route_class=JsonBodyRoute)


def _caller(request: Request, key: ApiKey) -> Caller:
    return Caller(key, request.state.request_id, request.state.trace_id)


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
    key: ApiKey = Depends(tenant_key), state: AppState = Depends(app_state)
) -> JSONResponse:
    # Cheap, but a tenant key's request all the same: a tenant over its rate is refused here too.
    rate = await state.tenancy.check_rate(key)
    permitted = await state.tenancy.model_filter(key)
    data = [_model_json(served, state) for served in state.models.servable() if permitted(served.entry.id)]
    return JSONResponse({"object": "list", "data": data}, headers=rate)


@router.get("/models/{model_id:path}")
async def get_model(
    model_id: str, key: ApiKey = Depends(tenant_key), state: AppState = Depends(app_state)
) -> JSONResponse:
    rate = await state.tenancy.check_rate(key)
    served = state.models.models.get(model_id)
    if served is None or served.status == "unavailable":
        raise ApiError(404, f"The model '{model_id}' does not exist.", code="model_not_found", param="model")
    await state.tenancy.allowed(key, model=model_id)
    return JSONResponse(_model_json(served, state), headers=rate)


@router.post("/chat/completions", response_model=None)
async def chat_completions(
    body: ChatCompletionRequest,
    request: Request,
    key: ApiKey = Depends(tenant_key),
    state: AppState = Depends(app_state),
) -> Response:
    include_usage = bool(body.stream and body.stream_options and body.stream_options.include_usage)
    wire = WireFormat("chat", f"chatcmpl-{request.state.request_id}", include_usage)
    return await respond(request, state.pipeline, body.to_request(_caller(request, key)), wire)


@router.post("/completions", response_model=None)
async def completions(
    body: CompletionRequest,
    request: Request,
    key: ApiKey = Depends(tenant_key),
    state: AppState = Depends(app_state),
) -> Response:
    include_usage = bool(body.stream and body.stream_options and body.stream_options.include_usage)
    wire = WireFormat("completion", f"cmpl-{request.state.request_id}", include_usage)
    return await respond(request, state.pipeline, body.to_request(_caller(request, key)), wire)


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
    check_prompt_size(state.settings.limits, sum(len(t) for t in texts), param="input")
    await state.tenancy.allowed(key, model=body.model)
    served = served_model(state.models, body.model, "embedding")
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
    await state.tenancy.check_request_size(key, total, 0, prompt_param="input")
    price = served.entry.price_per_1k
    admission = await state.tenancy.admit(key, total, price.cost(total, 0), need=EMBEDDING)
    labels = draft(
        request.state.request_id, request.state.trace_id, "embeddings", body.model, embedder.engine_name
    )
    meter = Meter(state.tenancy, admission, price, labels)
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
