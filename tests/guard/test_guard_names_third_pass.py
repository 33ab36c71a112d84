"""Names by sign-offs, two-word cues, brackets and subjects; the character model; windowed NER.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from presidio_analyzer import AnalyzerEngine

from guard.errors import PolicyError
from guard.pii.engine import candidate_ranges, ner_windows
from guard.pii.name_model import features, name_probability
from guard.pii.recognizers import person_like
from guard.pii.scanner import PIIScanner
from guard.policy import GuardPolicy, PIIPolicy

from .conftest import person_spans  # type: ignore[import-not-found]


@pytest.fixture(scope="module")
def full_ner_scanner(analyzer: AnalyzerEngine) -> PIIScanner:
    return PIIScanner(PIIPolicy(), analyzer, windowed_ner=False)


def test_character_model_tells_names_from_words() -> None:
    for name in ("Sigrid", "Bengt", "Jolanta", "Emine", "Gunnhild", "Ferhat"):
        assert name_probability(name) > 0.5, name
    for word in ("Statement", "Kontoauszug", "Overview", "Überweisung", "Faturası", "Withdrawal"):
        assert name_probability(word) < 0.2, word
    assert name_probability("1234") == 0.0
    # Features are stable across processes (crc32, not Python's salted hash): same word, same buckets.
    assert features("Sigrid") == features("Sigrid") and len(set(features("Sigrid"))) > 10


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thanks for the quick fix.\n\nBest regards,\nSolveig", "Solveig"),
        ("Send me the new PIN by post please. Hälsningar, Torbjörn Ekdahl", "Torbjörn Ekdahl"),
        ("Kartımı bloke eder misiniz? Saygılarımla, Nevzat", "Nevzat"),
        ("Please ask for Gunnhild at the front desk.", "Gunnhild"),
        ("I spoke to Jolanta about the overdraft.", "Jolanta"),
        ("Call 0532 118 22 47 (Emine) after five.", "Emine"),
        ("Ferhat from the Ankara office phoned twice about the loan.", "Ferhat"),
    ],
)
def test_names_found_by_new_cues(scanner: PIIScanner, text: str, name: str) -> None:
    found = person_spans(scanner, text)
    assert any(name in f or f in name for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Rufen Sie mich morgen an, bitte.",
        "Meine Kundennummer lautet 4471 und meine Filiale ist in der Altstadt.",
        "Best regards,\nCustomer Support",
        "Please ask for Statement copies at the desk.",
        "Call 0532 118 22 47 (Mobile) after five.",
    ],
)
def test_ordinary_capitalised_words_are_not_persons(scanner: PIIScanner, text: str) -> None:
    assert person_spans(scanner, text) == []


def test_place_after_a_subject_is_not_the_person(scanner: PIIScanner) -> None:
    text = "Ferhat from the Ankara office phoned twice about the loan."
    assert all("Ankara" not in f for f in person_spans(scanner, text))


def test_spacy_person_spans_need_a_name_like_word() -> None:
    assert not person_like("Rufen Sie")
    assert not person_like("Meine Kundennummer")
    assert person_like("Sigrid Olsen")
    assert person_like("Hr. Bengtsson")


def test_ner_windows_only_around_capitalised_words() -> None:
    lower = "please check my last three transfers and tell me why the fee was charged twice."
    starts = np.array([i for i, c in enumerate(lower) if c != " " and (i == 0 or lower[i - 1] == " ")])
    assert ner_windows(lower, starts) == []
    # "I" and a code with digits open no window; a name in the middle of a sentence does.
    text = "yes I did send it to account TR12 last week. the money went to Sigrid Olsen in the end."
    starts = np.array([i for i, c in enumerate(text) if c != " " and (i == 0 or text[i - 1] == " ")])
    windows = ner_windows(text, starts)
    assert len(windows) == 1
    a, b = windows[0]
    name_token = text.split(" ").index("Sigrid")
    assert a <= name_token < b


def test_the_second_ners_ranges_reach_sentence_starts_and_lines_without_capitals() -> None:
    # spaCy's windows open at a sentence's first word only when it is very name-like; the ONNX NER,
    # which decides on its own reading, gets a window from a lower bar ("Naseer" reads 0.18 to the
    # character model), though not for a function word ("Please").
    text = "Naseer: I never authorised that charge."
    starts = np.array([m.start() for m in re.finditer(r"\w+|[^\w\s]", text)])
    assert ner_windows(text, starts, persons_only=True) == []
    assert any(a == 0 for a, _ in candidate_ranges(text, persons_only=True))
    assert candidate_ranges("Please resend the invoice for order 4471.", persons_only=True) == []
    # A line written without capitals is read whole: no capital marks its name. A capitalised line
    # beside it is not.
    chat = "Invoice sent.\nabi zeycan bugün gelmiyor galiba"
    assert candidate_ranges(chat, persons_only=True) == [(chat.index("abi"), len(chat))]


@pytest.mark.parametrize(
    "text",
    [
        "Hello, I moved from Ankara to Izmir last spring and my card still goes to the old address. "
        "Mehmet Aydın, my husband, has a second card on the same account. Please update both.",
        "the rate is fine. Ingrid Solberg asked whether the Oslo branch is open on Saturday, and "
        "we told her it closes at two. nothing else happened today, all calm.",
    ],
)
def test_windowed_ner_finds_what_full_ner_finds(
    scanner: PIIScanner, full_ner_scanner: PIIScanner, text: str
) -> None:
    def spans(s: PIIScanner) -> list[tuple[str, int, int]]:
        return sorted((f.entity_type, f.start, f.end) for f in s.detect(text))

    assert spans(scanner) == spans(full_ner_scanner)


def test_person_only_windows_skip_settled_names_and_unlikely_words() -> None:
    text = "my name is Sigrid Olsen and the parcel went to Bjørnstjerneveien by mistake."
    starts = np.array([i for i, c in enumerate(text) if c != " " and (i == 0 or text[i - 1] == " ")])
    name = (text.index("Sigrid"), text.index(" and"))
    # With LOCATION wanted, every capitalised word is read by the NER.
    assert len(ner_windows(text, starts)) == 1
    # Only people wanted: the settled name opens no window, and neither does a word the character
    # model finds unlike a name.
    assert ner_windows(text, starts, known=[name], persons_only=True) == []
    assert ner_windows(text, starts, known=None, persons_only=True) != []


def test_gateway_policy_scan_still_finds_unlisted_names(analyzer: AnalyzerEngine) -> None:
    persons_only = PIIScanner(PIIPolicy(entities=["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]), analyzer)
    text = "Please forward the statement to Ingvild Rasmussen before Friday."
    assert any("Ingvild" in f for f in person_spans(persons_only, text))


def test_a_token_budget_without_candidate_windows_is_refused_not_ignored() -> None:
    with pytest.raises(PolicyError, match="onnx_ner_max_tokens applies only to onnx_ner_scope: candidates"):
        GuardPolicy.from_dict({"pii": {"onnx_ner_max_tokens": 48}})
    with pytest.raises(PolicyError, match="onnx_ner_max_tokens"):
        GuardPolicy.from_dict({"pii": {"onnx_ner_scope": "candidates", "onnx_ner_max_tokens": 4}})
    policy = GuardPolicy.from_dict({"pii": {"onnx_ner_scope": "candidates", "onnx_ner_max_tokens": 48}})
    assert policy.pii.onnx_ner_max_tokens == 48
