"""Phones in lists and messages with no phone word beside each number (guard/pii/phones.py)."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from guard.pii.phones import bracketed_trunk_form, nordic_grouping
from guard.pii.scanner import PIIScanner
from guard.policy import PIIPolicy


@pytest.fixture(scope="module")
def scanner(analyzer: AnalyzerEngine) -> PIIScanner:
    return PIIScanner(PIIPolicy(), analyzer)


def _phones(scanner: PIIScanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.detect(text) if f.entity_type == "PHONE_NUMBER"]


def _types(scanner: PIIScanner, text: str, value: str) -> set[str]:
    start = text.index(value)
    return {f.entity_type for f in scanner.detect(text) if f.start <= start < f.end}


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        # A contact list: one number has its country code, the others none and no phone word.
        (
            "RSVP list (Tromsø weekend)\nAnna Berg + Ola -- yes -- +47 412 34 567\n"
            "Kari Holm -- maybe -- 64.00.41.91\nPer Lie -- maybe -- 490-24-176\nSiri Dahl -- no",
            ["+47 412 34 567", "64.00.41.91", "490-24-176"],
        ),
        (
            "Message Sabria on 9116-1109 or Caralie Clayton (92278407). Can stop in Vejle.",
            ["9116-1109", "92278407"],
        ),
        (
            "If anything comes up, ring my co-host Clevey Sullivan on 62.55.55.71; I'm on 490-24-176.",
            ["62.55.55.71", "490-24-176"],
        ),
        ('<sms address="93125913" contact_name="Aubery Dawson" type="1" body="Landed" />', ["93125913"]),
        ("Norveç tarafında Ann-Helen Sandbakk ile 53-51-97-09 üzerinden görüşülecek.", ["53-51-97-09"]),
        ("Kopenhag'daki akraba Şeyma ise 91728348 numarasında.", ["91728348"]),
        ("Görev yeri: Helsinki. Yerel irtibat: İsa Polat, (06) 460240; Gül Kaplan.", ["(06) 460240"]),
    ],
)
def test_numbers_read_as_phones_by_what_is_around_them(
    scanner: PIIScanner, text: str, phones: list[str]
) -> None:
    assert sorted(_phones(scanner, text)) == sorted(phones)


def test_dotted_pairs_beside_a_call_are_a_phone_not_an_address(scanner: PIIScanner) -> None:
    text = "Kim-Andre Samdal (53.41.69.52) covers Sunday; call Ola on +47 412 34 567."
    assert _types(scanner, text, "53.41.69.52") == {"PHONE_NUMBER"}
    # Beside a network's word it stays an address, even in a text that holds a phone.
    text = "Server 10.20.30.40 restarted; call +47 412 34 567 if it fails again."
    assert _types(scanner, text, "10.20.30.40") == {"IP_ADDRESS"}


@pytest.mark.parametrize(
    "text",
    [
        "Kari Holm -- maybe -- 64.00.41.91\nPer Lie -- no",  # no phone in the text: an address or a code
        "Sales (12345678) rose in May.",  # one run in brackets, no phone in the text
        "Call +47 412 34 567 today. Order 1234-5678 ships on Monday.",  # a reference word
        "Call +47 412 34 567 today. We are open 10.00-18.00 on weekdays.",  # opening hours
        "Dava 12345678 numaralı dosyada görülüyor.",  # "numaralı": a file's number
        "Call +47 412 34 567 about CVE-2010-0001 and GLIBC-SA-2025-0005.",  # a year and a serial
        "Fixed in 2.36-9+deb12u4 (CVE-2010-0001) on 2025-01-05 +0000.",  # no calling code: "+0000"
    ],
)
def test_numbers_that_stay_no_phone(scanner: PIIScanner, text: str) -> None:
    assert [p for p in _phones(scanner, text) if "+47" not in p] == []


def test_the_shapes() -> None:
    assert nordic_grouping("64.00.41.91") and nordic_grouping("490-24-176") and nordic_grouping("9116 1109")
    assert not nordic_grouping("64.00-41.91")  # one separator throughout
    assert not nordic_grouping("10.00-18.00") and not nordic_grouping("123 456 789")
    assert not nordic_grouping("2010-0001")
    assert bracketed_trunk_form("(06) 460240") and bracketed_trunk_form("(09) 123 4567")
    assert not bracketed_trunk_form("(06) 4602")  # too short for a number
