"""Session-wide real models for the guard tests: Presidio + spaCy, MiniLM, the shipped classifier."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from presidio_analyzer import AnalyzerEngine

from guard.pii.engine import build_analyzer
from guard.pii.onnx_ner import RAMPART_DIR
from guard.pii.scanner import PIIScanner
from guard.pipeline import GuardPipeline
from guard.policy import GuardPolicy, PIIPolicy
from inference.embeddings import SentenceTransformerEmbedder, load_catalog_embedder

from ..conftest import CATALOG  # type: ignore[import-not-found]

# The real Rampart model that ``make install`` puts in the environment (deploy/install-rampart.sh);
# ``STOCKADE_RAMPART_DIR`` names another copy. Its tests skip, saying why, where it is absent.
RAMPART_MODEL = Path(os.environ.get("STOCKADE_RAMPART_DIR", str(RAMPART_DIR)))
RAMPART_LABELS = {"GIVEN_NAME": "PERSON", "SURNAME": "PERSON"}
NEEDS_RAMPART = [
    pytest.mark.skipif(
        not (RAMPART_MODEL / "onnx" / "model_q4.onnx").is_file(),
        reason=f"no Rampart model at {RAMPART_MODEL}: make install runs deploy/install-rampart.sh",
    ),
    pytest.mark.skipif(
        importlib.util.find_spec("onnxruntime") is None,
        reason="onnxruntime is not installed (a dependency: make install)",
    ),
]


@pytest.fixture(scope="session")
def embedder() -> SentenceTransformerEmbedder:
    return load_catalog_embedder(CATALOG, "all-minilm-l6-v2")


@pytest.fixture(scope="session")
def analyzer() -> AnalyzerEngine:
    return build_analyzer(PIIPolicy().spacy_model, "en")


@pytest.fixture(scope="session")
def scanner(analyzer: AnalyzerEngine) -> PIIScanner:
    """The library's default PII policy over the shared analyzer."""
    return PIIScanner(PIIPolicy(), analyzer)


def person_spans(scanner: PIIScanner, text: str) -> list[str]:
    """The PERSON spans the scanner finds, as text."""
    return [text[f.start : f.end] for f in scanner.detect(text) if f.entity_type == "PERSON"]


@pytest.fixture(scope="session")
def pipeline(
    analyzer: AnalyzerEngine, embedder: SentenceTransformerEmbedder, span_exporter: InMemorySpanExporter
) -> Iterator[GuardPipeline]:
    pipe = GuardPipeline(GuardPolicy(), embedder, pii_analyzer=analyzer)
    yield pipe
    pipe.close()
