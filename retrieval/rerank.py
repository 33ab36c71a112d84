"""Cross-encoder reranking from a local model folder (bge-reranker-v2-m3, ms-marco-MiniLM, ...)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

from retrieval.embedders import pick_device

if TYPE_CHECKING:
    from sentence_transformers import CrossEncoder


@runtime_checkable
class Reranker(Protocol):
    name: str

    def score(self, query: str, texts: Sequence[str]) -> np.ndarray: ...


class CrossEncoderReranker:
    def __init__(
        self,
        model: str | Path | CrossEncoder,
        *,
        device: str = "auto",
        batch_size: int = 16,
        max_length: int = 512,
    ) -> None:
        from sentence_transformers import CrossEncoder

        self._model: CrossEncoder
        if isinstance(model, str | Path):
            folder = Path(model)
            if not folder.is_dir():
                raise FileNotFoundError(f"reranker folder not found: {folder}")
            self._model = CrossEncoder(
                str(folder), device=pick_device(device), max_length=max_length, local_files_only=True
            )
            self.name = f"cross-encoder:{folder.name}"
        else:
            self._model = model
            self.name = f"cross-encoder:{Path(str(getattr(model.model, 'name_or_path', 'instance'))).name}"
        self._batch_size = batch_size

    def score(self, query: str, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0, dtype=np.float32)
        scores = self._model.predict(
            [(query, t) for t in texts],
            batch_size=self._batch_size,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return np.asarray(scores, dtype=np.float32).reshape(len(texts), -1)[:, 0]
