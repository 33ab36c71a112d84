"""Property tests on retrieval's loaders, chunker and single-file ingest: arbitrary Unicode, invalid
UTF-8, malformed PDFs. Each gives a parsed document or a clear IngestError, and a refused upload
leaves the collection exactly as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrieval import (
    Chunker,
    DocumentParseError,
    IngestError,
    Retrieval,
    RetrievalSettings,
    UnsupportedFileTypeError,
)
from retrieval.loaders import Block, parse_document

from .pdf_sample import make_pdf

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
TEXT = st.text(st.characters(codec="utf-8"), max_size=2000)
EXTENSIONS = [".md", ".markdown", ".txt", ".html", ".htm", ".pdf"]


VALID_PDF = make_pdf("Incident response: isolate the host, then call the duty officer.")


@st.composite
def broken_pdfs(draw: st.DrawFn) -> bytes:
    """A valid PDF truncated, with bytes flipped, or with a random slice spliced in."""
    data = bytearray(VALID_PDF)
    how = draw(st.sampled_from(["truncate", "flip", "splice"]))
    if how == "truncate":
        return bytes(data[: draw(st.integers(0, len(data) - 1))])
    if how == "flip":
        for index in draw(st.lists(st.integers(0, len(data) - 1), min_size=1, max_size=20)):
            data[index] ^= draw(st.integers(1, 255))
        return bytes(data)
    start = draw(st.integers(0, len(data)))
    return bytes(data[:start]) + draw(st.binary(max_size=200)) + bytes(data[start:])


def test_the_valid_pdf_parses() -> None:
    # The control for the malformed ones: the generator itself makes readable PDFs.
    parsed = parse_document("runbook.pdf", VALID_PDF)
    assert "duty officer" in parsed.blocks[0].text and parsed.blocks[0].page == 1


@given(data=st.binary(max_size=4000), extension=st.sampled_from(EXTENSIONS))
@FUZZ
def test_arbitrary_bytes_parse_or_raise_a_parse_error(data: bytes, extension: str) -> None:
    try:
        parsed = parse_document(f"upload{extension}", data)
    except DocumentParseError as exc:
        assert exc.source == f"upload{extension}" and exc.reason
    else:
        assert parsed.blocks and all(block.text.strip() for block in parsed.blocks)


@given(data=broken_pdfs())
@FUZZ
def test_malformed_pdfs_raise_a_parse_error_or_parse(data: bytes) -> None:
    try:
        parse_document("broken.pdf", data)
    except DocumentParseError as exc:
        assert exc.reason


@given(text=TEXT, extension=st.sampled_from([".md", ".txt", ".html"]))
@FUZZ
def test_any_unicode_text_file_parses_or_is_refused_as_empty(text: str, extension: str) -> None:
    try:
        parsed = parse_document(f"doc{extension}", text.encode("utf-8"))
    except DocumentParseError as exc:
        assert "no extractable text" in exc.reason
    else:
        assert parsed.blocks


@given(
    prefix=st.binary(max_size=50), suffix=st.binary(max_size=50), extension=st.sampled_from([".md", ".txt"])
)
@FUZZ
def test_invalid_utf8_is_named_with_its_offset(prefix: bytes, suffix: bytes, extension: str) -> None:
    data = b"ok " + prefix.replace(b"\x00", b"") + b"\xff\xfe\xc3" + suffix
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as expected:
        with pytest.raises(DocumentParseError, match=f"not valid UTF-8 \\(byte {expected.start}"):
            parse_document(f"notes{extension}", data)


@given(name=st.text(min_size=1, max_size=40))
@FUZZ
def test_unknown_extensions_are_refused(name: str) -> None:
    if Path(name).suffix.lower() in EXTENSIONS:
        return
    with pytest.raises(UnsupportedFileTypeError):
        parse_document(name, b"text")


@given(texts=st.lists(TEXT, min_size=1, max_size=5))
@FUZZ
def test_chunker_children_fit_the_embedder(minilm: Any, texts: list[str]) -> None:
    chunker = Chunker(minilm.count_tokens, parent_tokens=64, child_tokens=16)
    blocks = [Block(text, None, ()) for text in texts if text.strip()]
    parents = chunker.split(blocks)
    children = [child for parent in parents for child in parent.children]
    for child in children:
        assert child.tokens == minilm.count_tokens(child.text) <= chunker.child_tokens, child
        assert child.text.strip()
    # Nothing is lost: the children hold every non-space character of the blocks, in order.
    assert "".join("".join(c.text for c in children).split()) == "".join("".join(texts).split())


def test_a_child_never_exceeds_child_tokens_even_without_spaces(minilm: Any) -> None:
    # Text without spaces (CJK) used to become one child of 300 tokens, over child_tokens and over
    # MiniLM's 256-token window, so the embedder silently dropped its end.
    chunker = Chunker(minilm.count_tokens, parent_tokens=64, child_tokens=16)
    children = [c for p in chunker.split([Block("中" * 300, None, ())]) for c in p.children]
    assert max(c.tokens for c in children) <= 16
    assert "".join(c.text for c in children) == "中" * 300


def test_chunker_refuses_impossible_sizes(minilm: Any) -> None:
    with pytest.raises(ValueError, match="child_tokens"):
        Chunker(minilm.count_tokens, parent_tokens=8, child_tokens=16)


# ingest: nothing half-written ------------------------------------------------------------------
@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory, minilm: Any) -> Retrieval:
    retrieval = Retrieval(RetrievalSettings(data_dir=tmp_path_factory.mktemp("ingest")), embedder=minilm)
    result = retrieval.ingest_bytes(
        "policy.md", b"# Policy\n\nNothing leaves the building.\n", "docs", "acme"
    )
    assert result.status == "ingested"
    return retrieval


def _state(retrieval: Retrieval) -> tuple[Any, ...]:
    info = retrieval.collection_info("docs", "acme")
    hits = retrieval.search("docs", "what leaves the building", "acme", top_k=5)
    documents = sorted(str(d) for d in retrieval.list_documents("docs", "acme"))
    return info.documents, info.parents, info.children, documents, [h.text for h in hits.hits]


@given(
    upload=st.one_of(
        broken_pdfs().map(lambda data: ("upload.pdf", data)),
        st.binary(max_size=300).map(lambda data: ("upload.md", b"ok \xff" + data)),
        st.binary(max_size=300).map(lambda data: ("upload.exe", data)),
        st.just(("empty.txt", b"")),
        st.just(("blank.html", b"<html><body>   </body></html>")),
    )
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_refused_upload_leaves_the_collection_unchanged(
    collection: Retrieval, upload: tuple[str, bytes]
) -> None:
    before = _state(collection)
    name, data = upload
    try:
        result = collection.ingest_bytes(name, data, "docs", "acme")
    except IngestError as exc:
        assert exc.source == name and exc.reason
        assert _state(collection) == before
    else:  # a mutated PDF that still reads: it was ingested whole, then goes again
        assert result.status in ("ingested", "replaced") and result.children > 0
        collection.delete_document("docs", "acme", result.document_id)
        assert _state(collection) == before
