"""Retrieval collections: create, share, upload documents, search. A tenant sees only its own
collections and those shared with it; only the owner may change one.

The routes that do work (create, upload, delete a document, search) are admitted and metered as
/v1/embeddings is: the request rate first, before anything is parsed or counted; then the daily
token quota reserves the tokens they embed (an upload's chunks, a search's query, counted as
/v1/embeddings counts its inputs), refusing with 429 before anything is embedded or written; and a
ledger row per request, under the embedding model's name and price.

The routes that only read or share (list collections, read one, list its documents, share it) and
deleting a collection embed nothing and are not metered, but take a request from the rate all the
same, after the allow-lists and before anything is read: a tenant over its request rate gets the
same 429 here as everywhere else. Their answers carry the request-rate headers."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from api.auth import tenant_key
from api.errors import ApiError
from api.json_body import JsonBodyRoute
from api.schemas import Text
from api.state import AppState, app_state
from inference.engine import Usage
from pipeline.metering import Meter, admit_embedding, metered
from pipeline.retrieving import domain_error
from retrieval.errors import RetrievalError
from tenancy.storage import ApiKey

router = APIRouter(prefix="/v1/collections", route_class=JsonBodyRoute)


class CollectionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=64)
    shared_with: list[str] = Field(default_factory=list)


class DocumentUpload(BaseModel):
    model_config = ConfigDict(extra="forbid")

    filename: str = Field(min_length=1, max_length=255, description="its extension picks the parser")
    content: Text | None = Field(default=None, description="text content (Markdown, HTML, plain text)")
    content_base64: str | None = Field(default=None, description="binary content (PDF), base64-encoded")


class SearchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # No max_length here: retrieval's max_query_chars (100,000 by default) is the one bound, answered with
    # a 400 that names it; the body limit (limits.max_body_bytes) still caps what is read.
    query: Text = Field(min_length=1)
    top_k: int | None = Field(default=None, ge=1, le=50)


class ShareRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tenant: str = Field(min_length=1)


async def _call(func: Any, *args: Any) -> Any:
    try:
        return await run_in_threadpool(func, *args)
    except RetrievalError as exc:
        raise domain_error(exc) from exc


async def collection_key(
    name: str, key: ApiKey = Depends(tenant_key), state: AppState = Depends(app_state)
) -> ApiKey:
    """The tenant key, for a collection on its allow-lists (403 `collection_not_allowed` otherwise)."""
    await state.tenancy.allowed(key, collection=name)
    return key


def _tenant(key: ApiKey) -> str:
    assert key.tenant_name is not None
    return key.tenant_name


async def _admit(
    request: Request, state: AppState, key: ApiKey, route: str, tokens: int, rate: dict[str, str]
) -> Meter:
    """Reserves `tokens` of embedding (the request rate was taken by `check_rate`, whose headers
    are `rate`); 429 when the daily quota or the monthly budget cannot cover them."""
    model = state.retrieval.model
    assert model is not None  # set with the retrieval that `require` returned
    return await admit_embedding(
        state.tenancy, model, key, request.state.request_id, request.state.trace_id, route, tokens, rate=rate
    )


def _usage(tokens: int) -> dict[str, int]:
    return {"prompt_tokens": tokens, "total_tokens": tokens}


@router.post("", status_code=201)
async def create_collection(
    body: CollectionCreate,
    request: Request,
    key: ApiKey = Depends(tenant_key),
    state: AppState = Depends(app_state),
) -> JSONResponse:
    await state.tenancy.allowed(key, collection=body.name)
    retrieval = state.retrieval.require()
    rate = await state.tenancy.check_rate(key)
    # Embeds nothing, so it reserves nothing; a day's quota already overspent still refuses it.
    meter = await _admit(request, state, key, "collections.create", 0, rate)
    work = _call(retrieval.create_collection, body.name, _tenant(key), body.shared_with)
    info = await metered(meter, work)
    await meter.finish(Usage(0, 0), status="ok", http_status=201)
    return JSONResponse(
        {"object": "collection"} | info.model_dump(mode="json"),
        status_code=201,
        headers=meter.admission.headers,
    )


@router.get("")
async def list_collections(
    key: ApiKey = Depends(tenant_key), state: AppState = Depends(app_state)
) -> JSONResponse:
    retrieval = state.retrieval.require()
    rate = await state.tenancy.check_rate(key)
    infos = await _call(retrieval.list_collections, _tenant(key))
    permitted = await state.tenancy.permitted(key, "collections")
    return JSONResponse(
        {"object": "list", "data": [i.model_dump(mode="json") for i in infos if permitted(i.name)]},
        headers=rate,
    )


@router.get("/{name}")
async def get_collection(
    name: str, key: ApiKey = Depends(collection_key), state: AppState = Depends(app_state)
) -> JSONResponse:
    retrieval = state.retrieval.require()
    rate = await state.tenancy.check_rate(key)
    info = await _call(retrieval.collection_info, name, _tenant(key))
    return JSONResponse({"object": "collection"} | info.model_dump(mode="json"), headers=rate)


@router.delete("/{name}")
async def delete_collection(
    name: str, key: ApiKey = Depends(collection_key), state: AppState = Depends(app_state)
) -> JSONResponse:
    retrieval = state.retrieval.require()
    rate = await state.tenancy.check_rate(key)
    await _call(retrieval.delete_collection, name, _tenant(key))
    return JSONResponse({"object": "collection", "name": name, "deleted": True}, headers=rate)


@router.post("/{name}/share")
async def share_collection(
    name: str, body: ShareRequest, key: ApiKey = Depends(collection_key), state: AppState = Depends(app_state)
) -> JSONResponse:
    retrieval = state.retrieval.require()
    rate = await state.tenancy.check_rate(key)
    info = await _call(retrieval.share, name, _tenant(key), body.tenant)
    return JSONResponse({"object": "collection"} | info.model_dump(mode="json"), headers=rate)


@router.post("/{name}/documents", status_code=201)
async def upload_document(
    name: str,
    body: DocumentUpload,
    request: Request,
    key: ApiKey = Depends(collection_key),
    state: AppState = Depends(app_state),
) -> JSONResponse:
    if (body.content is None) == (body.content_base64 is None):
        raise ApiError(400, "give exactly one of content and content_base64", param="content")
    if body.content is not None:
        data = body.content.encode("utf-8")
    else:
        try:
            data = base64.b64decode(body.content_base64 or "", validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ApiError(400, "content_base64 is not valid base64", param="content_base64") from exc
    retrieval = state.retrieval.require()
    rate = await state.tenancy.check_rate(key)
    # Parsed and chunked first, writing nothing, so that what embedding it costs is known before the
    # quota is asked; a refusal leaves no document and no collection behind.
    prepared = await _call(retrieval.prepare_bytes, body.filename, data, name, _tenant(key))
    tokens = sum(await run_in_threadpool(retrieval.token_counts, prepared.texts))
    meter = await _admit(request, state, key, "collections.documents", tokens, rate)
    result = await metered(meter, _call(retrieval.ingest_prepared, prepared, name, _tenant(key)))
    # An unchanged file is skipped: nothing was embedded, and the reservation goes back.
    embedded = tokens if result.status != "skipped" else 0
    await meter.finish(Usage(embedded, 0), status="ok", http_status=201)
    return JSONResponse(
        {"object": "collection.document", "collection": name} | vars(result) | {"usage": _usage(embedded)},
        status_code=201,
        headers=meter.admission.headers,
    )


@router.get("/{name}/documents")
async def list_documents(
    name: str, key: ApiKey = Depends(collection_key), state: AppState = Depends(app_state)
) -> JSONResponse:
    retrieval = state.retrieval.require()
    rate = await state.tenancy.check_rate(key)
    documents = await _call(retrieval.list_documents, name, _tenant(key))
    return JSONResponse(jsonable_encoder({"object": "list", "data": documents}), headers=rate)


@router.delete("/{name}/documents/{document_id}")
async def delete_document(
    name: str,
    document_id: str,
    request: Request,
    key: ApiKey = Depends(collection_key),
    state: AppState = Depends(app_state),
) -> JSONResponse:
    retrieval = state.retrieval.require()
    rate = await state.tenancy.check_rate(key)
    # Embeds nothing, but rebuilds the collection's lexical index: rate-limited and metered.
    meter = await _admit(request, state, key, "collections.documents.delete", 0, rate)
    removed = await metered(meter, _call(retrieval.delete_document, name, _tenant(key), document_id))
    await meter.finish(Usage(0, 0), status="ok", http_status=200)
    return JSONResponse(
        {"object": "collection.document", "id": document_id, "deleted": True, "chunks_removed": removed},
        headers=meter.admission.headers,
    )


@router.post("/{name}/search")
async def search(
    name: str,
    body: SearchRequest,
    request: Request,
    key: ApiKey = Depends(collection_key),
    state: AppState = Depends(app_state),
) -> JSONResponse:
    retrieval = state.retrieval.require()
    tenant = _tenant(key)
    await _call(retrieval.check_query, body.query, body.top_k)
    rate = await state.tenancy.check_rate(key)
    # A collection the caller cannot read answers 404 before anything is counted or reserved.
    await _call(retrieval.collection_info, name, tenant)
    # The whole query is charged, as /v1/embeddings would count it: a query longer than the
    # embedder's window is read whole (focused, and searched by BM25) before its question is embedded.
    (tokens,) = await run_in_threadpool(retrieval.token_counts, [body.query])
    meter = await _admit(request, state, key, "collections.search", tokens, rate)
    pipeline = state.guards.for_app(None)
    response = await metered(meter, state.retrieval.search(name, body.query, tenant, body.top_k, pipeline))
    await meter.finish(Usage(tokens, 0), status="ok", http_status=200)
    return JSONResponse(
        {"object": "collection.search"} | response.model_dump(mode="json") | {"usage": _usage(tokens)},
        headers=meter.admission.headers,
    )
