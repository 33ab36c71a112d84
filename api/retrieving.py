"""RAG in the request path: the tenant's collections, searched with every retrieved passage scanned
for indirect prompt injection before it can enter a prompt."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from api.errors import ApiError
from guard import GuardPipeline
from retrieval.errors import (
    CollectionBusyError,
    CollectionExistsError,
    CollectionNotFoundError,
    DocumentNotFoundError,
    EmbedderMismatchError,
    IngestError,
    InvalidNameError,
    InvalidQueryError,
    PermissionDeniedError,
    RetrievalError,
)
from retrieval.search import SearchResponse
from retrieval.service import Retrieval
from retrieval.settings import RetrievalSettings

log = logging.getLogger(__name__)

CONTEXT_INSTRUCTIONS = (
    "Answer the question using only the numbered context passages below. Cite the passages you use "
    "with their numbers in square brackets, like [1]. If the context does not contain the answer, say so."
)


def retrieval_settings(data_dir: Path, overrides: dict[str, Any]) -> RetrievalSettings:
    return RetrievalSettings.model_validate({"data_dir": data_dir / "retrieval"} | overrides)


def to_api_error(exc: RetrievalError) -> ApiError:
    if isinstance(exc, CollectionNotFoundError | DocumentNotFoundError):
        return ApiError(404, str(exc), code="not_found")
    if isinstance(exc, PermissionDeniedError):
        return ApiError(403, str(exc), code="permission_denied")
    if isinstance(exc, CollectionExistsError):
        return ApiError(409, str(exc), code="collection_exists")
    if isinstance(exc, CollectionBusyError):  # another writer holds it; nothing was written
        return ApiError(409, str(exc), code="collection_busy", headers={"Retry-After": "5"})
    if isinstance(exc, IngestError):
        return ApiError(400, str(exc), code="ingest_failed")
    if isinstance(exc, InvalidNameError | InvalidQueryError | EmbedderMismatchError):
        return ApiError(400, str(exc), code="invalid_value")
    return ApiError(400, str(exc), code="retrieval_error")


class RetrievalService:
    """Built once the embedding model is loaded (it shares that model instead of loading another)."""

    def __init__(self, settings: RetrievalSettings) -> None:
        self.settings = settings
        self.retrieval: Retrieval | None = None
        self.error: str | None = None

    def build(self, sentence_transformer: Any) -> None:
        from retrieval.embedders import SentenceTransformerEmbedder

        try:
            embedder = None
            if self.settings.embedder == "sentence-transformers" and self.settings.embedder_path is None:
                embedder = SentenceTransformerEmbedder(sentence_transformer)
            self.retrieval = Retrieval(self.settings, embedder=embedder)
        except Exception as exc:
            self.error = f"{type(exc).__name__}: {exc}"
            log.error("retrieval failed to start: %s", self.error)
            raise

    def require(self) -> Retrieval:
        if self.retrieval is None:
            raise ApiError(
                503,
                f"retrieval is not ready ({self.error or 'loading'})",
                code="retrieval_not_ready",
                headers={"Retry-After": "5"},
            )
        return self.retrieval

    async def search(
        self, collection: str, query: str, tenant: str, top_k: int | None, pipeline: GuardPipeline | None
    ) -> SearchResponse:
        retrieval = self.require()

        async def clean(text: str) -> bool:
            if pipeline is None:
                return True
            return (await pipeline.scan_document(text)).verdict != "blocked"

        try:
            return await retrieval.asearch(collection, query, tenant, top_k, document_filter=clean)
        except RetrievalError as exc:
            raise to_api_error(exc) from exc


def citations_json(response: SearchResponse) -> list[dict[str, Any]]:
    return [c.model_dump() for c in response.citations]
