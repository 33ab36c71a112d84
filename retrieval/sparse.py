"""Learned sparse (BGE-M3 lexical weights) index: a SciPy CSR matrix, scored by one sparse product."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp

SparseWeights = dict[int, float]


class SparseVectorIndex:
    def __init__(self, matrix: sp.csr_matrix, ids: np.ndarray) -> None:
        self._matrix = matrix
        self._ids = np.asarray(ids, dtype=np.int64)

    @classmethod
    def build(cls, ids: Sequence[int] | np.ndarray, weights: Sequence[SparseWeights]) -> SparseVectorIndex:
        if len(ids) != len(weights):
            raise ValueError("ids and weights differ in length")
        width = 1 + max((max(row) for row in weights if row), default=0)
        rows = np.repeat(np.arange(len(weights)), [len(row) for row in weights])
        cols = np.fromiter((t for row in weights for t in row), dtype=np.int64, count=len(rows))
        vals = np.fromiter((w for row in weights for w in row.values()), dtype=np.float32, count=len(rows))
        matrix = sp.csr_matrix((vals, (rows, cols)), shape=(len(weights), width), dtype=np.float32)
        return cls(matrix, np.asarray(ids))

    @property
    def size(self) -> int:
        return len(self._ids)

    def search(self, query: SparseWeights, k: int) -> tuple[np.ndarray, np.ndarray]:
        width = self._matrix.shape[1]
        terms = [(t, w) for t, w in query.items() if 0 <= t < width]
        if not terms or self.size == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        cols = np.array([t for t, _ in terms])
        weights = np.array([w for _, w in terms], dtype=np.float32)
        scores = np.asarray(self._matrix[:, cols] @ weights).ravel()
        k = min(k, int((scores > 0).sum()))
        if k == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return self._ids[top], scores[top].astype(np.float32)

    def save(self, path: Path) -> None:
        tmp = path.with_name(path.name + ".tmp.npz")
        np.savez(
            tmp,
            ids=self._ids,
            data=self._matrix.data,
            indices=self._matrix.indices,
            indptr=self._matrix.indptr,
            shape=np.array(self._matrix.shape),
        )
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> SparseVectorIndex:
        with np.load(path) as f:
            matrix = sp.csr_matrix((f["data"], f["indices"], f["indptr"]), shape=tuple(f["shape"]))
            return cls(matrix, f["ids"])
