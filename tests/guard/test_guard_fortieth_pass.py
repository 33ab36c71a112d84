"""Fortieth pass: a phone's groups parted by the spaces and dashes of typeset text (a figure space, a
hair space, Unicode's hyphen, the minus sign) are read as they are with plain ones; a Danish mobile's
two groups of four that open with "20" and two digits no record's year has ("2071 4409") are a phone
in a text that holds one; an unbroken run of digits after a country's two letters ("TR 418203775190",
an ear tag) is an identifier unless a phone word comes first. A month in the Turkish genitive before
a part of it ("Kasım'ın üçüncü haftası") is a date, and a veterinarian's and a dentist's abbreviated
titles ("Vet. Hek.", "Dt.") are no names; nor are a school's subject department, a hotel, a guesthouse,
a phone shop or a plant nursery named after someone ("Fizik Zümresi", "Lale Otel", "Berk İletişim").

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


def _found(scanner: PIIScanner, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.detect(text) if f.entity_type == entity]


@pytest.mark.parametrize(
    "number",
    [
        "0212\u2007555\u200712\u200734",  # figure spaces, as a table aligns digits
        "+44\u20107700\u2010900\u2010123",  # Unicode's hyphen, as a typeset PDF gives it back
        "06\u221214\u221227\u221239\u221251",  # minus signs
        "0532\u200a418\u200a27\u200a36",  # hair spaces
    ],
)
def test_a_phone_parted_by_typeset_separators_is_read(scanner: PIIScanner, number: str) -> None:
    text = f"Kontaktperson for leveransen: {number}"
    assert _found(scanner, text, "PHONE_NUMBER") == [number]


def test_a_danish_mobile_opening_with_twenty_is_no_year(scanner: PIIScanner) -> None:
    text = "Depo 0532 418 27 36; Kopenhag'daki tedarikçi 2071 4409"
    assert _found(scanner, text, "PHONE_NUMBER") == ["0532 418 27 36", "2071 4409"]


def test_a_record_year_and_a_serial_stay_no_phone(scanner: PIIScanner) -> None:
    text = "Depo 0532 418 27 36. Arşiv kutusu 2031 0412 üst rafta."
    assert _found(scanner, text, "PHONE_NUMBER") == ["0532 418 27 36"]


def test_digits_after_a_country_code_in_letters_are_an_identifier(scanner: PIIScanner) -> None:
    text = "Veteriner 0532 418 27 36\nBuzağı küpe no TR 418203775190; annesi TR 418203661027"
    assert _found(scanner, text, "PHONE_NUMBER") == ["0532 418 27 36"]


def test_a_phone_word_before_the_country_letters_keeps_the_phone(scanner: PIIScanner) -> None:
    text = "mobile: TR 5324182736, after six"
    assert _found(scanner, text, "PHONE_NUMBER") == ["5324182736"]


@pytest.mark.parametrize(
    "text",
    [
        "Hasat Kasım'ın üçüncü haftası başlar, depo sayımı Ocak'ın ikinci yarısında.",
        "Bakım planı: Mayıs'ın son günleri, sonra Nisan'ın ortası.",
    ],
)
def test_a_month_in_the_genitive_before_its_part_is_a_date(scanner: PIIScanner, text: str) -> None:
    assert _found(scanner, text, "PERSON") == []


def test_abbreviated_titles_of_vets_and_dentists_are_no_names(scanner: PIIScanner) -> None:
    text = "Kuzuların aşısını yapan Vet. Hek. Orhan Kılıç; diş kontrolü Dt. Selin Aksoy'da."
    people = _found(scanner, text, "PERSON")
    assert people == ["Orhan Kılıç", "Selin Aksoy"]


@pytest.mark.parametrize(
    "text",
    [
        "Deneme sınavı soruları Fizik Zümresi'nden gelecek.",
        "Konaklama: Lale Otel, iki gece",
        "Hat devri Berk İletişim bayisinde yapıldı.",
        "Fidanlar Bekir Usta Fidanlığı'ndan alındı.",
    ],
)
def test_a_school_department_a_hotel_a_phone_shop_and_a_nursery_are_no_people(
    scanner: PIIScanner, text: str
) -> None:
    assert _found(scanner, text, "PERSON") == []
