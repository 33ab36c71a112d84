"""Retrieval for Stockade: ingest, parent/child chunks, FAISS + BM25 hybrid search, reranking, citations."""

from retrieval.chunking import ChildChunk, Chunker, ParentChunk
from retrieval.collection import CollectionInfo
from retrieval.embedders import BGEM3Embedder, Embedder, SentenceTransformerEmbedder, SparseEmbedder
from retrieval.errors import (
    AsyncFilterError,
    CollectionAccessDeniedError,
    CollectionBusyError,
    CollectionExistsError,
    CollectionNotFoundError,
    DocumentNotFoundError,
    DocumentParseError,
    EmbedderMismatchError,
    IngestError,
    InvalidNameError,
    InvalidQueryError,
    PermissionDeniedError,
    RetrievalError,
    UnsupportedFileTypeError,
)
from retrieval.ingest import FileResult, IngestProgress, IngestReport
from retrieval.rerank import CrossEncoderReranker, Reranker
from retrieval.search import NO_RERANK, Citation, SearchHit, SearchResponse
from retrieval.service import Retrieval
from retrieval.settings import RetrievalSettings

__all__ = [
    "NO_RERANK",
    "AsyncFilterError",
    "BGEM3Embedder",
    "ChildChunk",
    "Chunker",
    "Citation",
    "CollectionAccessDeniedError",
    "CollectionBusyError",
    "CollectionExistsError",
    "CollectionInfo",
    "CollectionNotFoundError",
    "CrossEncoderReranker",
    "DocumentNotFoundError",
    "DocumentParseError",
    "Embedder",
    "EmbedderMismatchError",
    "FileResult",
    "IngestError",
    "IngestProgress",
    "IngestReport",
    "InvalidNameError",
    "InvalidQueryError",
    "ParentChunk",
    "PermissionDeniedError",
    "Reranker",
    "Retrieval",
    "RetrievalError",
    "RetrievalSettings",
    "SearchHit",
    "SearchResponse",
    "SentenceTransformerEmbedder",
    "SparseEmbedder",
    "UnsupportedFileTypeError",
]
