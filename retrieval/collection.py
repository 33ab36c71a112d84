"""One collection on disk: SQLite chunks, plus the FAISS, BM25 and optional sparse indexes built from them."""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from retrieval.bm25 import Bm25Index
from retrieval.chunk_db import ChunkDB
from retrieval.dense import DenseIndex
from retrieval.locking import CollectionWriteLock
from retrieval.settings import RetrievalSettings
from retrieval.sparse import SparseVectorIndex

logger = logging.getLogger(__name__)

DB_FILE = "collection.sqlite"
_DENSE_FILE = "dense.faiss"
_BM25_DIR = "bm25"
_SPARSE_FILE = "sparse.npz"
_STAMP_FILE = "indexes.json"


class CollectionInfo(BaseModel):
    name: str
    owner: str
    shared_with: list[str]
    embedder: str
    dim: int
    created_at: str
    documents: int
    parents: int
    children: int
    dense_index: str
    sparse_index: bool


@dataclass(frozen=True)
class IndexSnapshot:
    """What a search reads; replaced as a whole by writers, never changed in place."""

    dense: DenseIndex
    bm25: Bm25Index
    sparse: SparseVectorIndex | None


class Collection:
    def __init__(self, name: str, folder: Path, settings: RetrievalSettings) -> None:
        self.name = name
        self.folder = folder
        self.db = ChunkDB(folder / DB_FILE)
        self._settings = settings
        # Held for every write: SQLite transaction, index update and index save, across processes too.
        self.write_lock = CollectionWriteLock(
            folder, name, settings.write_lock_timeout_s, on_acquire=self._refresh_after_other_writers
        )
        self._load_lock = threading.Lock()
        self._snapshot: IndexSnapshot | None = None
        self._generation = -1  # the SQLite generation the snapshot reflects
        self._stale = False  # another process wrote since; the next change rebuilds the dense index

    @classmethod
    def create(
        cls,
        name: str,
        folder: Path,
        settings: RetrievalSettings,
        *,
        owner: str,
        shared_with: list[str],
        embedder: str,
        dim: int,
        sparse: bool,
    ) -> Collection:
        folder.mkdir(parents=True, exist_ok=False)
        collection = cls(name, folder, settings)
        collection.db.set_meta(
            {
                "owner": owner,
                "shared_with": json.dumps(sorted(set(shared_with))),
                "embedder": embedder,
                "dim": str(dim),
                "sparse": json.dumps(sparse),
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
        )
        collection.rebuild_indexes()
        return collection

    # metadata -----------------------------------------------------------------------------------
    @property
    def owner(self) -> str:
        return self.db.get_meta("owner") or ""

    @property
    def shared_with(self) -> list[str]:
        return list(json.loads(self.db.get_meta("shared_with") or "[]"))

    @property
    def embedder_name(self) -> str:
        return self.db.get_meta("embedder") or ""

    @property
    def dim(self) -> int:
        return int(self.db.get_meta("dim") or 0)

    @property
    def uses_sparse(self) -> bool:
        return bool(json.loads(self.db.get_meta("sparse") or "false"))

    def set_shared_with(self, tenants: list[str]) -> None:
        self.db.set_meta({"shared_with": json.dumps(sorted(set(tenants)))})

    def info(self) -> CollectionInfo:
        documents, parents, children = self.db.counts()
        snapshot = self.snapshot()
        return CollectionInfo(
            name=self.name,
            owner=self.owner,
            shared_with=self.shared_with,
            embedder=self.embedder_name,
            dim=self.dim,
            created_at=self.db.get_meta("created_at") or "",
            documents=documents,
            parents=parents,
            children=children,
            dense_index=snapshot.dense.kind + (" (gpu)" if snapshot.dense.on_gpu else ""),
            sparse_index=snapshot.sparse is not None,
        )

    # indexes ------------------------------------------------------------------------------------
    def snapshot(self) -> IndexSnapshot:
        if self._snapshot is None:
            with self._load_lock:
                if self._snapshot is None:
                    self.load_indexes()
        assert self._snapshot is not None
        return self._snapshot

    def load_indexes(self) -> None:
        """Load the saved indexes, or rebuild them from SQLite when they are missing or stale."""
        try:
            generation = self.db.generation
            snapshot = self._load_saved(generation)
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            # RuntimeError: FAISS reports unreadable files that way.
            logger.warning("collection %s: rebuilding indexes (%s)", self.name, exc)
            self.rebuild_indexes()
            return
        self._snapshot, self._generation, self._stale = snapshot, generation, False

    def _load_saved(self, generation: int) -> IndexSnapshot:
        stamp = json.loads((self.folder / _STAMP_FILE).read_text())
        if stamp.get("generation") != generation:
            raise ValueError(f"index generation {stamp.get('generation')} != {generation}")
        dense = DenseIndex.load(self.folder / _DENSE_FILE, self.dim, ef_search=self._settings.hnsw_ef_search)
        bm25 = Bm25Index.load(self.folder / _BM25_DIR)
        sparse = SparseVectorIndex.load(self.folder / _SPARSE_FILE) if self.uses_sparse else None
        return IndexSnapshot(dense, bm25, sparse)

    def _refresh_after_other_writers(self) -> None:
        """Runs on taking the write lock: catch up with what other processes wrote meanwhile.

        Without this, a writer would apply its change to a dense index that lacks the other process's
        chunks and publish the result as current.
        """
        if self._snapshot is None:
            return  # nothing in memory yet: the first use loads or rebuilds from disk
        generation = self.db.generation
        if generation == self._generation:
            return
        try:
            self._snapshot, self._generation, self._stale = self._load_saved(generation), generation, False
            logger.info("collection %s: reloaded indexes written by another process", self.name)
        except (OSError, ValueError, KeyError, RuntimeError):
            self._stale = True  # the next apply_changes rebuilds from SQLite

    def rebuild_indexes(self) -> None:
        with self.write_lock:
            ids, vectors = self.db.all_vectors(self.dim)
            dense = self._build_dense(ids, vectors)
            del vectors  # at 1M children this is 1.5 GB; FAISS holds its own copy
            self._publish(dense)

    def _build_dense(self, ids: np.ndarray, vectors: np.ndarray) -> DenseIndex:
        s = self._settings
        return DenseIndex.build(
            ids,
            vectors,
            self.dim,
            hnsw_threshold=s.hnsw_threshold,
            hnsw_m=s.hnsw_m,
            ef_construction=s.hnsw_ef_construction,
            ef_search=s.hnsw_ef_search,
        )

    def apply_changes(self, added_ids: list[int], added_vectors: np.ndarray, removed_ids: list[int]) -> None:
        """Bring the indexes up to date after documents were written to or removed from SQLite."""
        with self.write_lock:
            if self._snapshot is None or self._stale:
                self.rebuild_indexes()  # reads every vector from SQLite, the changes included
                return
            current = self._snapshot.dense
            total = current.size + len(added_ids) - len(removed_ids)
            wants_hnsw = total > self._settings.hnsw_threshold and not current.on_gpu
            if (removed_ids and not current.supports_removal()) or wants_hnsw != (current.kind == "hnsw"):
                ids, vectors = self.db.all_vectors(self.dim)
                dense = self._build_dense(ids, vectors)
            else:
                dense = current
                if removed_ids:
                    dense = dense.with_removed(np.asarray(removed_ids, dtype=np.int64))
                if added_ids:
                    dense = dense.with_added(np.asarray(added_ids, dtype=np.int64), added_vectors)
            self._publish(dense)

    def _publish(self, dense: DenseIndex) -> None:
        s = self._settings
        generation = self.db.generation
        child_ids, texts = self.db.all_texts()
        bm25 = Bm25Index.build(
            child_ids, texts, stemmer_language=s.bm25_stemmer_language, stopwords=s.bm25_stopwords
        )
        sparse = None
        if self.uses_sparse:
            sparse_ids, weights = self.db.all_sparse()
            sparse = SparseVectorIndex.build(sparse_ids, weights)
        self._snapshot, self._generation, self._stale = IndexSnapshot(dense, bm25, sparse), generation, False
        # Saving is best effort: SQLite stays the truth, and a failed save only costs a rebuild on load.
        try:
            (self.folder / _STAMP_FILE).unlink(missing_ok=True)
            dense.save(self.folder / _DENSE_FILE)
            bm25.save(self.folder / _BM25_DIR)
            if sparse is not None:
                sparse.save(self.folder / _SPARSE_FILE)
            tmp = self.folder / (_STAMP_FILE + ".tmp")
            tmp.write_text(
                json.dumps({"generation": generation, "dense": dense.kind, "children": dense.size})
            )
            os.replace(tmp, self.folder / _STAMP_FILE)
        except OSError:
            logger.exception("collection %s: could not save indexes; they will be rebuilt on load", self.name)
