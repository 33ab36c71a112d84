from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from harness.evals import Embedder, EvalError, EvalRunner, Generation, GenerationCache, find_suite
from harness.evals.suite import EvalCase, EvalSuite
from inference.prompts import PromptRegistry, PromptVersion

REPO = Path(__file__).resolve().parents[2]


@dataclass
class ScriptedPipeline:
    """Stands in for the API pipeline (wired by the lead): answers depend on the prompt version.

    ``good`` versions answer with the expected intent and the reference answer; other versions
    label every third case out_of_scope and answer vaguely. Costs follow prompt size.
    """

    good: set[str]
    cost_per_call: dict[str, float] = field(default_factory=dict)
    fail_cases: set[str] = field(default_factory=set)
    answered_by: str | None = None  # the model that really answered (a fallback), if not the asked one
    calls: list[tuple[str, str]] = field(default_factory=list)
    seen: list[PromptVersion] = field(default_factory=list)

    async def __call__(self, prompt: PromptVersion, case: EvalCase) -> Generation:
        self.calls.append((prompt.version_str, case.id))
        self.seen.append(prompt)
        if case.id in self.fail_cases:
            raise TimeoutError("engine timed out")
        rendered = prompt.render(case.input)  # what the real pipeline does first
        if prompt.version_str in self.good:
            text = f"Intent: {case.expected_intent}\nReply: {case.reference_answer}"
        elif int(case.id.encode().hex(), 16) % 3 == 0:
            text = "Intent: out_of_scope\nReply: Sorry, I do not know."
        else:
            text = f"Intent: {case.expected_intent}\nReply: Please contact us."
        return Generation(
            text=text,
            prompt_tokens=sum(len(m.content.split()) for m in rendered.messages),
            completion_tokens=len(text.split()),
            cost=self.cost_per_call.get(prompt.version_str, 0.0001),
            latency_s=0.5,
            model=self.answered_by or prompt.parameters.model or "",
        )


@pytest.fixture
def registry() -> PromptRegistry:
    return PromptRegistry(REPO / "prompts", reload_interval_s=0)


@pytest.fixture
def smoke() -> EvalSuite:
    return find_suite("customer-support-smoke", REPO / "evals")


async def test_full_suite_comparison_report(
    registry: PromptRegistry, embedder: Embedder, tmp_path: Path
) -> None:
    suite = find_suite("customer-support", REPO / "evals")
    pipeline = ScriptedPipeline(good={"1.1.0"}, cost_per_call={"1.0.0": 0.0001, "1.1.0": 0.00011})
    runner = EvalRunner(suite, registry, pipeline, model="qwen-test", embedder=embedder)
    comparison = await runner.compare("1.1.0", "1.0.0")

    # the pipeline got temperature 0, the suite's seed and the chosen model, for both versions
    assert {
        (p.version_str, p.parameters.temperature, p.parameters.seed, p.parameters.model)
        for p in pipeline.seen
    } == {
        ("1.0.0", 0.0, 42, "qwen-test"),
        ("1.1.0", 0.0, 42, "qwen-test"),
    }
    rows = {r.metric: r for r in comparison.rows}
    n = len(suite.cases)
    wrong = sum(
        int(c.id.encode().hex(), 16) % 3 == 0 and c.expected_intent != "out_of_scope" for c in suite.cases
    )
    assert rows["intent_accuracy"].baseline == pytest.approx((n - wrong) / n)
    assert rows["intent_accuracy"].candidate == 1.0
    assert rows["intent_accuracy"].verdict == "better"
    assert rows["answer_similarity"].candidate == pytest.approx(1.0, abs=1e-5)  # reply == reference
    assert rows["cost_per_call"].verdict == "worse_ungated"  # reported, not gated, in this suite
    assert rows["cost_per_call"].change_pct == pytest.approx(10.0)
    assert rows["judge_quality"].verdict == "skipped" and "no judge" in rows["judge_quality"].note
    assert rows["latency_p50"].verdict == "better"  # equal counts as not worse
    assert rows["prompt_tokens"].verdict == "worse_ungated"  # v1.1.0 is a longer prompt: reported only
    assert comparison.passed and comparison.exit_code() == 0

    markdown = comparison.to_markdown()
    assert "| metric | baseline v1.0.0 | candidate v1.1.0 | change | verdict |" in markdown
    assert f"| intent_accuracy | {(n - wrong) / n:.3f} | 1.000 | +" in markdown
    assert "| cost_per_call | $0.000100 | $0.000110 | +$0.000010 (+10.0%) | ⚠️ |" in markdown
    assert "**Result: ✅" in markdown

    written = json.loads(comparison.write_json(tmp_path / "report.json").read_text())
    assert written["passed"] is True and written["regressions"] == []
    assert written["candidate"]["metrics"]["intent_accuracy"] == 1.0
    assert len(written["baseline"]["cases"]) == n


async def test_regression_fails_with_the_metric_named(registry: PromptRegistry, smoke: EvalSuite) -> None:
    pipeline = ScriptedPipeline(good={"1.0.0"}, cost_per_call={"1.0.0": 0.0001, "1.1.0": 0.0002})
    gated = [m.model_copy(update={"tolerance_pct": 25.0}) if m.method == "cost" else m for m in smoke.metrics]
    suite = smoke.model_copy(update={"metrics": gated})
    comparison = await EvalRunner(suite, registry, pipeline).compare("1.1.0", "1.0.0")
    failed = {r.metric for r in comparison.regressions}
    assert "cost_per_call" in failed  # doubled, 25 % allowed
    assert "must_contain" in failed
    assert comparison.exit_code(fail_on_regression=True) == 1
    assert comparison.exit_code(fail_on_regression=False) == 0
    markdown = comparison.to_markdown()
    assert "**Result: ❌ regression: " in markdown
    assert "cost_per_call (+$0.000100 (+100.0%), allowed $0.000025)" in markdown
    assert "<details><summary>Case scores that dropped" in markdown


async def test_results_are_cached_per_prompt_content_model_and_input(
    registry: PromptRegistry, smoke: EvalSuite, tmp_path: Path
) -> None:
    cache = GenerationCache(tmp_path / "cache")
    first = ScriptedPipeline(good={"1.1.0"})
    run1 = await EvalRunner(smoke, registry, first, cache=cache, model="m1").run("1.1.0")
    assert len(first.calls) == len(smoke.cases) and run1.cache_hits == 0

    again = ScriptedPipeline(good=set())  # would answer differently if it were asked
    run2 = await EvalRunner(smoke, registry, again, cache=cache, model="m1").run("1.1.0")
    assert again.calls == [] and run2.cache_hits == len(smoke.cases)
    assert run2.metrics == run1.metrics

    other_model = ScriptedPipeline(good=set())
    await EvalRunner(smoke, registry, other_model, cache=cache, model="m2").run("1.1.0")
    assert len(other_model.calls) == len(smoke.cases)

    # an edited prompt file is a new content hash: everything is generated again
    root = tmp_path / "prompts"
    shutil.copytree(REPO / "prompts", root)
    path = root / "customer-support" / "v1.1.0.md"
    path.write_text(path.read_text().replace("one or two friendly sentences", "one friendly sentence"))
    edited = ScriptedPipeline(good={"1.1.0"})
    run3 = await EvalRunner(
        smoke, PromptRegistry(root, reload_interval_s=0), edited, cache=cache, model="m1"
    ).run("1.1.0")
    assert len(edited.calls) == len(smoke.cases) and run3.cache_hits == 0
    assert run3.content_hash != run1.content_hash


async def test_failed_generations_are_scored_as_failures(registry: PromptRegistry, smoke: EvalSuite) -> None:
    pipeline = ScriptedPipeline(good={"1.0.0", "1.1.0"}, fail_cases={"refund-when"})
    comparison = await EvalRunner(smoke, registry, pipeline).compare("1.1.0", "1.0.0")
    rows = {r.metric: r for r in comparison.rows}
    assert rows["error_rate"].candidate == pytest.approx(1 / len(smoke.cases))
    assert rows["intent_accuracy"].candidate == pytest.approx(1 - 1 / len(smoke.cases))
    failed = next(o for o in comparison.candidate.outcomes if o.case_id == "refund-when")
    assert failed.error == "TimeoutError: engine timed out"
    # a failed case fails the checks that apply to it (it has no must_not_contain), and only those
    assert failed.scores == {
        "intent_accuracy": 0.0,
        "must_contain": 0.0,
        "no_secret_request": 0.0,
        "answer_similarity": 0.0,
    }
    assert "`refund-when`: TimeoutError: engine timed out" in comparison.to_markdown()
    assert rows["error_rate"].verdict == "better"  # both runs failed the same case


def _grader(prompt: str) -> str:
    """A stand-in judge model: a correct reply (it carries the reference answer) gets a 5, others a 2."""
    answer = prompt.split("Assistant reply:", 1)[1].split("A good reply would say", 1)[0]
    reference = prompt.split("A good reply would say something like:", 1)[-1].split("\n")[1]
    return "Score: 5\nCorrect." if reference.strip() and reference.strip() in answer else "Score: 2\nVague."


@pytest.fixture
def judged() -> EvalSuite:
    suite = find_suite("customer-support", REPO / "evals")
    cases = [c for c in suite.cases if c.reference_answer][:4]
    return suite.model_copy(update={"cases": cases})


async def test_a_model_never_judges_its_own_answers_unless_allowed(
    registry: PromptRegistry, judged: EvalSuite
) -> None:
    pipeline = ScriptedPipeline(good={"1.1.0"})
    with pytest.raises(EvalError, match="judge_model"):
        EvalRunner(judged, registry, pipeline, model="qwen", judge=_grader)
    with pytest.raises(EvalError, match="is the model under evaluation"):
        EvalRunner(judged, registry, pipeline, model="qwen", judge=_grader, judge_model="qwen")
    # Configured as another model, but a fallback made the judge's own model write the answers.
    fell_back = ScriptedPipeline(good={"1.1.0"}, answered_by="big")
    runner = EvalRunner(judged, registry, fell_back, model="qwen", judge=_grader, judge_model="big")
    with pytest.raises(EvalError, match="wrote the answer it would grade"):
        await runner.compare("1.1.0", "1.0.0")


async def test_the_report_names_the_judge_and_labels_self_judging(
    registry: PromptRegistry, judged: EvalSuite, tmp_path: Path
) -> None:
    independent = await EvalRunner(
        judged, registry, ScriptedPipeline(good={"1.1.0"}), model="qwen", judge=_grader, judge_model="big"
    ).compare("1.1.0", "1.0.0")
    rows = {r.metric: r for r in independent.rows}
    # The stand-in judge's verdicts, mapped from 1..5: v1.1.0 answers with the reference (5 -> 1.0),
    # v1.0.0 does not (2 -> 0.25).
    assert (rows["judge_quality"].baseline, rows["judge_quality"].candidate) == (0.25, 1.0)
    assert "Judge `big`, a different model from the one evaluated." in independent.to_markdown()
    assert independent.to_dict()["judge"] == {"model": "big", "where": "in-process", "self_judged": False}

    allowed = await EvalRunner(
        judged,
        registry,
        ScriptedPipeline(good={"1.1.0"}),
        model="qwen",
        judge=_grader,
        judge_model="qwen",
        allow_self_judge=True,
    ).compare("1.1.0", "1.0.0")
    assert allowed.judge is not None and allowed.judge.self_judged
    assert "**self-judged**" in allowed.to_markdown()
    written = json.loads(allowed.write_json(tmp_path / "self.json").read_text())
    assert written["judge"] == {"model": "qwen", "where": "in-process", "self_judged": True}
