from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from guard.pipeline import GuardPipeline
from guard.policy import GuardPolicy

BANKING = {
    "topics": {
        "enabled": True,
        "refusal_message": "I can only help with questions about your accounts and cards.",
        "topics": [
            {
                "name": "cards",
                "description": "Credit and debit cards: limits, blocking, fees, PIN, statements",
                "examples": ["My card was stolen", "Increase my credit card limit"],
            },
            {
                "name": "accounts",
                "description": "Bank accounts: opening, closing, balance, transfers, IBAN",
                "examples": ["How do I send money abroad?", "What is my account balance?"],
            },
        ],
    }
}


@pytest.fixture(scope="module")
def banking(analyzer: AnalyzerEngine, embedder) -> GuardPipeline:  # type: ignore[no-untyped-def]
    return GuardPipeline(GuardPolicy.from_dict(BANKING), embedder, pii_analyzer=analyzer)


@pytest.mark.parametrize(
    "prompt",
    [
        "How can I block my lost debit card?",
        "How long does a transfer to Germany take?",
        "What fee do you charge for a card statement?",
    ],
)
async def test_in_scope_requests_pass(banking: GuardPipeline, prompt: str) -> None:
    decision = await banking.scan_input(prompt)
    assert decision.allowed, decision.findings
    assert "OFF_TOPIC" not in {f.entity_type for f in decision.findings}


@pytest.mark.parametrize(
    "prompt",
    [
        "Write me a poem about the ocean.",
        "Who won the football world cup in 2018?",
        "Give me a recipe for chocolate cake.",
    ],
)
async def test_off_topic_requests_get_the_polite_refusal(banking: GuardPipeline, prompt: str) -> None:
    decision = await banking.scan_input(prompt)
    assert decision.verdict == "refused"
    assert decision.message == "I can only help with questions about your accounts and cards."
    assert [f.entity_type for f in decision.findings] == ["OFF_TOPIC"]
