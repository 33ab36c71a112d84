"""Dense index over child-chunk vectors: FAISS exact inner product when small, HNSW when large.

Vectors are L2-normalised, so inner product is cosine similarity. Published indexes are never mutated:
writers build a new DenseIndex and swap it in, so searches need no lock.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Literal

import faiss
import numpy as np

logger = logging.getLogger(__name__)

IndexKind = Literal["flat", "hnsw"]


def gpu_count() -> int:
    try:
        return int(faiss.get_num_gpus())
    except AttributeError:  # faiss-cpu builds may lack the symbol altogether
        return 0


class DenseIndex:
    def __init__(self, index: Any, kind: IndexKind, dim: int, *, on_gpu: bool = False) -> None:
        self._index = index
        self.kind: IndexKind = kind
        self.dim = dim
        self.on_gpu = on_gpu

    @classmethod
    def build(
        cls,
        ids: np.ndarray,
        vectors: np.ndarray,
        dim: int,
        *,
        hnsw_threshold: int,
        hnsw_m: int = 32,
        ef_construction: int = 80,
        ef_search: int = 128,
        use_gpu: bool | None = None,
    ) -> DenseIndex:
        gpus = gpu_count() if use_gpu is None else int(use_gpu)
        # GPUs brute-force millions of rows in well under a millisecond and FAISS has no GPU HNSW, so
        # on a GPU the index stays exact whatever its size.
        kind: IndexKind = "hnsw" if len(ids) > hnsw_threshold and gpus == 0 else "flat"
        inner: Any
        if kind == "hnsw":
            inner = faiss.IndexHNSWFlat(dim, hnsw_m, faiss.METRIC_INNER_PRODUCT)
            inner.hnsw.efConstruction = ef_construction
            inner.hnsw.efSearch = ef_search
        else:
            inner = faiss.IndexFlatIP(dim)
        index = faiss.IndexIDMap2(inner)
        if len(ids):
            index.add_with_ids(_rows(vectors, dim), np.asarray(ids, dtype=np.int64))
        built = cls(index, kind, dim)
        return built.to_gpu() if gpus > 0 else built

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    def to_gpu(self) -> DenseIndex:
        if self.on_gpu or gpu_count() == 0:
            return self
        gpu_index = faiss.index_cpu_to_all_gpus(self._index)
        logger.info("dense index of %d vectors moved to %d GPU(s)", self.size, gpu_count())
        return DenseIndex(gpu_index, self.kind, self.dim, on_gpu=True)

    def _cpu_index(self) -> Any:
        return faiss.index_gpu_to_cpu(self._index) if self.on_gpu else self._index

    def with_added(self, ids: np.ndarray, vectors: np.ndarray) -> DenseIndex:
        clone = faiss.clone_index(self._cpu_index())
        clone.add_with_ids(_rows(vectors, self.dim), np.asarray(ids, dtype=np.int64))
        result = DenseIndex(clone, self.kind, self.dim)
        return result.to_gpu() if self.on_gpu else result

    def supports_removal(self) -> bool:
        return self.kind == "flat"

    def with_removed(self, ids: np.ndarray) -> DenseIndex:
        if not self.supports_removal():
            raise NotImplementedError("HNSW cannot remove vectors; rebuild the index instead")
        clone: Any = faiss.clone_index(self._cpu_index())
        clone.remove_ids(np.asarray(ids, dtype=np.int64))
        result = DenseIndex(clone, self.kind, self.dim)
        return result.to_gpu() if self.on_gpu else result

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (ids, cosine scores), best first; fewer when the index is smaller than k."""
        k = min(k, self.size)
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scores, ids = self._index.search(_rows(query.reshape(1, -1), self.dim), k)
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(path.suffix + ".tmp")
        faiss.write_index(self._cpu_index(), str(tmp))
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path, dim: int, *, ef_search: int = 128) -> DenseIndex:
        index: Any = faiss.read_index(str(path))
        if index.d != dim:
            raise ValueError(f"{path} holds {index.d}-dimensional vectors, expected {dim}")
        inner: Any = faiss.downcast_index(index.index) if hasattr(index, "index") else index
        kind: IndexKind = "hnsw" if isinstance(inner, faiss.IndexHNSW) else "flat"
        if kind == "hnsw":
            inner.hnsw.efSearch = ef_search
        loaded = cls(index, kind, dim)
        return loaded.to_gpu() if gpu_count() > 0 else loaded


def _rows(vectors: np.ndarray, dim: int) -> np.ndarray:
    rows = np.ascontiguousarray(vectors, dtype=np.float32)
    if rows.ndim != 2 or rows.shape[1] != dim:
        raise ValueError(f"expected vectors of shape (n, {dim}), got {rows.shape}")
    return rows
