"""Nineteenth pass: phones in brackets after a name, after a label, Turkey's 444 numbers, case numbers;
Turkish verbs known by their suffix, and names in capitals in a patient's or pupil's field.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from guard.pii.name_cues import turkish_active_form
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
        # A grouped number alone in brackets after a name or a unit: a contact's number.
        ("For cover please contact Halvard Tveit (41 22 63 90) until Friday.", "41 22 63 90"),
        ("Pårørende: Sigrun (473 18 205) er informert.", "473 18 205"),
        ("Escalations go to Treasury Ops (6620 3147).", "6620 3147"),
        # In brackets, an international number is found whole, and still by its shape.
        ("Refakatçi: Gülizar Akdoğan (+45 61 27 93 04)", "+45 61 27 93 04"),
        # Turkey's nationwide numbers: seven digits starting 444, no trunk prefix.
        ("Kart işlemleri için 444 73 19", "444 73 19"),
        ("Randevu hattımız 444 0 582 üzerinden çalışıyor.", "444 0 582"),
        # A next of kin's number, with no other phone word.
        ("Next of kin: Orla Brannigan (sister), 871 44 029", "871 44 029"),
        # A phone label's full stop is an abbreviation's, not a sentence's end.
        ("Vennlig hilsen\nTorunn Hauge\nTlf. 23 91 47 05", "23 91 47 05"),
        ("Tel. 555 2914 after six, please.", "555 2914"),
        # Nordic and German signature labels.
        ("Mob. 917 40 236", "917 40 236"),
        ("Sentralbord: 815 44 120", "815 44 120"),
        ("Privat: 38 61 22 47", "38 61 22 47"),
        # One run of eight digits, as Norway and Denmark write it, right after a phone label.
        ("Telefon 48215937", "48215937"),
    ],
)
def test_phones_found_in_this_pass(scanner: PIIScanner, text: str, phone: str) -> None:
    assert phone in _typed(scanner, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        # What else stands in brackets after a capitalised word: amounts in thousands, years, IDs.
        "Revenue (12 400 000) was flat against Plan (12 350 000).",
        "Reports (2019 2020 2021) are archived.",
        "Employee Marta Lindqvist (10293847) has left.",
        # One run of eight digits with a phone word near but no label right before it.
        "Policy 48215937 renewed; phone us if anything changed.",
        "Konto 48215937",
        # An identity number before "T.C. kimlik", and court case numbers.
        "Dilekçe sahibi 31872046518 T.C. kimlik numaralı vatandaştır.",
        "ESAS NO: 2025/48213377 KARAR NO: 2026/11904",
    ],
)
def test_no_phone_in_these_brackets_or_references(scanner: PIIScanner, text: str) -> None:
    assert _typed(scanner, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    "word",
    ["bıraktı", "yapmadı", "eklemiş", "gelemeyecek", "inceliyor", "düzeltti", "yükledi", "paylaştı"],
)
def test_active_finite_turkish_verbs_are_known_by_their_suffix(word: str) -> None:
    assert turkish_active_form(word)


@pytest.mark.parametrize(
    "word",
    # Passives (a thing is their subject), nouns and adverbs that end like a past tense.
    ["gönderildi", "alındı", "ertelendi", "tamamlandı", "hazırlanıyor", "şimdi", "kredi", "kendi", "kodu"],
)
def test_passives_and_look_alike_nouns_take_no_person(word: str) -> None:
    assert not turkish_active_form(word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Raporu dün Berkecan kontrol etti.", "Berkecan"),
        ("Toplantı notlarını Nurşen paylaştı, eksikleri sonra ekleyecek.", "Nurşen"),
        ("Sözleşmeyi Gülbahar henüz imzalamadı.", "Gülbahar"),
    ],
)
def test_a_lone_turkish_name_before_an_active_verb(scanner: PIIScanner, text: str, name: str) -> None:
    assert any(name in span for span in _typed(scanner, text, "PERSON"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("EPİKRİZ\nHasta: NESRİN KOCABIYIK\nSorumlu hekim: Uzm. Dr. Tolga Sezer", "NESRİN KOCABIYIK"),
        ("Öğrenci: ARDA TUNÇBİLEK\nSınıf: 7-B", "ARDA TUNÇBİLEK"),
    ],
)
def test_a_name_in_capitals_in_a_patients_or_pupils_field(scanner: PIIScanner, text: str, name: str) -> None:
    assert name in _typed(scanner, text, "PERSON")


def test_a_customers_words_in_capitals_are_no_name(scanner: PIIScanner) -> None:
    assert _typed(scanner, "Müşteri: KARTIM ÇALINDI\nTemsilci: Hemen kapatıyorum.", "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Toplantı cumaya ertelendi.",  # a passive: the meeting was postponed
        "Rapor dün akşam gönderildi.",
        "Sistem bu sabah yeniden başladı.",  # an active verb, but an ordinary noun as subject
    ],
)
def test_no_person_before_a_passive_or_after_an_ordinary_noun(scanner: PIIScanner, text: str) -> None:
    assert _typed(scanner, text, "PERSON") == []
