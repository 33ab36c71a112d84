"""Twentieth pass: phones in a table's phone column, after a call's preposition, Turkey's 444 numbers
in one run; no phone in an identity number or a timestamp; rarer frequent words as no names, and a
name cut at a table's cell border.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from guard.pii.name_tables import phone_cells
from guard.pii.ner_filters import firm_name, line_label, ordinary_words
from guard.pii.onnx_ner import BATCH_TOKENS, _batches
from guard.pii.scanner import PIIScanner
from guard.policy import PIIPolicy


@pytest.fixture(scope="module")
def scanner(analyzer: AnalyzerEngine) -> PIIScanner:
    return PIIScanner(PIIPolicy(), analyzer)


def _typed(scanner: PIIScanner, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.detect(text) if f.entity_type == entity]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # A cell of a column whose header says "phone": no phone word beside the number.
        ("Sicil\tAd Soyad\tBirim\tTelefon\n20417\tGüler Aksoy\tMuhasebe\t37 81 26 04", "37 81 26 04"),
        ("| Navn | Afdeling | Tlf. |\n| --- | --- | --- |\n| Mette Holm | Løn | 6172 9034 |", "6172 9034"),
        # After a CSV comma, which the digit pattern refuses before digits ("1,234,567").
        ("name,team,mobile\nIngvild Sæther,Drift,93418207", "93418207"),
        ("navn;afdeling;mobil\nJens Kjær;Lager;28 19 47 63", "28 19 47 63"),
        # One run of eight digits after a call's preposition.
        ("Ring Solveig på 90417236 i morgen.", "90417236"),
        ("Please call me on 61842937 after lunch.", "61842937"),
        # Turkey's 444 numbers in one run, after a label.
        ("Tel: 4447391", "4447391"),
        ("İletişim: 4440862 (hafta içi)", "4440862"),
    ],
)
def test_phones_found_in_this_pass(scanner: PIIScanner, text: str, phone: str) -> None:
    assert phone in _typed(scanner, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        # An identity number after its label is no phone, valid checksum or not.
        "Kefil: Oya Er (T.C. 16204937162)",
        "TCKN 16204937162",
        # The whole part of a decimal: a chat export's Unix timestamp.
        '{"user": "Dagny Vik", "ts": "1764930211.002900", "text": "ok"}',
        # A 444 run with no label, and eight digits after a preposition with no call before it.
        "Order 4447391 ships on Monday.",
        "The invoice is on 41236780 and due.",
        # Numbers in a table's other columns.
        "Sicil;Ad Soyad;Maaş;Oda\n20417;Güler Aksoy;48 250 00;B-12",
    ],
)
def test_no_phone_in_ids_timestamps_or_other_columns(scanner: PIIScanner, text: str) -> None:
    assert _typed(scanner, text, "PHONE_NUMBER") == []


def test_phone_cells_are_only_a_phone_columns_non_empty_cells() -> None:
    text = "name;phone;room\nBodil Ahl;+45 31 24 67 80;B12\nKnud Ry;;C3"
    assert [text[a:b] for a, b in phone_cells(text)] == ["+45 31 24 67 80"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # Rarer frequent words the name models read as people: a field's label, a greeting, a unit.
        ("00:00:03 Temsilci: Buyurun, ben Levent, nasıl yardımcı olabilirim?", ["Levent"]),
        ("Hasta kabul\nSorumlu Hemşire: Filiz Kaya", ["Filiz Kaya"]),
    ],
)
def test_rarer_frequent_words_are_no_person(scanner: PIIScanner, text: str, people: list[str]) -> None:
    assert _typed(scanner, text, "PERSON") == people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Given names that rank among the rarer frequent words stay names: the model finds them name-like.
        ("Cahit yarın gelmiyor, raporu Esat Bey'e bırakın.", "Cahit"),
        ("Halit aradı, dosyayı istiyor.", "Halit"),
    ],
)
def test_names_among_the_rarer_frequent_words_stay(scanner: PIIScanner, text: str, name: str) -> None:
    assert any(name in span for span in _typed(scanner, text, "PERSON"))


def test_ordinary_words_weighs_rarer_words_by_a_lower_floor() -> None:
    assert ordinary_words("Temsilci", 0, 8)  # a rarer word the model finds unlike a name
    assert not ordinary_words("Temsilci", 0, 8, less_common=False)  # only the frequent words
    assert not ordinary_words("Cahit", 0, 5)  # a rarer word the model finds name-like enough
    assert ordinary_words("Genel Cerrahi", 0, 13)  # each rarer word unlike a name
    assert not ordinary_words("Bunu Halit", 0, 10)  # a name-like rarer word keeps the span
    assert not ordinary_words("Ayşe Temsilci", 0, 13)  # a listed name keeps the span


def test_a_name_stops_at_a_table_cells_border(scanner: PIIScanner) -> None:
    text = "Sicil\tAd Soyad\tBirim\n10421\tWiesława Gruszka\tTedarik Yönetimi\n10422\tOrhun Kaplan\tİdari"
    persons = _typed(scanner, text, "PERSON")
    assert "Wiesława Gruszka" in persons
    assert all("\t" not in span for span in persons)


def test_each_cell_of_a_span_across_cells_is_judged_on_its_own(scanner: PIIScanner) -> None:
    text = "Gün\t08-16\t16-24\nSALI\tKamil Çakar\tTülin Ş.\nPts.\tHalit\tGrażyna Wołoszyn"
    persons = _typed(scanner, text, "PERSON")
    assert {"Kamil Çakar", "Grażyna Wołoszyn"} <= set(persons)
    assert not any("SALI" in span or "\t" in span for span in persons)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # A line's label that ends in a field's head names no one, whoever read a name in it.
        ("Veli Adı Soyadı: Sabri Duru\nVeli Cep Tel: +90 530 6817955", ["Sabri Duru"]),
        # A sign-off alone on its line signs no name; the name under it does.
        ("Bitte rufen Sie zurück.\n\nViele Grüße\nSolange Hedrick", ["Solange Hedrick"]),
    ],
)
def test_labels_and_sign_offs_are_no_people(scanner: PIIScanner, text: str, people: list[str]) -> None:
    assert _typed(scanner, text, "PERSON") == people


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Veli Cep Tel: 0530 681 79 55", "Veli Cep Tel", True),
        ("00:00:03 Temsilci: Buyurun", "Temsilci", True),
        # A chat's or a transcript's authors: a listed name, an honorific, a verb after a name.
        ("Ayşe Yılmaz: tamam geliyorum", "Ayşe Yılmaz", False),
        ("Kerem Bey: ben de", "Kerem", False),
        ("Oğuz commented: 'waiting on the review'", "Oğuz", False),
        # Not at the line's start: a sentence's colon.
        ("Talked to Temsilci: fine", "Temsilci", False),
    ],
)
def test_a_lines_label_is_told_from_a_chats_author(text: str, span: str, label: bool) -> None:
    start = text.index(span)
    assert line_label(text, start, start + len(span)) is label


def test_name_model_rows_of_unlike_lengths_are_read_in_separate_passes() -> None:
    # Rows of 6, 8 and 9 tokens and of 25 and 36: together, 5 x 36 = 180 token slots for 84 tokens.
    assert _batches([6, 8, 9, 25, 36], BATCH_TOKENS) == [[0, 1, 2], [3, 4]]
    # Rows of about one length share a pass: a pass's own cost outweighs their padding.
    assert _batches([21, 22, 25], BATCH_TOKENS) == [[0, 1, 2]]
    # Every row once, in order, and no pass over the budget unless a row alone is.
    lengths = sorted([3, 5, 5, 9, 14, 30, 31, 33, 90, 200, 400, 2000])
    batches = _batches(lengths, BATCH_TOKENS)
    assert [k for b in batches for k in b] == list(range(len(lengths)))
    assert all(len(b) == 1 or len(b) * lengths[b[-1]] <= BATCH_TOKENS for b in batches)


@pytest.mark.parametrize(
    ("text", "span", "firm"),
    [
        # A legal form after a name, or ending it, makes it a firm's.
        ("Mvh Ola Hansen, Jimmy Choo Oy", "Jimmy Choo", True),
        ("Edward Jones, Inc. confirmed the transfer.", "Edward Jones", True),
        ("Fatura Yılmaz Tekstil A.Ş. adına kesildi.", "Yılmaz Tekstil", True),
        ("Bestilt hos Hansen ApS i går.", "Hansen", True),
        # A person who works for one, and capitals that only begin like a legal form.
        ("Mvh Ola Hansen, Wesleyan AS", "Ola Hansen", False),
        ("John Smith ASKED for a refund.", "John Smith", False),
    ],
)
def test_a_name_before_a_legal_form_is_a_firms(text: str, span: str, firm: bool) -> None:
    start = text.index(span)
    assert firm_name(text, start, start + len(span)) is firm


def test_a_firm_named_after_a_person_is_no_person(scanner: PIIScanner) -> None:
    text = "Invoice from Edward Jones, Inc. was approved by Maria Keller."
    assert _typed(scanner, text, "PERSON") == ["Maria Keller"]
