"""The harness end to end with a real local model (SmolLM2-135M through llama.cpp).

The model is too small for its answers to mean much; these tests check the plumbing that the
real pipeline relies on: rendering, temperature-0 repeatability, token counts, the judge path.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from inference.evals import EvalRunner, GenerationCache
from inference.evals.engine_generate import engine_generate
from inference.evals.suite import EvalSuite
from inference.prompts import PromptRegistry

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
PRICE_PER_1K = (0.0005, 0.0015)  # input, output: any fixed figures will do for the cost column


@pytest.fixture
async def engine(smollm_path: Path) -> AsyncIterator[Any]:
    from inference.llamacpp_engine import LlamaCppEngine, LlamaCppSettings

    engine = LlamaCppEngine(LlamaCppSettings("smollm2-135m", smollm_path, context_length=2048, threads=1))
    await engine.start()
    yield engine
    await engine.close()


def price(prompt_tokens: int, completion_tokens: int) -> float:
    return (prompt_tokens * PRICE_PER_1K[0] + completion_tokens * PRICE_PER_1K[1]) / 1000


def llama_judge(llm: Any) -> Any:
    import llama_cpp

    # A grammar keeps the tiny judge's answer in the rubric's format; real judges need no help.
    grammar = llama_cpp.LlamaGrammar.from_string('root ::= "Score: " [1-5]', verbose=False)

    def judge(prompt: str) -> str:
        out = llm.create_chat_completion(
            messages=[{"role": "user", "content": prompt}], temperature=0.0, max_tokens=6, grammar=grammar
        )
        return str(out["choices"][0]["message"]["content"])

    return judge


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


async def test_compare_with_a_real_model_and_judge(
    engine: Any, smollm: Any, suite: EvalSuite, tmp_path: Path
) -> None:
    registry = PromptRegistry(REPO / "prompts", reload_interval_s=0)
    cache = GenerationCache(tmp_path / "cache")
    runner = EvalRunner(
        suite,
        registry,
        engine_generate(engine, price),
        judge=llama_judge(smollm),
        cache=cache,
        model="smollm2-135m",
    )
    comparison = await runner.compare("1.1.0", "1.0.0")

    for run in (comparison.baseline, comparison.candidate):
        assert run.metrics["error_rate"] == 0.0
        for outcome in run.outcomes:
            assert outcome.generation is not None and outcome.generation.text.strip()
            assert outcome.generation.prompt_tokens > 0 and 0 < outcome.generation.completion_tokens <= 24
            assert outcome.generation.cost == pytest.approx(
                price(outcome.generation.prompt_tokens, outcome.generation.completion_tokens)
            )
            assert outcome.scores["judge"] in {0.0, 0.25, 0.5, 0.75, 1.0}
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
    from inference.evals.local import main

    out = tmp_path / "report.md"
    common = ["--catalog", str(REPO / "models" / "catalog.yaml"), "--prompts", str(REPO / "prompts")]
    common += [
        "--evals",
        str(REPO / "evals"),
        "--cache",
        str(tmp_path / "cache"),
        "--model",
        "smollm2-135m-instruct",
    ]
    args = ["--suite", "customer-support-smoke", "--prompt-version", "1.1.0", "--baseline-version", "1.0.0"]
    code = main([*args, *common, "--max-tokens", "16", "--out", str(out), "--fail-on-regression"])

    report = json.loads(out.with_suffix(".json").read_text())
    assert code == (0 if report["passed"] else 1)
    assert report["model"] == "smollm2-135m-instruct" and len(report["candidate"]["cases"]) == 7
    assert out.read_text().startswith(
        "### Eval `customer-support-smoke`: prompt `customer-support` v1.1.0 vs v1.0.0"
    )
    assert all(c["generation"]["completion_tokens"] <= 16 for c in report["candidate"]["cases"])
    assert report["rows"][0]["metric"] == "intent_accuracy"

    assert main(["--suite", "nope", "--prompt-version", "1.1.0", "--baseline-version", "1.0.0", *common]) == 2
    assert "error: no suite 'nope'" in capsys.readouterr().err
