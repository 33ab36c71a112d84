"""Sentence-transformers embedding engine (all-MiniLM-L6-v2 by default), CPU or GPU."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from inference.catalog import ModelEntry, load_catalog
from inference.engine import EngineHealth, EngineNotReady
from inference.weights import verify_weights

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EmbeddingSettings:
    model_id: str
    model_path: Path
    max_input_tokens: int
    dimensions: int
    threads: int = 1
    batch_size: int = 32


def settings_for(entry: ModelEntry, model_path: Path) -> EmbeddingSettings:
    return EmbeddingSettings(
        model_id=entry.id,
        model_path=model_path,
        max_input_tokens=entry.context_length,
        dimensions=entry.dimensions or 0,
        threads=entry.threads,
    )


def load_catalog_embedder(catalog_path: Path, model_id: str) -> SentenceTransformerEmbedder:
    """A catalog embedding model, weights verified and loaded now (benchmarks, tests, scripts)."""
    entry = load_catalog(catalog_path).get(model_id)
    if entry is None or entry.kind != "embedding":
        raise ValueError(f"{model_id} is not an embedding model of {catalog_path}")
    weights = verify_weights(entry)
    assert weights.path is not None
    embedder = SentenceTransformerEmbedder(settings_for(entry, weights.path))
    embedder.load()
    return embedder


class SentenceTransformerEmbedder:
    engine_name = "sentence-transformers"

    def __init__(self, settings: EmbeddingSettings) -> None:
        self.settings = settings
        self.model_id = settings.model_id
        self.dim = settings.dimensions
        self._model: Any = None
        self._error: str | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"embed-{self.model_id}")

    async def start(self) -> None:
        try:
            await asyncio.get_running_loop().run_in_executor(self._worker, self.load)
        except Exception as exc:
            self._error = f"{type(exc).__name__}: {exc}"
            raise

    def load(self) -> None:
        """Blocking; `start` runs it on the model's worker thread, scripts and tests call it directly."""
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        from sentence_transformers import SentenceTransformer

        started = time.perf_counter()
        torch.set_num_threads(self.settings.threads)
        device = "cuda" if torch.cuda.is_available() else "cpu"
        self._model = SentenceTransformer(str(self.settings.model_path), device=device, local_files_only=True)
        log.info("loaded %s on %s in %.2fs", self.model_id, device, time.perf_counter() - started)

    async def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)

    def health(self) -> EngineHealth:
        if self._model is not None:
            return EngineHealth(ready=True, detail="loaded")
        return EngineHealth(ready=False, detail=self._error or "loading")

    @property
    def model(self) -> Any:
        """The loaded sentence-transformers model, for components that share it (retrieval)."""
        return self._require()

    def _require(self) -> Any:
        if self._model is None:
            raise EngineNotReady(f"model {self.model_id} is not loaded yet")
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Blocking: L2-normalised float32 rows. Callers on the event loop use `aembed`."""
        model = self._require()
        vectors = model.encode(
            list(texts),
            batch_size=self.settings.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        tokenizer = self._require().tokenizer
        encoded = tokenizer(list(texts), add_special_tokens=True, truncation=False)["input_ids"]
        return [len(ids) for ids in encoded]

    async def atoken_counts(self, texts: Sequence[str]) -> list[int]:
        return await asyncio.get_running_loop().run_in_executor(self._worker, self.token_counts, texts)

    async def aembed(self, texts: Sequence[str]) -> np.ndarray:
        return await asyncio.get_running_loop().run_in_executor(self._worker, self.embed, texts)
