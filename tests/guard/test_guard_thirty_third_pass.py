"""Thirty-third pass: a given name and a surname's initial ("Gökhan Ö."); a full name in capitals
of listed words; a surname in capitals before a comma and the given name ("KARATAŞ, Melike"); a
person addressed as "Hanım" after a label that names things; and an unlisted family's name-like
surname.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii import names
from guard.pii.name_cues import find_cued_names
from guard.pii.scanner import PIIScanner

from .conftest import person_spans  # type: ignore[import-not-found]


def _cued(text: str) -> dict[str, str]:
    return {text[start:end]: why for start, end, _, why in find_cued_names(text, [], [])}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fazla mesai: Gökhan Ö. - 10 saat - onaylandı", "Gökhan Ö"),
        ("Dün Serap K. geldi, evrakı bıraktı.", "Serap K"),
        ("Approved by Dorothy W. (duty manager)", "Dorothy W"),
    ],
)
def test_a_given_name_and_an_initial_are_a_person(scanner: PIIScanner, text: str, name: str) -> None:
    assert name in person_spans(scanner, text)


@pytest.mark.parametrize(
    "text", ["We chose Plan B. It worked.", "Take Vitamin D. daily.", "Gate A. is closed for repairs."]
)
def test_a_word_and_a_letter_are_no_person(text: str) -> None:
    # A frequent word, or a word the lists know only as a surname, before a letter.
    assert not any(why.endswith("and an initial") for why in _cued(text).values())


def test_a_middle_initial_takes_the_surname_after_it() -> None:
    cued = _cued("Pair 1: Marisol T. Quintero & Derya Aksoy, 61.2%")
    assert cued["Marisol T. Quintero"] == "a given name and an initial and a surname"


def test_a_name_with_a_middle_initial_before_an_institution_is_the_institution(scanner: PIIScanner) -> None:
    # "Halide N. Ersoy Müzesi" is a museum: the name does not end at the initial, and the
    # whole is no one.
    spans = person_spans(scanner, "Program: 11.00 Halide N. Ersoy Müzesi, 14.00 serbest zaman")
    assert not any("Ersoy" in span or span.endswith(" N") for span in spans)


def test_a_full_name_in_capitals_of_listed_words_is_a_person() -> None:
    assert _cued("Acil servis listesi\n3. EMİNE KORKMAZ (dosya 5521) - gözlem")["EMİNE KORKMAZ"] == (
        "a full name in capitals"
    )


@pytest.mark.parametrize("text", ["ED TRIAGE BOARD 03:10", "10.30 HASAN ÇAY - kan alma"])
def test_a_heading_or_a_word_in_capitals_is_no_full_name(text: str) -> None:
    # "TRIAGE" is no listed name; "ÇAY" ("tea") is a frequent word.
    assert "a full name in capitals" not in _cued(text).values()


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Tutuklu: KARATAŞ, Melike (B-12 koğuşu)", "KARATAŞ"),
        ("2 | ÖZTÜRK, Canan | lise 11 | 1.500 TL", "ÖZTÜRK"),
        ("HOLLOWAY, Bernadette - room 4", "HOLLOWAY"),
    ],
)
def test_a_surname_in_capitals_before_the_given_name_is_a_person(
    scanner: PIIScanner, text: str, surname: str
) -> None:
    assert surname in person_spans(scanner, text)


def test_a_day_in_capitals_before_a_name_is_no_surname(scanner: PIIScanner) -> None:
    assert "SAL" not in person_spans(scanner, "Son arama: SAL, Elif Hanım ile konuşuldu")


def test_whoever_is_addressed_as_hanim_is_a_person_after_a_label_of_things(scanner: PIIScanner) -> None:
    # "Tatlı:" ("dessert") names things; "Nermin Hanım" is still a person.
    spans = person_spans(scanner, "İftar görevleri\nTatlı: Nermin Hanım ile Sevim Hanım\nÇay: gençler")
    assert {"Nermin", "Sevim"} <= set(spans)


def test_a_family_called_by_an_unlisted_name_like_surname_is_a_person() -> None:
    # Strong, as a listed surname there is: the learned check no longer weighs it.
    text = "Please ring the interpreter for the Balogun family tomorrow."
    found = [(text[a:b], score, why) for a, b, score, why in find_cued_names(text, [], [])]
    assert ("Balogun", names.STRONG, "a family's surname") in found
