"""Thirty-second pass: a word with letters no language we read writes (Vietnamese, Polish, Czech,
Romanian, Baltic marks) is a foreign name in an English or Turkish text, unless it is a known place or
the text is written in that other language; an amateur theatre's, a race's, a scout group's, a
trade's and a coffee house's names by their head; a building after a flat's number; Turkish
eponyms before "teoremi", "doğrusu", "cebri" in a list; a move's ends and a job's materials by their
labels; a thing's abbreviated number ("juror no.") before digits.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii import names
from guard.pii.scanner import PIIScanner
from guard.scanner import ScanContext

from .conftest import person_spans  # type: ignore[import-not-found]


def _typed(scanner: PIIScanner, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.detect(text) if f.entity_type == entity]


def test_foreign_letters_are_those_no_language_we_read_writes() -> None:
    assert (
        names.foreign_letters("Phụng") and names.foreign_letters("Łucja") and names.foreign_letters("Ștefan")
    )
    assert not names.foreign_letters("Müller") and not names.foreign_letters("Şükrü")
    assert not names.foreign_letters("François") and not names.foreign_letters("Søren")


def test_an_unlisted_foreign_name_keeps_its_marks_against_the_word_lists() -> None:
    # Folded, "Lợi" is the frequent word "loi" and keeps its marks; "Sơn" is the listed name "Son"
    # and stays so, but it is no function word (French "son", "his") that opens no name.
    son, loi = names.tokenize("Sơn Lợi")
    assert (son.key, loi.key) == ("son", "lợi") and not son.stop
    assert names.is_first(son) and names.is_surname(loi)
    (plain,) = names.tokenize("Son")
    assert plain.key == "son" and plain.stop and not plain.foreign


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Director: Vượng. Swiss teams next week in the back room.", "Vượng"),
        ("Rehearsal at six; the fight call is with Thiện.", "Thiện"),
        ("Prova sonrası Łucja ile görüşülecek, saat 14.00.", "Łucja"),
    ],
)
def test_a_lone_foreign_name_in_our_languages_is_a_person(scanner: PIIScanner, text: str, name: str) -> None:
    assert name in person_spans(scanner, text)


def test_a_known_foreign_place_is_no_name() -> None:
    (token,) = names.tokenize("Łódź")
    assert token.foreign and not names.foreign_name(token)


@pytest.mark.parametrize(
    "text",
    [
        "Dzień dobry, chciałbym zapytać o pogodę w Krakowie. Mieszkam w Łodzi, ale pracuję w Warszawie. "
        "Czy możesz polecić dobrą restaurację przy ulicy Świętokrzyskiej?",
        "Dobrý den, potřebuji pomoc s překladem. Bydlím v Brně a pracuji v Plzni. Řekněte mi, prosím, "
        "jak se dostanu na Václavské náměstí.",
    ],
)
def test_a_text_written_in_another_language_keeps_its_words(scanner: PIIScanner, text: str) -> None:
    # Its capitalised words are its own language's, not foreign names in ours.
    assert not any(t.foreign for t in names.tokenize(text))
    assert not any(names.foreign_letters(span) for span in person_spans(scanner, text))


@pytest.mark.parametrize(
    ("text", "not_people"),
    [
        ("Hadleigh Players - 'The Winter's Tale' - call sheet, Saturday", {"Hadleigh", "Hadleigh Players"}),
        ("1st Kelso Scouts - summer camp roster", {"Kelso", "Kelso Scouts"}),
        ("Brandon Marathon (late Feb) - results", {"Brandon", "Brandon Marathon"}),
        ("Zildjian Removals - job card 7421", {"Zildjian", "Zildjian Removals"}),
        ("Contractor: Hermès Heating, engineer due at ten", {"Hermès", "Hermès Heating"}),
        ("Nuriye Kıraathanesi okey turnuvası - 1. tur", {"Nuriye", "Nuriye Kıraathanesi"}),
        ("Ticket 4410 - no hot water, Flat 12, Teddy House, Ebbw Vale", {"Teddy House", "Teddy"}),
    ],
)
def test_heads_name_clubs_firms_and_buildings(scanner: PIIScanner, text: str, not_people: set[str]) -> None:
    assert not set(person_spans(scanner, text)) & not_people


def test_a_person_after_a_flats_number_stays(scanner: PIIScanner) -> None:
    # Only a building's type after the name makes it a building: the tenant of flat 12 is a person.
    text = "Ticket 4410 - no hot water, Flat 12, Anna Lee (tenant) called at nine."
    assert "Anna Lee" in person_spans(scanner, text)


def test_turkish_eponyms_in_a_list_are_no_people(scanner: PIIScanner) -> None:
    text = (
        "Olimpiyat kampı konuları:\n- Euler doğrusu, Menelaus ve Ceva teoremleri\n"
        "- Stewart teoremi, Cauchy-Schwarz eşitsizliği\n- Boole cebri\n"
    )
    assert not set(person_spans(scanner, text)) & {"Euler", "Menelaus", "Ceva", "Stewart", "Boole"}


def test_a_person_who_proves_a_theorem_stays(scanner: PIIScanner) -> None:
    # the accusative ("teoremi kanıtladı"): Ayşe proved the theorem
    assert "Ayşe" in person_spans(scanner, "Dün derste Ayşe teoremi kanıtladı, Mehmet de formülü yazdı.")


def test_a_moves_ends_and_a_jobs_materials_are_no_people(scanner: PIIScanner) -> None:
    text = "Nereden: Ayvalık Mah. → Nereye: Hüsnüye\nMalzeme: Kadı Nimet seramik, Grohe batarya\n"
    assert not set(person_spans(scanner, text)) & {"Hüsnüye", "Kadı Nimet"}


def test_a_things_abbreviated_number_is_no_phone(scanner: PIIScanner) -> None:
    text = "Re: jury summons, juror no. 4471 0923; call me on +45 20 12 34 56 if needed."
    found = _typed(scanner, text, "PHONE_NUMBER")
    assert "4471 0923" not in found and any("20 12 34 56" in f for f in found)


def test_a_house_number_before_a_phone_keeps_the_phone(scanner: PIIScanner) -> None:
    text = "• Ecz. Deniz - Hükümet Cd. No 12 - (0) 262 720 95 05\n• Eczane Yeni - (0) 553 547 12 12\n"
    assert any("262 720 95 05" in f for f in _typed(scanner, text, "PHONE_NUMBER"))


@pytest.mark.parametrize(
    "text",
    [
        "Ida Lund, Tel no. 4471 0923; office +45 33 12 34 56",
        "Disputes to 07700 900123; the landlord's Bergen number 4471 0923",
    ],
)
def test_a_phones_label_keeps_the_phone(scanner: PIIScanner, text: str) -> None:
    assert "4471 0923" in _typed(scanner, text, "PHONE_NUMBER")


def test_the_scanner_reads_foreign_names_in_a_turkish_text(scanner: PIIScanner) -> None:
    text = "Komşu Tuyết Nông anahtarı bırakacak; Phượng de yarın gelecek."
    result = scanner.scan(text, ScanContext(direction="input"))
    masked = {text[f.start : f.end] for f in result.findings if f.entity_type == "PERSON"}
    assert {"Tuyết Nông", "Phượng"} <= masked
