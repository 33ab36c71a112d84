"""Ingest files into a collection: parse, chunk, embed, write; skip unchanged files, replace changed ones.

Each file is committed to SQLite in its own transaction after it was fully parsed and embedded, so a bad
file leaves nothing behind and an interrupted run resumes where it stopped (finished files hash-match and
are skipped). Indexes are refreshed once per call.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np
from opentelemetry import trace
from prometheus_client import Counter, Histogram

from retrieval.chunking import Chunker, ParentChunk
from retrieval.collection import Collection
from retrieval.embedders import Embedder, SparseEmbedder
from retrieval.errors import (
    CollectionBusyError,
    DocumentNotFoundError,
    IngestError,
    UnsupportedFileTypeError,
)
from retrieval.loaders import SUPPORTED_EXTENSIONS, ParsedDocument, parse_document
from retrieval.store import CollectionStore

logger = logging.getLogger(__name__)
tracer = trace.get_tracer(__name__)

FILES = Counter("stockade_retrieval_ingest_files_total", "Files seen by ingest, by outcome", ["status"])
CHUNKS = Counter("stockade_retrieval_ingest_chunks_total", "Child chunks written by ingest")
FILE_SECONDS = Histogram(
    "stockade_retrieval_ingest_file_seconds",
    "Time to parse, chunk, embed and store one file",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
)

FileStatus = Literal["ingested", "replaced", "skipped", "failed"]


@dataclass(frozen=True)
class FileResult:
    source: str
    status: FileStatus
    document_id: str | None = None
    parents: int = 0
    children: int = 0
    error: str | None = None


@dataclass(frozen=True)
class IngestProgress:
    done: int
    total: int
    last: FileResult
    children: int
    elapsed_s: float

    @property
    def files_per_s(self) -> float:
        return self.done / self.elapsed_s if self.elapsed_s > 0 else 0.0


@dataclass
class IngestReport:
    collection: str
    files: list[FileResult] = field(default_factory=list)
    elapsed_s: float = 0.0

    def count(self, status: FileStatus) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]


ProgressCallback = Callable[[IngestProgress], None]


@dataclass(frozen=True)
class PreparedFile:
    """A file parsed and chunked, nothing embedded or written yet. `texts` are what writing it will
    embed, so that a caller can charge for them first; none when the stored copy is the same
    (`document` is then None)."""

    source: str
    content_hash: str
    size_bytes: int
    document: ParsedDocument | None
    parents: list[ParentChunk] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


def document_id_for(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, plus every supported file below each folder (sorted, so runs are repeatable)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS
            )
        else:
            found.append(path)
    unique: dict[Path, None] = dict.fromkeys(p.resolve() if p.exists() else p for p in found)
    return list(unique)


@dataclass
class _Pending:
    added_ids: list[int] = field(default_factory=list)
    added_vectors: list[np.ndarray] = field(default_factory=list)
    removed_ids: list[int] = field(default_factory=list)


class Ingestor:
    def __init__(
        self,
        store: CollectionStore,
        embedder: Embedder,
        chunker: Chunker,
        *,
        sparse: bool = False,
        chunk_headers: bool = True,
    ) -> None:
        self._chunk_headers = chunk_headers
        self._store = store
        self._embedder = embedder
        self._chunker = chunker
        self._sparse = sparse and isinstance(embedder, SparseEmbedder)

    def _collection(self, name: str, tenant: str, create: bool) -> Collection:
        if create and not self._store.exists(name):
            return self._store.create(name, tenant)
        return self._store.for_write(name, tenant)

    def ingest(
        self,
        paths: Sequence[str | Path],
        collection: str,
        tenant: str,
        progress_callback: ProgressCallback | None = None,
        *,
        create: bool = True,
    ) -> IngestReport:
        """Ingest files and folders; per-file failures are reported, never raised."""
        target = self._collection(collection, tenant, create)
        files = expand_paths(paths)
        report = IngestReport(collection)
        pending = _Pending()
        started = time.perf_counter()
        children_done = 0
        with tracer.start_as_current_span("rag.ingest") as span, target.write_lock:
            span.set_attribute("rag.collection", collection)
            span.set_attribute("rag.files", len(files))
            try:
                for path in files:
                    result = self._ingest_path(target, path, pending)
                    report.files.append(result)
                    children_done += result.children
                    if progress_callback is not None:
                        progress_callback(
                            IngestProgress(
                                len(report.files),
                                len(files),
                                result,
                                children_done,
                                time.perf_counter() - started,
                            )
                        )
            finally:
                # Even when interrupted, publish what was committed so searches see it right away.
                self._apply(target, pending)
            span.set_attribute("rag.children", children_done)
        report.elapsed_s = time.perf_counter() - started
        return report

    def ingest_bytes(
        self, name: str, data: bytes, collection: str, tenant: str, *, create: bool = True
    ) -> FileResult:
        """Ingest one uploaded file (the admin upload API); raises IngestError when it cannot be read."""
        target = self._collection(collection, tenant, create)
        pending = _Pending()
        with target.write_lock:
            try:
                result = self._ingest_data(target, name, data, pending)
            finally:
                self._apply(target, pending)
        return result

    def prepare_bytes(self, name: str, data: bytes, collection: str, tenant: str) -> PreparedFile:
        """Parse and chunk one upload without embedding or writing anything (not even the collection);
        raises IngestError when it cannot be read, and refuses a tenant that may not write there."""
        existing = None
        if self._store.exists(collection):
            existing = self._store.for_write(collection, tenant).db.document_by_source(name)
        return self._prepare(name, data, existing.content_hash if existing is not None else None)

    def ingest_prepared(
        self, prepared: PreparedFile, collection: str, tenant: str, *, create: bool = True
    ) -> FileResult:
        """Embed and write what `prepare_bytes` returned, in one transaction."""
        target = self._collection(collection, tenant, create)
        pending = _Pending()
        with target.write_lock:
            try:
                result = self._write(target, prepared, pending, time.perf_counter())
            finally:
                self._apply(target, pending)
        return result

    def delete_document(self, collection: str, tenant: str, document_id: str) -> int:
        """Remove a document from SQLite, FAISS, BM25 and the sparse index; returns child chunks removed."""
        target = self._store.for_write(collection, tenant)
        with target.write_lock:
            removed = target.db.delete_document(document_id)
            if removed is None:
                raise DocumentNotFoundError(
                    f"document {document_id!r} not found in collection {collection!r}"
                )
            target.apply_changes([], np.zeros((0, target.dim), dtype=np.float32), removed)
        logger.info("collection %s: document %s deleted (%d chunks)", collection, document_id, len(removed))
        return len(removed)

    def _header(self, title: str, heading_path: tuple[str, ...]) -> str:
        """'Title > Section > Subsection': names a chunk whose own text never says what it is about."""
        if not self._chunk_headers:
            return ""
        parts = list(heading_path)
        if title and (not parts or parts[0] != title):
            parts.insert(0, title)
        return " > ".join(parts)

    def _apply(self, target: Collection, pending: _Pending) -> None:
        if not pending.added_ids and not pending.removed_ids:
            return
        vectors = (
            np.concatenate(pending.added_vectors)
            if pending.added_vectors
            else np.zeros((0, target.dim), dtype=np.float32)
        )
        target.apply_changes(pending.added_ids, vectors, pending.removed_ids)

    def _ingest_path(self, target: Collection, path: Path, pending: _Pending) -> FileResult:
        source = str(path)
        try:
            if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
                raise UnsupportedFileTypeError(source, "unsupported file type")
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise IngestError(source, f"cannot read file ({exc.strerror or exc})") from exc
            return self._ingest_data(target, source, data, pending)
        except IngestError as exc:
            FILES.labels("failed").inc()
            logger.warning("ingest failed: %s", exc)
            return FileResult(source, "failed", error=str(exc))

    def _ingest_data(self, target: Collection, source: str, data: bytes, pending: _Pending) -> FileResult:
        started = time.perf_counter()
        existing = target.db.document_by_source(source)
        prepared = self._prepare(source, data, existing.content_hash if existing is not None else None)
        return self._write(target, prepared, pending, started)

    def _prepare(self, source: str, data: bytes, stored_hash: str | None) -> PreparedFile:
        content_hash = hashlib.sha256(data).hexdigest()
        if stored_hash == content_hash:
            return PreparedFile(source, content_hash, len(data), None)
        parsed = parse_document(source, data)
        parents = self._chunker.split(parsed.blocks)
        children = [c for p in parents for c in p.children]
        headers = [self._header(parsed.title, c.heading_path) for c in children]
        texts = [f"{h}\n{c.text}" if h else c.text for h, c in zip(headers, children, strict=True)]
        return PreparedFile(source, content_hash, len(data), parsed, parents, headers, texts)

    def _write(
        self, target: Collection, prepared: PreparedFile, pending: _Pending, started: float
    ) -> FileResult:
        source = prepared.source
        existing = target.db.document_by_source(source)
        if existing is not None and existing.content_hash == prepared.content_hash:
            FILES.labels("skipped").inc()
            return FileResult(source, "skipped", existing.id, existing.parents, 0)
        parsed = prepared.document
        if parsed is None:
            # Prepared as unchanged, but another writer replaced or removed the stored copy since:
            # embedding it now would embed what nobody was charged for.
            raise CollectionBusyError(f"{source} changed in the collection while it was uploaded; retry")
        vectors = self._embedder.embed(prepared.texts)
        sparse = self._embedder.embed_sparse(prepared.texts) if self._sparse else None  # type: ignore[attr-defined]
        added, removed = target.db.replace_document(
            document_id_for(source),
            source,
            parsed.title,
            parsed.kind,
            prepared.content_hash,
            prepared.size_bytes,
            prepared.parents,
            vectors,
            sparse,
            prepared.headers,
        )
        pending.added_ids += added
        pending.added_vectors.append(vectors)
        pending.removed_ids += removed
        status: FileStatus = "replaced" if existing is not None else "ingested"
        FILES.labels(status).inc()
        CHUNKS.inc(len(added))
        FILE_SECONDS.observe(time.perf_counter() - started)
        return FileResult(source, status, document_id_for(source), len(prepared.parents), len(added))
