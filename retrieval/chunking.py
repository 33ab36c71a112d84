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

# Sentence ends: ASCII punctuation followed by whitespace, or CJK full-width punctuation, which is
# followed by no space at all in Chinese and Japanese text. The group keeps the whitespace (or its
# absence), so packed sentences are re-joined the way they were written.
_SENTENCE_END = re.compile(r"((?<=[.!?;:])\s+|(?<=[。！？；：])\s*)")
_JOIN = "\n\n"
# A token of any tokenizer we use spans far fewer characters than this; it bounds the prefix that a
# hard cut searches, so cutting a multi-megabyte unbroken string stays linear.
_MAX_CHARS_PER_TOKEN = 32


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
    Text with no word ends in reach (Chinese, Japanese, a long URL or identifier) is cut between
    characters at the longest prefix that fits, so every child has at most `child_tokens` tokens and
    the children together hold every non-space character of the input, in order.
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
        parts = _SENTENCE_END.split(block.text)
        # parts alternate sentence, separator, sentence, ...: a sentence is joined to the one before it
        # with a space when whitespace separated them in the block, directly otherwise (CJK).
        sentences = [(parts[i], i > 0 and parts[i - 1] != "") for i in range(0, len(parts), 2)]
        pieces: list[_Piece] = []
        for packed in self._pack_text(sentences):
            n = self._count(packed)
            # Summed sentence counts can undercount the joined text for tokenizers that are not
            # additive over whitespace (SentencePiece); a piece that still overflows is cut again.
            if n <= self.child_tokens:
                pieces.append(_Piece(packed, block.page, block.heading_path, n))
                continue
            for text in self._hard_split(packed):
                pieces.append(_Piece(text, block.page, block.heading_path, self._count(text)))
        return pieces

    def _pack_text(self, sentences: Sequence[tuple[str, bool]]) -> list[str]:
        """Greedy packing of (sentence, spaced) pairs into pieces of at most child_tokens tokens."""
        out: list[str] = []
        current: list[str] = []
        used = 0

        def flush() -> None:
            if current:
                out.append("".join(current).lstrip())

        for raw, spaced in sentences:
            sentence = raw.strip()
            if not sentence:
                continue
            n = self._count(sentence)
            if n > self.child_tokens:
                flush()
                current, used = [], 0
                out += self._split_words(sentence)
                continue
            if current and used + n > self.child_tokens:
                flush()
                current, used = [], 0
            current.append((" " if spaced else "") + sentence)
            used += n
        flush()
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
        fitted: list[str] = []
        for text in exact:
            # Left over: one "word" longer than a child (no spaces: CJK, URLs, identifiers).
            fitted += self._hard_split(text) if self._count(text) > self.child_tokens else [text]
        return [t for t in fitted if t]

    def _hard_split(self, text: str) -> list[str]:
        """Cut text into consecutive pieces of at most child_tokens tokens, between characters.

        Each cut is at the longest prefix that still fits (binary search on its token count), moved back
        to the last whitespace in the prefix's second half when there is one, so words stay whole where
        the text has any. Only a single character that alone counts more than child_tokens tokens (never
        the case for child_tokens >= 8 with WordPiece or byte-level BPE) can leave a piece over the limit.
        """
        out: list[str] = []
        rest = text.strip()
        limit = self.child_tokens
        span = limit * _MAX_CHARS_PER_TOKEN
        while rest:
            window = rest[:span]
            if self._count(window) <= limit:
                if len(window) == len(rest):
                    out.append(rest)
                    break
                cut = len(window)
            else:
                lo, hi = 1, len(window) - 1  # the longest fitting prefix lies in [lo, hi]
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if self._count(window[:mid]) <= limit:
                        lo = mid
                    else:
                        hi = mid - 1
                cut = lo
            space = next((i for i in range(cut, cut // 2, -1) if window[i - 1].isspace()), None)
            if space is not None and self._count(window[:space]) <= limit:
                cut = space
            piece = rest[:cut].strip()
            if piece:
                out.append(piece)
            rest = rest[cut:].strip()
        return out

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
                tokens = self._count(text)
                if tokens > self.child_tokens and len(current) > 1:
                    # Joined pieces can count more than their sum with non-additive tokenizers.
                    for p in current:
                        children.append(ChildChunk(p.text, p.page, p.heading_path, p.tokens))
                    return
                children.append(ChildChunk(text, current[0].page, current[0].heading_path, tokens))

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
