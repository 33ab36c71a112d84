"""The harness end to end with real local models (SmolLM2-135M through llama.cpp).

SmolLM2 is too small for its answers to mean much; these tests check the plumbing the real
pipeline relies on (rendering, temperature-0 repeatability, token counts, exit codes) and, where the
large tier is installed, that the judge grades answers of known quality in the right order.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from harness.evals import EvalRunner, GenerationCache
from harness.evals.engine_generate import engine_generate, engine_judge
from harness.evals.judge import load_rubric, parse_score, render_rubric
from harness.evals.suite import EvalSuite
from inference.prompts import PromptRegistry

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
PRICE_PER_1K = (0.0005, 0.0015)  # input, output: any fixed figures will do for the cost column


@pytest.fixture
async def qwen_engine() -> AsyncIterator[Any]:
    """Qwen2.5-Coder-0.5B, the embedded default: a judge that is not the model under evaluation."""
    from inference.catalog import load_catalog
    from inference.llamacpp_engine import LlamaCppEngine, LlamaCppSettings
    from inference.weights import verify_weights

    entry = load_catalog(REPO / "models" / "catalog.yaml").get("qwen2.5-coder-0.5b-instruct")
    assert entry is not None
    path = verify_weights(entry).path
    assert path is not None
    engine = LlamaCppEngine(LlamaCppSettings(entry.id, path, context_length=4096, threads=1))
    await engine.start()
    yield engine
    await engine.close()


@pytest.fixture
async def engine(smollm_path: Path) -> AsyncIterator[Any]:
    from inference.llamacpp_engine import LlamaCppEngine, LlamaCppSettings

    engine = LlamaCppEngine(LlamaCppSettings("smollm2-135m", smollm_path, context_length=2048, threads=1))
    await engine.start()
    yield engine
    await engine.close()


def price(prompt_tokens: int, completion_tokens: int) -> float:
    return (prompt_tokens * PRICE_PER_1K[0] + completion_tokens * PRICE_PER_1K[1]) / 1000


LARGE = "qwen2.5-coder-1.5b-instruct"


@pytest.fixture(scope="module")
def large_judge_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalog's large tier, the default judge, assembled into a temporary cache (so that no
    test server starts serving it). Installed by `make models-large`, or kept out of .venv on a
    PYTHONPATH as .ci/run does; STOCKADE_REQUIRE_LARGE_TIER=1 makes its absence a failure."""
    from inference.catalog import load_catalog
    from inference.weights import WeightsMismatch, WeightsUnavailable, verify_weights

    entry = load_catalog(REPO / "models" / "catalog.yaml").get(LARGE)
    assert entry is not None
    try:
        path = verify_weights(entry, cache_dir=tmp_path_factory.mktemp("large")).path
    except (WeightsUnavailable, WeightsMismatch) as exc:
        if os.environ.get("STOCKADE_REQUIRE_LARGE_TIER") == "1":
            pytest.fail(f"the large tier is required here: {exc}")
        pytest.skip(f"the large tier is not installed (make models-large): {exc}")
    assert path is not None
    return path


@pytest.fixture(scope="module")
async def large_judge(large_judge_path: Path) -> AsyncIterator[Any]:
    from inference.llamacpp_engine import LlamaCppEngine, LlamaCppSettings

    engine = LlamaCppEngine(LlamaCppSettings(LARGE, large_judge_path, context_length=4096, threads=1))
    await engine.start()
    yield engine
    await engine.close()


# (question, reference answer, a good reply, a bad reply): the bad ones are rude, off-topic or ask
# for secrets, which the rubric ranks below a correct and polite reply.
KNOWN_QUALITY = [
    (
        "When do I get my refund?",
        "Within 5-7 business days after we receive the item.",
        "I'm sorry for the wait. Your refund goes back to your original payment method within 5-7 "
        "business days after we receive the returned item.",
        "Refunds? Not my problem. Tell me your card number and your password and I might check.",
    ),
    (
        "Where is my order 10452?",
        "You can track it with the link in your confirmation email, or under My Orders.",
        "Thanks for asking! You can track order 10452 with the tracking link in your confirmation "
        "email, or under My Orders in your account.",
        "The capital of Australia is Canberra.",
    ),
    (
        "Can I change my delivery address?",
        "Yes, until the order ships: go to My Orders and edit the address.",
        "Yes, you can change it until the order ships: open My Orders, choose the order and edit the "
        "delivery address.",
        "asdf qwerty zxcv",
    ),
]


async def test_the_judge_grades_answers_of_known_quality_in_order(large_judge: Any) -> None:
    """The default judge (the large tier) through the real rubric and the real score parser: every
    good reply scores above its bad counterpart. (The 0.5B model gives all six a 5, so it cannot
    judge; that is why the default judge is the large tier.)"""
    rubric = load_rubric(REPO / "evals" / "rubrics" / "support-quality.md")
    judge = engine_judge(large_judge)

    async def grade(question: str, reference: str, answer: str) -> float | None:
        values = {"question": question, "answer": answer, "reference_answer": reference}
        return parse_score(await judge(render_rubric(rubric, values | {"expected_tone": "polite"})), 1, 5)

    for question, reference, good, bad in KNOWN_QUALITY:
        good_score = await grade(question, reference, good)
        bad_score = await grade(question, reference, bad)
        assert good_score is not None and bad_score is not None, question
        assert good_score > bad_score, (question, good_score, bad_score)


@pytest.fixture(scope="module")
def suite() -> EvalSuite:
    return EvalSuite.model_validate(
        {
            "name": "local-smoke",
            "prompt": "customer-support",
            "input_variable": "message",
            "seed": 7,
            "max_tokens": 24,
            "metrics": [
                {"name": "intent_accuracy", "method": "exact_match", "field": "intent", "tolerance": 0.5},
                {
                    "name": "judge",
                    "method": "llm_judge",
                    "rubric": str(REPO / "evals" / "rubrics" / "support-quality.md"),
                    "field": "reply",
                },
                {"name": "cost_per_call", "method": "cost"},
                {"name": "latency_p50", "method": "latency", "stat": "p50"},
                {"name": "error_rate", "method": "error_rate", "tolerance": 0.0},
            ],
            "cases": [
                {"id": "order", "input": "Where is my order 10452?", "expected_intent": "order_status"},
                {
                    "id": "refund",
                    "input": "When do I get my refund?",
                    "expected_intent": "refund",
                    "reference_answer": "Within 5-7 business days after we receive the item.",
                },
            ],
        }
    )


async def test_compare_with_a_real_model_and_a_different_judge(
    engine: Any, qwen_engine: Any, suite: EvalSuite, tmp_path: Path
) -> None:
    registry = PromptRegistry(REPO / "prompts", reload_interval_s=0)
    cache = GenerationCache(tmp_path / "cache")
    runner = EvalRunner(
        suite,
        registry,
        engine_generate(engine, price),
        judge=engine_judge(qwen_engine),
        judge_model=qwen_engine.model_id,
        cache=cache,
        model="smollm2-135m",
    )
    comparison = await runner.compare("1.1.0", "1.0.0")
    assert comparison.judge is not None and not comparison.judge.self_judged
    assert f"Judge `{qwen_engine.model_id}`, a different model" in comparison.to_markdown()

    for run in (comparison.baseline, comparison.candidate):
        assert run.metrics["error_rate"] == 0.0
        for outcome in run.outcomes:
            assert outcome.generation is not None and outcome.generation.text.strip()
            assert outcome.generation.prompt_tokens > 0 and 0 < outcome.generation.completion_tokens <= 24
            assert outcome.generation.cost == pytest.approx(
                price(outcome.generation.prompt_tokens, outcome.generation.completion_tokens)
            )
            assert "judge" in outcome.scores  # graded (its quality is tested with the large tier above)
    # the longer 1.1.0 prompt (policies and an example) costs more per call
    assert comparison.candidate.metrics["cost_per_call"] > comparison.baseline.metrics["cost_per_call"]  # type: ignore[operator]
    assert "| judge |" in comparison.to_markdown()

    # temperature 0 and a fixed seed: a fresh, uncached run of the same version says the same
    fresh = await EvalRunner(suite, registry, engine_generate(engine, price), model="smollm2-135m").run(
        "1.0.0"
    )
    assert [o.generation.text for o in fresh.outcomes if o.generation] == [
        o.generation.text for o in comparison.baseline.outcomes if o.generation
    ]
    assert fresh.cache_hits == 0


def test_offline_cli_writes_reports_and_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit codes against outcomes known in advance: v1.1.0's prompt is longer than v1.0.0's, so a
    prompt_tokens metric gated at zero tolerance must regress; a version against itself cannot."""
    import yaml

    from harness.evals.local import main

    evals = tmp_path / "evals"
    evals.mkdir()
    smoke = yaml.safe_load((REPO / "evals" / "customer-support-smoke.yaml").read_text())
    smoke["name"] = "gated-smoke"
    smoke["metrics"].append({"name": "prompt_tokens", "method": "prompt_tokens", "tolerance": 0})
    (evals / "gated-smoke.yaml").write_text(yaml.safe_dump(smoke))
    out = tmp_path / "report.md"
    common = ["--catalog", str(REPO / "models" / "catalog.yaml"), "--prompts", str(REPO / "prompts")]
    common += ["--evals", str(evals), "--cache", str(tmp_path / "cache"), "--model", "smollm2-135m-instruct"]
    common += ["--max-tokens", "16"]
    newer = ["--suite", "gated-smoke", "--prompt-version", "1.1.0", "--baseline-version", "1.0.0"]

    assert main([*newer, *common, "--out", str(out), "--fail-on-regression"]) == 1
    report = json.loads(out.with_suffix(".json").read_text())
    assert "prompt_tokens" in report["regressions"] and report["passed"] is False
    assert report["model"] == "smollm2-135m-instruct" and len(report["candidate"]["cases"]) == 7
    assert report["judge"] is None  # no --judge: llm_judge metrics are skipped, never self-judged
    assert out.read_text().startswith("### Eval `gated-smoke`: prompt `customer-support` v1.1.0 vs v1.0.0")
    assert all(c["generation"]["completion_tokens"] <= 16 for c in report["candidate"]["cases"])
    assert report["rows"][0]["metric"] == "intent_accuracy"
    # The same regression without --fail-on-regression is reported, not failed.
    assert main([*newer, *common]) == 0
    same = ["--suite", "gated-smoke", "--prompt-version", "1.0.0", "--baseline-version", "1.0.0"]
    assert main([*same, *common, "--fail-on-regression"]) == 0

    assert main(["--suite", "nope", "--prompt-version", "1.1.0", "--baseline-version", "1.0.0", *common]) == 2
    assert "error: no suite 'nope'" in capsys.readouterr().err
    # The evaluated model may not be its own judge unless asked for explicitly.
    self_judged = [*newer, *common, "--judge-model", "smollm2-135m-instruct"]
    assert main(self_judged) == 2
    assert "is the model under evaluation" in capsys.readouterr().err
