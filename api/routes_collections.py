"""Retrieval collections: create, share, upload documents, search. A tenant sees only its own
collections and those shared with it; only the owner may change one."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from api.auth import tenant_key
from api.errors import ApiError
from api.schemas import Text
from api.state import AppState, app_state
from pipeline.retrieving import domain_error
from retrieval.errors import RetrievalError
from tenancy.storage import ApiKey

router = APIRouter(prefix="/v1/collections")


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


@router.post("", status_code=201)
async def create_collection(
    body: CollectionCreate, key: ApiKey = Depends(tenant_key), state: AppState = Depends(app_state)
) -> dict[str, Any]:
    await state.tenancy.allowed(key, collection=body.name)
    retrieval = state.retrieval.require()
    info = await _call(retrieval.create_collection, body.name, _tenant(key), body.shared_with)
    return {"object": "collection"} | info.model_dump()


@router.get("")
async def list_collections(
    key: ApiKey = Depends(tenant_key), state: AppState = Depends(app_state)
) -> dict[str, Any]:
    infos = await _call(state.retrieval.require().list_collections, _tenant(key))
    permitted = await state.tenancy.permitted(key, "collections")
    return {"object": "list", "data": [i.model_dump() for i in infos if permitted(i.name)]}


@router.get("/{name}")
async def get_collection(
    name: str, key: ApiKey = Depends(collection_key), state: AppState = Depends(app_state)
) -> dict[str, Any]:
    info = await _call(state.retrieval.require().collection_info, name, _tenant(key))
    return {"object": "collection"} | info.model_dump()


@router.delete("/{name}")
async def delete_collection(
    name: str, key: ApiKey = Depends(collection_key), state: AppState = Depends(app_state)
) -> dict[str, Any]:
    await _call(state.retrieval.require().delete_collection, name, _tenant(key))
    return {"object": "collection", "name": name, "deleted": True}


@router.post("/{name}/share")
async def share_collection(
    name: str, body: ShareRequest, key: ApiKey = Depends(collection_key), state: AppState = Depends(app_state)
) -> dict[str, Any]:
    info = await _call(state.retrieval.require().share, name, _tenant(key), body.tenant)
    return {"object": "collection"} | info.model_dump()


@router.post("/{name}/documents", status_code=201)
async def upload_document(
    name: str,
    body: DocumentUpload,
    key: ApiKey = Depends(collection_key),
    state: AppState = Depends(app_state),
) -> dict[str, Any]:
    if (body.content is None) == (body.content_base64 is None):
        raise ApiError(400, "give exactly one of content and content_base64", param="content")
    if body.content is not None:
        data = body.content.encode("utf-8")
    else:
        try:
            data = base64.b64decode(body.content_base64 or "", validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ApiError(400, "content_base64 is not valid base64", param="content_base64") from exc
    result = await _call(state.retrieval.require().ingest_bytes, body.filename, data, name, _tenant(key))
    if result.status == "failed":
        raise ApiError(400, f"{body.filename}: {result.error}", code="ingest_failed", param="content")
    return {"object": "collection.document", "collection": name} | vars(result)


@router.get("/{name}/documents")
async def list_documents(
    name: str, key: ApiKey = Depends(collection_key), state: AppState = Depends(app_state)
) -> dict[str, Any]:
    documents = await _call(state.retrieval.require().list_documents, name, _tenant(key))
    return {"object": "list", "data": documents}


@router.delete("/{name}/documents/{document_id}")
async def delete_document(
    name: str, document_id: str, key: ApiKey = Depends(collection_key), state: AppState = Depends(app_state)
) -> dict[str, Any]:
    removed = await _call(state.retrieval.require().delete_document, name, _tenant(key), document_id)
    return {"object": "collection.document", "id": document_id, "deleted": True, "chunks_removed": removed}


@router.post("/{name}/search")
async def search(
    name: str,
    body: SearchRequest,
    key: ApiKey = Depends(collection_key),
    state: AppState = Depends(app_state),
) -> dict[str, Any]:
    pipeline = state.guards.for_app(None)
    response = await state.retrieval.search(name, body.query, _tenant(key), body.top_k, pipeline)
    return {"object": "collection.search"} | response.model_dump()
