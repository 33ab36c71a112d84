"""Thirty-eighth pass: a surname, a comma and initials ("Lindqvist, T."); a Nordic patronymic known
by its ending; a surname in capitals before the given name ("LINDQVIST Maja"), also before a comma
and a given name spelt with Icelandic or other Western letters; the writers of a lower-case chat
whose other writers are people; a local number without its area code in a text whose other phone
has its trunk prefix. Words, places, acronyms before a product, commit prefixes and two bare numbers
with nothing to say they are phones stay what they are.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from guard.pii import names
from guard.pii.scanner import PIIScanner
from guard.policy import PIIPolicy


@pytest.fixture(scope="module")
def scanner(analyzer: AnalyzerEngine) -> PIIScanner:
    return PIIScanner(PIIPolicy(), analyzer)


def _typed(scanner: PIIScanner, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.detect(text) if f.entity_type == entity]


def _covered(scanner: PIIScanner, text: str, word: str) -> bool:
    return any(word in span for span in _typed(scanner, text, "PERSON"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minutes taken by Lindqvist, T.; apologies from Brennan, K. M.", "Lindqvist"),
        ("Minutes taken by Lindqvist, T.; apologies from Brennan, K. M.", "Brennan"),
        ("Kefil: Özdemir, D. (ev sahibinin kardeşi)", "Özdemir"),
        ("Signed off by Pemberton, R. after the audit", "Pemberton"),  # spaCy reads a town here
        ("The key was handed to Korkmaz, E. on Monday", "Korkmaz"),
    ],
)
def test_a_surname_and_initials_is_a_person(scanner: PIIScanner, text: str, name: str) -> None:
    assert _covered(scanner, text, name)


def test_a_word_or_a_place_before_initials_is_no_person(scanner: PIIScanner) -> None:
    text = "We fell back to Plan, B. and then flew to Washington, D.C. for the summit."
    assert not _covered(scanner, text, "Plan")
    assert not _covered(scanner, text, "Washington")


@pytest.mark.parametrize(
    ("word", "surname"),
    [("Hrafnkelsdóttir", True), ("Vémundsson", True), ("HALLBJÖRNSDOTTIR", True), ("Lesson", False)],
)
def test_a_nordic_patronymic_is_a_surname_by_its_ending(word: str, surname: bool) -> None:
    assert names.patronymic(names.tokenize(word)[0].key) is surname


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heirs: Orhan Demir (half), VÉMUNDSSON Ragna (half)", "VÉMUNDSSON"),
        ("Buyer: LINDQVIST Maja | seller: Orhan Demir", "LINDQVIST"),
        ("Kefil olarak AYDOĞAN Sevim imzaladı", "AYDOĞAN"),
        ("Guardian of the bonds: HALLSDÓTTIR Yrsa / prizes to the child", "HALLSDÓTTIR"),
    ],
)
def test_a_surname_in_capitals_before_the_given_name(scanner: PIIScanner, text: str, name: str) -> None:
    assert _covered(scanner, text, name)


def test_an_acronym_before_a_products_name_is_no_person(scanner: PIIScanner) -> None:
    assert not _covered(scanner, "Plug the USB Hub into the left port, then restart.", "USB")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tenant: STRAND, Þórdís (flat 3, since May)", "STRAND"),
        ("Other parent: HALLSDÓTTIR, Yrsa (letter attached)", "HALLSDÓTTIR"),  # a given name no list knows
    ],
)
def test_a_surname_in_capitals_before_a_comma_and_an_icelandic_given_name(
    scanner: PIIScanner, text: str, name: str
) -> None:
    assert _covered(scanner, text, name)


def test_the_writers_of_a_chat_of_people_are_people(scanner: PIIScanner) -> None:
    text = "yrsa: ok see you there\ndagný: great, I'll bring cake\nmaria: on my way\nadeline: cool"
    people = _typed(scanner, text, "PERSON")
    assert "yrsa" in people
    assert "dagný" in people


def test_commit_prefixes_are_no_writers(scanner: PIIScanner) -> None:
    text = "fix: typo in the docs\nfeat: add the export button\nchore: bump the lock file\nrefactor: split io"
    assert _typed(scanner, text, "PERSON") == []


def test_a_local_number_beside_a_trunk_prefixed_one(scanner: PIIScanner) -> None:
    text = "Başsağlığı için kardeşi Orhan: 412-7 305; Hollanda'daki oğlu: (0173) 2211-4099"
    assert "412-7 305" in _typed(scanner, text, "PHONE_NUMBER")


def test_bare_local_groupings_with_no_phone_in_the_text_stay_numbers(scanner: PIIScanner) -> None:
    assert _typed(scanner, "Dernek 412-7 305; şube 212-3 406", "PHONE_NUMBER") == []
