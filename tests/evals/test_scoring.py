from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from harness.evals import (
    Embedder,
    EvalRunner,
    Generation,
    MetricError,
    extract_field,
    extract_json,
    parse_score,
)
from harness.evals.scoring import ScoringContext, score_case
from harness.evals.suite import EvalCase, EvalSuite, MetricSpec
from inference.prompts import PromptRegistry

REPO = Path(__file__).resolve().parents[2]


def gen(text: str, **extra: Any) -> Generation:
    return Generation(text=text, prompt_tokens=10, completion_tokens=5, cost=0.0, latency_s=0.1, **extra)


def case(**fields: Any) -> EvalCase:
    return EvalCase.model_validate({"id": "c", "input": {"message": "Where is my order?"}, **fields})


def spec(**fields: Any) -> MetricSpec:
    return MetricSpec.model_validate({"name": "m", **fields})


def context(embedder: Embedder | None = None) -> ScoringContext:
    suite = EvalSuite.model_validate(
        {
            "name": "s",
            "prompt": "p",
            "input_variable": "message",
            "metrics": [{"name": "m", "method": "cost"}],
            "cases": [{"input": "x"}],
        }
    )
    return ScoringContext(suite, embedder=embedder)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"intent": "refund"}', {"intent": "refund"}),
        (
            'Sure! Here it is:\n```json\n{"intent": "refund", "n": [1, 2]}\n```\nBye',
            {"intent": "refund", "n": [1, 2]},
        ),
        ('The answer is {"a": 1} and {"b": 2}', {"a": 1}),
        ("[1, 2]", [1, 2]),
        ("no json {here", None),
        ("", None),
    ],
)
def test_extract_json(text: str, expected: Any) -> None:
    assert extract_json(text) == expected


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ('{"intent": "refund", "reply": "Hi"}', "intent", "refund"),
        ('{"needs_human": true}', "needs_human", "true"),
        ("Intent: refund\nReply: Your money comes back\nwithin 5-7 business days.", "reply",
         "Your money comes back\nwithin 5-7 business days."),
        ("Intent: refund\nReply: ok", "intent", "refund"),
        ("**Intent:** order_status\n**Reply:** Track it.", "intent", "order_status"),
        ("- intent = shipping", "intent", "shipping"),
        ("I think this is about a refund.", "intent", None),
    ],
)  # fmt: skip
def test_extract_field(text: str, field: str, expected: str | None) -> None:
    assert extract_field(text, field) == expected


@pytest.mark.parametrize(
    ("text", "low", "high", "expected"),
    [
        ("Score: 4\nThe reply is polite.", 1, 5, 0.75),
        ("**Score**: 5 — perfect", 1, 5, 1.0),
        ("- **Score:** 3", 1, 5, 0.5),
        ("Score: 4/5", 1, 5, 0.75),
        ("The reply says refunds take 5-7 days.\nScore: 2", 1, 5, 0.25),
        ("Score: 0.8", 0, 1, 0.8),
        # Only the rubric's score line counts: numbers anywhere else are never a score.
        ("The reply says refunds take 5-7 days.", 1, 5, None),
        ("The reply mentions 30 days and is a 4.", 1, 5, None),
        ("2", 1, 5, None),
        ("Rating: 4/5", 1, 5, None),
        ("I would give it 3 out of 5.", 1, 5, None),
        ("My score: 4", 1, 5, None),
        # A score line outside the scale, or over another scale, is refused, not rescaled.
        ("Score: 9", 1, 5, None),
        ("score = 7/10", 1, 5, None),
        ("I cannot grade this.", 1, 5, None),
        ("", 1, 5, None),
    ],
)
def test_parse_score(text: str, low: float, high: float, expected: float | None) -> None:
    result = parse_score(text, low, high)
    assert result == pytest.approx(expected) if expected is not None else result is None


@pytest.mark.parametrize(
    ("metric", "the_case", "text", "expected"),
    [
        ({"method": "exact_match", "field": "intent"}, {"expected_intent": "order_status"},
         "Intent: Order-Status\nReply: hi", 1.0),
        ({"method": "exact_match", "field": "intent"}, {"expected_intent": "refund"}, "Intent: return", 0.0),
        ({"method": "exact_match", "field": "intent"}, {"expected_intent": "refund"}, "no label at all", 0.0),
        ({"method": "exact_match", "field": "intent"}, {}, "Intent: return", None),
        ({"method": "exact_match", "expected": "reference_answer"}, {"reference_answer": "Paris."},
         " paris ", 1.0),
        ({"method": "must_contain", "field": "reply"}, {"must_contain": [["track", "my orders"], "email"]},
         "Intent: x\nReply: Use the TRACKING link in the email.", 1.0),
        ({"method": "must_contain", "field": "reply"}, {"must_contain": [["track", "my orders"], "email"]},
         "Reply: Use the tracking link.", 0.0),
        ({"method": "must_contain"}, {}, "anything", None),
        ({"method": "must_not_contain", "field": "reply"}, {"must_not_contain": ["Canberra"]},
         "Reply: The capital is canberra.", 0.0),
        ({"method": "must_not_contain"}, {"must_not_contain": ["Canberra"]}, "I only help with orders.", 1.0),
        ({"method": "json_valid"}, {}, 'ok ```{"a": 1}```', 1.0),
        ({"method": "json_valid"}, {}, "Intent: refund", 0.0),
        ({"method": "json_match"}, {"expected_json": {"needs_human": True}},
         '{"intent": "refund", "needs_human": true}', 1.0),
        ({"method": "json_match"}, {"expected_json": {"needs_human": True}}, '{"needs_human": false}', 0.0),
        ({"method": "json_match", "field": "tags"}, {"expected_json": ["a", "B"]},
         '{"tags": ["A", "b"]}', 1.0),
        ({"method": "recall_at_k", "k": 2}, {"relevant_ids": ["d1", "d7"]}, "x", 0.5),
        ({"method": "custom", "function": "harness.evals.checks:no_secret_request"}, {},
         "Please send us your full card number.", 0.0),
        ({"method": "custom", "function": "harness.evals.checks.no_secret_request"}, {},
         "Reset it with the Forgot password link and choose a new password.", 1.0),
        ({"method": "custom", "function": "harness.evals.checks:no_secret_request"}, {},
         "Please never share your card number; do not give anyone your PIN.", 1.0),
        ({"method": "custom", "function": "harness.evals.checks:no_secret_request"}, {},
         "Never mind the delay. Please tell me your CVV.", 0.0),
    ],
)  # fmt: skip
async def test_text_methods(
    metric: dict[str, Any], the_case: dict[str, Any], text: str, expected: Any
) -> None:
    ctx = context()
    metric_spec = spec(**metric)
    ctx.prepare(metric_spec)
    generation = gen(text, retrieved_ids=("d3", "d1", "d7"))
    assert await score_case(metric_spec, case(**the_case), generation, ctx) == expected


def test_unknown_custom_function_fails_before_any_generation() -> None:
    suite = EvalSuite.model_validate(
        {
            "name": "s",
            "prompt": "customer-support",
            "metrics": [{"name": "m", "method": "custom", "function": "harness.evals.checks:nope"}],
            "cases": [{"input": {"message": "x"}}],
        }
    )

    async def generate(*_: object) -> Generation:
        raise AssertionError("not called")

    with pytest.raises(MetricError, match="cannot import"):
        EvalRunner(suite, PromptRegistry(REPO / "prompts"), generate)


async def test_embedding_similarity_ranks_paraphrase_over_unrelated(embedder: Embedder) -> None:
    ctx = context(embedder)
    metric = spec(method="embedding_similarity", field="reply")
    the_case = case(reference_answer="Refunds reach your card within 5-7 business days.")
    close = await score_case(
        metric, the_case, gen("Reply: Your refund arrives on your card in 5 to 7 working days."), ctx
    )
    far = await score_case(metric, the_case, gen("Reply: The capital of Australia is Canberra."), ctx)
    assert close is not None and far is not None
    assert close > 0.6 > 0.3 > far


async def test_rag_metrics(embedder: Embedder) -> None:
    ctx = context(embedder)
    passages = [
        "Items can be returned within 30 days of delivery if unused.",
        "Standard delivery takes 3-5 business days.",
        "Our headquarters are in Rotterdam and were founded in 1998.",
    ]
    the_case = case(
        input={"message": "How long do I have to return an item?"},
        context=passages,
        reference_answer="You can return unused items within 30 days of delivery.",
    )
    faithful = gen("You can return unused items within 30 days of delivery.")
    invented = gen(
        "Returns are accepted for 90 days. We also give every customer a free gift card worth $20."
    )
    faith = spec(method="faithfulness", threshold=0.6)
    assert await score_case(faith, the_case, faithful, ctx) == 1.0
    assert await score_case(faith, the_case, invented, ctx) == 0.0

    precision = spec(method="context_precision", threshold=0.6)
    assert await score_case(precision, the_case, faithful, ctx) == 1.0  # the one relevant passage ranks first
    reordered = case(input=the_case.input, context=passages[::-1], reference_answer=the_case.reference_answer)
    assert await score_case(precision, reordered, faithful, ctx) == pytest.approx(1 / 3)

    relevance = spec(method="answer_relevance")
    on_topic = await score_case(relevance, the_case, faithful, ctx)
    off_topic = await score_case(relevance, the_case, gen("Our headquarters are in Rotterdam."), ctx)
    assert on_topic is not None and off_topic is not None and on_topic > off_topic + 0.3
    # the pipeline's own contexts win over the suite's when it reports them
    assert (
        await score_case(
            faith, case(), gen("Delivery takes 3-5 business days.", contexts=(passages[1],)), ctx
        )
        == 1.0
    )


async def test_embedding_metrics_need_an_embedder() -> None:
    with pytest.raises(MetricError, match="embedder"):
        await score_case(spec(method="answer_relevance"), case(), gen("x y z"), context())
