"""Thirty-ninth pass: a summit's or a cup's name is no person, whatever listed name opens it ("Ferris
Peak", "Point Kilroy"); surnames joined by hyphens with no given name or title before them name a
method ("Kessler-Obi search"), while a double-barrelled surname after a title and given names so
joined stay people; a name after a comma in a sentence under a plural label ("Source of funds: ...
from her uncle, Garen Sarkisian") is an apposition, not one of the label's things; a numbered or
bulleted entry "SURNAME, Given" reads the surname in capitals as it reads a bare one. An age right
after a name ("Zerda, 7 yaşında"), a kinship word before it ("her neighbour Tabaghua") and a role
before a name in capitals whose surname is a frequent word ("babası RECEP KIZIL") say a person. A
British taxpayer's reference or NHS number is no phone; a chamber of trade, an industrial zone and a
haulier are no people.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from guard.pii.scanner import PIIScanner
from guard.policy import PIIPolicy


@pytest.fixture(scope="module")
def scanner(analyzer: AnalyzerEngine) -> PIIScanner:
    return PIIScanner(PIIPolicy(), analyzer)


def _people(scanner: PIIScanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.detect(text) if f.entity_type == "PERSON"]


def _covered(scanner: PIIScanner, text: str, word: str) -> bool:
    return any(word in span for span in _people(scanner, text))


@pytest.mark.parametrize("word", ["Kilroy", "Almeida", "Ferris", "Rowan"])
def test_a_summit_is_no_person(scanner: PIIScanner, word: str) -> None:
    text = (
        "Trek list for the spring\n- Africa: Point Kilroy, Pico Almeida\n- Asia: Ferris Peak, Rowan Pyramid"
    )
    assert not _covered(scanner, text, word)


def test_a_cup_is_no_person(scanner: PIIScanner) -> None:
    text = "Sports calendar\n- golf: Dunmore Cup, Halloran Cup\n- club nights: the Pemberton Trophy"
    assert _people(scanner, text) == []


def test_surnames_joined_by_hyphens_name_a_method(scanner: PIIScanner) -> None:
    text = "- strings: Marsh-Tanaka and Kessler-Obi search, then Harlow-Quint sorting"
    assert _people(scanner, text) == []


def test_a_double_barrelled_surname_and_joined_given_names_stay_people(scanner: PIIScanner) -> None:
    text = "Dr Hale-Osei will see you at ten; Anne-Marie called about the letter."
    assert _covered(scanner, text, "Hale-Osei")
    assert _covered(scanner, text, "Anne-Marie")


def test_a_name_after_a_comma_in_a_sentence_under_a_plural_label_is_a_person(scanner: PIIScanner) -> None:
    text = "Source of funds: savings and a gift of 10,000 GBP from her uncle, Garen Sarkisian; no loans"
    assert _covered(scanner, text, "Garen Sarkisian")


def test_the_items_of_a_plural_label_of_things_stay_things(scanner: PIIScanner) -> None:
    assert _people(scanner, "- roses: Albertine, Gertrude Jekyll, Félicité Perpétue") == []


def test_a_numbered_entry_reads_the_surname_in_capitals(scanner: PIIScanner) -> None:
    text = "Naturalisation ceremony, Friday\n1. OKAFOR, Chidi: oath\n2. LINDGREN, Maja: affirmation"
    assert _covered(scanner, text, "LINDGREN")
    assert _covered(scanner, text, "Maja")


def test_a_bulleted_word_in_capitals_before_a_comma_stays_a_word(scanner: PIIScanner) -> None:
    assert _people(scanner, "Naturalisation ceremony\n- NOTE, Please: bring photo ID") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lost child record\nChild: Ilarion, aged 9, found by the lifts", "Ilarion"),
        ("Çocuk: Zerda, 7 yaşında, mavi montlu; kasaların önünde bulundu", "Zerda"),
        ("Cover note: the spare key is with her neighbour Tabaghua until Friday.", "Tabaghua"),
        ("Çocuğu teslim alan: babası RECEP KIZIL", "RECEP KIZIL"),
    ],
)
def test_an_age_after_or_a_kinship_word_before_says_a_person(
    scanner: PIIScanner, text: str, name: str
) -> None:
    assert _covered(scanner, text, name)


def test_a_place_with_an_age_is_no_person(scanner: PIIScanner) -> None:
    assert _people(scanner, "Antalya, 30 yaşında bir şehir değil; Everest, 8,848 metre.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Transferring partner: Ruth Kamara, UTR 4817230965, tax code 1257L",
        "Patient: Mira Osei, NHS number 485 777 3456, GP surgery 020 7946 0321",
    ],
)
def test_a_tax_reference_or_an_nhs_number_is_no_phone(scanner: PIIScanner, text: str) -> None:
    phones = [text[f.start : f.end] for f in scanner.detect(text) if f.entity_type == "PHONE_NUMBER"]
    assert phones == (["020 7946 0321"] if "GP surgery" in text else [])


@pytest.mark.parametrize(
    "text",
    [
        "Yükleme: Kemalpaşa OSB, gönderici Ege Tekstil",
        "Kayıt: Güneşli Esnaf Odası, sicil 4471",
        "Staj yeri: Demirkaya Lojistik, Manisa deposu",
    ],
)
def test_a_chamber_a_zone_or_a_haulier_is_no_person(scanner: PIIScanner, text: str) -> None:
    assert _people(scanner, text) == []
