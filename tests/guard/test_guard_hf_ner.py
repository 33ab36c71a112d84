"""The operator-provided NER path (``pii.hf_ner_model_path``), exercised with tiny BERT token
classifiers built here: their classifier head is set so that every word gets one chosen label, which
makes what the gateway does with the model's answer (offsets, label mapping, thresholds, long texts,
redaction) checkable without real weights, which cannot be downloaded on these machines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from guard.errors import PolicyError, ScannerUnavailableError
from guard.pii.hf_ner import HFNerRecognizer
from guard.pii.scanner import PIIScanner
from guard.policy import GuardPolicy, PIIPolicy, request_policy
from guard.scanner import ScanContext
from guard.vault import Vault

from .tiny_bert import tiny_bert_config

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
WORDS = ["zorvex", "quimble", "plonk", "the", "and", "tarn"]


def _build(folder: Path, label: str, *, max_positions: int = 64) -> Path:
    import torch
    from transformers import BertForTokenClassification

    model = BertForTokenClassification(tiny_bert_config(folder, [*WORDS, "."], LABELS, max_positions))
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.fill_(-8.0)
        model.classifier.bias[LABELS.index(label)] = 8.0
    model.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def ner_model(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    built: dict[str, Path] = {}

    def model(label: str) -> Path:
        if label not in built:
            built[label] = _build(tmp_path_factory.mktemp(f"ner-{label}"), label)
        return built[label]

    return model


def test_every_word_read_as_a_person_is_redacted(analyzer, ner_model) -> None:  # type: ignore[no-untyped-def]
    text = "zorvex quimble tarn"
    assert PIIScanner(PIIPolicy(), analyzer).detect(text) == []  # the rules and spaCy find no one here
    policy = PIIPolicy(hf_ner_model_path=str(ner_model("B-PER")), mode="mask")
    scanner = PIIScanner(policy, analyzer)
    findings = scanner.detect(text)
    assert [(text[f.start : f.end], f.entity_type) for f in findings] == [
        ("zorvex", "PERSON"),
        ("quimble", "PERSON"),
        ("tarn", "PERSON"),
    ]
    assert all(f.score > 0.99 for f in findings)
    result = scanner.scan(text, ScanContext(vault=Vault()))
    assert "zorvex" not in result.text and result.text.count("PERSON") == 3


def test_inside_labels_make_one_span(analyzer, ner_model) -> None:  # type: ignore[no-untyped-def]
    text = "zorvex quimble tarn"
    findings = PIIScanner(PIIPolicy(hf_ner_model_path=str(ner_model("I-PER"))), analyzer).detect(text)
    assert [(f.start, f.end, f.entity_type) for f in findings] == [(0, len(text), "PERSON")]


def test_labels_map_to_the_policys_entities_only(analyzer, ner_model) -> None:  # type: ignore[no-untyped-def]
    text = "zorvex and tarn"
    places = str(ner_model("B-LOC"))
    with_places = PIIScanner(PIIPolicy(hf_ner_model_path=places), analyzer).detect(text)
    assert {f.entity_type for f in with_places} == {"LOCATION"}
    people_only = PIIPolicy(hf_ner_model_path=places, entities=["PERSON", "EMAIL_ADDRESS"])
    assert PIIScanner(people_only, analyzer).detect(text) == []
    # A label the policy does not map (MISC) is no finding; "O" is none either.
    for label in ("B-MISC", "O"):
        assert PIIScanner(PIIPolicy(hf_ner_model_path=str(ner_model(label))), analyzer).detect(text) == []


def test_the_score_threshold_applies(analyzer, ner_model) -> None:  # type: ignore[no-untyped-def]
    policy = PIIPolicy(hf_ner_model_path=str(ner_model("B-PER")), score_threshold=1.0)
    assert PIIScanner(policy, analyzer).detect("zorvex quimble") == []


def test_a_text_longer_than_the_model_window_is_read_to_its_end(tmp_path: Path) -> None:
    folder = _build(tmp_path, "B-PER", max_positions=32)
    ner = HFNerRecognizer(str(folder), {"PER": "PERSON"}, device="cpu")
    text = " ".join(["plonk"] * 200 + ["zorvex"])
    found = ner.analyze(text, ["PERSON"])
    assert len(found) == 201  # every word once, though the model reads 32 tokens at a time
    assert text[found[-1].start : found[-1].end] == "zorvex"
    assert len({(r.start, r.end) for r in found}) == 201


def test_clear_errors_for_a_missing_or_unmapped_model(tmp_path: Path, ner_model) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ScannerUnavailableError, match="does not exist"):
        HFNerRecognizer(str(tmp_path / "nope"), {"PER": "PERSON"})
    with pytest.raises(ScannerUnavailableError, match="none of the model's entity labels"):
        HFNerRecognizer(str(ner_model("B-PER")), {"PERSONA": "PERSON"})


def test_a_request_policy_cannot_choose_an_ner_model(ner_model) -> None:  # type: ignore[no-untyped-def]
    configured = GuardPolicy.from_dict({"pii": {"hf_ner_model_path": str(ner_model("B-PER"))}})
    with pytest.raises(PolicyError, match=r"pii\.hf_ner_model_path"):
        request_policy({"pii": {"hf_ner_model_path": "/tmp"}}, [configured])
    assert request_policy({}, [configured]).pii.hf_ner_model_path == str(ner_model("B-PER"))


def test_cuda_without_a_gpu_is_a_clear_error_and_auto_takes_the_cpu(ner_model) -> None:  # type: ignore[no-untyped-def]
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    with pytest.raises(ScannerUnavailableError, match=r"pii\.hf_ner_device is cuda but torch sees no GPU"):
        HFNerRecognizer(str(ner_model("B-PER")), {"PER": "PERSON"}, device="cuda")
    assert HFNerRecognizer(str(ner_model("B-PER")), {"PER": "PERSON"}).device == "cpu"
