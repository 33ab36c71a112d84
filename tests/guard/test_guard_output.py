from __future__ import annotations

import pytest

from guard.errors import PolicyError, StructuredOutputError
from guard.output.faithfulness import faithfulness_score
from guard.output.refusal import is_refusal
from guard.output.schema import JsonSchemaValidator

SCHEMA = {
    "type": "object",
    "properties": {"amount": {"type": "number"}, "currency": {"type": "string", "enum": ["EUR", "TRY"]}},
    "required": ["amount", "currency"],
    "additionalProperties": False,
}


def test_valid_json_is_parsed_even_inside_a_fence() -> None:
    validator = JsonSchemaValidator(SCHEMA)
    assert validator.validate('{"amount": 12.5, "currency": "EUR"}') == {"amount": 12.5, "currency": "EUR"}
    assert validator.validate('```json\n{"amount": 1, "currency": "TRY"}\n```') == {
        "amount": 1,
        "currency": "TRY",
    }


def test_schema_violation_gives_a_correction_naming_the_problem() -> None:
    validator = JsonSchemaValidator(SCHEMA)
    with pytest.raises(StructuredOutputError) as info:
        validator.validate('{"amount": "twelve", "currency": "USD"}')
    assert "amount" in info.value.correction and "'USD' is not one of" in info.value.correction
    assert '"required": ["amount", "currency"]' in info.value.correction


def test_broken_json_gives_a_correction() -> None:
    with pytest.raises(StructuredOutputError, match="not valid JSON") as info:
        JsonSchemaValidator(SCHEMA).validate("Sure! amount is 12")
    assert "only a JSON document" in info.value.correction


def test_invalid_schema_is_a_policy_error() -> None:
    with pytest.raises(PolicyError):
        JsonSchemaValidator({"type": "not-a-type"})


@pytest.mark.parametrize(
    "answer",
    [
        "I'm sorry, but I can't help with that request.",
        "I cannot provide instructions for making weapons.",
        "As an AI, I am unable to share personal opinions on that.",
        "Üzgünüm, bu konuda yardımcı olamam.",
        "I must decline to answer this question.",
    ],
)
def test_refusals_are_detected(answer: str) -> None:
    assert is_refusal(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Sure! Your account balance is 1,520 EUR.",
        "Sorry for the delay: the transfer will arrive tomorrow.",
        "Here are three steps. " + "Step detail. " * 40 + "Note that I can't guarantee exchange rates.",
        "",
    ],
)
def test_answers_are_not_refusals(answer: str) -> None:
    assert not is_refusal(answer)


CONTEXT = [
    "Early repayment of a consumer loan is allowed at any time. The bank may charge a fee of at most 2% of "
    "the repaid amount when the remaining term is longer than one year.",
    "Branches are open from 9:00 to 17:00 on weekdays and closed on public holidays.",
]


def test_supported_answer_is_faithful(embedder) -> None:  # type: ignore[no-untyped-def]
    answer = (
        "You can repay a consumer loan early at any time. The bank may charge a fee of up to 2% of the "
        "amount repaid when more than one year remains."
    )
    score = faithfulness_score(embedder, answer, CONTEXT)
    assert score is not None and score >= 0.7


def test_unsupported_answer_scores_below_threshold(embedder) -> None:  # type: ignore[no-untyped-def]
    answer = (
        "The Eiffel Tower was completed in 1889 for the World's Fair. "
        "Photosynthesis converts sunlight into chemical energy in plants."
    )
    score = faithfulness_score(embedder, answer, CONTEXT)
    assert score is not None and score < 0.7


def test_nothing_to_compare_gives_none(embedder) -> None:  # type: ignore[no-untyped-def]
    assert faithfulness_score(embedder, "ok", CONTEXT) is None
    assert faithfulness_score(embedder, "A full sentence of an answer.", []) is None
