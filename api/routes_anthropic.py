"""Anthropic's Messages API: POST /v1/messages and /v1/messages/count_tokens.

A thin translator, like the OpenAI door: the body becomes the pipeline's one request
(api/anthropic_schemas.py), the pipeline's events become Anthropic's message or event stream
(api/anthropic_wire.py). Authentication, limits, guards, prompts, retrieval, routing, cache,
metering, ledger, audit and traces are the pipeline's, the same for every door; errors take
Anthropic's shape (api/errors.py, by path).
"""

from __future__ import annotations

import re

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response

from api.anthropic_schemas import CountTokensRequest, MessagesRequest
from api.anthropic_wire import MessageShape, collected_events, message_events, message_json
from api.auth import tenant_key
from api.errors import ApiError
from api.event_stream import EventStreamResponse
from api.generation import start
from api.json_body import JsonBodyRoute
from api.rate_headers import with_anthropic_names
from api.state import AppState, app_state
from pipeline.request import Caller
from tenancy.storage import ApiKey

# The Messages protocol is versioned by date; every version since 2023-01-01 reads and writes the
# shapes this door speaks (later ones only add opt-in fields, refused by name when sent).
_FIRST_VERSION = "2023-01-01"
_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}$")


async def anthropic_headers(request: Request) -> None:
    """`anthropic-version` is optional here but must be one spoken; beta features change behaviour
    and none is offered, so a request that asks for one is refused by name."""
    version = request.headers.get("anthropic-version")
    if version is not None and not (_VERSION.match(version) and version >= _FIRST_VERSION):
        raise ApiError(400, f"anthropic-version: '{version}' is not supported; use 2023-06-01 or later")
    beta = request.headers.get("anthropic-beta")
    if beta:
        raise ApiError(400, f"anthropic-beta: the beta features '{beta}' are not offered by Stockade")


router = APIRouter(prefix="/v1", route_class=JsonBodyRoute, dependencies=[Depends(anthropic_headers)])


def _caller(request: Request, key: ApiKey) -> Caller:
    return Caller(key, request.state.request_id, request.state.trace_id)


@router.post("/messages", response_model=None)
async def create_message(
    body: MessagesRequest,
    request: Request,
    key: ApiKey = Depends(tenant_key),
    state: AppState = Depends(app_state),
) -> Response:
    generation_request = body.to_request(_caller(request, key))
    generation, answer = await start(request, state.pipeline, generation_request)
    shape = MessageShape(f"msg_{request.state.request_id}", generation.model)
    headers = {"request-id": request.state.request_id} | with_anthropic_names(generation.headers)
    if answer is not None and not body.stream:
        return JSONResponse(message_json(shape, answer), headers=headers)
    if answer is not None:
        stream = message_events(shape, collected_events(answer), settled=True)
    else:
        stream = message_events(shape, generation.events)
    return EventStreamResponse(
        stream, headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"} | headers
    )


@router.post("/messages/count_tokens")
async def count_tokens(
    body: CountTokensRequest,
    request: Request,
    key: ApiKey = Depends(tenant_key),
    state: AppState = Depends(app_state),
) -> JSONResponse:
    counted = await state.pipeline.count_tokens(body.to_request(_caller(request, key)))
    headers = {"request-id": request.state.request_id} | with_anthropic_names(counted.headers)
    return JSONResponse({"input_tokens": counted.input_tokens}, headers=headers)
