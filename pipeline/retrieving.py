"""RAG in the request path: the tenant's collections, searched with every retrieved passage scanned
for indirect prompt injection before it can enter a prompt."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guard.scanner import ScanContext
from inference.catalog import ModelEntry, Price
from inference.engine import ChatMessage
from pipeline.errors import Conflict, DomainError, Forbidden, InvalidRequest, NotFound, NotReady
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

if TYPE_CHECKING:
    from guard.pipeline import GuardPipeline

log = logging.getLogger(__name__)

CONTEXT_INSTRUCTIONS = (
    "Answer the question using only the numbered context passages below. Cite the passages you use "
    "with their numbers in square brackets, like [1]. If the context does not contain the answer, say so."
)


def retrieval_settings(data_dir: Path, overrides: dict[str, Any]) -> RetrievalSettings:
    return RetrievalSettings.model_validate({"data_dir": data_dir / "retrieval"} | overrides)


def domain_error(exc: RetrievalError) -> DomainError:
    if isinstance(exc, CollectionNotFoundError | DocumentNotFoundError):
        return NotFound(str(exc), code="not_found")
    if isinstance(exc, PermissionDeniedError):
        return Forbidden(str(exc), code="permission_denied")
    if isinstance(exc, CollectionExistsError):
        return Conflict(str(exc), code="collection_exists")
    if isinstance(exc, CollectionBusyError):  # another writer holds it; nothing was written
        return Conflict(str(exc), code="collection_busy", retry_after_s=5)
    if isinstance(exc, IngestError):
        return InvalidRequest(str(exc), code="ingest_failed")
    if isinstance(exc, InvalidNameError | InvalidQueryError | EmbedderMismatchError):
        return InvalidRequest(str(exc), code="invalid_value")
    return InvalidRequest(str(exc), code="retrieval_error")


@dataclass(frozen=True)
class EmbeddingModel:
    """The model collections embed with, as the ledger names it and tenancy prices it."""

    id: str
    engine: str
    price: Price


class RetrievalService:
    """Built once the embedding model is loaded (it shares that model instead of loading another)."""

    def __init__(self, settings: RetrievalSettings) -> None:
        self.settings = settings
        self.retrieval: Retrieval | None = None
        self.model: EmbeddingModel | None = None
        self.error: str | None = None

    def build(self, sentence_transformer: Any, entry: ModelEntry, engine: str) -> None:
        """`entry` is the catalog's embedding model whose `sentence_transformer` was loaded; collections
        are charged as that model unless retrieval's settings name a model of their own."""
        from retrieval.embedders import SentenceTransformerEmbedder

        try:
            embedder = None
            if self.settings.embedder == "sentence-transformers" and self.settings.embedder_path is None:
                embedder = SentenceTransformerEmbedder(sentence_transformer)
            retrieval = Retrieval(self.settings, embedder=embedder)
            # A model outside the catalog has no price: its tokens are counted against the quota and
            # metered, at no cost.
            self.model = (
                EmbeddingModel(entry.id, engine, entry.price_per_1k)
                if embedder is not None
                else EmbeddingModel(retrieval.embedder.name, "retrieval", Price(input=0, output=0))
            )
            self.retrieval = retrieval
        except Exception as exc:
            self.error = f"{type(exc).__name__}: {exc}"
            log.error("retrieval failed to start: %s", self.error)
            raise

    def require(self) -> Retrieval:
        if self.retrieval is None or self.model is None:
            raise NotReady(
                f"retrieval is not ready ({self.error or 'loading'})",
                code="retrieval_not_ready",
                retry_after_s=5,
            )
        return self.retrieval

    async def query_tokens(self, collection: str, query: str, tenant: str, top_k: int | None) -> int:
        """What searching `collection` for `query` embeds, counted as /v1/embeddings counts it (the
        whole query). A query the search would refuse, or a collection the tenant cannot read, fails
        here, before anything is reserved."""
        retrieval = self.require()
        try:
            await asyncio.to_thread(retrieval.check_query, query, top_k)
            await asyncio.to_thread(retrieval.collection_info, collection, tenant)
            (tokens,) = await asyncio.to_thread(retrieval.token_counts, [query])
        except RetrievalError as exc:
            raise domain_error(exc) from exc
        return tokens

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
            raise domain_error(exc) from exc


def citations_json(response: SearchResponse) -> list[dict[str, Any]]:
    return [c.model_dump() for c in response.citations]


def retrieval_query(messages: list[ChatMessage]) -> str:
    """What RAG searches for: the caller's last question."""
    return next((m.content for m in reversed(messages) if m.role == "user"), "")


def with_context(
    found: SearchResponse,
    collection: str,
    messages: list[ChatMessage],
    ctx: ScanContext,
    extensions: dict[str, Any],
) -> list[ChatMessage]:
    """Put the numbered passages found for the caller's last question before the conversation; the
    answer carries their sources in the `citations` extension field."""
    # The composed context too: answers often restate a passage's citation line as well as its text.
    ctx.retrieved_context = (found.context, *(hit.text for hit in found.hits)) if found.context else ()
    extensions["citations"] = citations_json(found)
    extensions["retrieval"] = {
        "collection": collection,
        "order": found.order,
        "rerank": found.rerank,
        "filtered": len(found.filtered),
    }
    if not found.context:
        return messages
    return [ChatMessage("system", f"{CONTEXT_INSTRUCTIONS}\n\n{found.context}"), *messages]
