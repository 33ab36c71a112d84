"""Two processes writing one collection data folder: the file lock serialises them (or refuses with
CollectionBusyError), a crashed holder never leaves the collection locked, and neither writer publishes
indexes that miss the other's chunks. The other process is a real Python process running the real
retrieval code (and, in the last test, its own MiniLM)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import make_retrieval

from retrieval import CollectionBusyError, SentenceTransformerEmbedder

REPO = Path(__file__).resolve().parents[2]

DOCS = {
    "cafeteria.md": "# Cafeteria\n\nThe staff cafeteria opens at seven and serves lunch until two.\n",
    "badges.md": "# Badges\n\nBadge readers log every entry to the vault room for ninety days.\n",
    "parking.md": "# Parking\n\nVisitors park on level minus two and show the ticket at reception.\n",
    "printers.md": "# Printers\n\nColour printing needs a cost centre code entered at the printer.\n",
}


def _python(code: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={
            "PYTHONPATH": str(REPO),
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "PATH": "/usr/bin:/bin",
        },
    )


def _hold_lock(folder: Path) -> subprocess.Popen[str]:
    """Another process that takes the collection's write lock and keeps it until told (or killed)."""
    holder = _python(
        f"""
        import sys
        from pathlib import Path
        from retrieval.locking import CollectionWriteLock
        lock = CollectionWriteLock(Path({str(folder)!r}), "shared", timeout_s=30)
        lock.acquire()
        print("locked", flush=True)
        sys.stdin.readline()
        lock.release()
        """
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked", holder.stderr.read() if holder.stderr else ""
    return holder


def _state(retrieval: object) -> tuple[object, ...]:
    from retrieval import Retrieval

    assert isinstance(retrieval, Retrieval)
    info = retrieval.collection_info("shared", "acme")
    sources = sorted(str(d["source"]) for d in retrieval.list_documents("shared", "acme"))
    return info.documents, info.children, sources


def test_a_write_waits_for_another_process_then_fails_clearly_and_writes_nothing(
    embedder: SentenceTransformerEmbedder, tmp_path: Path
) -> None:
    retrieval = make_retrieval(tmp_path, embedder, write_lock_timeout_s=0.3)
    retrieval.ingest_bytes("cafeteria.md", DOCS["cafeteria.md"].encode(), "shared", "acme")
    folder = tmp_path / "collections" / "shared"
    before = _state(retrieval)

    holder = _hold_lock(folder)
    try:
        with pytest.raises(CollectionBusyError, match=rf"another process \(pid {holder.pid}\)"):
            retrieval.ingest_bytes("badges.md", DOCS["badges.md"].encode(), "shared", "acme")
        with pytest.raises(CollectionBusyError):
            retrieval.delete_document(
                "shared", "acme", str(retrieval.list_documents("shared", "acme")[0]["id"])
            )
        assert _state(retrieval) == before
        # Searching never needs the lock.
        assert retrieval.search("shared", "when does the cafeteria open", "acme").hits
    finally:
        holder.communicate("release\n", timeout=30)
    assert holder.returncode == 0

    result = retrieval.ingest_bytes("badges.md", DOCS["badges.md"].encode(), "shared", "acme")
    assert result.status == "ingested" and _state(retrieval)[0] == 2


def test_a_crashed_lock_holder_does_not_leave_the_collection_locked(
    embedder: SentenceTransformerEmbedder, tmp_path: Path
) -> None:
    retrieval = make_retrieval(tmp_path, embedder, write_lock_timeout_s=0.3)
    retrieval.ingest_bytes("cafeteria.md", DOCS["cafeteria.md"].encode(), "shared", "acme")
    holder = _hold_lock(tmp_path / "collections" / "shared")
    with pytest.raises(CollectionBusyError):
        retrieval.ingest_bytes("badges.md", DOCS["badges.md"].encode(), "shared", "acme")
    holder.kill()  # SIGKILL: no clean-up runs; the kernel drops the flock with the process
    holder.wait(timeout=30)
    assert (
        retrieval.ingest_bytes("badges.md", DOCS["badges.md"].encode(), "shared", "acme").status == "ingested"
    )


def test_two_processes_writing_one_collection_keep_every_chunk_in_every_index(
    embedder: SentenceTransformerEmbedder, tmp_path: Path
) -> None:
    first = make_retrieval(tmp_path, embedder)
    first.ingest_bytes("cafeteria.md", DOCS["cafeteria.md"].encode(), "shared", "acme")
    collection = first.store.for_write("shared", "acme")

    # The other process ingests while this one holds the lock (and writes through it): it waits, then
    # writes on top of what this process wrote, whichever order the two end up in.
    with collection.write_lock:
        other = _python(
            f"""
            import torch
            torch.set_num_threads(1)
            from pathlib import Path
            from retrieval import Retrieval, RetrievalSettings
            settings = RetrievalSettings(data_dir=Path({str(tmp_path)!r}), write_lock_timeout_s=300)
            retrieval = Retrieval(settings)
            result = retrieval.ingest_bytes("badges.md", {DOCS["badges.md"].encode()!r}, "shared", "acme")
            print(result.status, result.children, flush=True)
            """
        )
        first.ingest_bytes("parking.md", DOCS["parking.md"].encode(), "shared", "acme")
    out, err = other.communicate(timeout=300)
    assert other.returncode == 0, err[-2000:]
    assert out.split()[0] == "ingested"

    # This process's indexes lack the other's chunks now; its next write must not publish them so.
    first.ingest_bytes("printers.md", DOCS["printers.md"].encode(), "shared", "acme")

    for retrieval in (first, make_retrieval(tmp_path, embedder)):  # this process, and a fresh load
        info = retrieval.collection_info("shared", "acme")
        assert info.documents == 4
        snapshot = retrieval.store.for_read("shared", "acme").snapshot()
        assert snapshot.dense.size == snapshot.bm25.size == info.children
        for source, query in (
            ("badges.md", "how long are vault entries logged"),
            ("parking.md", "where do visitors park"),
            ("printers.md", "colour printing cost centre"),
            ("cafeteria.md", "when does the cafeteria open"),
        ):
            top = retrieval.search("shared", query, "acme", top_k=1).hits[0]
            assert top.source == source and top.scores.dense is not None, (source, top)
