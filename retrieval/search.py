"""Hybrid search: dense top-N ∪ BM25 top-M → reciprocal rank fusion → cross-encoder → parents → context."""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Literal

import numpy as np
from opentelemetry import trace
from prometheus_client import Counter, Histogram
from pydantic import BaseModel, Field

from retrieval.chunk_db import ChildRow, ParentRow
from retrieval.collection import Collection, IndexSnapshot
from retrieval.embedders import Embedder, SparseEmbedder
from retrieval.errors import AsyncFilterError, InvalidQueryError
from retrieval.fusion import fuse
from retrieval.query_focus import focus_query
from retrieval.rerank import Reranker
from retrieval.settings import RetrievalSettings
from retrieval.store import CollectionStore

logger = logging.getLogger(__name__)
tracer = trace.get_tracer(__name__)

STAGE_SECONDS = Histogram(
    "stockade_retrieval_stage_seconds",
    "Time spent in each retrieval stage",
    ["stage"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
)
SEARCHES = Counter("stockade_retrieval_searches_total", "Searches run, by rerank mode", ["rerank"])
FILTERED = Counter("stockade_retrieval_filtered_chunks_total", "Parent chunks dropped by the document filter")

NO_RERANK = "none (fusion order)"

DocumentFilter = Callable[[str], bool | Awaitable[bool]]


class StageScores(BaseModel):
    """Scores of the best-ranked child of a hit at each stage (None: the stage did not return it)."""

    dense: float | None = None
    dense_rank: int | None = None
    bm25: float | None = None
    bm25_rank: int | None = None
    sparse: float | None = None
    sparse_rank: int | None = None
    rrf: float
    rerank: float | None = None


class Citation(BaseModel):
    number: int
    source: str
    title: str
    page: int | None
    page_end: int | None
    heading_path: list[str]
    document_id: str
    parent_id: int


class SearchHit(BaseModel):
    rank: int
    citation: int
    parent_id: int
    child_id: int
    document_id: str
    source: str
    title: str
    page: int | None
    page_end: int | None
    heading_path: list[str]
    text: str
    matched_text: str
    scores: StageScores


class FilteredChunk(BaseModel):
    parent_id: int
    document_id: str
    source: str
    page: int | None


class CandidateCounts(BaseModel):
    dense: int
    bm25: int
    sparse: int
    fused: int
    reranked: int
    parents: int


class SearchResponse(BaseModel):
    collection: str
    query: str
    dense_query: str | None = Field(
        default=None,
        description="What the dense embedder (and, unless long_query_bm25 is 'whole', BM25) read when the "
        "query was longer than the embedder's window: its question; None when it read the query itself.",
    )
    rerank: str
    order: str
    hits: list[SearchHit]
    context: str
    citations: list[Citation]
    filtered: list[FilteredChunk]
    candidates: CandidateCounts


@dataclass
class _Candidate:
    child: ChildRow
    scores: StageScores


RankingMethod = Literal["dense", "bm25", "sparse", "hybrid", "hybrid+rerank"]


@dataclass
class _Stages:
    rankings: dict[str, list[int]]
    fused: list[int]
    stage_of: dict[int, StageScores]
    dense_query: str


@dataclass
class _Ranked:
    """Parents in final order, before the document filter picks the top_k that survive it."""

    collection: str
    query: str
    dense_query: str | None
    rerank: str
    parents: list[tuple[ParentRow, _Candidate]]
    counts: CandidateCounts
    fusion: str = "reciprocal rank fusion"


class Searcher:
    def __init__(
        self,
        store: CollectionStore,
        embedder: Embedder,
        settings: RetrievalSettings,
        reranker: Reranker | None = None,
    ) -> None:
        self._store = store
        self._embedder = embedder
        self._settings = settings
        self._reranker = reranker

    def search(
        self,
        collection: str,
        query: str,
        tenant: str,
        top_k: int | None = None,
        document_filter: Callable[[str], bool] | None = None,
    ) -> SearchResponse:
        ranked = self._rank(collection, query, tenant, top_k)
        kept: list[tuple[ParentRow, _Candidate]] = []
        filtered: list[FilteredChunk] = []
        for parent, candidate in ranked.parents:
            if len(kept) >= (top_k or self._settings.top_k):
                break
            verdict = True if document_filter is None else document_filter(parent.text)
            if inspect.isawaitable(verdict):
                if asyncio.iscoroutine(verdict):
                    verdict.close()
                raise AsyncFilterError("document_filter returned an awaitable; call asearch() instead")
            _keep_or_drop(bool(verdict), parent, candidate, kept, filtered)
        return _compose(ranked, kept, filtered)

    async def asearch(
        self,
        collection: str,
        query: str,
        tenant: str,
        top_k: int | None = None,
        document_filter: DocumentFilter | None = None,
    ) -> SearchResponse:
        """The same pipeline with the model work in a worker thread and an optionally async filter."""
        ranked = await asyncio.to_thread(self._rank, collection, query, tenant, top_k)
        kept: list[tuple[ParentRow, _Candidate]] = []
        filtered: list[FilteredChunk] = []
        for parent, candidate in ranked.parents:
            if len(kept) >= (top_k or self._settings.top_k):
                break
            verdict = True if document_filter is None else document_filter(parent.text)
            if inspect.isawaitable(verdict):
                verdict = await verdict
            _keep_or_drop(bool(verdict), parent, candidate, kept, filtered)
        return _compose(ranked, kept, filtered)

    def validate(self, query: str, top_k: int | None) -> None:
        s = self._settings
        if not isinstance(query, str) or not query.strip():
            raise InvalidQueryError("query must be a non-empty string")
        if len(query) > s.max_query_chars:
            raise InvalidQueryError(
                f"query is {len(query)} characters long; retrieval accepts at most {s.max_query_chars} "
                "(max_query_chars)"
            )
        if top_k is not None and not 1 <= top_k <= 100:
            raise InvalidQueryError("top_k must be between 1 and 100")

    def _candidates(self, collection: Collection, query: str) -> _Stages:
        s = self._settings
        snapshot = collection.snapshot()
        # A query longer than the embedder's window is searched by its question (retrieval/query_focus.py).
        focus = focus_query(query, self._embedder, snapshot.bm25.key_terms, s.long_query_key_terms)
        lexical = query if s.long_query_bm25 == "whole" else focus.text
        # BM25 needs no embedding, so it runs while the query is embedded; both release the GIL.
        # copy_context carries the current span over, so rag.bm25_search keeps its parent.
        bm25_future: Future[tuple[np.ndarray, np.ndarray]] | None = None
        if s.bm25_in_parallel:
            bm25_future = _BM25_POOL.submit(
                contextvars.copy_context().run, _bm25_stage, snapshot, lexical, s.bm25_top_k
            )
        with _stage("rag.embed_query", "embed_query") as span:
            vector = self._embedder.embed([focus.text])[0]
            span.set_attribute("rag.query_chars", len(query))
            span.set_attribute("rag.query_focused", focus.focused)
            span.set_attribute("rag.dense_query_chars", len(focus.text))
        with _stage("rag.vector_search", "vector_search") as span:
            dense_ids, dense_scores = snapshot.dense.search(vector, s.dense_top_k)
            span.set_attribute("rag.candidates", len(dense_ids))
            span.set_attribute("rag.index", snapshot.dense.kind)
        if bm25_future is not None:
            bm25_ids, bm25_scores = bm25_future.result()
        else:
            bm25_ids, bm25_scores = _bm25_stage(snapshot, lexical, s.bm25_top_k)
        sparse_ids = sparse_scores = np.zeros(0, dtype=np.int64)
        if snapshot.sparse is not None and isinstance(self._embedder, SparseEmbedder):
            with _stage("rag.sparse_search", "sparse_search") as span:
                query_weights = self._embedder.embed_sparse([lexical])[0]
                sparse_ids, sparse_scores = snapshot.sparse.search(query_weights, s.sparse_top_k)
                span.set_attribute("rag.candidates", len(sparse_ids))

        rankings = {"dense": dense_ids.tolist(), "bm25": bm25_ids.tolist(), "sparse": sparse_ids.tolist()}
        weights = {"dense": s.rrf_dense_weight, "bm25": s.rrf_bm25_weight, "sparse": s.rrf_sparse_weight}
        stage_scores = {
            "dense": dense_scores.tolist(),
            "bm25": bm25_scores.tolist(),
            "sparse": sparse_scores.tolist(),
        }
        fused = fuse(rankings, stage_scores, method=s.fusion, k=s.rrf_k, weights=weights)
        stage_of: dict[int, StageScores] = {cid: StageScores(rrf=score) for cid, score in fused}
        for field_name, ids, scores in (
            ("dense", dense_ids, dense_scores),
            ("bm25", bm25_ids, bm25_scores),
            ("sparse", sparse_ids, sparse_scores),
        ):
            for rank, (cid, score) in enumerate(zip(ids.tolist(), scores.tolist(), strict=True), start=1):
                setattr(stage_of[cid], field_name, float(score))
                setattr(stage_of[cid], f"{field_name}_rank", rank)
        return _Stages(rankings, [cid for cid, _ in fused], stage_of, focus.text)

    def _rank(self, name: str, query: str, tenant: str, top_k: int | None) -> _Ranked:
        with tracer.start_as_current_span("rag.search") as span:
            span.set_attribute("rag.collection", name)
            return self._rank_in_span(name, query, tenant, top_k)

    def _rank_in_span(self, name: str, query: str, tenant: str, top_k: int | None) -> _Ranked:
        self.validate(query, top_k)
        collection = self._store.for_read(name, tenant)
        stages = self._candidates(collection, query)
        # The cross-encoder reads a window too (and cuts the longer of query and passage at its end), so
        # it gets the same focused query as the embedder.
        ordered = self._rerank(collection, stages.dense_query, stages.fused, stages.stage_of)
        parents = self._fetch_parents(collection, ordered)
        rerank_label = self._reranker.name if self._reranker is not None else NO_RERANK
        SEARCHES.labels("cross-encoder" if self._reranker is not None else "none").inc()
        counts = CandidateCounts(
            dense=len(stages.rankings["dense"]),
            bm25=len(stages.rankings["bm25"]),
            sparse=len(stages.rankings["sparse"]),
            fused=len(stages.fused),
            reranked=sum(1 for c in ordered if c.scores.rerank is not None),
            parents=len(parents),
        )
        focused = stages.dense_query if stages.dense_query != query else None
        fusion = "reciprocal rank fusion" if self._settings.fusion == "rrf" else "min-max score fusion"
        return _Ranked(collection.name, query, focused, rerank_label, parents, counts, fusion)

    def rank_children(self, name: str, query: str, tenant: str, method: RankingMethod) -> list[ChildRow]:
        """Child chunks in the order one stage produces them, before parent mapping (for evaluation)."""
        self.validate(query, None)
        collection = self._store.for_read(name, tenant)
        stages = self._candidates(collection, query)
        if method in ("dense", "bm25", "sparse"):
            ids = stages.rankings[method]
        elif method == "hybrid":
            ids = stages.fused
        elif method == "hybrid+rerank":
            ordered = self._rerank(collection, stages.dense_query, stages.fused, stages.stage_of)
            return [c.child for c in ordered]
        else:
            raise InvalidQueryError(f"unknown ranking method {method!r}")
        rows = collection.db.children(ids)
        return [rows[i] for i in ids if i in rows]

    def _rerank(
        self, collection: Collection, query: str, fused_ids: list[int], stage_of: dict[int, StageScores]
    ) -> list[_Candidate]:
        with _stage("rag.rerank", "rerank") as span:
            rows = collection.db.children(fused_ids)
            candidates = [_Candidate(rows[cid], stage_of[cid]) for cid in fused_ids if cid in rows]
            span.set_attribute("rag.reranker", self._reranker.name if self._reranker else NO_RERANK)
            if self._reranker is None or not candidates:
                span.set_attribute("rag.candidates", 0)
                return candidates
            head = candidates[: self._settings.rerank_candidates]
            span.set_attribute("rag.candidates", len(head))
            scores = self._reranker.score(query, [c.child.indexed_text for c in head])
            for candidate, score in zip(head, scores.tolist(), strict=True):
                candidate.scores.rerank = float(score)
            # Stable sort: equal cross-encoder scores keep their fusion order. Candidates past the rerank
            # budget follow in fusion order, so a document filter that drops many still has material.
            head = sorted(head, key=lambda c: -(c.scores.rerank or 0.0))
            return head + candidates[self._settings.rerank_candidates :]

    def _fetch_parents(
        self, collection: Collection, ordered: list[_Candidate]
    ) -> list[tuple[ParentRow, _Candidate]]:
        with _stage("rag.fetch_parent", "fetch_parent") as span:
            best: dict[int, _Candidate] = {}
            for candidate in ordered:  # first occurrence is the best-ranked child of that parent
                best.setdefault(candidate.child.parent_id, candidate)
            rows = collection.db.parents(list(best))
            span.set_attribute("rag.candidates", len(ordered))
            span.set_attribute("rag.parents", len(best))
            return [(rows[pid], c) for pid, c in best.items() if pid in rows]


class _StageTimer:
    def __init__(self, span_name: str, stage: str) -> None:
        self._span_cm = tracer.start_as_current_span(span_name)
        self._stage = stage
        self._started = 0.0

    def __enter__(self) -> trace.Span:
        self._started = time.perf_counter()
        return self._span_cm.__enter__()

    def __exit__(self, *exc: object) -> None:
        STAGE_SECONDS.labels(self._stage).observe(time.perf_counter() - self._started)
        self._span_cm.__exit__(*exc)  # type: ignore[arg-type]


def _stage(span_name: str, stage: str) -> _StageTimer:
    return _StageTimer(span_name, stage)


_BM25_POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="rag-bm25")


def _bm25_stage(snapshot: IndexSnapshot, query: str, k: int) -> tuple[np.ndarray, np.ndarray]:
    with _stage("rag.bm25_search", "bm25_search") as span:
        ids, scores = snapshot.bm25.search(query, k)
        span.set_attribute("rag.candidates", len(ids))
        span.set_attribute("rag.query_chars", len(query))
    return ids, scores


def _keep_or_drop(
    keep: bool,
    parent: ParentRow,
    candidate: _Candidate,
    kept: list[tuple[ParentRow, _Candidate]],
    filtered: list[FilteredChunk],
) -> None:
    if keep:
        kept.append((parent, candidate))
        return
    FILTERED.inc()
    logger.warning("document filter dropped parent chunk %d of %s", parent.id, parent.source)
    filtered.append(
        FilteredChunk(
            parent_id=parent.id, document_id=parent.document_id, source=parent.source, page=parent.page
        )
    )


def _location(page: int | None, page_end: int | None) -> str:
    if page is None:
        return ""
    return f", p. {page}" if page_end in (None, page) else f", pp. {page}-{page_end}"


def _compose(
    ranked: _Ranked, kept: list[tuple[ParentRow, _Candidate]], filtered: list[FilteredChunk]
) -> SearchResponse:
    hits: list[SearchHit] = []
    citations: list[Citation] = []
    blocks: list[str] = []
    for number, (parent, candidate) in enumerate(kept, start=1):
        hits.append(
            SearchHit(
                rank=number,
                citation=number,
                parent_id=parent.id,
                child_id=candidate.child.id,
                document_id=parent.document_id,
                source=parent.source,
                title=parent.title,
                page=parent.page,
                page_end=parent.page_end,
                heading_path=list(parent.heading_path),
                text=parent.text,
                matched_text=candidate.child.text,
                scores=candidate.scores,
            )
        )
        citations.append(
            Citation(
                number=number,
                source=parent.source,
                title=parent.title,
                page=parent.page,
                page_end=parent.page_end,
                heading_path=list(parent.heading_path),
                document_id=parent.document_id,
                parent_id=parent.id,
            )
        )
        heading = f" — {' > '.join(parent.heading_path)}" if parent.heading_path else ""
        blocks.append(
            f"[{number}] {parent.title} ({parent.source}{_location(parent.page, parent.page_end)}){heading}\n"
            f"{parent.text}"
        )
    order = "cross-encoder rerank" if ranked.rerank != NO_RERANK else ranked.fusion
    return SearchResponse(
        collection=ranked.collection,
        query=ranked.query,
        dense_query=ranked.dense_query,
        rerank=ranked.rerank,
        order=order,
        hits=hits,
        context="\n\n".join(blocks),
        citations=citations,
        filtered=filtered,
        candidates=ranked.counts,
    )
