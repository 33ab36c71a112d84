"""Seventeenth pass on person names: tables, names in capitals, fields in brackets, frequent words.

- the cells of a pasted table's person columns ("surname,forename", "soyadi;adi", "| Ad Soyad |");
- names in capitals after an honorific or as a person field's value ("Sn. NEVRA KÖSEOĞLU",
  "ADI SOYADI: ..."), and a surname in capitals after a given name ("Feraye DURMUŞLU");
- a person's field inside brackets ("(owner: ...)"), family members' fields ("mum:", "Baba adı:");
- a lower-case name before "hocam"/"hoca" as before "hanım"/"bey", and a name before "Abla", "Abi",
  "Hoca" in capitals; handover fields ("Devreden:", "devralan:", "Yerine bakacak:"), "Yakını ...",
  "Hemş."; a newcomer introduced ("X, our new intern,", "X, yeni ... arkadaşımız"); a lower-case
  chat mention ("@gizachew", not "@dataclass", "@property", "@here"); a possessive before a
  relative ("Rowenna'nın annesi");
- a PERSON span of frequent words only is none, whichever recognizer read it ("Sorumlu:", "İlgi:");
- a weekday or month that is also a name is a date beside a date word ("until Thu", "Paz, 06.06");
- a mail client's marker line and a table's header row hold no names;
- a date and a time ("01.02.2022 08:41") are no phone number.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii.name_cues import opens_field_label
from guard.pii.name_tables import header_rows, table_names
from guard.pii.names import with_capitals_after
from guard.pii.ner_filters import mail_marker_lines, ordinary_words, without_calendar_words
from guard.pii.scanner import PIIScanner

from .conftest import person_spans  # type: ignore[import-not-found]


def _cells(text: str) -> list[str]:
    return [text[a:b] for a, b, _, _ in table_names(text)]


def test_the_person_columns_of_a_csv_export_are_names() -> None:
    text = "staff_no,surname,forename,branch\n4410,Threlkeld,Osanna,Ruislip\n4411,VARDANYAN,Tigran,Ruislip"
    assert _cells(text) == ["Threlkeld", "Osanna", "VARDANYAN", "Tigran"]


def test_the_columns_of_a_turkish_semicolon_export_and_a_markdown_table_are_names() -> None:
    semicolons = "sicil;soyadi;adi;birim\n2201;KÖSEOĞLU;Nevra;Muhasebe\n2202;Ertuğ;Sılay;Hukuk"
    assert _cells(semicolons) == ["KÖSEOĞLU", "Nevra", "Ertuğ", "Sılay"]
    markdown = "| Ad Soyad | Birim |\n|---|---|\n| Tülin Karakeçili | Hukuk |\n| Orhun Sevindik | Satış |"
    assert _cells(markdown) == ["Tülin Karakeçili", "Orhun Sevindik"]


def test_a_quoted_cell_keeps_its_comma_and_a_row_of_another_width_ends_the_table() -> None:
    text = 'id,full name,team\n7,"Okafor, Ebele",Risk\nTotal: 1 row, printed today, by the export tool, ok'
    assert _cells(text) == ["Okafor, Ebele"]


def test_a_name_column_of_products_or_a_table_without_person_columns_gives_no_names() -> None:
    assert _cells("name,price\nWidget,3.50\nStapler,2.10") == []
    assert _cells("sku;colour;size\nTR-11;Navy;XL\nTR-12;Olive;M") == []
    # Cells with digits are no names even under a person column.
    assert _cells("surname,forename\nRow 1,Item 2") == []


def test_a_table_cell_is_masked_by_the_scanner(scanner: PIIScanner) -> None:
    spans = person_spans(scanner, "staff_no,surname,forename\n4410,THRELKELD,Osanna")
    assert "THRELKELD" in spans and "Osanna" in spans


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Sn. NEVRA KÖSEOĞLU, 14.03.2026 tarihli başvurunuz alınmıştır.", "NEVRA KÖSEOĞLU"),
        ("ADI SOYADI: ORHUN SEVİNDİK\nDOĞUM TARİHİ: 02.02.1991", "ORHUN SEVİNDİK"),
        ("Baba adı: TEVFİK\nAnne adı: Nazlıcan", "TEVFİK"),
    ],
)
def test_a_name_in_capitals_after_an_honorific_or_in_a_persons_field(
    scanner: PIIScanner, text: str, person: str
) -> None:
    assert person in person_spans(scanner, text)


def test_an_acronym_in_a_persons_field_is_no_name(scanner: PIIScanner) -> None:
    assert person_spans(scanner, "Sorumlu: KVKK\nÖncelik: YÜKSEK") == []


def test_a_surname_in_capitals_joins_the_given_name_before_it() -> None:
    text = "Onaylayan: Feraye DURMUŞLU (Şube Müdürü)"
    start = text.index("Feraye")
    assert text[start : with_capitals_after(text, start + len("Feraye"))] == "Feraye DURMUŞLU"
    # An acronym, a firm's legal form or a label after a name stays outside it.
    for after in (" PDF dosyası", " LTD", " KVKK", " IBAN: TR00"):
        text = "Feraye" + after
        assert with_capitals_after(text, len("Feraye")) == len("Feraye")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("AP3: renew the licence (owner: Ysolde) by Friday", "Ysolde"),
        ("Karar 2: bütçe güncellenecek (Sorumlu: Tülin Karakeçili)", "Tülin Karakeçili"),
        ("16:40 Pip Arkwright (mum: Rowenna)", "Rowenna"),
    ],
)
def test_a_persons_field_inside_brackets(scanner: PIIScanner, text: str, person: str) -> None:
    assert person in person_spans(scanner, text)


def test_a_lower_case_name_before_hocam_but_not_a_subject_taught(scanner: PIIScanner) -> None:
    assert "sılay" in person_spans(scanner, "tamam sılay hocam, yarın getiririm")
    assert person_spans(scanner, "kimya hocam yarın gelmiyor") == []


def test_a_span_of_frequent_words_only_is_no_person(scanner: PIIScanner) -> None:
    spans = person_spans(scanner, "Karar 1: teklif istenecek (Sorumlu: Tülin Karakeçili)")
    assert spans == ["Tülin Karakeçili"]  # spaCy also reads "Sorumlu" ("responsible") as a person
    text = "| Başlangıç | Yönetimi |"
    assert ordinary_words(text, 2, 11)  # "Başlangıç"
    # A listed name that is also a word stays ("Umut"), and so does a rare name.
    assert not ordinary_words("Umut", 0, 4)
    assert not ordinary_words("Karakeçili", 0, 10)


def test_a_date_and_a_time_are_no_phone_number(scanner: PIIScanner) -> None:
    for text in ("Sent: Thu 01.02.2022 08:41", "Randevu: 07.07.2026 10:40, Göz polikliniği"):
        assert not any(f.entity_type == "PHONE_NUMBER" for f in scanner.detect(text)), text
    assert any(
        f.entity_type == "PHONE_NUMBER" for f in scanner.detect("Tel: 0212 555 44 33, 08:41'de arayın")
    )


def test_a_frequent_word_after_a_strong_cue_stays_a_name(scanner: PIIScanner) -> None:
    assert "Obama" in person_spans(scanner, "The letter was signed by Mr Obama in 2012.")


def test_a_weekday_or_month_that_is_a_name_is_a_date_beside_a_date_word() -> None:
    for text, word in (
        ("on hold until Thu", "Thu"),
        ("Tarih: Paz, 06.06.2026", "Paz"),
        ("Cum gününe kadar", "Cum"),
    ):
        start = text.index(word)
        assert without_calendar_words(text, start, start + len(word)) is None, text
    # Alone, it stays the name it also is.
    assert without_calendar_words("Jan said it is late", 0, 3) == (0, 3)


def test_a_mail_clients_marker_line_and_a_tables_header_hold_no_names(scanner: PIIScanner) -> None:
    forwarded = "Begin forwarded message:\n\nFrom: Osanna Threlkeld\nSubject: rota"
    assert mail_marker_lines(forwarded) == [(0, len("Begin forwarded message:"))]
    turkish = "---------- İletilen ileti ---------\nGönderen: Nevra Köseoğlu"
    assert len(mail_marker_lines(turkish)) == 1
    assert mail_marker_lines("Please begin the forwarded message review today.") == []
    table = "sicil;soyadi;adi\n2201;KÖSEOĞLU;Nevra"
    assert header_rows(table) == [(0, len("sicil;soyadi;adi"))]
    assert not any(span in ("soyadi", "adi") for span in person_spans(scanner, table))


def test_a_copied_chats_authors_are_names_and_an_agenda_line_is_not(scanner: PIIScanner) -> None:
    slack = "Osanna Threlkeld  9:14 AM\ncan someone take the 3pm call?\nPip Arkwright  9:16 AM\non it"
    assert {"Osanna Threlkeld", "Pip Arkwright"} <= set(person_spans(scanner, slack))
    whatsapp = "[05.12.26, 09:14] Tülin Karakeçili: toplantı ertelendi"
    assert "Tülin Karakeçili" in person_spans(scanner, whatsapp)
    assert person_spans(scanner, "Standup  9:30 AM\nRetro  4:00 PM") == []


def test_a_persons_field_label_in_capitals_is_no_name() -> None:
    text = "ADI SOYADI: ORHUN SEVİNDİK"
    assert opens_field_label(text, 0, 3)  # "ADI", as a model reads it
    assert not opens_field_label("Orhun: geliyorum", 0, 5)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Bilgi için muhtarlığı ya da Sılay Abla ile görüşebilirsiniz.", "Sılay"),
        ("Devreden: Hemş. Karakeçili, devralan: Osanna.", "Karakeçili"),
        ("Devreden: Hemş. Karakeçili, devralan: Osanna.", "Osanna"),
        ("İzin: 3 gün\nYerine bakacak: Tülin Sevindik", "Tülin Sevindik"),
        ("Hasta stabil. Yakını Rowenna akşam arayacak.", "Rowenna"),
        ("Threlkeld, yeni Risk Uzmanı arkadaşımız, Pazartesi başlıyor.", "Threlkeld"),
        ("Okacha, our new intern, starts today.", "Okacha"),
    ],
)
def test_turkish_forms_of_address_handover_fields_and_newcomers(
    scanner: PIIScanner, text: str, person: str
) -> None:
    assert any(person in span for span in person_spans(scanner, text)), person_spans(scanner, text)


def test_a_newcomer_is_a_person_only_when_a_person_is_introduced(scanner: PIIScanner) -> None:
    assert person_spans(scanner, "Kubernetes, our new platform, is live.") == []


def test_a_lower_case_mention_is_a_handle_but_not_a_decorator_or_a_doc_tag(scanner: PIIScanner) -> None:
    assert "gizachew" in person_spans(scanner, "PR approved by @gizachew, merging after lunch")
    for text in ("@dataclass(frozen=True)\nclass Row: ...", "@property\ndef name(self): ...", "@here 5 min"):
        assert person_spans(scanner, text) == [], text


def test_a_possessive_before_a_relative_is_a_person_and_a_place_is_not(scanner: PIIScanner) -> None:
    assert "Rowenna" in person_spans(scanner, "Rowenna'nın annesi: Yarın Paz servis kaçta geliyor?")
    assert not any("Paz" in span for span in person_spans(scanner, "Yarın Paz servis kaçta?"))
    assert person_spans(scanner, "Ankara'nın valisi açıkladı.") == []
