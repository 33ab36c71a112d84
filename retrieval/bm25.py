"""BM25 over child-chunk texts with bm25s; rebuilt as a whole on change (bm25s has no incremental add)."""

from __future__ import annotations

import json
import math
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import bm25s
import numpy as np


class Bm25Index:
    def __init__(
        self, retriever: Any | None, ids: np.ndarray, *, stemmer_language: str | None, stopwords: str | None
    ) -> None:
        self._retriever = retriever
        self._ids = np.asarray(ids, dtype=np.int64)
        self._stemmer_language = stemmer_language
        self._stopwords = stopwords
        self._stemmer = _stemmer(stemmer_language)

    @classmethod
    def build(
        cls,
        ids: Sequence[int] | np.ndarray,
        texts: Sequence[str],
        *,
        stemmer_language: str | None,
        stopwords: str | None,
    ) -> Bm25Index:
        if len(ids) != len(texts):
            raise ValueError("ids and texts differ in length")
        retriever = None
        if len(texts):
            tokens = bm25s.tokenize(
                list(texts),
                stopwords=stopwords or [],
                stemmer=_stemmer(stemmer_language),
                show_progress=False,
            )
            retriever = bm25s.BM25()
            retriever.index(tokens, show_progress=False)
        return cls(retriever, np.asarray(ids), stemmer_language=stemmer_language, stopwords=stopwords)

    @property
    def size(self) -> int:
        return len(self._ids)

    def search(self, query: str, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (child ids, BM25 scores) with a positive score, best first."""
        k = min(k, self.size)
        if self._retriever is None or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        terms = bm25s.tokenize(
            [query],
            stopwords=self._stopwords or [],
            stemmer=self._stemmer,
            return_ids=False,
            show_progress=False,
        )[0]
        term_ids = self._retriever.get_tokens_ids(terms)
        if not term_ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        # get_scores_from_ids + our own top-k instead of retrieve(): retrieve starts a thread pool and
        # progress bars on every call, which cost 10x the scoring itself on a busy 2-core machine.
        scores = self._retriever.get_scores_from_ids(term_ids)
        k = min(k, int(np.count_nonzero(scores > 0)))
        if k == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return self._ids[top], scores[top].astype(np.float32)

    def key_terms(self, text: str, limit: int) -> list[str]:
        """The words of `text` that weigh most in a BM25 search of this collection, best first.

        Weight: the index's own (Lucene) IDF of the word's stem times 1 + ln(its count in the text), so a
        word the collection rarely uses and the text repeats comes first. Words whose stem the collection
        never uses are left out: they cannot match anything here. Each word keeps the surface form it had
        in the text (lower-cased), since the dense embedder reads words, not stems.
        """
        if self._retriever is None or limit <= 0:
            return []
        words = bm25s.tokenize(
            [text], stopwords=self._stopwords or [], return_ids=False, show_progress=False
        )[0]
        if not words:
            return []
        stems = self._stemmer(words) if self._stemmer is not None else words
        vocab: dict[str, int] = self._retriever.vocab_dict
        indptr = np.asarray(self._retriever.scores["indptr"])
        docs = float(self._retriever.scores["num_docs"])
        count: dict[str, int] = {}
        surface: dict[str, str] = {}
        last_seen: dict[str, int] = {}
        for position, (word, stem) in enumerate(zip(words, stems, strict=True)):
            if stem in vocab:
                count[stem] = count.get(stem, 0) + 1
                surface.setdefault(stem, word)
                last_seen[stem] = position
        weight: dict[str, float] = {}
        for stem, n in count.items():
            df = float(indptr[vocab[stem] + 1] - indptr[vocab[stem]])
            weight[stem] = math.log(1 + (docs - df + 0.5) / (df + 0.5)) * (1 + math.log(n))
        # Ties go to the word seen last: the question is usually at the end of a long text.
        ranked = sorted(weight, key=lambda stem: (-weight[stem], -last_seen[stem]))
        return [surface[stem] for stem in ranked[:limit]]

    def save(self, folder: Path) -> None:
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self._retriever is not None:
            self._retriever.save(str(tmp), show_progress=False)
        np.save(tmp / "child_ids.npy", self._ids)
        settings = {"stemmer_language": self._stemmer_language, "stopwords": self._stopwords}
        (tmp / "stockade.json").write_text(json.dumps(settings))
        old = folder.with_name(folder.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if folder.exists():
            os.replace(folder, old)
        os.replace(tmp, folder)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path) -> Bm25Index:
        settings = json.loads((folder / "stockade.json").read_text())
        ids = np.load(folder / "child_ids.npy")
        retriever = bm25s.BM25.load(str(folder), show_progress=False) if len(ids) else None
        return cls(
            retriever, ids, stemmer_language=settings["stemmer_language"], stopwords=settings["stopwords"]
        )


def _stemmer(language: str | None) -> Any:
    if language is None:
        return None
    import Stemmer

    return Stemmer.Stemmer(language).stemWords
