"""Loaders and chunking, with the real MiniLM tokenizer counting tokens."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_retrieval
from retrieval_samples import BREAD_HTML, PDF_PAGES, VACATION_MD, make_pdf

from retrieval import Chunker, DocumentParseError, SentenceTransformerEmbedder, UnsupportedFileTypeError
from retrieval.fusion import fuse, minmax_score_fusion, reciprocal_rank_fusion
from retrieval.loaders import Block, parse_document


def test_markdown_heading_paths_ignore_hashes_inside_code() -> None:
    doc = parse_document("handbook.md", VACATION_MD.encode())
    assert doc.title == "Employee Handbook"
    paths = {b.heading_path for b in doc.blocks}
    assert ("Employee Handbook", "Vacation policy") in paths
    assert not any("This line is code" in " ".join(p) for p in paths)
    vacation = next(b for b in doc.blocks if "twenty-five days" in b.text)
    assert vacation.heading_path == ("Employee Handbook", "Vacation policy")


def test_html_drops_scripts_styles_and_navigation() -> None:
    doc = parse_document("bread.html", BREAD_HTML.encode())
    text = " ".join(b.text for b in doc.blocks)
    assert doc.title == "Sourdough Basics"
    assert "javascript" not in text and "color: red" not in text and "Recipes" not in text
    baking = next(b for b in doc.blocks if "Dutch oven" in b.text)
    assert baking.heading_path == ("Sourdough Basics", "Baking")


def test_pdf_pages_and_outline_become_metadata() -> None:
    doc = parse_document("runbook.pdf", make_pdf(PDF_PAGES, [("Containment", 0), ("Escalation", 1)]))
    by_page = {b.page: b for b in doc.blocks}
    assert set(by_page) == {1, 2}
    assert "isolate the affected server" in by_page[1].text
    assert by_page[2].heading_path == ("Escalation",)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without xref", "malformed PDF"),
        ("latin1.txt", "caf\xe9 cr\xe8me".encode("latin-1"), "not valid UTF-8"),
        ("empty.md", b"   \n\n  ", "no extractable text"),
        ("blank.pdf", make_pdf([""]), "no extractable text"),
    ],
)
def test_bad_files_raise_a_typed_error(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(DocumentParseError, match=reason) as info:
        parse_document(name, data)
    assert info.value.source == name


def test_unsupported_extension() -> None:
    with pytest.raises(UnsupportedFileTypeError):
        parse_document("slides.pptx", b"PK\x03\x04")


def test_children_fit_the_tokenizer_and_keep_every_word(embedder: SentenceTransformerEmbedder) -> None:
    long_paragraph = " ".join(f"Clause {i} obliges the supplier to deliver item {i}." for i in range(120))
    unbroken = "x" + "y" * 3000  # one "sentence" with no spaces at all cannot be split at words
    blocks = [
        Block("Intro paragraph about the contract.", None, ("Contract",)),
        Block(long_paragraph, None, ("Contract", "Obligations")),
        Block("Termination needs ninety days of notice.", None, ("Contract", "Termination")),
        Block("Annex text.", None, ("Annex",)),
    ]
    chunker = Chunker(embedder.count_tokens, parent_tokens=1500, child_tokens=120)
    parents = chunker.split(blocks)
    children = [c for p in parents for c in p.children]
    for child in children:
        assert embedder.count_tokens(child.text) <= 120
    for parent in parents:
        assert embedder.count_tokens(parent.text) <= 1500 + 10
    # A parent never spans two top-level sections, a child never spans two sections.
    assert all(len({c.heading_path[:1] for c in p.children}) == 1 for p in parents)
    assert parents[-1].heading_path == ("Annex",) and parents[-1].text == "Annex text."
    assert any(c.heading_path == ("Contract", "Termination") for c in children)
    words = " ".join(c.text for c in children).split()
    assert words == " ".join(b.text for b in blocks).split()
    assert chunker.split([Block(unbroken, None, ())])[0].children[0].text == unbroken


_CJK_SENTENCES = [
    "本手册规定了数据中心的访问控制要求",
    "所有访客必须在前台登记并佩戴临时通行证",
    "承包商的密码每九十天必须更换一次",
    "服务器机房的温度应保持在十八到二十七摄氏度之间",
    "发生安全事件时值班人员应立即隔离受影响的主机并通知安全官",
]
# Full-width punctuation ends sentences and no spaces anywhere; the last run has no punctuation at
# all (a long heading or table cell pasted as one line), so only a cut between characters can fit it.
CJK_TEXT = "。".join(_CJK_SENTENCES * 12) + "。" + "".join(_CJK_SENTENCES) * 6
UNBROKEN_URL = "https://intranet.example/" + "/".join(f"segment{i}-{i * 7}" for i in range(400))


@pytest.mark.parametrize(("name", "text"), [("访问控制.txt", CJK_TEXT), ("links.md", UNBROKEN_URL)])
def test_text_without_spaces_is_cut_to_child_size_and_loses_nothing(
    embedder: SentenceTransformerEmbedder, tmp_path: Path, name: str, text: str
) -> None:
    retrieval = make_retrieval(tmp_path, embedder)
    chunker = retrieval.chunker  # the chunker ingest uses: MiniLM tokens, child capped at 256 - 32
    assert chunker.child_tokens == 224
    assert embedder.count_tokens(text) > 3 * chunker.child_tokens  # one child could never hold it
    parents = chunker.split(parse_document(name, text.encode()).blocks)
    children = [c for p in parents for c in p.children]
    assert len(children) >= 4
    for child in children:
        assert embedder.count_tokens(child.text) == child.tokens <= chunker.child_tokens, child.text[:40]
    squeeze = "".join
    assert squeeze("".join(c.text for c in children).split()) == squeeze(text.split())
    assert squeeze("".join(p.text for p in parents).split()) == squeeze(text.split())
    # End to end: every stored child fits the embedder's window, so none of it is silently truncated.
    result = retrieval.ingest_bytes(name, text.encode(), "intl", "acme")
    assert result.status == "ingested" and result.children == len(children)
    _, stored = retrieval.store.for_read("intl", "acme").db.all_texts()
    assert all(embedder.count_tokens(t) <= embedder.max_tokens for t in stored)


def test_cjk_sentences_are_kept_whole_and_joined_without_spaces(
    embedder: SentenceTransformerEmbedder,
) -> None:
    chunker = Chunker(embedder.count_tokens, parent_tokens=400, child_tokens=40)
    parents = chunker.split([Block("。".join(_CJK_SENTENCES * 3) + "。", None, ())])
    children = [c.text for p in parents for c in p.children]
    assert all(" " not in c for c in children)
    # Cut at a sentence end whenever a whole sentence fits: every child but a hard-cut one ends with 。
    assert all(c.endswith("。") for c in children)


def test_parents_close_at_sections_once_half_full(embedder: SentenceTransformerEmbedder) -> None:
    section = " ".join(["The quarterly report covers revenue, costs and staffing in detail."] * 12)
    blocks = [Block(section, None, ("Report", f"Part {i}")) for i in range(6)]
    parents = Chunker(embedder.count_tokens, parent_tokens=400, child_tokens=100).split(blocks)
    for parent in parents:
        assert embedder.count_tokens(parent.text) <= 400
        assert len({c.heading_path for c in parent.children}) <= 2
    assert len(parents) >= 3


def test_pdf_children_carry_their_page(embedder: SentenceTransformerEmbedder) -> None:
    doc = parse_document("runbook.pdf", make_pdf(PDF_PAGES))
    parents = Chunker(embedder.count_tokens).split(doc.blocks)
    assert len(parents) == 1 and parents[0].page == 1 and parents[0].page_end == 2
    assert [c.page for c in parents[0].children] == [1, 2]


def test_reciprocal_rank_fusion_values() -> None:
    fused = reciprocal_rank_fusion({"dense": [1, 2, 3], "bm25": [3, 4]}, k=60)
    scores = dict(fused)
    assert scores[3] == pytest.approx(1 / 63 + 1 / 61)
    assert scores[1] == pytest.approx(1 / 61)
    assert [i for i, _ in fused] == [3, 1, 2, 4]  # 2 and 4 tie at 1/62: first seen wins
    weighted = dict(reciprocal_rank_fusion({"dense": [1], "bm25": [2]}, k=10, weights={"bm25": 2.0}))
    assert weighted[2] == pytest.approx(2 / 11) and weighted[1] == pytest.approx(1 / 11)
    with pytest.raises(ValueError):
        reciprocal_rank_fusion({"dense": [1]}, k=0)


def test_minmax_score_fusion_values() -> None:
    rankings = {"dense": [1, 2, 3], "bm25": [3, 4]}
    scores = {"dense": [0.9, 0.5, 0.1], "bm25": [12.0, 4.0]}
    fused = dict(minmax_score_fusion(rankings, scores, weights={"dense": 2.0, "bm25": 1.0}))
    # dense scales to 1, 0.5, 0; bm25 to 1, 0; a ranking that misses an id adds nothing.
    assert fused == pytest.approx({1: 2.0, 2: 1.0, 3: 0.0 + 1.0, 4: 0.0})
    assert [i for i, _ in minmax_score_fusion(rankings, scores)] == [1, 3, 2, 4]  # 1 and 3 tie: first seen
    assert dict(minmax_score_fusion({"bm25": [7]}, {"bm25": [3.0]})) == {7: 1.0}  # one hit scales to 1
    assert fuse(rankings, scores, method="rrf", k=60) == reciprocal_rank_fusion(rankings, k=60)
    with pytest.raises(ValueError):
        minmax_score_fusion({"dense": [1, 2]}, {"dense": [0.3]})
