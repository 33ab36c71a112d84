"""The llm-guard adapter. llm-guard cannot share our environment (it pins an old transformers), so
here it is absent and the adapter must say so clearly; a package with llm-guard's documented scanner
interface stands in for it to test the wiring. The real scanners are tested in llm-guard's own venv:
`make test-llmguard` (tests/llm_guard_env)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from presidio_analyzer import AnalyzerEngine

from guard.errors import PolicyError, ScannerUnavailableError
from guard.llm_guard_adapter import LLMGuardScanner
from guard.pipeline import GuardPipeline
from guard.policy import GuardPolicy, LLMGuardScannerSpec
from guard.scanner import ScanContext

STAND_IN = """
class BanSubstrings:
    def __init__(self, substrings, redact=False):
        self.substrings = substrings
        self.redact = redact

    def scan(self, prompt):
        hit = [s for s in self.substrings if s in prompt]
        if not hit:
            return prompt, True, -1.0
        if self.redact:
            for s in hit:
                prompt = prompt.replace(s, "[REDACTED]")
        return prompt, False, 1.0
"""


@pytest.fixture()
def stand_in(tmp_path: Path) -> Iterator[None]:
    if "llm_guard" in sys.modules:
        pytest.skip("the real llm-guard is installed; see test_with_real_llm_guard")
    pkg = tmp_path / "llm_guard"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "input_scanners.py").write_text(STAND_IN)
    sys.path.insert(0, str(tmp_path))
    try:
        yield
    finally:
        sys.path.remove(str(tmp_path))
        for name in [n for n in sys.modules if n == "llm_guard" or n.startswith("llm_guard.")]:
            del sys.modules[name]


def test_missing_llm_guard_is_a_clear_error() -> None:
    try:
        import llm_guard  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("llm-guard is installed here")
    with pytest.raises(ScannerUnavailableError, match="llm-guard is not installed"):
        LLMGuardScanner(LLMGuardScannerSpec(name="BanSubstrings"))


def test_unknown_scanner_name(stand_in: None) -> None:
    with pytest.raises(PolicyError, match="no scanner called 'NoSuchScanner'"):
        LLMGuardScanner(LLMGuardScannerSpec(name="NoSuchScanner"))


def test_bad_parameters(stand_in: None) -> None:
    with pytest.raises(PolicyError, match="bad parameters"):
        LLMGuardScanner(LLMGuardScannerSpec(name="BanSubstrings", params={"wrong": 1}))


async def test_pipeline_blocks_on_a_named_llm_guard_scanner(stand_in: None, analyzer: AnalyzerEngine) -> None:
    policy = GuardPolicy.from_dict(
        {"llm_guard": [{"name": "BanSubstrings", "params": {"substrings": ["project falcon"]}}]}
    )
    pipe = GuardPipeline(policy, pii_analyzer=analyzer)
    try:
        blocked = await pipe.scan_input("Tell me about project falcon", ScanContext())
        assert blocked.verdict == "blocked" and blocked.reason == "llm_guard:BanSubstrings: BANSUBSTRINGS"
        ok = await pipe.scan_input("Tell me about the savings plan", ScanContext())
        assert ok.verdict == "allowed"
    finally:
        pipe.close()


async def test_llm_guard_sees_the_text_before_pii_redaction(stand_in: None, analyzer: AnalyzerEngine) -> None:
    """A banned name must be caught even though the PII scanner would turn it into <PERSON_1>; the
    block's risk is the decision's risk."""
    policy = GuardPolicy.from_dict(
        {
            "pii": {"mode": "mask", "entities": ["PERSON"]},
            "llm_guard": [{"name": "BanSubstrings", "params": {"substrings": ["John Smith"]}}],
        }
    )
    pipe = GuardPipeline(policy, pii_analyzer=analyzer)
    try:
        decision = await pipe.scan_input("Please write to John Smith about the loan", ScanContext())
        assert decision.verdict == "blocked"
        assert decision.reason == "llm_guard:BanSubstrings: BANSUBSTRINGS"
        assert decision.risk == 1.0
    finally:
        pipe.close()


def test_redact_action_uses_the_sanitised_text(stand_in: None) -> None:
    spec = LLMGuardScannerSpec(
        name="BanSubstrings", params={"substrings": ["falcon"], "redact": True}, action="redact"
    )
    result = LLMGuardScanner(spec).scan("project falcon", ScanContext())
    assert result.text == "project [REDACTED]" and result.valid


def test_redact_without_a_sanitised_text_fails_closed(stand_in: None) -> None:
    spec = LLMGuardScannerSpec(name="BanSubstrings", params={"substrings": ["falcon"]}, action="redact")
    result = LLMGuardScanner(spec).scan("project falcon", ScanContext())
    assert not result.valid and result.text == "project falcon"
    assert [f.action for f in result.findings] == ["block"]


def test_with_real_llm_guard() -> None:
    pytest.importorskip("llm_guard")
    spec = LLMGuardScannerSpec(name="BanSubstrings", params={"substrings": ["falcon"]})
    result = LLMGuardScanner(spec).scan("project falcon", ScanContext())
    assert not result.valid
