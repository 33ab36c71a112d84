"""Thirty-seventh pass: Turkey's "444" numbers with a spaced dash, a number's label digit no part of
the international number after it, no-break spaces and en dashes between a phone's groups (text
pasted from a word processor); things named after people in a list's items ("Hallberg scale,
Mernick index"), names joined in a row before a plural ("Hallberg, Mernick and Dunstall techniques")
or before a learned plural ("syllabi"); a Turkish name of more words before a compound's head that
ends an item ("Cahit Arf vapuru (bakımda)"), piers, halls and blocks of flats after a name, also
after the rest of it; a legal form inside a span, credit unions, housing associations, hospitals
and opticians, the physiotherapist's and the dietitian's titles. People stay: given names before
what they do, before their kin, files and scenes, before an honorific and a landmark.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from guard.pii.ner_filters import (
    attributive_name,
    firm_name,
    institution_name,
    unit_or_eponym,
)
from guard.pii.scanner import PIIScanner
from guard.policy import PIIPolicy


@pytest.fixture(scope="module")
def scanner(analyzer: AnalyzerEngine) -> PIIScanner:
    return PIIScanner(PIIPolicy(), analyzer)


def _typed(scanner: PIIScanner, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.detect(text) if f.entity_type == entity]


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Şube hattı 444 - 36 52, hafta içi açık", "444 - 36 52"),
        ("Çağrı merkezi 444 - 07 12", "444 - 07 12"),
        ("Item 3 0049 151 2345 6789 (Berlin office)", "0049 151 2345 6789"),
        ("Tlf.\u00a0: 22\u00a041\u00a017\u00a090 (kontor)", "22\u00a041\u00a017\u00a090"),
        ("Ring meg på 412\u00a034\u00a0567 i kveld", "412\u00a034\u00a0567"),
        ("Puh. 040\u00a0123\u00a04567", "040\u00a0123\u00a04567"),
        ("Call the depot on 0161\u2013496\u20130773 after six", "0161\u2013496\u20130773"),
        ("Adres: Gül Sk. No 12 - 0-850-111-01-24", "0-850-111-01-24"),  # a house number, then the phone
    ],
)
def test_phones_with_spaced_dashes_and_pasted_separators(scanner: PIIScanner, text: str, phone: str) -> None:
    assert phone in _typed(scanner, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # second round: a local number's seven digits in groups right after a word, in a text that
        # holds another phone; Norway's eight digits as five and three; en dashes phonenumbers reads
        ("Annesi 312 45 07; babası Almanya'da: 0049 151 2345 6789", "312 45 07"),
        ("mor i Oslo 41562 708, far +47 412 34 567", "41562 708"),
        ("Referee 07700 \u2013 012345, at home", "07700 \u2013 012345"),
        ("his brother in Boston (617) 555\u20130147", "(617) 555\u20130147"),
    ],
)
def test_local_numbers_in_a_text_with_phones_and_dashes_phonenumbers_reads(
    scanner: PIIScanner, text: str, phone: str
) -> None:
    assert phone in _typed(scanner, text, "PHONE_NUMBER")


def test_an_amount_before_its_currency_is_no_phone(scanner: PIIScanner) -> None:
    text = "Araç fiyatı 2.750.000 TL, satıcı 0532 111 22 33"
    assert _typed(scanner, text, "PHONE_NUMBER") == ["0532 111 22 33"]


@pytest.mark.parametrize(
    "text",
    [
        "Annesi 312 45 07 yaşında bir evde",  # no other phone in the text
        "The period 2019 \u2013 2021 saw 1\u00a0200\u00a0000 visitors",
        "Rooms 12 - 14 are on the second floor",
        "Order 4471\u00a00923 shipped on Monday",
    ],
)
def test_no_phone_in_ranges_amounts_and_references(scanner: PIIScanner, text: str) -> None:
    assert _typed(scanner, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- assessment: Hallberg scale, Mernick index, Dunstall grade", "Hallberg"),
        ("- assessment: Hallberg scale, Mernick index, Dunstall grade", "Dunstall"),
        ("- styles: Hallberg and Mernick syllabi, Dunstall class", "Mernick"),
        ("- styles: Hallberg and Mernick syllabi, Dunstall class", "Hallberg"),
        ("- methods: Hallberg, Mernick and Dunstall techniques", "Hallberg"),
        ("Checks: Okafor sleepiness scale, Mernick index", "Okafor"),
    ],
)
def test_things_named_after_people_in_a_lists_items(text: str, name: str) -> None:
    assert attributive_name(text, *_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Team: Ann design, Cem docs", "Ann"),  # given names before what they do
        ("Team: Ann design, Cem docs", "Cem"),
        ("Volunteers: Sarah kitchen, Tom garden", "Sarah"),
        ("Notes: Hallberg scale the wall today", "Hallberg"),  # one item, a verb's reading
        ("Rota: Hallberg chair, Mernick file", "Hallberg"),  # what a person is or has
        ("Hallberg, Mernick and Dunstall parents came", "Hallberg"),
    ],
)
def test_people_before_what_they_do_or_have_stay_people(text: str, name: str) -> None:
    assert not attributive_name(text, *_span(text, name))


@pytest.mark.parametrize(
    ("text", "name", "thing"),
    [
        ("- 09.30: Cahit Arf vapuru (bakımda)", "Cahit Arf", True),
        ("- Leyla Gencer opera bursu ve Suna Kan bursu", "Leyla Gencer", True),
        ("- Leyla Gencer opera bursu ve Suna Kan bursu", "Suna Kan", True),
        ("Ahmet Kaya sahneleri, 1980", "Ahmet Kaya", False),  # may be his scenes
        ("Refakatçi: Ayşe Kaya annesi (bakımda)", "Ayşe Kaya", False),  # kin
        ("Arşiv: Mehmet Öz dosyası (kapandı)", "Mehmet Öz", False),  # what is about him
        ("Pzt.\tSelin\tDerya Kaplan\tnöbet değişimi: Ali", "Derya Kaplan", False),  # the next cell
    ],
)
def test_a_turkish_name_of_more_words_before_a_singular_head(text: str, name: str, thing: bool) -> None:
    assert unit_or_eponym(text, *_span(text, name)) is thing


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Servis Kemal Aksoy iskelesi önünden kalkar", "Kemal Aksoy", True),
        ("Servis Kemal Aksoy iskelesi önünden kalkar", "Kemal", True),  # the rest of the name after
        ("15 seans, Deniz salonu, öğleden sonra", "Deniz", True),
        ("Duygu apartmanı yönetimine bildirildi", "Duygu", True),
        ("Yarın Ali Kerem Bey önünde bekleyecek", "Ali", False),  # before him
        ("Danbury Credit Union - MEMBERSHIP FORM", "Danbury", True),
        ("Hollins Housing - TRANSFER FORM", "Hollins", True),
        ("Danbury Community Hospital, ward 4", "Danbury", True),
        ("Fitted at Hollins Opticians on Friday", "Hollins", True),
        ("Ann Lee Housing Officer", "Ann Lee", False),  # her job
    ],
)
def test_piers_halls_credit_unions_and_hospitals_are_places(text: str, name: str, place: bool) -> None:
    assert institution_name(text, *_span(text, name)) is place


def test_a_legal_form_inside_a_span_makes_it_a_firm() -> None:
    text = "Aksoy Lojistik A.Ş. - BORDRO (Ekim)"
    assert firm_name(text, *_span(text, "Lojistik A.Ş. - BORDRO"))


def test_the_physiotherapists_title_is_no_name(scanner: PIIScanner) -> None:
    people = _typed(scanner, "Hekim: Dr. Selin Arat; fizyoterapist Fzt. Serkan T.", "PERSON")
    assert people and not any("Fzt" in p for p in people)
