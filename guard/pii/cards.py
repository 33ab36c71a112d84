"""Payment card numbers of every issuer range and length (13 to 19 digits) that pass Luhn.

Presidio's pattern predates 19-digit Visa, 2-series Mastercard, 15-digit JCB (2131, 1800), Mir
(2200-2204) and Troy (9792, issued in Turkey); it also stops at 17 digits. This recognizer matches
any 13-19 digit run written the way cards are printed (contiguous, groups of four, or the 4-6-5 /
4-6-4 layout of Amex and Diners) and lets Luhn decide. Luhn passes one random number in ten, so a
number whose prefix is no issuer's keeps a low score that card context words ("card", "kart")
must raise; a number inside an IBAN is dropped by the scanner, which keeps the IBAN that contains it.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer

# Not glued to other digits, a '+' (a phone number) or a decimal separator.
_BEFORE = r"(?<![\d+.,/])"
_AFTER = r"(?![\d]|[.,]\d|[ -]\d)"

# Issuer identification number prefixes (ISO/IEC 7812 ranges as the networks publish them).
_IIN = re.compile(
    r"^(?:4|5[0-9]|6|3[0-9]|2(?:2(?:0[0-4]|2[1-9]|[3-9]\d)|[3-6]\d\d|7(?:[01]\d|20))|2131|1800|9792|8[12])"
)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


class AnyIssuerCardRecognizer(PatternRecognizer):
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("card contiguous", _BEFORE + r"\b[1-9]\d{12,18}\b" + _AFTER, 0.3),
        # Groups of four with one separator throughout; the last group may be short (13, 15, 17-19 digits).
        Pattern(
            "card groups of four",
            _BEFORE + r"\b[1-9]\d{3}([ -])\d{4}\1\d{4}(?:\1\d{1,4}){0,2}\b" + _AFTER,
            0.3,
        ),
        Pattern("card 4-6-5 / 4-6-4", _BEFORE + r"\b3\d{3}([ -])\d{6}\1\d{4,5}\b" + _AFTER, 0.3),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "card",
        "credit",
        "debit",
        "visa",
        "mastercard",
        "amex",
        "kart",
        "kartı",
        "kartım",
        "kredi",
        "karte",
        "kreditkarte",
        "carte",
        "cb",
        "tarjeta",
        "pan",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="CREDIT_CARD",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name="AnyIssuerCardRecognizer",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = "".join(c for c in pattern_text if c.isdigit())
        if not 13 <= len(digits) <= 19 or not luhn_ok(digits):
            return False
        # A known issuer prefix and a valid check digit: a card. Otherwise only with context.
        return True if _IIN.match(digits) else None
