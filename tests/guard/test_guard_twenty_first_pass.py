"""Twenty-first pass: places and institutions named after people, drugs before a dose, passwords,
ranges of days, tables aligned with spaces, and labels inside a row are no people.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii.name_tables import header_rows, table_names
from guard.pii.ner_filters import dose_or_secret, institution_name, line_label, without_calendar_words
from guard.pii.scanner import PIIScanner

from .conftest import person_spans  # type: ignore[import-not-found]


@pytest.mark.parametrize(
    ("text", "span", "institution"),
    [
        # The span's last word heads an institution, or a capitalised word after it does.
        ("Your prescription is ready at Whitmore Pharmacy today.", "Whitmore Pharmacy", True),
        ("Pick-up from Ashdown Primary at 3.", "Ashdown", True),
        ("Membership at Fenwick Rowing Club renewed.", "Fenwick Rowing", True),
        ("Su kesintisi Zeytinli Sitesi yönetimine bildirildi.", "Zeytinli", True),
        ("Randevu Gülbahar Devlet Hastanesi için alındı.", "Gülbahar", True),
        # A head that is also a surname, and a name before a job's title, stay people.
        ("Ask Jerry Hall about the rota.", "Jerry Hall", False),
        ("Lauren Smith Station Manager called back.", "Lauren Smith", False),
        # A head in lower case is a sentence's word.
        ("Ayla went to the pharmacy.", "Ayla", False),
    ],
)
def test_a_place_or_an_institution_named_after_someone_is_no_person(
    text: str, span: str, institution: bool
) -> None:
    start = text.index(span)
    assert institution_name(text, start, start + len(span)) is institution


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Owed: Lipitor 10 mg x 30", "Lipitor", True),
        ("Give Nexavor 2 tablets at night.", "Nexavor", True),
        ("Pickup password: Willow", "Willow", True),
        ("Parola: Zeytin", "Zeytin", True),
        # A name before a number that is no dose, and after a label that is no password's.
        ("Give Hannah 2 more days.", "Hannah", False),
        ("Contact: Willow Hart", "Willow Hart", False),
    ],
)
def test_a_drug_before_its_dose_and_a_password_are_no_people(text: str, span: str, expected: bool) -> None:
    start = text.index(span)
    assert dose_or_secret(text, start, start + len(span)) is expected


def test_the_scanner_keeps_the_person_and_drops_the_pharmacy_the_drug_and_the_password(
    scanner: PIIScanner,
) -> None:
    text = (
        "OWING NOTE - Whitmore Pharmacy\nPatient: Gülseren Akın\nOwed: Lipitor 10 mg x 30\n"
        "Collection password: Willow\nSigned: Tamsin Rowe"
    )
    assert sorted(person_spans(scanner, text)) == ["Gülseren Akın", "Tamsin Rowe"]


def test_a_range_of_days_is_no_name() -> None:
    assert without_calendar_words("Open Mon-Fri", 5, 12) is None
    assert without_calendar_words("Pzt-Cum açık", 0, 7) is None
    # A hyphenated name keeps its span.
    assert without_calendar_words("Ask Anne-Marie", 4, 14) == (4, 14)


def test_a_table_aligned_with_spaces_has_a_header_and_person_columns() -> None:
    text = "Adresteki Kişiler\nAdı    Soyadı    Yakınlık\nNermin    KOÇAK    Annesi"
    header = text.index("Adı")
    assert header_rows(text) == [(header, text.index("\nNermin"))]
    assert {text[a:b] for a, b, _, _ in table_names(text)} == {"Nermin", "KOÇAK"}


def test_a_call_list_aligned_with_spaces_has_no_header() -> None:
    # "mobile" labels a row, not a column: a header names two columns and holds no digit.
    text = "Recents\nAyla Demir        mobile        10:02\nTomasz Wrona        home        09:40"
    assert header_rows(text) == []


def test_a_header_aligned_with_spaces_is_no_person(scanner: PIIScanner) -> None:
    text = "Adresteki Kişiler\nAdı    Soyadı    Yakınlık\nNermin    KOÇAK    Annesi"
    people = person_spans(scanner, text)
    assert "KOÇAK" in people
    assert not any("Soyadı" in span or "Adı" in span for span in people)


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        # A label that opens a row's second field, after two spaces or a tab.
        ("Teslim eden: A. Tuna  Teslim alan: Kaan Sezer", "Teslim", True),
        ("Hazırlayan: B. Kurt\tKontrol eden: Elif Su", "Kontrol", True),
        # Frequent words and then lower-case ones, a listed name among them ("alan").
        ("Teslim alan: Kaan Sezer", "Teslim", True),
        # A chat's author: a listed name before a lower-case verb.
        ("Oğuz dedi: tamam", "Oğuz", False),
    ],
)
def test_a_label_inside_a_row_is_no_person(text: str, span: str, label: bool) -> None:
    start = text.rindex(span)
    assert line_label(text, start, start + len(span)) is label
