"""Parent/child chunking: parents (~1500 tokens) give the LLM context, children (~300) are what we index.

Token counts come from the embedding model's own tokenizer (a `count_tokens` callable), so a child never
exceeds what the embedder can see.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from retrieval.loaders import Block

CountTokens = Callable[[str], int]

_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")
_JOIN = "\n\n"


@dataclass(frozen=True)
class ChildChunk:
    text: str
    page: int | None
    heading_path: tuple[str, ...]
    tokens: int


@dataclass(frozen=True)
class ParentChunk:
    text: str
    page: int | None
    page_end: int | None
    heading_path: tuple[str, ...]
    tokens: int
    children: tuple[ChildChunk, ...]


@dataclass(frozen=True)
class _Piece:
    text: str
    page: int | None
    heading_path: tuple[str, ...]
    tokens: int


class Chunker:
    """Structure-aware packing.

    A parent never spans two top-level sections and prefers to close at a heading once it is half full;
    a child never spans two sections or two pages (so its citation is exact). Paragraphs are kept whole
    when they fit; longer ones are cut at sentence ends, and sentences longer than a child at word ends.
    """

    def __init__(
        self, count_tokens: CountTokens, *, parent_tokens: int = 1500, child_tokens: int = 300
    ) -> None:
        if child_tokens < 1 or parent_tokens < child_tokens:
            raise ValueError("need 1 <= child_tokens <= parent_tokens")
        self._count = count_tokens
        self.parent_tokens = parent_tokens
        self.child_tokens = child_tokens
        self._word_tokens: dict[str, int] = {}

    def split(self, blocks: Iterable[Block]) -> list[ParentChunk]:
        pieces = [p for block in blocks for p in self._pieces(block)]
        return [self._parent(group) for group in self._group_parents(pieces)]

    def _pieces(self, block: Block) -> list[_Piece]:
        tokens = self._count(block.text)
        if tokens <= self.child_tokens:
            return [_Piece(block.text, block.page, block.heading_path, tokens)]
        pieces: list[_Piece] = []
        for text in self._pack_text(_SENTENCE_END.split(block.text), " "):
            pieces.append(_Piece(text, block.page, block.heading_path, self._count(text)))
        return pieces

    def _pack_text(self, sentences: Sequence[str], sep: str) -> list[str]:
        """Greedy packing of sentences into pieces of at most child_tokens tokens."""
        out: list[str] = []
        current: list[str] = []
        used = 0
        for sentence in (s.strip() for s in sentences):
            if not sentence:
                continue
            n = self._count(sentence)
            if n > self.child_tokens:
                if current:
                    out.append(sep.join(current))
                    current, used = [], 0
                out += self._split_words(sentence)
                continue
            if current and used + n > self.child_tokens:
                out.append(sep.join(current))
                current, used = [], 0
            current.append(sentence)
            used += n
        if current:
            out.append(sep.join(current))
        return out

    def _split_words(self, sentence: str) -> list[str]:
        # Per-word counts (cached) add up to the whole-text count for WordPiece and stay close for
        # SentencePiece; a final exact check below trims any window that still overflows.
        out: list[str] = []
        window: list[str] = []
        used = 0
        for word in sentence.split():
            n = self._word_tokens.get(word)
            if n is None:
                n = self._word_tokens[word] = max(1, self._count(word))
            if window and used + n > self.child_tokens:
                out.append(" ".join(window))
                window, used = [], 0
            window.append(word)
            used += n
        if window:
            out.append(" ".join(window))
        exact: list[str] = []
        for text in out:
            while self._count(text) > self.child_tokens and " " in text:
                words = text.split()
                cut = max(1, len(words) * 9 // 10)
                exact.append(" ".join(words[:cut]))
                text = " ".join(words[cut:])
            exact.append(text)
        return [t for t in exact if t]

    def _group_parents(self, pieces: list[_Piece]) -> list[list[_Piece]]:
        groups: list[list[_Piece]] = []
        current: list[_Piece] = []
        used = 0
        for piece in pieces:
            if current:
                last = current[-1]
                new_top_section = piece.heading_path[:1] != last.heading_path[:1]
                new_section_half_full = (
                    piece.heading_path != last.heading_path and used >= self.parent_tokens // 2
                )
                if used + piece.tokens > self.parent_tokens or new_top_section or new_section_half_full:
                    groups.append(current)
                    current, used = [], 0
            current.append(piece)
            used += piece.tokens
        if current:
            groups.append(current)
        return groups

    def _parent(self, pieces: list[_Piece]) -> ParentChunk:
        children: list[ChildChunk] = []
        current: list[_Piece] = []
        used = 0

        def close() -> None:
            if current:
                text = _JOIN.join(p.text for p in current)
                children.append(ChildChunk(text, current[0].page, current[0].heading_path, self._count(text)))

        for piece in pieces:
            if current and (
                used + piece.tokens > self.child_tokens
                or piece.heading_path != current[-1].heading_path
                or piece.page != current[-1].page
            ):
                close()
                current, used = [], 0
            current.append(piece)
            used += piece.tokens
        close()
        text = _JOIN.join(p.text for p in pieces)
        pages = [p.page for p in pieces if p.page is not None]
        return ParentChunk(
            text=text,
            page=pages[0] if pages else None,
            page_end=pages[-1] if pages else None,
            heading_path=pieces[0].heading_path,
            tokens=sum(c.tokens for c in children),
            children=tuple(children),
        )
