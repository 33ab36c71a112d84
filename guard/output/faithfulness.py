"""Faithfulness of an answer to the retrieved context, by sentence embeddings.

Each answer sentence is scored by its best cosine similarity to any context chunk or any single
sentence of one (a short, faithful answer resembles the one sentence it restates far more than the
whole passage); the answer's score is the mean over sentences. Cheap (one embedding batch) and
needs no judge model; it misses contradictions that reuse the context's words, which an LLM judge would catch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from guard.embedder import Embedder

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_MIN_SENTENCE_CHARS = 12


def split_sentences(text: str) -> list[str]:
    parts = [p.strip() for p in _SENTENCE_END.split(text)]
    return [p for p in parts if len(p) >= _MIN_SENTENCE_CHARS]


def faithfulness_score(embedder: Embedder, answer: str, context: Sequence[str]) -> float | None:
    """Score in [0, 1]; None when there is nothing to compare (no context or no sentence)."""
    sentences = split_sentences(answer)
    chunks = [c for c in context if c.strip()]
    if not sentences or not chunks:
        return None
    chunks += [s for c in chunks for s in split_sentences(c)]
    vectors = embedder.embed([*sentences, *chunks])
    sims = vectors[: len(sentences)] @ vectors[len(sentences) :].T
    best = np.clip(sims.max(axis=1), 0.0, 1.0)
    return float(best.mean())
