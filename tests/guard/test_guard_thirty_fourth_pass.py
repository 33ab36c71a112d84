"""Thirty-fourth pass: a Turkish compound's head in the possessive makes the words before it a thing's name
("Selimağa Korusu"); two lone names joined before a plural noun name kinds of a thing ("the Benton and
Harlow valves"); a medical eponym before its head ("a Kessler fracture"); a firm before its legal form
across "'s" and "&"; a chat's writer no list knows; a name-like entry in capitals no list knows and a
given name before a surname in capitals are people; a Turkish plural, a role in the possessive before a
label's colon, an academic term, a Turkish navy ship and a weekday before its evening are no one's name.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii import names
from guard.pii.name_cues import find_cued_names
from guard.pii.ner_filters import (
    attributive_name,
    firm_name,
    institution_name,
    line_label,
    ordinary_words,
    unit_or_eponym,
    without_calendar_words,
)
from guard.pii.scanner import PIIScanner
from guard.pii.turkish_compounds import possessive_head

from .conftest import person_spans  # type: ignore[import-not-found]


def _cued(text: str) -> dict[str, str]:
    return {text[start:end]: why for start, end, _, why in find_cued_names(text, [], [])}


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    "word", ["Korusu", "Galerisi", "Grubu", "Sokağı", "Bahçesi", "Noterliği", "KORUSU", "Tepesi"]
)
def test_a_common_noun_in_the_possessive_is_a_compound_head(word: str) -> None:
    assert possessive_head(names.tokenize(word)[0])


@pytest.mark.parametrize(
    "word",
    # a person's own nouns (a role, a son, a case), listed names, foreign words that do not
    # follow vowel harmony, and a short stem without a letter of Turkish's own
    ["Müdürü", "Oğlu", "Davası", "Dosyası", "Kahyaoğlu", "Rossi", "Taxi", "Dewi", "Yolu"],
)
def test_other_words_are_no_compound_head(word: str) -> None:
    assert not possessive_head(names.tokenize(word)[0])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pazar: Selimağa Korusu, 12 km", "Selimağa"),
        ("Cumartesi: Zeynep Hanım Bahçesi çevresi", "Zeynep Hanım"),
        ("Vekâletname Kadri Ersin 4. Noterliği'nde düzenlendi.", "Kadri Ersin"),
        ("Açılış: Sevim Aral Sanat Galerisi, saat 18.00", "Sevim Aral"),
    ],
)
def test_a_name_before_a_possessive_head_is_a_place(text: str, name: str) -> None:
    assert institution_name(text, *_span(text, name))


def test_a_person_before_a_role_in_the_possessive_stays_a_person() -> None:
    text = "Toplantıya Kemal Öz Satış Müdürü olarak katıldı."
    assert not institution_name(text, *_span(text, "Kemal Öz"))


def test_groves_and_parks_are_no_people(scanner: PIIScanner) -> None:
    text = "Rota: Selimağa Korusu - Harmanlı Parkı, sonra Kemal Paşa Korusu dönüşü. Lider: Ayşe Tekin"
    assert person_spans(scanner, text) == ["Ayşe Tekin"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Service the Benton and Harlow valves before Friday.", "Benton"),
        ("Service the Benton and Harlow valves before Friday.", "Harlow"),
        ("Practise Kessler's and Orme's knots at camp.", "Orme"),
        ("- rings: Varga and Ostrow swing drills", "Ostrow"),
    ],
)
def test_two_names_before_a_plural_noun_name_kinds_of_a_thing(text: str, name: str) -> None:
    assert attributive_name(text, *_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ann and Rob's parents came over.", "Rob"),
        ("Tom and Sarah visits went well.", "Sarah"),
        ("Then Ali and Mary arrived.", "Mary"),
    ],
)
def test_two_people_before_what_is_theirs_stay_people(text: str, name: str) -> None:
    assert not attributive_name(text, *_span(text, name))


def test_a_medical_eponym_before_its_head_is_no_person() -> None:
    text = "X-ray confirms a Kessler fracture of the left wrist."
    assert unit_or_eponym(text, *_span(text, "Kessler"))


@pytest.mark.parametrize(
    ("text", "name"),
    [("Barlow's Trading Ltd - annual return", "Barlow"), ("Hobbs & Reed Trading Ltd filed late", "Hobbs")],
)
def test_a_firm_before_its_legal_form_across_a_possessive_or_an_ampersand(text: str, name: str) -> None:
    assert firm_name(text, *_span(text, name))


def test_a_chat_writer_no_list_knows_is_a_person() -> None:
    cued = _cued("merewyn: running late, start without me\nkaimana: ok, table 4\nmerewyn: thanks")
    assert cued["merewyn"] == "lower-case chat message's author"
    assert cued["kaimana"] == "lower-case chat message's author"


def test_a_commit_log_is_no_chat(scanner: PIIScanner) -> None:
    # "fix" and "feat" are no listed names and no frequent words of the lists, but spaCy's vectors
    # call them ordinary words.
    assert person_spans(scanner, "fix: null check in parser\nfeat: add export\nchore: bump deps") == []


def test_a_name_like_entry_in_capitals_is_a_person() -> None:
    text = "Satıcı: MEREWYN TAVITA | Alıcı: bayi\nBoya: orijinal"
    assert _cued(text)["MEREWYN TAVITA"] == "a name-like entry in capitals"


@pytest.mark.parametrize(
    "text",
    [
        "Uludere Kuru Temizleme - TESLİM FİŞİ no 4411",
        "Pension Scheme - EXPRESSION OF WISH\nMember ref 5521",
        "Owner: DEVOPS TEAM\n- AWS LAMBDA\n- KAFKA CONNECT",
    ],
)
def test_a_heading_in_capitals_is_no_name_like_entry(text: str) -> None:
    assert "a name-like entry in capitals" not in _cued(text).values()


def test_a_turkish_plural_is_an_ordinary_word() -> None:
    # "Ödevler" (homework) reads as name-like to the character model; a name takes no plural ending.
    text = "Ödevler: rapor yaz"
    assert ordinary_words(text, *_span(text, "Ödevler"))


def test_a_role_in_the_possessive_makes_a_label() -> None:
    # "Bora" is a given name and a word (a storm); "ekibi" (its team) makes the whole a label.
    assert line_label("Bora ekibi: Selin Ak", 0, 4)
    assert not line_label("Ayşe annesi: tamam", 0, 4)  # her mother: Ayşe is a person


def test_an_academic_term_is_no_person() -> None:
    assert unit_or_eponym("Lectures resume in Hilary term.", 19, 25)
    assert not unit_or_eponym("Hilary said the term starts", 0, 6)


def test_a_turkish_navy_ship_is_no_person() -> None:
    text = "TCG Yavuz limanda"
    assert attributive_name(text, *_span(text, "Yavuz"))
    assert attributive_name(text, *_span(text, "TCG Yavuz"))


def test_a_weekday_before_its_evening_is_no_name() -> None:
    text = "Prova Cuma akşamüstü"
    assert without_calendar_words(text, *_span(text, "Cuma")) is None


def test_a_name_like_entry_before_a_colon_is_a_person() -> None:
    text = "Sipariş defteri\n- MEREWYN TAVITA: 2 gömlek, teslim cuma"
    assert _cued(text)["MEREWYN TAVITA"] == "a name-like entry in capitals"


def test_a_given_name_and_a_surname_in_capitals_are_a_person() -> None:
    text = "Witnessed by Merewyn KAIMANA, Nurse; and Ilse MARQUARDT."
    cued = _cued(text)
    assert cued["Merewyn KAIMANA"] == "a given name and a surname in capitals"
    assert cued["Ilse MARQUARDT"] == "a given name and a surname in capitals"


@pytest.mark.parametrize(
    "text",
    [
        "Install Apache KAFKA and Redis CLUSTER on the Ubuntu SERVER.",
        "Read the Python DOCS first.",
        "Ayşe Hanım GENEL MÜDÜR olarak atandı.",
    ],
)
def test_a_word_before_capitals_of_a_product_or_a_title_is_no_name(text: str) -> None:
    assert "a given name and a surname in capitals" not in _cued(text).values()
