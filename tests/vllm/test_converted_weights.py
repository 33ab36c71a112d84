"""The safetensors folder vLLM loads is converted from the verified GGUF, then verified itself: an
altered file is refused by name, and the SBOM says where the folder came from."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from inference.catalog import Catalog, load_catalog
from inference.weights import WeightsMismatch, default_cache_dir, verify_weights
from operations.sbom import model_component

from ..conftest import CATALOG  # type: ignore[import-not-found]
from .conftest import LLAMA_MODEL, VLLM_MODEL  # type: ignore[import-not-found]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(CATALOG)


@pytest.fixture(scope="module")
def converted(catalog: Catalog) -> Path:
    """The real conversion (about a minute the first time; reused while its manifest matches)."""
    entry = catalog.get(VLLM_MODEL)
    assert entry is not None
    weights = verify_weights(entry, None, catalog)
    assert weights.path is not None
    return weights.path


def _linked_cache(tmp_path: Path, converted: Path) -> Path:
    """A model cache made of hard links to the real files (no 1.7 GB copy); files a test alters
    are replaced, never written through the link."""
    cache = tmp_path / "cache"
    shutil.copytree(converted, cache / converted.name, copy_function=os.link)
    gguf = default_cache_dir() / "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
    os.link(gguf, cache / gguf.name)
    return cache


def test_the_converted_folder_is_verified_file_by_file(catalog: Catalog, converted: Path) -> None:
    entry = catalog.get(VLLM_MODEL)
    assert entry is not None
    weights = verify_weights(entry, None, catalog)
    names = {path.name for path, _ in weights.files}
    # The input GGUF first, then every converted file the catalog lists.
    assert names == {
        "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
        "model.safetensors",
        "tokenizer.json",
        "tokenizer_config.json",
        "chat_template.jinja",
        "config.json",
        "generation_config.json",
    }


def test_an_altered_converted_file_is_refused_by_name(
    catalog: Catalog, converted: Path, tmp_path: Path
) -> None:
    cache = _linked_cache(tmp_path, converted)
    config = cache / converted.name / "config.json"
    text = config.read_text().replace('"num_hidden_layers": 24', '"num_hidden_layers": 23')
    config.unlink()
    config.write_text(text)
    entry = catalog.get(VLLM_MODEL)
    assert entry is not None
    with pytest.raises(WeightsMismatch) as refused:
        verify_weights(entry, cache, catalog)
    assert refused.value.path.name == "config.json"
    # The real file was never touched.
    assert '"num_hidden_layers": 24' in (converted / "config.json").read_text()


def test_the_sbom_names_the_conversion(catalog: Catalog, converted: Path) -> None:
    entry = catalog.get(VLLM_MODEL)
    assert entry is not None
    component = model_component(entry, verify=True, catalog=catalog)
    props = {p.name: p.value for p in component.properties}
    assert props["stockade:source.type"] == "gguf_to_hf"
    assert props["stockade:conversion.from_model"] == LLAMA_MODEL
    assert props["stockade:conversion.recipe"].startswith("inference.gguf_convert v")
    assert props["stockade:verification"] == "verified"
    files = {c.name for c in component.components}
    assert "model.safetensors" in files and "config.json" in files
