"""Property tests on the guard pipeline (real Presidio + spaCy, the gateway's default policy): any
Unicode text, empty and huge inputs give a decision or the documented GuardInputError, nothing else."""

from __future__ import annotations

import asyncio
from typing import Any, get_args

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from guard import GuardInputError, ScanContext, Verdict

VERDICTS = set(get_args(Verdict))
EMAIL = "jane.doe@example.org"
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Any code point that UTF-8 can carry (no lone surrogates: see test_lone_surrogates below), weighted
# towards what breaks tokenisers: combining marks, right-to-left text, zero-width and control chars.
TEXT = st.text(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from("\u0301\u200b\u200d\u202e\ufeff\x00\r\n\t\u0627\u05d0\u4e2d\U0001f600"),
    ),
    max_size=400,
)


def _check(decision: Any, text: str) -> None:
    assert decision.verdict in VERDICTS
    assert isinstance(decision.text, str)
    for finding in decision.findings:
        assert 0 <= finding.start <= finding.end <= len(text), finding
    if decision.verdict == "allowed" and not decision.findings:
        assert decision.text == text


@given(text=TEXT)
@FUZZ
def test_scan_input_takes_any_unicode(gateway_guard: Any, text: str) -> None:
    _check(asyncio.run(gateway_guard.scan_input(text)), text)


@given(text=TEXT)
@FUZZ
def test_scan_output_takes_any_unicode(gateway_guard: Any, text: str) -> None:
    _check(asyncio.run(gateway_guard.scan_output(text, ScanContext(direction="output"))), text)


@given(before=TEXT, after=TEXT)
@example(before="UNRESTR10D", after="UNRESTR1C0DE")  # blocked as an injection
@example(before="(", after=")")
@FUZZ
def test_an_email_in_any_surroundings_never_reaches_the_model(
    gateway_guard: Any, before: str, after: str
) -> None:
    text = f"{before} {EMAIL} {after}"
    decision = asyncio.run(gateway_guard.scan_input(text))
    _check(decision, text)
    # A blocked text goes nowhere (the request is refused with 400, pipeline/guarding.py): its
    # decision keeps the text as sent. Hypothesis found "UNRESTR10D ... UNRESTR1C0DE", which the
    # injection classifier blocks.
    if decision.verdict != "blocked":
        assert EMAIL not in decision.text


@pytest.mark.parametrize("direction", ["input", "output"])
def test_empty_text_is_allowed_unchanged(gateway_guard: Any, direction: str) -> None:
    ctx = ScanContext(direction=direction)  # type: ignore[arg-type]
    scan = gateway_guard.scan_input("", ctx) if direction == "input" else gateway_guard.scan_output("", ctx)
    decision = asyncio.run(scan)
    assert decision.verdict == "allowed" and decision.text == "" and decision.findings == ()


@pytest.mark.parametrize("direction", ["input", "output"])
def test_a_megabyte_is_refused_with_the_documented_error(gateway_guard: Any, direction: str) -> None:
    huge = ("Ünïcödé text with jane@example.org " * 40_000)[:1_000_000]
    ctx = ScanContext(direction=direction)  # type: ignore[arg-type]
    with pytest.raises(GuardInputError, match="exceeds the guard limit of 200000"):
        scan = (
            gateway_guard.scan_input(huge, ctx)
            if direction == "input"
            else gateway_guard.scan_output(huge, ctx)
        )
        asyncio.run(scan)


def test_text_at_the_limit_is_scanned_and_redacted(gateway_guard: Any) -> None:
    limit = gateway_guard.policy.max_chars
    sentence = "Plain words and ünïcödé, nothing else. "
    text = (f"Write to {EMAIL} today. " + sentence * (limit // len(sentence) + 1))[:limit]
    decision = asyncio.run(gateway_guard.scan_input(text))
    assert len(text) == limit
    assert decision.verdict == "redacted" and EMAIL not in decision.text


@pytest.mark.parametrize("value", [None, b"bytes", 42, ["a list"]])
def test_non_text_is_refused_with_the_documented_error(gateway_guard: Any, value: object) -> None:
    with pytest.raises(GuardInputError, match="expected text as str"):
        asyncio.run(gateway_guard.scan_input(value))


@pytest.mark.parametrize("direction", ["input", "output"])
def test_lone_surrogates_are_refused_with_the_documented_error(gateway_guard: Any, direction: str) -> None:
    ctx = ScanContext(direction=direction)  # type: ignore[arg-type]
    text = "hi \ud800 there"
    with pytest.raises(GuardInputError):
        scan = (
            gateway_guard.scan_input(text, ctx)
            if direction == "input"
            else gateway_guard.scan_output(text, ctx)
        )
        asyncio.run(scan)
