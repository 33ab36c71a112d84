"""Cards of every issuer and length, local phone formats, and names known only by their context."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from guard.pii.cards import luhn_ok
from guard.pii.scanner import PIIScanner
from guard.policy import PIIPolicy


@pytest.fixture(scope="module")
def scanner(analyzer: AnalyzerEngine) -> PIIScanner:
    return PIIScanner(PIIPolicy(), analyzer)


def _typed(scanner: PIIScanner, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.detect(text) if f.entity_type == entity]


def _with_check_digit(body: str) -> str:
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


@pytest.mark.parametrize(
    "body",
    [
        "425666363228088642",  # Visa, 19 digits
        "421234567890",  # Visa, 13 digits
        "21317865893059",  # JCB, 15 digits starting 2131
        "18004412345678",  # JCB, 15 digits starting 1800
        "352889123456789012",  # JCB, 19 digits
        "220415846450604",  # Mir
        "979275442014613",  # Troy (Turkey)
        "501826584409",  # Maestro, 13 digits
        "3000521854914",  # Diners, 14 digits
        "627345678901234567",  # UnionPay, 19 digits
    ],
)
def test_cards_of_every_issuer_range_and_length(scanner: PIIScanner, body: str) -> None:
    number = _with_check_digit(body)
    grouped = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    for written in (number, grouped, grouped.replace(" ", "-")):
        text = f"Kart numaram {written}, lütfen bloke edin."
        assert _typed(scanner, text, "CREDIT_CARD") == [written]


def test_numbers_that_fail_luhn_or_belong_to_an_iban_are_no_card(scanner: PIIScanner) -> None:
    assert _typed(scanner, "Reference 4256663632280886420 is closed.", "CREDIT_CARD") == []
    text = "IBAN TR33 0006 1005 1978 6457 8413 26 hesabına gönderin."
    assert _typed(scanner, text, "CREDIT_CARD") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Call me on 444 7846 after lunch.", "444 7846"),  # US local, no area code
        ("Phone: 754-4311", "754-4311"),
        ("Müşteri hizmetleri: tel 444 88 20", "444 88 20"),  # Turkish service number
        ("Telefon numaram 8795 9650, akşam arayabilirsiniz.", "8795 9650"),  # Danish
        ("Beni 97 41 07 20 numarasından arayın.", "97 41 07 20"),  # Norwegian, verb after
        ("Ring meg på 97 410720 i morgen, tlf er privat.", "97 410720"),
        ("Soita 040 123 4567 kun ehdit, puh. toimisto.", "040 123 4567"),  # Finnish mobile
        ("Sie erreichen mich unter Tel. 030 12345678.", "030 12345678"),  # German landline
        ("Appelez le 06 12 34 56 78, mon portable.", "06 12 34 56 78"),  # French mobile
        ("Please call 020 7946 0958 today.", "020 7946 0958"),  # London
        ("Mehmet aradı: 0(312) 444 4 444", "0(312) 444 4 444"),
        ("my phone 00990291422", "00990291422"),
    ],
)
def test_local_phone_formats_with_a_phone_word(scanner: PIIScanner, text: str, phone: str) -> None:
    assert _typed(scanner, text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Order 8795 9650 was shipped on 12.03.2024.",  # no phone word: digits alone are ambiguous
        "Please call about order 93982757 tomorrow.",  # a reference word before the number
        "Sipariş no 12 34 56 78 için telefonla aradım.",
        "The call lasted from 12.03.2024 to 14.03.2024.",  # dates
        "Call us: the fee is 47.199,14 TL.",  # an amount
    ],
)
def test_digit_runs_that_are_no_phone(scanner: PIIScanner, text: str) -> None:
    assert _typed(scanner, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # International form: a calling code that exists, no phone word needed.
        ("Der Kunde hinterließ +49 40 3890 1122 als Rückmeldung.", "+49 40 3890 1122"),
        ("Spurgt om kortet, +45 31 22 48 90.", "+45 31 22 48 90"),
        ("Lähetä kopio: +358 50 765 4321", "+358 50 765 4321"),
        ("Yazışma adresi değişti, 0090 216 555 01 22 yazdı.", "0090 216 555 01 22"),
        # National numbers with their trunk 0, written in groups.
        ("Kontor 031-704 12 60 har stängt.", "031-704 12 60"),
        ("Je suis au 0 805 12 34 56 jusqu'à midi.", "0 805 12 34 56"),
        # Phone words this recognizer learnt here, before and after the number.
        ("Can you text Jo at 412 55 309 tonight?", "412 55 309"),
        ("She asked for a callback on 6120 4471.", "6120 4471"),
        ("Rückruf bitte unter 2281 4470.", "2281 4470"),
        ("Le numéro de l'agence est le 45 12 70 88.", "45 12 70 88"),
        ("İletişim için 212 44 87 mesaj atın.", "212 44 87"),
    ],
)
def test_phones_by_their_shape_or_newer_phone_words(scanner: PIIScanner, text: str, phone: str) -> None:
    assert _typed(scanner, text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Paketinizi 7731 2208 numaralı sipariş ile arayın.",  # a reference word right after the number
        "Your tracking number is 4410 2291 77, call us if it is late.",
        "Price moved +12 on 3 400 units.",  # a plus sign, but no calling code and too few digits
        "+90 is the country code; ask for the number.",
        "Mesaj geldi: işlem no 4412 8870 onaylandı.",
    ],
)
def test_no_phone_when_a_reference_word_or_the_shape_says_otherwise(scanner: PIIScanner, text: str) -> None:
    assert _typed(scanner, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Lauren called this morning about her card.", ["Lauren"]),
        ("Can you ask Maria to send the statement?", ["Maria"]),
        ("Thanks Ronja, I will forward it.", ["Ronja"]),
        ("I had a meeting with Annika and Stig Due about the mortgage.", ["Annika", "Stig Due"]),
        ("Please call Arja Joensuu before Friday.", ["Arja Joensuu"]),  # names no list of ours has
        ("The transfer from Esben Gravgaard arrived on Monday.", ["Esben Gravgaard"]),
        ("Ayşe bu sabah aradı, kartı bloke olmuş.", ["Ayşe"]),  # Turkish, verb at the clause end
        ("Yarın Fulya'ya haber verir misin?", ["Fulya"]),  # Turkish case suffix on a listed name
        ("Evrim ile yarın buluşacağız.", ["Evrim"]),
    ],
)
def test_names_known_by_their_context(scanner: PIIScanner, text: str, names: list[str]) -> None:
    spans = [(f.start, f.end) for f in scanner.detect(text) if f.entity_type == "PERSON"]
    for name in names:
        start = text.index(name)
        # Covered by a PERSON span; spaCy sometimes takes a word more ("Yarın Fulya'ya").
        assert any(s <= start and start + len(name) <= e for s, e in spans), name


@pytest.mark.parametrize(
    "text",
    [
        "Call Center hours are 9 to 5.",
        "Contact Support if the app crashes.",
        "We moved the office to Clifton last year.",  # a place that is also a first name
        "The Creator wrote a story about a robot.",  # an article makes it a role
        "Omega's servers were shut down.",  # English possessive, not a Turkish suffix
        "Don't forget to bring your card.",
        "Bir uyum görevlisi için iş ilanı yaz.",  # "iş" is not the English "is"
        "Baldwin şubesinin numarası değişti.",  # a branch named after a person is a place
        "Summer rates apply until June.",
    ],
)
def test_context_cues_do_not_make_common_words_or_places_persons(scanner: PIIScanner, text: str) -> None:
    assert _typed(scanner, text, "PERSON") == []
