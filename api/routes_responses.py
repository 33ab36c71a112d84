"""OpenAI's Responses API: `POST /v1/responses` (JSON or its typed event stream), and the stored
responses of a tenant: `GET` and `DELETE /v1/responses/{id}`, `GET /v1/responses/{id}/input_items`.

Wire format only: the body becomes the pipeline's typed request (api/responses/body.py) and the
pipeline's events become a Response (api/responses/wire.py); authentication, limits, guards,
prompts, retrieval, routing, cache, metering, audit and traces are the pipeline's, as on every
front door. A stored response holds the conversation as the model read and wrote it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from api.auth import tenant_key
from api.errors import ApiError
from api.event_stream import EventStreamResponse
from api.generation import watching_disconnect
from api.json_body import JsonBodyRoute
from api.responses.body import ResponsesRequest
from api.responses.items import Item, Placement, as_read, new_id
from api.responses.store import ResponseStore, StoredResponse
from api.responses.wire import Echo, Translation, response_body, sse
from api.state import AppState, app_state
from pipeline.events import Event, Settled
from pipeline.generation import Generation
from pipeline.request import Caller
from tenancy.errors import DomainError
from tenancy.governance.subjects import user_lookup
from tenancy.storage import ApiKey

log = logging.getLogger(__name__)

router = APIRouter(prefix="/v1", route_class=JsonBodyRoute)


def _store(state: AppState) -> ResponseStore:
    return ResponseStore(state.store, state.settings.retention.responses_days)


def _not_found(response_id: str, param: str = "response_id") -> ApiError:
    # Another tenant's response is as absent as one that never existed: nothing tells them apart.
    return ApiError(404, f"No response with id '{response_id}' was found.", code="not_found", param=param)


def _echo(body: ResponsesRequest) -> Echo:
    text_format = (body.text or {}).get("format") or {"type": "text"}
    choice: Any = body.tool_choice if body.tool_choice is not None else "auto"
    tools = [
        {
            "type": "function",
            "name": tool["name"],
            "description": tool.get("description"),
            "parameters": tool.get("parameters") or {"type": "object", "properties": {}},
            "strict": tool.get("strict"),
        }
        for tool in body.tools or ()
    ]
    return Echo(
        id=new_id("resp"),  # random: a client may send the same x-request-id twice
        created_at=int(time.time()),
        instructions=body.instructions,
        max_output_tokens=body.max_output_tokens,
        metadata=dict(body.metadata or {}),
        parallel_tool_calls=body.parallel_tool_calls is not False,
        previous_response_id=body.previous_response_id,
        store=body.stored,
        temperature=body.temperature,
        top_p=body.top_p,
        text={"format": text_format, "verbosity": "medium"},
        tool_choice=choice,
        tools=tools,
        user=body.user,
    )


@dataclass
class _Keeping:
    """What storing this response needs, once it is answered."""

    state: AppState
    key: ApiKey
    body: ResponsesRequest
    echo: Echo
    items: list[Item]
    placements: list[Placement]
    offset: int  # where this request's own items start among the pipeline's messages

    async def keep(self, generation: Generation, translation: Translation) -> None:
        if not self.body.stored:
            return
        transcript = generation.transcript
        read = as_read(self.items, self.placements, transcript.messages[self.offset :])
        stored = response_body(
            self.echo,
            generation.model,
            translation.status,
            translation.output(transcript.conceal),
            translation.usage,
        )
        # The instructions as the model read them; the end user only as a pseudonym (for erasure).
        stored["instructions"] = transcript.messages[0].content if self.body.instructions else None
        stored["user"] = None
        await run_in_threadpool(
            self._save, StoredResponse(self.echo.id, self.body.previous_response_id, read, stored)
        )

    def _save(self, response: StoredResponse) -> None:
        tenant_id = self.key.tenant_id or ""
        user_ref = ""
        if self.body.user:
            subject = self.state.tenancy.subjects.get(user_lookup(tenant_id, self.body.user))
            assert subject is not None
            user_ref = subject.ref()
        _store(self.state).save(tenant_id, self.key.id, user_ref, response)


@router.post("/responses", response_model=None)
async def create_response(
    body: ResponsesRequest,
    request: Request,
    key: ApiKey = Depends(tenant_key),
    state: AppState = Depends(app_state),
) -> Response:
    body.check_supported()
    items = body.input_items()
    history: list[Item] = []
    if body.previous_response_id is not None:
        found = await run_in_threadpool(
            _store(state).conversation,
            key.tenant_id or "",
            body.previous_response_id,
            state.settings.limits.max_messages,
        )
        if found is None:
            raise _not_found(body.previous_response_id, "previous_response_id")
        history = found
    caller = Caller(key, request.state.request_id, request.state.trace_id)
    generation_request, placements, offset = body.to_request(caller, history, items)
    echo = _echo(body)
    keeping = _Keeping(state, key, body, echo, items, placements, offset)
    async with watching_disconnect(request) as cancel:
        generation = await state.pipeline.run(generation_request, cancel)
        if not body.stream:
            translation = Translation()
            async with aclosing(generation.events) as events:
                async for event in events:
                    translation.feed(event)
            await keeping.keep(generation, translation)
    if not body.stream:
        answer = response_body(
            echo, generation.model, translation.status, translation.output(), translation.usage
        )
        return JSONResponse(answer, headers=generation.headers)
    return EventStreamResponse(
        _stream(keeping, generation),
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"} | generation.headers,
    )


async def _stream(keeping: _Keeping, generation: Generation) -> AsyncIterator[bytes]:
    echo, model = keeping.echo, generation.model
    translation = Translation()
    opened = response_body(echo, model, "in_progress", [])
    yield sse(translation.event("response.created", response=opened)) + sse(
        translation.event("response.in_progress", response=opened)
    )
    events: AsyncGenerator[Event, None] = generation.events
    try:
        async with aclosing(events):
            async for event in events:
                if not isinstance(event, Settled):
                    out = translation.feed(event)
                    if out:
                        yield b"".join(map(sse, out))
                    continue
                # In the ledger: only now may the response look complete, and once it is stored.
                try:
                    await keeping.keep(generation, translation)
                except Exception:
                    log.exception("response %s could not be stored", echo.id)
                    yield sse(
                        translation.event(
                            "error",
                            code="response_not_stored",
                            message="the response could not be stored",
                            param=None,
                        )
                    )
                    return
                status = translation.status
                final = response_body(echo, model, status, translation.output(), translation.usage)
                yield sse(translation.event(f"response.{status}", response=final))
    except DomainError as error:
        # After the first byte there is no status code left: an error event ends the stream.
        yield sse(translation.event("error", code=error.code, message=error.message, param=error.param))


@router.get("/responses/{response_id}")
async def get_response(
    response_id: str,
    stream: bool = False,
    key: ApiKey = Depends(tenant_key),
    state: AppState = Depends(app_state),
) -> JSONResponse:
    if stream:
        raise ApiError(
            400,
            "stream: replaying a stored response as a stream is not supported",
            code="unsupported_parameter",
            param="stream",
        )
    # The stored responses are read from the database: the request rate first, as on every route.
    rate = await state.tenancy.check_rate(key)
    found = await run_in_threadpool(_store(state).get, key.tenant_id or "", response_id)
    if found is None:
        raise _not_found(response_id)
    return JSONResponse(found.body, headers=rate)


@router.delete("/responses/{response_id}")
async def delete_response(
    response_id: str, key: ApiKey = Depends(tenant_key), state: AppState = Depends(app_state)
) -> JSONResponse:
    rate = await state.tenancy.check_rate(key)
    if not await run_in_threadpool(_store(state).delete, key.tenant_id or "", response_id):
        raise _not_found(response_id)
    return JSONResponse({"id": response_id, "object": "response", "deleted": True}, headers=rate)


@router.get("/responses/{response_id}/input_items")
async def list_input_items(
    response_id: str,
    limit: int = Query(default=20, ge=1, le=100),
    order: Literal["asc", "desc"] = "desc",
    after: str | None = None,
    key: ApiKey = Depends(tenant_key),
    state: AppState = Depends(app_state),
) -> JSONResponse:
    rate = await state.tenancy.check_rate(key)
    found = await run_in_threadpool(_store(state).get, key.tenant_id or "", response_id)
    if found is None:
        raise _not_found(response_id)
    items = found.input_items if order == "asc" else list(reversed(found.input_items))
    if after is not None:
        ids = [item["id"] for item in items]
        if after not in ids:
            raise ApiError(
                400, f"after: no input item '{after}' in this response", code="invalid_value", param="after"
            )
        items = items[ids.index(after) + 1 :]
    page = items[:limit]
    return JSONResponse(
        {
            "object": "list",
            "data": page,
            "first_id": page[0]["id"] if page else "",
            "last_id": page[-1]["id"] if page else "",
            "has_more": len(items) > limit,
        },
        headers=rate,
    )
