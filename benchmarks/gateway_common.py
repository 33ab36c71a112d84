"""Shared helpers of the gateway benchmarks: the real MiniLM embedder, machine line, result files."""

from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
DATA = REPO / "benchmarks" / "data" / "gateway"

from harness.bench.report import cpu_model  # noqa: E402  (needs REPO on sys.path)
from inference.embeddings import SentenceTransformerEmbedder, load_catalog_embedder  # noqa: E402

RESULTS = REPO / "benchmarks" / "results"


def minilm() -> SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 as the gateway loads it: catalog entry, verified weights, one torch thread."""
    return load_catalog_embedder(REPO / "models" / "catalog.yaml", "all-minilm-l6-v2")


def machine() -> str:
    python = platform.python_version()
    return f"{cpu_model()}, {os.cpu_count()} CPUs (shared), 1 thread per model, Python {python}"


def load_jsonl(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (DATA / name).read_text().splitlines() if line.strip()]


def write_results(stem: str, summary: dict[str, object], markdown: list[str]) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{stem}.json").write_text(json.dumps(summary, indent=2) + "\n")
    (RESULTS / f"{stem}.md").write_text("\n".join(markdown) + "\n")
    print("\n".join(markdown))
