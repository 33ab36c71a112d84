"""Phone numbers written locally: short subscriber numbers, odd groupings, no country code.

phonenumbers (Presidio's PhoneRecognizer, ``LenientPhoneRecognizer``) finds numbers with a country
code or a national prefix of the regions it is run for, and we keep only those of nine digits or
more, because a bare seven- or eight-digit run is as often an order number, an amount or a date.
People still write "444 88 20", "754-4311", "97 41 07 20" or "8795 9650". This recognizer reads
any such digit grouping of 7 to 15 digits but gives it a score below the policy threshold, so it
counts only when a phone word is near ("call", "tel", "telefon", "numaram", "ring", "puh") and no
reference word ("order", "sipariş", "invoice", "IBAN") is in front of it.

The context check is ours, not Presidio's: its enhancer looks only at non-stop-word lemmas, and
spaCy counts "call" as a stop word; and Turkish puts the verb after the number ("... numarasından
arayın"), where Presidio does not look by default.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

MIN_DIGITS = 7
MAX_DIGITS = 15

_PATTERN = (
    r"(?<![\w+.,/(])"
    r"(?:(?:\+|00)\d{1,3}[ .-]?(?:\(0\)[ .-]?)?)?"  # +47, 0049, +44 (0)
    r"(?:0? ?\(\d{1,5}\)[ .-]?)?"  # (0212), (532), 0(312)
    r"\d{1,12}(?:(?:[ .-]|/|\) ?)\d{1,6}){0,5}"
    r"(?![\w]|[.,]\d)"
)
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_YEARISH = re.compile(r"^(?:19|20)\d\d$")
_REFERENCE_WORDS = re.compile(
    r"\b(?:order|invoice|ref(?:erence)?|ticket|case|account|acct|iban|swift|customer\s+(?:no|number|id)|"
    r"sipariş|siparis|fatura|hesap|müşteri\s+no|referans|dosya|bestell\w*|rechnung|konto|commande|facture|"
    r"compte|tilaus|lasku|ordre|faktura)\b[^\n]{0,20}$",
    re.IGNORECASE,
)


# Words that say "phone" near a number, matched as word prefixes ("telefonum", "numarasından").
_PHONE_WORDS = (
    # en
    "phone",
    "tel",
    "telephone",
    "call",
    "ring",
    "mobile",
    "cell",
    "fax",
    "whatsapp",
    "sms",
    "text me",
    "reach me",
    "reach us",
    "contact",
    "dial",
    "landline",
    "hotline",
    # tr
    "telefon",
    "cep",
    "gsm",
    "numaram",
    "numarası",
    "numarasın",
    "numaradan",
    "ara",
    "ulaş",
    "hattı",
    # de, fr
    "handy",
    "anruf",
    "ruf",
    "mobil",
    "festnetz",
    "téléphone",
    "tél",
    "portable",
    "appel",
    "joindre",
    # nordic
    "tlf",
    "puh",
    "soita",
    "ringe",
    "ring",
)
_PHONE_CONTEXT = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in _PHONE_WORDS) + ")", re.IGNORECASE)
_WINDOW_BEFORE = 48
_WINDOW_AFTER = 32
CONTEXT_SCORE = 0.5


class LocalPhoneRecognizer(PatternRecognizer):
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("phone, local or any grouping", _PATTERN, 0.1)]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            patterns=self.PATTERNS,
            supported_language=supported_language,
            name="LocalPhoneRecognizer",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = sum(c.isdigit() for c in pattern_text)
        if not MIN_DIGITS <= digits <= MAX_DIGITS or _DATE.match(pattern_text):
            return False
        # One unbroken run of digits is a phone only with a trunk prefix or ten digits and more.
        if pattern_text.isdigit() and not pattern_text.startswith("0") and digits < 10:
            return False
        return None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for r in results:
            parts = [p for p in re.split(r"\D+", text[r.start : r.end]) if p]
            if len(parts) == 2 and _YEARISH.match(parts[-1]):
                continue  # "12 2024", "3/2024": a day or a month and a year
            before = text[max(0, r.start - _WINDOW_BEFORE) : r.start]
            if _REFERENCE_WORDS.search(before):
                continue
            after = text[r.end : r.end + _WINDOW_AFTER]
            # Stop the window at a line or sentence end: the next sentence's "call" is not about this number.
            before = re.split(r"[.!?\n]\s", before)[-1]
            after = re.split(r"[.!?\n]\s|[.!?]$", after)[0]
            if not (_PHONE_CONTEXT.search(before) or _PHONE_CONTEXT.search(after)):
                continue
            why = "local phone grouping with a phone word nearby"
            r.score = CONTEXT_SCORE
            r.analysis_explanation = AnalysisExplanation(
                type(self).__name__, CONTEXT_SCORE, textual_explanation=why
            )
            r.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            kept.append(r)
        return kept
