"""The query to search with when it is longer than the embedder's window: its question (and key terms).

An embedder reads the first `max_tokens` tokens of its input and silently drops the rest. Long queries
(a conversation pasted as the question) usually open with background and end with the question, so
embedding them as they are searches for the background. A query that fits is returned unchanged, byte
for byte. Measured on the labelled set (docs/retrieval.md, "Long queries"): the question alone, for
dense and BM25 alike, ranks as well as the short question does; key terms from the background and
BM25 over the whole text both pull results towards the background, so both are settings, off by default.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from retrieval.embedders import Embedder

# Sentence ends in Latin-script languages (English, Turkish, ...) and CJK; newlines end a sentence too,
# since chat transcripts and lists often carry no punctuation.
_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])\s+|\s*\n\s*")
_PARAGRAPH_END = re.compile(r"\n\s*\n")
_QUESTION_MARKS = ("?", "？", "¿")
_CLOSERS = " \t\"'”’»)]"
_WORD = re.compile(r"\w+")

# [CLS]/[SEP] (BERT) or <s>/</s> (XLM-RoBERTa, BGE-M3) are counted in the window but not by count_tokens.
SPECIAL_TOKENS = 2
# With key terms asked for, the question part may take at most this share of the window; the rest is
# left for them.
QUESTION_SHARE = 0.75
# Tokens never span more characters than this in practice; cutting a run-on text to its last
# budget * this characters first bounds the tokenizer work for a 100,000-character single "sentence".
CHARS_PER_TOKEN_BOUND = 16

KeyTerms = Callable[[str, int], list[str]]


@dataclass(frozen=True)
class FocusedQuery:
    text: str
    focused: bool


def focus_query(
    query: str, embedder: Embedder, key_terms: KeyTerms | None = None, max_key_terms: int = 0
) -> FocusedQuery:
    """`query` itself when the embedder reads all of it, else its question, then up to `max_key_terms`
    of its key terms (for a question that refers to its background: "does that apply to them?")."""
    budget = embedder.max_tokens - SPECIAL_TOKENS
    if embedder.count_tokens(query) <= budget:
        return FocusedQuery(query, focused=False)
    with_terms = key_terms is not None and max_key_terms > 0
    room = int(budget * QUESTION_SHARE) if with_terms else budget
    question = _fit(
        " ".join(_question_sentences(query, room, embedder.count_tokens)), room, embedder.count_tokens
    )
    terms: list[str] = []
    if key_terms is not None and with_terms:
        # Terms the question already says would add nothing but weight to words it has.
        said = {w.casefold() for w in _WORD.findall(question)}
        ranked = [t for t in key_terms(query, max_key_terms + len(said)) if t.casefold() not in said]
        for term in ranked[:max_key_terms]:
            if embedder.count_tokens(_join(question, [*terms, term])) > budget:
                break
            terms.append(term)
    text = _join(question, terms)
    return FocusedQuery(text, focused=True)


def _join(question: str, terms: list[str]) -> str:
    return f"{question}\n{' '.join(terms)}" if terms else question


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _last_paragraph_start(text: str) -> int:
    ends = [m.end() for m in _PARAGRAPH_END.finditer(text.rstrip())]
    return ends[-1] if ends else 0


def _is_question(sentence: str) -> bool:
    return sentence.rstrip(_CLOSERS).endswith(_QUESTION_MARKS)


def _question_sentences(text: str, budget: int, count: Callable[[str], int]) -> list[str]:
    """The last question near the end and the questions right before it, plus the final sentence; in
    text order.

    Without a question mark anywhere, the final sentences of the final paragraph (a third of the
    budget). Sentences are taken nearest-first while they fit; the first one is always taken (and cut
    to fit later), so the result is never empty.
    """
    sentences = _sentences(text)
    last = len(sentences) - 1
    # Where the final paragraph starts: without a question mark, the ask is in it.
    final_paragraph = len(_sentences(text[: _last_paragraph_start(text)]))
    # Only a question near the end counts (in the last window's worth of text): one far back is part of
    # the background ("Hi, do you ship to Canada?" in a pasted FAQ), not what is asked now.
    near = last
    seen = count(sentences[last])
    while near > 0 and seen <= budget:
        near -= 1
        seen += count(sentences[near])
    asked = [i for i in range(near, last + 1) if _is_question(sentences[i])]
    if asked:
        # A run of questions is one request ("Is it allowed? And who approves it?"); the final sentence
        # often restates the ask ("Please list the steps.") and costs little when it does not.
        anchor = asked[-1]
        order = [anchor]
        i = anchor - 1
        while i >= 0 and _is_question(sentences[i]):
            order.append(i)
            i -= 1
        if last != anchor:
            order.insert(1, last)
    else:
        # No question mark: the closing sentences, but only a few, or the background creeps back in.
        order = list(range(last, min(final_paragraph, last) - 1, -1))
        budget //= 3
    picked: list[int] = []
    used = 0
    for i in order:
        n = count(sentences[i])
        if picked and used + n > budget:
            if asked:  # the final sentence may not fit where the questions before the last one do
                continue
            break
        picked.append(i)
        used += n
    return [sentences[i] for i in sorted(picked)]


def _fit(text: str, budget: int, count: Callable[[str], int]) -> str:
    """The longest end of `text`, cut at a word start, that has at most `budget` tokens.

    The end, because a run-on question without punctuation asks at its end.
    """
    if count(text) <= budget:
        return text
    limit = budget * CHARS_PER_TOKEN_BOUND
    trimmed = len(text) > limit
    text = text[-limit:]
    # Cut at word starts; a single word longer than the budget (a pasted URL or hash) is cut anywhere.
    cuts = [m.start() for m in re.finditer(r"\S+", text)]
    if trimmed and cuts and cuts[0] == 0:  # the trim may have cut that word in two
        cuts = cuts[1:]
    i = _first_fitting(text, cuts, budget, count)
    if i is None:
        i = _first_fitting(text, list(range(len(text))), budget, count)
    return text[i:] if i is not None else ""


def _first_fitting(text: str, cuts: list[int], budget: int, count: Callable[[str], int]) -> int | None:
    """The earliest cut whose suffix fits (suffixes only shrink as the cut moves right), or None."""
    lo, hi = 0, len(cuts)
    while lo < hi:
        mid = (lo + hi) // 2
        if count(text[cuts[mid] :]) <= budget:
            hi = mid
        else:
            lo = mid + 1
    return cuts[lo] if lo < len(cuts) else None
