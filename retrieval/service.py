"""`Retrieval`: the one object the api layer builds from RetrievalSettings and calls."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from retrieval.chunk_db import ChildRow
from retrieval.chunking import Chunker, CountTokens
from retrieval.collection import CollectionInfo
from retrieval.embedders import Embedder, SparseEmbedder, build_embedder
from retrieval.ingest import FileResult, Ingestor, IngestReport, PreparedFile, ProgressCallback
from retrieval.rerank import CrossEncoderReranker, Reranker
from retrieval.search import DocumentFilter, RankingMethod, Searcher, SearchResponse
from retrieval.settings import RetrievalSettings
from retrieval.store import CollectionStore

logger = logging.getLogger(__name__)


class Retrieval:
    """Collections, ingest and search. Thread-safe; blocking methods belong in a worker thread."""

    def __init__(
        self,
        settings: RetrievalSettings,
        embedder: Embedder | None = None,
        reranker: Reranker | None = None,
        count_tokens: CountTokens | None = None,
    ) -> None:
        self.settings = settings
        self.embedder = embedder if embedder is not None else build_embedder(settings)
        if reranker is None and settings.reranker_path is not None:
            reranker = CrossEncoderReranker(
                settings.reranker_path, device=settings.device, batch_size=settings.rerank_batch_size
            )
        self.reranker = reranker
        sparse = settings.bge_m3_sparse and isinstance(self.embedder, SparseEmbedder)
        if settings.bge_m3_sparse and not sparse:
            logger.warning(
                "bge_m3_sparse is set but the embedder has no sparse output; using dense + BM25 only"
            )
        # Headers ride along with each child into the embedder, so leave them room in its window.
        header_room = 32 if settings.chunk_headers else 0
        child_tokens = min(settings.child_tokens, self.embedder.max_tokens - header_room)
        if child_tokens < settings.child_tokens:
            logger.info(
                "child chunks capped at %d tokens, the embedder's maximum sequence length", child_tokens
            )
        self.chunker = Chunker(
            count_tokens or self.embedder.count_tokens,
            parent_tokens=max(settings.parent_tokens, child_tokens),
            child_tokens=child_tokens,
        )
        self.store = CollectionStore(
            settings, embedder_name=self.embedder.name, dim=self.embedder.dim, sparse=sparse
        )
        self._ingestor = Ingestor(
            self.store, self.embedder, self.chunker, sparse=sparse, chunk_headers=settings.chunk_headers
        )
        self._searcher = Searcher(self.store, self.embedder, settings, self.reranker)

    # collections ------------------------------------------------------------------------------
    def create_collection(self, name: str, tenant: str, shared_with: Sequence[str] = ()) -> CollectionInfo:
        return self.store.create(name, tenant, list(shared_with)).info()

    def list_collections(self, tenant: str) -> list[CollectionInfo]:
        return self.store.list(tenant)

    def collection_info(self, name: str, tenant: str) -> CollectionInfo:
        return self.store.for_read(name, tenant).info()

    def share(self, name: str, owner: str, tenant: str) -> CollectionInfo:
        return self.store.share(name, owner, tenant)

    def unshare(self, name: str, owner: str, tenant: str) -> CollectionInfo:
        return self.store.unshare(name, owner, tenant)

    def delete_collection(self, name: str, owner: str) -> None:
        self.store.delete(name, owner)

    # documents --------------------------------------------------------------------------------
    def ingest(
        self,
        paths: Sequence[str | Path],
        collection: str,
        tenant: str,
        progress_callback: ProgressCallback | None = None,
        *,
        create: bool = True,
    ) -> IngestReport:
        return self._ingestor.ingest(paths, collection, tenant, progress_callback, create=create)

    def ingest_bytes(
        self, name: str, data: bytes, collection: str, tenant: str, *, create: bool = True
    ) -> FileResult:
        return self._ingestor.ingest_bytes(name, data, collection, tenant, create=create)

    def prepare_bytes(self, name: str, data: bytes, collection: str, tenant: str) -> PreparedFile:
        """Parse and chunk an upload, writing nothing: its `texts` are what `ingest_prepared` embeds."""
        return self._ingestor.prepare_bytes(name, data, collection, tenant)

    def ingest_prepared(
        self, prepared: PreparedFile, collection: str, tenant: str, *, create: bool = True
    ) -> FileResult:
        return self._ingestor.ingest_prepared(prepared, collection, tenant, create=create)

    def list_documents(self, collection: str, tenant: str) -> list[dict[str, object]]:
        return [vars(d) for d in self.store.for_read(collection, tenant).db.documents()]

    def delete_document(self, collection: str, tenant: str, document_id: str) -> int:
        return self._ingestor.delete_document(collection, tenant, document_id)

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        """What embedding these texts costs, counted as /v1/embeddings counts its inputs."""
        return self.embedder.token_counts(texts)

    # search -----------------------------------------------------------------------------------
    def check_query(self, query: str, top_k: int | None = None) -> None:
        """Raises InvalidQueryError for a query `search` would refuse, before anything is counted."""
        self._searcher.validate(query, top_k)

    def search(
        self,
        collection: str,
        query: str,
        tenant: str,
        top_k: int | None = None,
        document_filter: DocumentFilter | None = None,
    ) -> SearchResponse:
        return self._searcher.search(collection, query, tenant, top_k, document_filter)  # type: ignore[arg-type]

    async def asearch(
        self,
        collection: str,
        query: str,
        tenant: str,
        top_k: int | None = None,
        document_filter: DocumentFilter | None = None,
    ) -> SearchResponse:
        return await self._searcher.asearch(collection, query, tenant, top_k, document_filter)

    def rank_children(
        self, collection: str, query: str, tenant: str, method: RankingMethod
    ) -> list[ChildRow]:
        """Child chunks ranked by one stage ("dense", "bm25", "sparse", "hybrid", "hybrid+rerank")."""
        return self._searcher.rank_children(collection, query, tenant, method)
