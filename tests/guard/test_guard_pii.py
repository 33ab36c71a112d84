from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from presidio_analyzer import AnalyzerEngine

from guard.pii.checksums import vkn_is_valid
from guard.pii.scanner import PIIScanner
from guard.policy import PIIPolicy
from guard.scanner import ScanContext

EN = (
    "My name is John Smith, email john.smith@example.com, card 4111 1111 1111 1111, "
    "IBAN GB82 WEST 1234 5698 7654 32, I live in Paris. Server 10.0.0.1, phone +1 212 555 0199."
)
TR = (
    "TC kimlik numaram 10000000146, vergi no 4840847211, IBAN TR33 0006 1005 1978 6457 8413 26, "
    "cep +90 532 123 45 67 veya 0 (212) 555 12 12."
)


@pytest.fixture(scope="module")
def scanner(analyzer: AnalyzerEngine) -> PIIScanner:
    return PIIScanner(PIIPolicy(), analyzer)


def _found(scanner: PIIScanner, text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.entity_type for f in scanner.detect(text)}


def test_english_entities_are_typed(scanner: PIIScanner) -> None:
    found = _found(scanner, EN)
    assert found["john.smith@example.com"] == "EMAIL_ADDRESS"
    assert found["4111 1111 1111 1111"] == "CREDIT_CARD"
    assert found["GB82 WEST 1234 5698 7654 32"] == "IBAN_CODE"
    assert found["10.0.0.1"] == "IP_ADDRESS"
    assert found["John Smith"] == "PERSON"
    assert found["Paris"] == "LOCATION"
    assert found["+1 212 555 0199"] == "PHONE_NUMBER"


@pytest.mark.parametrize(
    "address", ["10.0.0.1", "fe80::1", "::1", "2001:db8::8a2e:370:7334", "::ffff:10.1.2.3", "192.168.0.1/24"]
)
def test_ip_addresses_of_every_form_are_found(scanner: PIIScanner, address: str) -> None:
    """The recognizer skips texts with no colon and no digit before a dot; every form has one."""
    assert _found(scanner, f"the host at {address} is down")[address] == "IP_ADDRESS"


def test_turkish_identifiers(scanner: PIIScanner) -> None:
    found = _found(scanner, TR)
    assert found["10000000146"] == "TR_TCKN"
    assert found["4840847211"] == "TR_VKN"
    assert found["TR33 0006 1005 1978 6457 8413 26"] == "IBAN_CODE"
    assert found["+90 532 123 45 67"] == "PHONE_NUMBER"
    assert found["0 (212) 555 12 12"] == "PHONE_NUMBER"


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("card 4111 1111 1111 1112", "CREDIT_CARD"),  # Luhn fails
        ("TC kimlik no 10000000147", "TR_TCKN"),  # TCKN checksum fails
        ("iban TR33 0006 1005 1978 6457 8413 27", "IBAN_CODE"),  # mod-97 fails
        ("vergi no 4840847212", "TR_VKN"),  # VKN checksum fails
        ("order 4840847211 shipped", "TR_VKN"),  # a valid VKN checksum without context is just a number
    ],
)
def test_bad_checksums_are_not_that_entity(scanner: PIIScanner, text: str, entity: str) -> None:
    assert entity not in {f.entity_type for f in scanner.detect(text)}


@pytest.mark.parametrize("text", ["In 2018 we sold 1,500 cards.", "Order 4411 ships on 12.03.2024."])
def test_short_numbers_are_not_phones(scanner: PIIScanner, text: str) -> None:
    assert scanner.detect(text) == []


def test_mask_mode_uses_typed_placeholders_and_keeps_nothing(analyzer: AnalyzerEngine) -> None:
    masker = PIIScanner(PIIPolicy(mode="mask"), analyzer)
    ctx = ScanContext()
    result = masker.scan("Write to ayse@example.org or ali@example.org, then ayse@example.org again.", ctx)
    assert result.text == "Write to <EMAIL_1> or <EMAIL_2>, then <EMAIL_1> again."
    assert len(ctx.vault) == 0
    assert ctx.vault.restore(result.text) == result.text


def test_pseudonymisation_round_trip(scanner: PIIScanner) -> None:
    ctx = ScanContext()
    result = scanner.scan(TR, ctx)
    assert "10000000146" not in result.text and "<TCKN_1>" in result.text
    assert ctx.vault.restore(result.text) == TR
    other = ScanContext()
    assert other.vault.restore(result.text) == result.text  # the mapping belongs to one request


def test_entity_action_override_blocks(analyzer: AnalyzerEngine) -> None:
    strict = PIIScanner(PIIPolicy(entity_actions={"CREDIT_CARD": "block"}), analyzer)
    result = strict.scan("pay with 4111 1111 1111 1111 please", ScanContext())
    assert not result.valid
    assert [f.action for f in result.findings] == ["block"]


def test_vkn_checksum_known_values() -> None:
    assert vkn_is_valid("4840847211")
    assert not vkn_is_valid("4840847212")
    assert not vkn_is_valid("48408472")
    assert not vkn_is_valid("48408472ab")


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_exactly_one_check_digit_is_valid(prefix: str) -> None:
    assert sum(vkn_is_valid(prefix + d) for d in "0123456789") == 1
