"""Names by the scored context decision (name_cues.context_score) and the place evidence against it.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii import name_cues
from guard.pii import names as n
from guard.pii.recognizers import person_like
from guard.pii.scanner import PIIScanner

from .conftest import person_spans  # type: ignore[import-not-found]


def _score(text: str, word: str, place: bool = False) -> float:
    tokens = n.prompt_tokens(text)
    i = next(k for k, t in enumerate(tokens) if t.text == word)
    return name_cues.context_score(text, tokens, i, i + 1, place)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # No cue phrase of ours stands next to these: the lists, the model and the position decide.
        ("We still owe Ingeborg the deposit for the flat.", "Ingeborg"),
        ("Hi Radomir, the new PIN is in the post.", "Radomir"),
        # A Turkish case suffix after an apostrophe marks a proper noun, also at a sentence start.
        ("Gülnihal'e dosyayı dün gönderdim.", "Gülnihal"),
        ("Ertuğrul'un kartı hâlâ gelmedi.", "Ertuğrul"),
        # A full name, then the place a branch noun belongs to: the name keeps its two words.
        ("Özkan Doğan Rize şubesinde hesap açtı.", "Özkan Doğan"),
    ],
)
def test_names_found_by_context(scanner: PIIScanner, text: str, name: str) -> None:
    assert name in person_spans(scanner, text)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("We moved the workshop to Eskişehir next month.", "Eskişehir"),
        # A Turkish locative marks where, not whom, even beside "ile" and a real name.
        ("Dün Selin ile Macaristan'da buluştuk.", "Macaristan"),
        ("Eskişehir'de yeni bir şube açıldı.", "Eskişehir"),
        ("Die Zahlung über 120 Euro kam nicht an.", "Euro"),
    ],
)
def test_places_and_words_are_not_names(scanner: PIIScanner, text: str, not_a_name: str) -> None:
    found = person_spans(scanner, text)
    assert not any(not_a_name in f for f in found), found


def test_context_score_weighs_position_and_place_evidence() -> None:
    mid = _score("Please pass the form to Ingeborg before noon.", "Ingeborg")
    assert mid >= name_cues.CONTEXT_THRESHOLD
    # The same word after a place preposition, or read as a place by spaCy, falls below it.
    assert _score("The form is still in Ingeborg today.", "Ingeborg") < mid
    assert _score("Please pass the form to Ingeborg before noon.", "Ingeborg", place=True) < mid
    # At a sentence start a capital says nothing: "Seven rates changed" is no one.
    initial = _score("Ingeborg rates changed.", "Ingeborg")
    assert initial < mid
    # The tail of another proper noun ("Lake Jackson") is not weighed at all.
    assert _score("The parcel went to Lake Jackson on Friday.", "Jackson") == 0.0


def test_spacy_person_spans_that_cannot_be_names() -> None:
    assert not person_like("der Karte angerufen")  # ends in a lower-case word
    assert not person_like("95.808,98 Euro")  # digits
    assert not person_like("Gana'da")  # a Turkish locative
    assert not person_like("Müşteri")  # a word that announces a person
    assert person_like("Ingeborg Halvorsen")
