"""Sixteenth pass on person names: where a name stands whatever its spelling, and what is no name.

- form fields whose value is a person ("Organiser:", "Düzenleyen:", "İmza:", "teslim alan:"), in
  lists separated by semicolons too, in lower case when the value is one name-like word;
- a role right before a name ("hasta Romali Aygunes", "co-applicant Fionn Rotten"), and a verb of
  reported speech before the speaker at a clause's end ("..., said Obidike.");
- after a sign-off, two words no vector knows ("Saygılarımla, Itaia Kumbaracıbaşı");
- "abi"/"abla" after a lower-case given name, as "hanım"/"bey" before;
- weekdays and months at a PERSON span's edge, and titles, teams and firms inside one, are cut off
  whichever recognizer read it ("Date: Weds", "Loan Officer", "Anadolu Sigorta").

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii import names
from guard.pii.ner_filters import first_line_words, person_span, without_calendar_words, without_titles
from guard.pii.scanner import PIIScanner

from .conftest import person_spans  # type: ignore[import-not-found]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Organiser: Sertan Erşeker\nWhen: 10:00", ["Sertan Erşeker"]),
        ("Düzenleyen: Sertan Erşeker\nTarih: 12.05.2026", ["Sertan Erşeker"]),
        ("Attendees: Kabiyesi Ivasyuk; Wiola Kasprzak (optional)", ["Kabiyesi Ivasyuk", "Wiola Kasprzak"]),
        ("Kargo teslim edildi.\nTeslim alan: Sehzade Tanturk (komşu)", ["Sehzade Tanturk"]),
    ],
)
def test_a_persons_field_names_its_value(scanner: PIIScanner, text: str, people: list[str]) -> None:
    spans = person_spans(scanner, text)
    for person in people:
        assert any(person in span for span in spans), (person, spans)


def test_a_lower_case_value_of_a_persons_field_is_a_name(scanner: PIIScanner) -> None:
    assert "gabriela" in person_spans(scanner, "Parcel left at the door. Signed: gabriela")
    assert person_spans(scanner, "Parcel left at the door. Signed: yes") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dr. Dağlar'ın notu: hasta Romali Aygunes servisinde yatıyor.", "Romali Aygunes"),
        ("Öğrenci Vamik Tuğtaş bu dönem devamsızlık sınırını aştı.", "Vamik Tuğtaş"),
        ("Loan application 1182: applicant Kieron Horsell, co-applicant Fionn Rotten.", "Fionn Rotten"),
        ("Thanks for flagging it, the customer is sorted now, said Obidike.", "Obidike"),
    ],
)
def test_a_role_or_a_speech_verb_before_a_name(scanner: PIIScanner, text: str, person: str) -> None:
    assert any(person in span for span in person_spans(scanner, text))


def test_a_speech_verb_before_an_ordinary_word_is_no_cue(scanner: PIIScanner) -> None:
    assert not any("Python" in span for span in person_spans(scanner, "He said Python. I said Java."))


def test_two_unknown_words_after_a_sign_off_are_a_name(scanner: PIIScanner) -> None:
    text = "Şikâyetimi iletmek isterim.\nSaygılarımla, Itaia Kumbaracıbaşı"
    assert "Itaia Kumbaracıbaşı" in person_spans(scanner, text)
    assert person_spans(scanner, "Thanks for your patience.\nRegards, Customer Services") == []


def test_abi_after_a_lower_case_given_name(scanner: PIIScanner) -> None:
    assert "caglayan" in person_spans(scanner, "caglayan abi yarın gelcek misin")
    assert "ya" not in person_spans(scanner, "ya abi ne diyorsun")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Date: Weds", None),
        ("Gulnus Cumartesi", "Gulnus"),
        ("Pazartesi Ahmet Yılmaz", "Ahmet Yılmaz"),
        ("Kasım Yılmaz", "Kasım Yılmaz"),  # a listed given name stays
        ("Ahmet Ocak", "Ahmet Ocak"),  # and a listed surname
    ],
)
def test_weekdays_and_months_leave_a_persons_span(text: str, kept: str | None) -> None:
    start = text.index(":") + 2 if ":" in text else 0
    span = without_calendar_words(text, start, len(text))
    assert (text[span[0] : span[1]] if span else None) == kept


@pytest.mark.parametrize(
    ("span", "kept"),
    [
        ("Anadolu Sigorta", ""),
        ("Loan Officer", ""),
        ("Birim Sorumlusu Nazgüle Siviş", "Nazgüle Siviş"),
        ("GÜZELLA HANIM MASTERCARD RAPORUNU", "GÜZELLA HANIM"),
        ("Nazgüle Siviş", "Nazgüle Siviş"),
    ],
)
def test_titles_teams_and_firms_leave_a_persons_span(span: str, kept: str) -> None:
    assert " ".join(t.text for t in without_titles(names.tokenize(span))) == kept


def test_a_span_across_lines_keeps_its_first_line_with_a_name() -> None:
    text = "Saygılarımla,\n\nBerktuğ Kuşku\nBirim Sorumlusu"
    assert [t.text for t in first_line_words(text, 0, names.tokenize(text))] == ["Berktuğ", "Kuşku"]


def test_the_second_ners_spans_in_capitalised_and_lower_case_lines() -> None:
    text = "ya Kursad'la konuştum, Anadolu Sigorta meselesini Cmt hallederiz dedi"
    start = text.index("Anadolu")
    assert person_span(text, start, text.index(" Cmt")) is None  # a firm, then a lower-case word
    text = "Incident report: the suspect, CRAPPER, was not present."
    start = text.index("CRAPPER")
    assert person_span(text, start, start + 7) == (start, start + 7)  # capitals where a person stands
    text = "Incident report: the CRAPPER module was not present."
    start = text.index("CRAPPER")
    assert person_span(text, start, start + 7) is None  # an acronym
