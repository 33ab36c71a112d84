from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from harness.evals import EvalRunner, Generation, SuiteError, find_suite, load_suite
from harness.evals.suite import EvalCase, EvalSuite
from inference.prompts import PromptRegistry, PromptVersion

REPO = Path(__file__).resolve().parents[2]


async def _never(prompt: PromptVersion, case: EvalCase) -> Generation:
    raise AssertionError("not called")


def test_customer_support_suite_covers_every_intent() -> None:
    suite = find_suite("customer-support", REPO / "evals")
    assert len(suite.cases) >= 30
    intents = Counter(c.expected_intent for c in suite.cases)
    assert set(intents) == {
        "order_status", "shipping", "return", "refund", "cancellation", "account", "out_of_scope"
    }  # fmt: skip
    assert min(intents.values()) >= 4
    assert all(c.must_contain and c.reference_answer for c in suite.cases)
    registry = PromptRegistry(REPO / "prompts", reload_interval_s=0)
    runner = EvalRunner(suite, registry, _never)
    for version in registry.versions("customer-support"):
        # every case's input fits every version; eval_prompt raises SuiteError otherwise
        assert runner.eval_prompt(version).parameters.temperature == 0.0


def test_smoke_suite_is_a_subset_of_the_full_suite() -> None:
    full = {c.id: c for c in find_suite("customer-support", REPO / "evals").cases}
    smoke = find_suite("customer-support-smoke", REPO / "evals")
    assert 5 <= len(smoke.cases) <= 10
    assert all(full[c.id] == c for c in smoke.cases)


def test_text_input_goes_to_the_input_variable_and_json_works(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(
        json.dumps(
            {
                "name": "s",
                "prompt": "p",
                "input_variable": "question",
                "metrics": [{"name": "m", "method": "must_contain"}],
                "cases": [
                    {"input": "hi", "context": "one passage"},
                    {"id": "x", "input": {"question": "yo"}},
                ],
            }
        )
    )
    suite = load_suite(path)
    assert [c.id for c in suite.cases] == ["case-001", "x"]
    assert suite.cases[0].input == {"question": "hi"}
    assert suite.cases[0].context == ["one passage"]
    assert suite.base_dir() == tmp_path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- just a list\n", "is a mapping"),
        ("name: [unclosed\n", "cannot read suite"),
        ("name: s\nprompt: p\nmetrics: [{name: m, method: vibes}]\ncases: [{input: x}]\n", "method"),
        ("name: s\nprompt: p\nmetrics: [{name: m, method: llm_judge}]\ncases: [{input: x}]\n", "rubric"),
        ("name: s\nprompt: p\nmetrics: [{name: m, method: custom}]\ncases: [{input: x}]\n", "function"),
        (
            "name: s\nprompt: p\nmetrics: [{name: m, method: cost}]\n"
            "cases: [{id: a, input: x}, {id: a, input: y}]\n",
            "duplicate case id",
        ),
        (
            "name: s\nprompt: p\nmetrics: [{name: m, method: cost, tolerance: -1}]\ncases: [{input: x}]\n",
            "tolerance",
        ),
        ("name: s\nprompt: p\nmetrics: []\ncases: [{input: x}]\n", "metrics"),
        (
            "name: s\nprompt: p\nmetrics: [{name: m, method: cost}]\ncases: [{input: x, expected: 1}]\n",
            "expected",
        ),
    ],
)
def test_bad_suites_raise_suite_error_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(SuiteError, match=message) as info:
        load_suite(path)
    assert str(path) in str(info.value)


def test_missing_suite_and_mismatched_prompt(tmp_path: Path) -> None:
    with pytest.raises(SuiteError, match="no suite 'nope'"):
        find_suite("nope", tmp_path)
    suite = EvalSuite.model_validate(
        {
            "name": "s",
            "prompt": "customer-support",
            "metrics": [{"name": "m", "method": "cost"}],
            "cases": [{"input": {"message": "hi", "mood": "sad"}}],
        }
    )
    runner = EvalRunner(suite, PromptRegistry(REPO / "prompts"), _never)
    with pytest.raises(SuiteError, match="mood"):
        runner.eval_prompt("1.0.0")
    with pytest.raises(SuiteError, match="no version matching"):
        runner.eval_prompt("^9")
