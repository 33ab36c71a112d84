"""Turn file bytes (PDF, HTML, Markdown, plain text) into text blocks that remember page and headings."""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, Literal

from retrieval.errors import DocumentParseError, UnsupportedFileTypeError

logger = logging.getLogger(__name__)

DocumentKind = Literal["pdf", "html", "markdown", "text"]

SUPPORTED_EXTENSIONS: dict[str, DocumentKind] = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
}

_BLANK_LINES = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Block:
    """A paragraph-sized piece of text; chunks never split inside one unless it is too long on its own."""

    text: str
    page: int | None
    heading_path: tuple[str, ...]


@dataclass(frozen=True)
class ParsedDocument:
    source: str
    title: str
    kind: DocumentKind
    blocks: tuple[Block, ...]


def kind_of(source: str) -> DocumentKind:
    kind = SUPPORTED_EXTENSIONS.get(PurePath(source).suffix.lower())
    if kind is None:
        supported = ", ".join(sorted(SUPPORTED_EXTENSIONS))
        raise UnsupportedFileTypeError(source, f"unsupported file type (supported: {supported})")
    return kind


def parse_document(source: str, data: bytes) -> ParsedDocument:
    """Parse one file; raises DocumentParseError or UnsupportedFileTypeError, never anything else."""
    kind = kind_of(source)
    if kind == "pdf":
        title, blocks = _parse_pdf(source, data)
    elif kind == "html":
        title, blocks = _parse_html(data)
    elif kind == "markdown":
        title, blocks = _parse_markdown(_decode_utf8(source, data))
    else:
        title, blocks = "", _paragraphs(_decode_utf8(source, data), None, ())
    blocks = [b for b in blocks if b.text.strip()]
    if not blocks:
        raise DocumentParseError(source, "no extractable text (an empty file, or a scanned PDF without OCR)")
    return ParsedDocument(
        source=source, title=title or PurePath(source).stem, kind=kind, blocks=tuple(blocks)
    )


def _decode_utf8(source: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig").replace("\x00", "")
    except UnicodeDecodeError as exc:
        raise DocumentParseError(source, f"not valid UTF-8 (byte {exc.start}: {exc.reason})") from exc


def _paragraphs(text: str, page: int | None, heading_path: tuple[str, ...]) -> list[Block]:
    return [Block(p.strip(), page, heading_path) for p in _BLANK_LINES.split(text) if p.strip()]


def _push_heading(stack: list[tuple[int, str]], level: int, title: str) -> tuple[str, ...]:
    while stack and stack[-1][0] >= level:
        stack.pop()
    stack.append((level, title))
    return tuple(t for _, t in stack)


def _parse_markdown(text: str) -> tuple[str, list[Block]]:
    # markdown-it finds real headings only (not '#' lines inside fenced code or setext edge cases).
    from markdown_it import MarkdownIt

    lines = text.splitlines()
    tokens = MarkdownIt("commonmark").parse(text)
    headings: list[tuple[int, int, int, str]] = []  # (start line, end line, level, title)
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and tok.map is not None:
            inline = tokens[i + 1].content if i + 1 < len(tokens) else ""
            headings.append((tok.map[0], tok.map[1], int(tok.tag[1]), inline.strip()))
    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []
    path: tuple[str, ...] = ()
    cursor = 0
    for start, end, level, title in headings:
        blocks += _paragraphs("\n".join(lines[cursor:start]), None, path)
        path = _push_heading(stack, level, title)
        cursor = end
    blocks += _paragraphs("\n".join(lines[cursor:]), None, path)
    title = next((t for _, _, lvl, t in headings if lvl == 1), headings[0][3] if headings else "")
    return title, blocks


_HTML_SKIP = {"script", "style", "noscript", "template", "nav", "svg", "head", "iframe", "object"}
_HTML_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_HTML_BLOCKS = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "pre",
    "blockquote",
    "table",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "br",
    "hr",
    "form",
    "caption",
    "details",
    "summary",
    "body",
}


def _parse_html(data: bytes) -> tuple[str, list[Block]]:
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    soup = BeautifulSoup(data, "html.parser")  # detects the declared or sniffed encoding itself
    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []
    state: dict[str, Any] = {"path": (), "buffer": []}

    def flush() -> None:
        text = re.sub(r"[ \t\r\f\v]+", " ", "".join(state["buffer"]))
        text = re.sub(r"\s*\n\s*", "\n", text).strip()
        if text:
            blocks.append(Block(text, None, state["path"]))
        state["buffer"] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Comment | Doctype | Declaration | ProcessingInstruction):
                continue
            if isinstance(child, NavigableString):
                state["buffer"].append(str(child))
            elif isinstance(child, Tag) and child.name not in _HTML_SKIP:
                if child.name in _HTML_HEADINGS:
                    flush()
                    state["path"] = _push_heading(stack, int(child.name[1]), child.get_text(" ", strip=True))
                elif child.name in _HTML_BLOCKS:
                    flush()
                    walk(child)
                    flush()
                else:
                    walk(child)

    walk(soup)
    flush()
    title_tag = soup.find("title")
    title = title_tag.get_text(strip=True) if title_tag else ""
    if not title:
        first = soup.find(["h1", "h2"])
        title = first.get_text(" ", strip=True) if first else ""
    return title, blocks


def _parse_pdf(source: str, data: bytes) -> tuple[str, list[Block]]:
    from pypdf import PdfReader

    # pypdf raises a wide and version-dependent set of exceptions on broken files; any of them means
    # "this PDF cannot be read", which is exactly what the caller needs to hear.
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentParseError(source, "the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentParseError:
        raise
    except Exception as exc:
        raise DocumentParseError(source, f"malformed PDF ({type(exc).__name__}: {exc})") from exc
    headings = _pdf_outline_by_page(reader, len(pages))
    blocks: list[Block] = []
    for number, text in enumerate(pages, start=1):
        blocks += _paragraphs(text.replace("\x00", ""), number, headings[number - 1])
    title = ""
    try:
        metadata: Any = reader.metadata or {}
        title = str(metadata.get("/Title", "") or "")
    except Exception:  # broken metadata is not worth failing the file for
        logger.debug("unreadable PDF metadata in %s", source)
    return title, blocks


def _pdf_outline_by_page(reader: Any, page_count: int) -> list[tuple[str, ...]]:
    """Heading path per page (0-based list) from the PDF's bookmarks; empty paths when it has none."""
    marks: list[tuple[int, tuple[str, ...]]] = []

    def visit(items: list[Any], parent: tuple[str, ...]) -> None:
        last = parent
        for item in items:
            if isinstance(item, list):
                visit(item, last)
                continue
            page = reader.get_destination_page_number(item)
            last = (*parent, str(item.title).strip())
            if page is not None and page >= 0:
                marks.append((page, last))

    try:
        visit(list(reader.outline), ())
    except Exception:  # a broken outline only costs us heading paths, not the text
        logger.warning("ignoring an unreadable PDF outline", exc_info=True)
        marks = []
    marks.sort(key=lambda m: m[0])
    result: list[tuple[str, ...]] = []
    current: tuple[str, ...] = ()
    i = 0
    for page in range(page_count):
        while i < len(marks) and marks[i][0] <= page:
            current = marks[i][1]
            i += 1
        result.append(current)
    return result
