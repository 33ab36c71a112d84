"""One SQLite file per collection: the source of truth for documents, chunks and their vectors.

FAISS, BM25 and sparse indexes are derived from it and stamped with its `generation`; a stamp that
disagrees (a crash between a commit and an index save) makes the collection rebuild them on load.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from retrieval.chunking import ParentChunk

logger = logging.getLogger(__name__)

SparseWeights = dict[int, float]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, source TEXT UNIQUE NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL,
    content_hash TEXT NOT NULL, size_bytes INTEGER NOT NULL, parents INTEGER NOT NULL,
    children INTEGER NOT NULL, ingested_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS parents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL, text TEXT NOT NULL, page INTEGER, page_end INTEGER,
    heading_path TEXT NOT NULL, tokens INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS children (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id INTEGER NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL, ordinal INTEGER NOT NULL, text TEXT NOT NULL, page INTEGER,
    heading_path TEXT NOT NULL, tokens INTEGER NOT NULL, vector BLOB NOT NULL, sparse TEXT,
    header TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS parents_by_document ON parents(document_id);
CREATE INDEX IF NOT EXISTS children_by_document ON children(document_id);
CREATE INDEX IF NOT EXISTS children_by_parent ON children(parent_id);
"""


@dataclass(frozen=True)
class DocumentRow:
    id: str
    source: str
    title: str
    kind: str
    content_hash: str
    size_bytes: int
    parents: int
    children: int
    ingested_at: str


@dataclass(frozen=True)
class ChildRow:
    id: int
    parent_id: int
    document_id: str
    text: str
    page: int | None
    heading_path: tuple[str, ...]
    header: str = ""

    @property
    def indexed_text(self) -> str:
        """What the embedder, BM25 and the reranker see: the header line, then the chunk."""
        return f"{self.header}\n{self.text}" if self.header else self.text


@dataclass(frozen=True)
class ParentRow:
    id: int
    document_id: str
    source: str
    title: str
    text: str
    page: int | None
    page_end: int | None
    heading_path: tuple[str, ...]


class ChunkDB:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        with self._connect() as con:
            con.execute("PRAGMA journal_mode=WAL")
            con.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        # One connection per thread (FastAPI runs blocking calls in a pool), kept open: closing the last
        # connection makes SQLite checkpoint the WAL, which cost more than the writes themselves.
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            con.execute("PRAGMA foreign_keys=ON")
            # In WAL mode NORMAL cannot corrupt the file; a power cut loses at most the last commits, which
            # a resumed ingest simply redoes (their hashes are not recorded yet).
            con.execute("PRAGMA synchronous=NORMAL")
            # A deleted document's text is overwritten, not merely unlinked from the b-tree: a
            # retention purge or a deletion must leave nothing readable in the file (see `_erase_wal`).
            con.execute("PRAGMA secure_delete=ON")
            self._local.con = con
        yield con

    def close(self) -> None:
        """Close this thread's connection (others close when their threads end)."""
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None

    @contextmanager
    def _transaction(self, *, changes_chunks: bool = True) -> Iterator[sqlite3.Connection]:
        with self._connect() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
                if changes_chunks:  # only chunk changes make the saved indexes stale
                    con.execute(
                        "INSERT INTO meta(key, value) VALUES('generation', '1') ON CONFLICT(key) "
                        "DO UPDATE SET value = CAST(value AS INTEGER) + 1"
                    )
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise

    def _erase_wal(self) -> None:
        """After a commit that deleted chunks: the WAL still holds the pages as they were written
        (the deleted text included) until a checkpoint copies the zeroed pages over them; truncating
        it now makes the deletion reach the disk at once rather than at some later checkpoint."""
        with self._connect() as con:
            busy, _, _ = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            logger.warning("%s: a reader kept the WAL from being truncated after a deletion", self.path)

    def get_meta(self, key: str) -> str | None:
        with self._connect() as con:
            row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, values: dict[str, str]) -> None:
        with self._transaction(changes_chunks=False) as con:
            con.executemany(
                "INSERT INTO meta(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                list(values.items()),
            )

    @property
    def generation(self) -> int:
        return int(self.get_meta("generation") or 0)

    def document_by_source(self, source: str) -> DocumentRow | None:
        with self._connect() as con:
            row = con.execute("SELECT * FROM documents WHERE source = ?", (source,)).fetchone()
        return None if row is None else DocumentRow(*row)

    def document(self, document_id: str) -> DocumentRow | None:
        with self._connect() as con:
            row = con.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
        return None if row is None else DocumentRow(*row)

    def documents(self) -> list[DocumentRow]:
        with self._connect() as con:
            return [DocumentRow(*r) for r in con.execute("SELECT * FROM documents ORDER BY source")]

    def counts(self) -> tuple[int, int, int]:
        with self._connect() as con:
            row = con.execute(
                "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM parents), "
                "(SELECT COUNT(*) FROM children)"
            ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def replace_document(
        self,
        document_id: str,
        source: str,
        title: str,
        kind: str,
        content_hash: str,
        size_bytes: int,
        parents: Sequence[ParentChunk],
        vectors: np.ndarray,
        sparse: Sequence[SparseWeights] | None = None,
        headers: Sequence[str] | None = None,
    ) -> tuple[list[int], list[int]]:
        """Write a document and its chunks in one transaction, replacing an older version of it.

        Returns (new child ids in vector order, child ids that were removed).
        """
        n_children = sum(len(p.children) for p in parents)
        if vectors.shape[0] != n_children or (sparse is not None and len(sparse) != n_children):
            raise ValueError("one vector (and sparse row) per child chunk is required")
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        with self._transaction() as con:
            removed = [
                r[0] for r in con.execute("SELECT id FROM children WHERE document_id = ?", (document_id,))
            ]
            con.execute("DELETE FROM documents WHERE id = ?", (document_id,))
            con.execute(
                "INSERT INTO documents VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document_id,
                    source,
                    title,
                    kind,
                    content_hash,
                    size_bytes,
                    len(parents),
                    n_children,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            )
            row = 0
            for p_ordinal, parent in enumerate(parents):
                cur = con.execute(
                    "INSERT INTO parents(document_id, ordinal, text, page, page_end, heading_path, tokens) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?)",
                    (
                        document_id,
                        p_ordinal,
                        parent.text,
                        parent.page,
                        parent.page_end,
                        json.dumps(parent.heading_path),
                        parent.tokens,
                    ),
                )
                parent_id = cur.lastrowid
                first = row
                con.executemany(
                    "INSERT INTO children(parent_id, document_id, ordinal, text, page, heading_path, "
                    "tokens, vector, sparse, header) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            parent_id,
                            document_id,
                            first + i,
                            child.text,
                            child.page,
                            json.dumps(child.heading_path),
                            child.tokens,
                            vectors[first + i].tobytes(),
                            None if sparse is None else json.dumps(sparse[first + i]),
                            "" if headers is None else headers[first + i],
                        )
                        for i, child in enumerate(parent.children)
                    ],
                )
                row += len(parent.children)
            added = [
                r[0]
                for r in con.execute(
                    "SELECT id FROM children WHERE document_id = ? ORDER BY id", (document_id,)
                )
            ]
        if removed:  # an older version's text was deleted
            self._erase_wal()
        return added, removed

    def delete_document(self, document_id: str) -> list[int] | None:
        """Remove a document; returns its removed child ids, or None when it did not exist."""
        with self._transaction() as con:
            if con.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is None:
                return None
            removed = [
                r[0] for r in con.execute("SELECT id FROM children WHERE document_id = ?", (document_id,))
            ]
            con.execute("DELETE FROM documents WHERE id = ?", (document_id,))
        self._erase_wal()
        return removed

    def children(self, ids: Sequence[int]) -> dict[int, ChildRow]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        with self._connect() as con:
            rows = con.execute(
                "SELECT id, parent_id, document_id, text, page, heading_path, header FROM children "
                f"WHERE id IN ({marks})",
                [int(i) for i in ids],
            ).fetchall()
        return {r[0]: ChildRow(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])), r[6]) for r in rows}

    def parents(self, ids: Sequence[int]) -> dict[int, ParentRow]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        with self._connect() as con:
            rows = con.execute(
                "SELECT p.id, p.document_id, d.source, d.title, p.text, p.page, p.page_end, p.heading_path "
                f"FROM parents p JOIN documents d ON d.id = p.document_id WHERE p.id IN ({marks})",
                [int(i) for i in ids],
            ).fetchall()
        return {
            r[0]: ParentRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(json.loads(r[7]))) for r in rows
        }

    def all_vectors(self, dim: int, batch: int = 16_384) -> tuple[np.ndarray, np.ndarray]:
        """(child ids, vectors) in id order, read in batches into one preallocated array.

        Fetching every row first held each vector twice (row tuples, then the joined bytes): about 3.2 GB
        for 1M children at 384 dimensions, against 1.5 GB for the array itself.
        """
        with self._connect() as con:
            con.execute("BEGIN")  # one snapshot for the count and the rows
            try:
                n = int(con.execute("SELECT COUNT(*) FROM children").fetchone()[0])
                ids = np.empty(n, dtype=np.int64)
                vectors = np.empty((n, dim), dtype=np.float32)
                cursor = con.execute("SELECT id, vector FROM children ORDER BY id")
                done = 0
                while rows := cursor.fetchmany(batch):
                    ids[done : done + len(rows)] = [r[0] for r in rows]
                    vectors[done : done + len(rows)] = np.frombuffer(
                        b"".join(r[1] for r in rows), dtype=np.float32
                    ).reshape(len(rows), dim)
                    done += len(rows)
            finally:
                con.execute("COMMIT")
        return ids, vectors

    def all_texts(self) -> tuple[list[int], list[str]]:
        """(child ids, indexed texts: header line plus chunk) in id order."""
        with self._connect() as con:
            rows = con.execute("SELECT id, header, text FROM children ORDER BY id").fetchall()
        return [r[0] for r in rows], [f"{r[1]}\n{r[2]}" if r[1] else r[2] for r in rows]

    def all_sparse(self) -> tuple[list[int], list[SparseWeights]]:
        with self._connect() as con:
            rows = con.execute("SELECT id, sparse FROM children ORDER BY id").fetchall()
        return [r[0] for r in rows], [{int(k): v for k, v in json.loads(r[1] or "{}").items()} for r in rows]
