"""A lazy embedder (what `stockade ingest` uses): unchanged files never load the model, changed
ones do, and a folder whose files misstate the model's shape is refused before it embeds."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import minilm_path

from retrieval import SentenceTransformerEmbedder
from retrieval.embedders import folder_shape

REPO = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter, so that what it imported tells whether the model was loaded.
INGEST = textwrap.dedent(
    """
    import json, sys
    from retrieval import Retrieval, RetrievalSettings
    from retrieval.embedders import build_embedder
    settings = RetrievalSettings(data_dir=sys.argv[1])
    retrieval = Retrieval(settings, embedder=build_embedder(settings, lazy=True))
    report = retrieval.ingest([sys.argv[2]], "kb", "acme")
    searched = report.count("skipped") == 0
    hits = retrieval.search("kb", "zebra stripes", "acme", top_k=3).hits if searched else []
    print(json.dumps({
        "statuses": [f.status for f in report.files],
        "loaded": "sentence_transformers" in sys.modules,
        "hits": [h.text for h in hits],
    }))
    """
)


def _ingest(data_dir: Path, docs: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", INGEST, str(data_dir), str(docs)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_folder_states_the_shape_the_model_has(embedder: SentenceTransformerEmbedder) -> None:
    assert folder_shape(minilm_path()) == (embedder.dim, embedder.max_tokens) == (384, 256)


def test_unchanged_files_are_skipped_without_loading_the_model(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "animals.txt").write_text("Zebras graze on the savanna and have striped coats.")
    first = _ingest(tmp_path / "data", docs)
    assert first["statuses"] == ["ingested"] and first["loaded"] is True
    assert any("Zebras" in str(h) for h in first["hits"])  # type: ignore[attr-defined]

    again = _ingest(tmp_path / "data", docs)
    assert again == {"statuses": ["skipped"], "loaded": False, "hits": []}

    (docs / "animals.txt").write_text("Zebra stripes confuse biting flies.")
    changed = _ingest(tmp_path / "data", docs)
    assert changed["statuses"] == ["replaced"] and changed["loaded"] is True
    assert any("biting flies" in str(h) for h in changed["hits"])  # type: ignore[attr-defined]


def test_a_model_that_disagrees_with_its_folder_is_refused_before_it_embeds(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    shutil.copytree(minilm_path(), folder)
    pooling = folder / "1_Pooling" / "config.json"
    original = pooling.read_text()
    # The folder is changed between the embedder's creation and its first use.
    pooling.write_text(json.dumps({**json.loads(original), "pooling_mode_max_tokens": True}))
    lazy = SentenceTransformerEmbedder(folder, device="cpu", lazy=True)
    assert (lazy.dim, lazy.max_tokens) == (768, 256)
    pooling.write_text(original)
    with pytest.raises(ValueError, match=r"384 dimensions .* said 768"):
        lazy.embed(["a"])
