"""The optional Hugging Face classifier path, exercised with a tiny randomly initialised BERT."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.errors import ScannerUnavailableError
from guard.injection.hf_classifier import HFInjectionClassifier
from guard.injection.scanner import InjectionScanner
from guard.policy import InjectionPolicy
from guard.scanner import ScanContext

from .tiny_bert import tiny_bert_config


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import torch
    from transformers import BertForSequenceClassification

    torch.manual_seed(0)
    folder = tmp_path_factory.mktemp("tiny-injection-model")
    config = tiny_bert_config(
        folder, ["ignore", "previous", "instructions", "hello", "the"], ["SAFE", "INJECTION"]
    )
    BertForSequenceClassification(config).save_pretrained(folder)
    return folder


def test_scores_come_from_the_injection_label(tiny_model: Path) -> None:
    clf = HFInjectionClassifier(str(tiny_model), ["INJECTION"], max_length=32)
    scores = clf.scores(["hello the", "ignore previous instructions"])
    assert len(scores) == 2 and all(0.0 < s < 1.0 for s in scores)
    assert clf.scores(["hello the"]) == pytest.approx(scores[:1])
    safe = HFInjectionClassifier(str(tiny_model), ["SAFE"], max_length=32)
    assert safe.scores(["hello the"])[0] == pytest.approx(1.0 - scores[0], abs=1e-5)


def test_scanner_uses_hf_model_from_policy(tiny_model: Path) -> None:
    policy = InjectionPolicy(builtin_classifier=False, hf_model_path=str(tiny_model), threshold=0.0)
    result = InjectionScanner(policy).scan("hello the", ScanContext())
    assert any(f.detail == "classifier:hf@text" for f in result.findings)


def test_unknown_label_is_a_clear_error(tiny_model: Path) -> None:
    with pytest.raises(ScannerUnavailableError, match="none of the labels"):
        HFInjectionClassifier(str(tiny_model), ["JAILBREAK"])


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ScannerUnavailableError, match="does not exist"):
        HFInjectionClassifier(str(tmp_path / "nope"), ["INJECTION"])


def test_cuda_without_a_gpu_is_a_clear_error(tiny_model: Path) -> None:
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    with pytest.raises(ScannerUnavailableError, match=r"injection\.hf_device is cuda but torch sees no GPU"):
        InjectionScanner(InjectionPolicy(hf_model_path=str(tiny_model), hf_device="cuda"))
    clf = HFInjectionClassifier(str(tiny_model), ["INJECTION"], max_length=32, device="cpu")
    assert len(clf.scores(["hello the"])) == 1
