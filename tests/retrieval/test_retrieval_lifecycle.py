"""Persistence, re-ingest, deletion, bad files, HNSW, the reranker path and the BGE-M3 path."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from conftest import make_retrieval
from retrieval_samples import ASTRONOMY_TXT, PDF_PAGES, make_pdf

from retrieval import (
    BGEM3Embedder,
    CollectionExistsError,
    CrossEncoderReranker,
    DocumentNotFoundError,
    DocumentParseError,
    EmbedderMismatchError,
    IngestProgress,
    Retrieval,
    RetrievalSettings,
    SentenceTransformerEmbedder,
    UnsupportedFileTypeError,
)

ZEBRA = "Zebras graze on the savanna. Marker: KETTLEDRUM.\n\nThey live in herds and have striped coats."


def _sources(retrieval: Retrieval, collection: str, query: str) -> list[str]:
    return [Path(h.source).name for h in retrieval.search(collection, query, "acme", top_k=10).hits]


def test_reingest_skips_unchanged_and_replaces_changed(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "animals.txt").write_text(ZEBRA)
    (docs / "space.txt").write_text(ASTRONOMY_TXT)
    retrieval = make_retrieval(tmp_path / "data", embedder)
    seen: list[IngestProgress] = []
    first = retrieval.ingest([docs], "kb", "acme", seen.append)
    assert (first.count("ingested"), first.count("skipped")) == (2, 0)
    assert (
        [p.done for p in seen] == [1, 2]
        and seen[-1].total == 2
        and seen[-1].children == first.files[0].children + first.files[1].children
    )

    second = retrieval.ingest([docs], "kb", "acme")
    assert second.count("skipped") == 2 and second.count("ingested") == 0

    (docs / "animals.txt").write_text("Penguins nest in Antarctica. Marker: MARIGOLDSPUR.")
    third = retrieval.ingest([docs], "kb", "acme")
    assert (third.count("replaced"), third.count("skipped")) == (1, 1)
    info = retrieval.collection_info("kb", "acme")
    assert info.documents == 2
    old = retrieval.search("kb", "KETTLEDRUM zebras striped coats", "acme", top_k=10)
    assert all("Zebras" not in h.text for h in old.hits)  # old chunks are gone from the dense index
    assert all(h.scores.bm25 is None for h in old.hits)  # and from BM25
    assert _sources(retrieval, "kb", "MARIGOLDSPUR")[0] == "animals.txt"


def test_delete_document_removes_it_everywhere_and_survives_reload(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "animals.txt").write_text(ZEBRA)
    (docs / "space.txt").write_text(ASTRONOMY_TXT)
    retrieval = make_retrieval(tmp_path / "data", embedder)
    report = retrieval.ingest([docs], "kb", "acme")
    zebra_id = next(f.document_id for f in report.files if f.source.endswith("animals.txt"))
    assert zebra_id is not None
    assert retrieval.delete_document("kb", "acme", zebra_id) == report.files[0].children
    assert _sources(retrieval, "kb", "KETTLEDRUM zebras") == ["space.txt"]
    with pytest.raises(DocumentNotFoundError):
        retrieval.delete_document("kb", "acme", zebra_id)

    reloaded = make_retrieval(tmp_path / "data", embedder)
    assert reloaded.collection_info("kb", "acme").documents == 1
    assert _sources(reloaded, "kb", "KETTLEDRUM zebras") == ["space.txt"]
    assert _sources(reloaded, "kb", "Great Red Spot storm")[0] == "space.txt"


def _files_holding(folder: Path, marker: str) -> list[str]:
    """Every file under `folder` (SQLite database, -wal, -shm, saved indexes) whose raw bytes hold
    `marker`, in any case (BM25 keeps lower-cased terms)."""
    needle = marker.lower().encode()
    return [str(p) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes().lower()]


def test_a_deleted_or_replaced_documents_text_leaves_the_disk(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    """Retention and erasure promise that deleted text is gone: not left in the SQLite write-ahead
    log or in free pages until some later checkpoint."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "patient.txt").write_text("Referral letter. The patient Qxvortimer Blanchflower has asthma.")
    (docs / "space.txt").write_text(ASTRONOMY_TXT)
    (docs / "visit.txt").write_text("Visit note: Zyqmarrow Pettigrew came in with a sprained ankle.")
    data = tmp_path / "data"
    retrieval = make_retrieval(data, embedder)
    report = retrieval.ingest([docs], "kb", "acme")
    assert not report.failed
    assert _files_holding(data, "Qxvortimer") and _files_holding(data, "Zyqmarrow")  # the scan sees it

    patient = next(f.document_id for f in report.files if f.source.endswith("patient.txt"))
    assert patient is not None
    retrieval.delete_document("kb", "acme", patient)
    assert _files_holding(data, "Qxvortimer") == []
    # A changed file replaces its older version: the old text goes the same way.
    (docs / "visit.txt").write_text("Visit note: the ankle has healed.")
    assert retrieval.ingest([docs], "kb", "acme").count("replaced") == 1
    assert _files_holding(data, "Zyqmarrow") == []
    assert _sources(retrieval, "kb", "Great Red Spot storm")[0] == "space.txt"


def test_sharing_does_not_invalidate_saved_indexes(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    retrieval = make_retrieval(tmp_path, embedder)
    retrieval.ingest_bytes("zebra.txt", ZEBRA.encode(), "kb", "acme")
    stamp = tmp_path / "collections" / "kb" / "indexes.json"
    before = stamp.read_text()
    retrieval.share("kb", "acme", "globex")
    make_retrieval(tmp_path, embedder)  # loads from disk: a stale stamp would rewrite the files
    assert stamp.read_text() == before
    assert json.loads(before)["generation"] == retrieval.store.for_read("kb", "acme").db.generation


def test_stale_indexes_are_rebuilt_from_sqlite_on_load(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    retrieval = make_retrieval(tmp_path, embedder)
    retrieval.ingest_bytes("zebra.txt", ZEBRA.encode(), "kb", "acme")
    folder = tmp_path / "collections" / "kb"
    (folder / "indexes.json").unlink()  # as if the process died between the SQLite commit and the index save
    (folder / "dense.faiss").write_bytes(b"garbage")
    reloaded = make_retrieval(tmp_path, embedder)
    assert _sources(reloaded, "kb", "KETTLEDRUM")[0] == "zebra.txt"
    assert (folder / "indexes.json").exists()


def test_bad_files_fail_alone_and_leave_nothing_behind(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(ZEBRA)
    (docs / "broken.pdf").write_bytes(make_pdf(["fine page"])[:120])
    (docs / "latin1.md").write_bytes("# Caf\xe9\n\nna\xefve".encode("latin-1"))
    retrieval = make_retrieval(tmp_path / "data", embedder)
    report = retrieval.ingest([docs, tmp_path / "missing.txt", tmp_path / "slides.pptx"], "kb", "acme")
    failed = {Path(f.source).name: f.error or "" for f in report.failed}
    assert set(failed) == {"broken.pdf", "latin1.md", "missing.txt", "slides.pptx"}
    assert "malformed PDF" in failed["broken.pdf"] and "not valid UTF-8" in failed["latin1.md"]
    assert "cannot read file" in failed["missing.txt"] and "unsupported" in failed["slides.pptx"]
    assert [Path(str(d["source"])).name for d in retrieval.list_documents("kb", "acme")] == ["good.txt"]
    with pytest.raises(DocumentParseError):
        retrieval.ingest_bytes("upload.pdf", b"%PDF-1.7 nonsense", "kb", "acme")
    with pytest.raises(UnsupportedFileTypeError):
        retrieval.ingest_bytes("upload.exe", b"MZ", "kb", "acme")
    assert retrieval.collection_info("kb", "acme").documents == 1


def test_collections_lifecycle(tmp_path: Path, embedder: SentenceTransformerEmbedder) -> None:
    retrieval = make_retrieval(tmp_path, embedder)
    retrieval.create_collection("kb", "acme", shared_with=["globex"])
    with pytest.raises(CollectionExistsError):
        retrieval.create_collection("kb", "globex")
    assert retrieval.collection_info("kb", "globex").shared_with == ["globex"]
    retrieval.delete_collection("kb", "acme")
    assert not (tmp_path / "collections" / "kb").exists()
    assert retrieval.list_collections("acme") == []


def test_large_collections_switch_to_hnsw(tmp_path: Path, embedder: SentenceTransformerEmbedder) -> None:
    first = make_retrieval(tmp_path, embedder, child_tokens=24)
    small = first.ingest_bytes("space.txt", ASTRONOMY_TXT.encode(), "kb", "acme").children
    # Re-opened with a threshold at the current size: still exact until the next document pushes it over.
    retrieval = make_retrieval(tmp_path, embedder, hnsw_threshold=small, child_tokens=24)
    assert retrieval.collection_info("kb", "acme").dense_index == "flat"
    report = retrieval.ingest_bytes("zebra.txt", ZEBRA.encode(), "kb", "acme")
    info = retrieval.collection_info("kb", "acme")
    assert info.children > small and info.dense_index == "hnsw"
    assert _sources(retrieval, "kb", "zebras grazing on grassland")[0] == "zebra.txt"
    reloaded = make_retrieval(tmp_path, embedder, hnsw_threshold=small)
    assert reloaded.collection_info("kb", "acme").dense_index == "hnsw"
    assert report.document_id is not None
    reloaded.delete_document("kb", "acme", report.document_id)  # HNSW cannot remove: rebuilt instead
    assert "zebra.txt" not in _sources(reloaded, "kb", "zebras grazing on grassland")
    assert reloaded.collection_info("kb", "acme").dense_index == "flat"  # back under the threshold


def test_cross_encoder_reorders_candidates(
    tmp_path: Path, embedder: SentenceTransformerEmbedder, tiny_reranker_dir: Path, corpus_dir: Path
) -> None:
    settings = RetrievalSettings(data_dir=tmp_path, reranker_path=tiny_reranker_dir, rerank_candidates=6)
    retrieval = Retrieval(settings, embedder=embedder)
    assert isinstance(retrieval.reranker, CrossEncoderReranker)
    retrieval.ingest([corpus_dir], "kb", "acme")
    result = retrieval.search("kb", "vacation days", "acme", top_k=5)
    assert (
        result.rerank == f"cross-encoder:{tiny_reranker_dir.name}" and result.order == "cross-encoder rerank"
    )
    assert result.candidates.reranked == min(6, result.candidates.fused)
    scores = [h.scores.rerank for h in result.hits]
    reranked = [s for s in scores if s is not None]
    # Hits the cross-encoder scored come first, best first; parents found only past the rerank budget
    # of 6 children follow in fusion order with no rerank score.
    assert reranked and scores[: len(reranked)] == sorted(reranked, reverse=True)
    assert all(s is None for s in scores[len(reranked) :])
    # The cross-encoder sees the header line (title > headings) plus the chunk.
    best = retrieval.rank_children("kb", "vacation days", "acme", "hybrid+rerank")[0]
    assert best.id == result.hits[0].child_id and best.header and best.indexed_text.startswith(best.header)
    direct = retrieval.reranker.score("vacation days", [best.indexed_text])
    assert float(direct[0]) == pytest.approx(scores[0], abs=1e-4)


def test_bge_m3_dense_and_sparse_path(tmp_path: Path, tiny_bge_m3_dir: Path, corpus_dir: Path) -> None:
    bge = BGEM3Embedder(tiny_bge_m3_dir, device="cpu", batch_size=8)
    assert bge.dim == 32 and bge.name == f"bge-m3:{tiny_bge_m3_dir.name}"
    rows = bge.embed(["alpha beta", "gamma"])
    assert rows.shape == (2, 32) and np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-5)
    weights = bge.embed_sparse(["alpha beta"])[0]
    assert weights and all(isinstance(t, int) and w > 0 for t, w in weights.items())

    settings = RetrievalSettings(data_dir=tmp_path, embedder="bge-m3", bge_m3_sparse=True)
    retrieval = Retrieval(settings, embedder=bge)
    report = retrieval.ingest([corpus_dir], "kb", "acme")
    assert not report.failed and retrieval.collection_info("kb", "acme").sparse_index
    result = retrieval.search("kb", "OBSIDIANFROST", "acme")
    assert result.candidates.sparse > 0 and result.candidates.dense > 0
    assert Path(result.hits[0].source).name == "jupiter.txt"  # BM25 and the sparse head both match it

    # The same data folder with a 384-dimensional embedder is refused, not silently searched.
    minilm = make_retrieval(tmp_path, SentenceTransformerEmbedder(None, device="cpu"))
    with pytest.raises(EmbedderMismatchError):
        minilm.search("kb", "planet", "acme")


@pytest.mark.parametrize(("headers", "expected_pages"), [(True, [1, 2]), (False, [1])])
def test_chunk_headers_make_titles_searchable(
    tmp_path: Path, embedder: SentenceTransformerEmbedder, headers: bool, expected_pages: list[int]
) -> None:
    # Only page 1's text says "Runbook"; with headers every child carries "runbook > <bookmark>".
    retrieval = make_retrieval(tmp_path, embedder, chunk_headers=headers)
    retrieval.ingest_bytes(
        "runbook.pdf", make_pdf(PDF_PAGES, [("Containment", 0), ("Escalation", 1)]), "kb", "acme"
    )
    children = retrieval.rank_children("kb", "runbook", "acme", "bm25")
    assert sorted(c.page for c in children if c.page is not None) == expected_pages
    assert all(c.header == ("runbook > " + c.heading_path[0] if headers else "") for c in children)
