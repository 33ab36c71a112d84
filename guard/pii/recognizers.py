"""The recognizer set: Presidio's own where it has one, ours for what it lacks."""

from __future__ import annotations

import re
from typing import ClassVar

import tldextract
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    PhoneRecognizer,
    SpacyRecognizer,
    TrNationalIdRecognizer,
)

from guard.pii import name_cues, names
from guard.pii.cards import AnyIssuerCardRecognizer
from guard.pii.checksums import vkn_is_valid
from guard.pii.name_cues import followed_by_place_head
from guard.pii.name_model import name_probability
from guard.pii.names import PersonNameRecognizer
from guard.pii.ner_filters import first_line_words, without_titles
from guard.pii.phones import (
    PASTED_SEPARATORS,
    LocalPhoneRecognizer,
    decimal_continues,
    identifier_serial,
    international_form,
    named_as_reference,
    opens_with_date,
    trunk_grouped_form,
    year_serial_form,
)

# Presidio's email recognizer asks tldextract for the public suffix list over the network on
# first use; an empty URL list makes it use the snapshot bundled with tldextract instead.
_OFFLINE_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

# phonenumbers runs its matcher once per region; numbers written with a +country prefix are found
# whatever the region, so only the national formats of our main markets need a region each.
PHONE_REGIONS = ("TR", "US", "GB")


class OfflineEmailRecognizer(EmailRecognizer):
    def validate_result(self, pattern_text: str) -> bool:
        return _OFFLINE_TLD(pattern_text).fqdn != ""


# Every IPv6 form holds a colon and every IPv4 one a digit before a dot; a text with neither holds no
# address, and Presidio's five address patterns (IPv6's alone is a long alternation) are skipped.
_MAY_HOLD_IP = re.compile(r":|[0-9]\.")


class QuickIpRecognizer(IpRecognizer):
    """Presidio's IP recognizer, unchanged, on texts that may hold an address (``_MAY_HOLD_IP``)."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language, name="IpRecognizer")

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if not _MAY_HOLD_IP.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)


# Nine digits, each at most three separator characters ("+90 (532) 1..", "0 (212) 555 12 12") apart.
_DIGIT_RUN = re.compile(r"\d(?:[\s().\-/]{0,3}\d){8}")


class LenientPhoneRecognizer(PhoneRecognizer):
    """Accepts numbers that are merely possible (leniency 0), but never short digit runs like years.

    A redactor had better mask a made-up number than let a real one through because its area code
    is missing from the phone metadata; the digit floor keeps years, amounts and dd.mm.yyyy dates out.
    """

    MIN_DIGITS = 9

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language, supported_regions=PHONE_REGIONS, leniency=0)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        # phonenumbers' matcher tries every digit run in every region (several ms on a text full of
        # numbers); a text without MIN_DIGITS digits close together cannot hold a match we keep.
        # no-break spaces and en dashes between groups (pasted text) as phonenumbers knows them, one
        # character for one, so the offsets hold
        text = text.translate(PASTED_SEPARATORS)
        if not _DIGIT_RUN.search(text):
            return []
        results = super().analyze(text, entities, nlp_artifacts)  # type: ignore[arg-type]
        return [
            r
            for r in results
            if sum(c.isdigit() for c in text[r.start : r.end]) >= self.MIN_DIGITS
            and not opens_with_date(text, r.start)
            and not decimal_continues(text, r.end)
            and not year_serial_form(text[r.start : r.end])
            and not identifier_serial(text, r.start)
            and not self._reference(text, r)
        ]

    @staticmethod
    def _reference(text: str, r: RecognizerResult) -> bool:
        # "tracking number 4410 2291 77" parses as a US number; the words around it say what it is.
        # A number in international or trunk-prefixed form stays a phone whatever is written near it.
        value = text[r.start : r.end]
        if international_form(value) or trunk_grouped_form(value):
            return False
        return named_as_reference(text, r.start, r.end)


class CardRecognizer(CreditCardRecognizer):
    """Presidio's card recognizer plus Mastercard's 2221-2720 range, which its pattern predates."""

    MASTERCARD_2_SERIES = Pattern(
        "Mastercard 2-series",
        r"\b2(?:2(?:2[1-9]|[3-9]\d)|[3-6]\d\d|7(?:[01]\d|20))(?:[\s-]?\d{4}){3}\b",
        0.3,
    )

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            patterns=[*CreditCardRecognizer.PATTERNS, self.MASTERCARD_2_SERIES],
            supported_language=supported_language,
        )


class TrTaxIdRecognizer(PatternRecognizer):
    """Vergi kimlik numarası: 10 digits whose last digit is a checksum of the first nine."""

    PATTERNS: ClassVar[list[Pattern]] = [Pattern("TR_VKN", r"\b\d{10}\b", 0.3)]
    CONTEXT: ClassVar[list[str]] = [
        "vergi",
        "vkn",
        "vergi no",
        "vergi kimlik",
        "vergi numarası",
        "tax id",
        "tax number",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="TR_VKN",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        # One ten-digit number in ten passes the checksum by chance, so a valid one keeps its low
        # pattern score (None) and only counts when context words such as "vergi no" raise it.
        return None if vkn_is_valid(pattern_text) else False


class TrPhoneRecognizer(PatternRecognizer):
    """+90 numbers as Turks write them, e.g. ``+90 (532) 123 45 67`` or ``0532-123-4567``.

    phonenumbers (behind Presidio's PhoneRecognizer) already parses most of these; this catches
    the spacing variants its matcher skips and labels them with the same entity type.
    """

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "TR_PHONE",
            r"(?<![\w+])(?:\+90|0090|0)[\s.-]?\(?[2-5]\d{2}\)?[\s.-]?\d{3}[\s.-]?\d{2}[\s.-]?\d{2}\b",
            0.6,
        )
    ]
    CONTEXT: ClassVar[list[str]] = ["telefon", "tel", "cep", "gsm", "phone", "numara", "ara", "call"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name="TrPhoneRecognizer",
        )


class CasedSpacyRecognizer(SpacyRecognizer):
    """spaCy's PERSON and LOCATION, minus spans with no capital letter at all.

    The English model reads Turkish and French words it does not know as names ("işlem yapıldı",
    "telefon +90..."); a name or a place written without a single capital is rare enough in the
    prompts we see that dropping those spans costs less recall than they cost precision.
    """

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans = super().analyze(text, entities, nlp_artifacts)  # type: ignore[arg-type]
        results = [
            _without_titles(text, without_address(text, r)) if r.entity_type == "PERSON" else r for r in spans
        ]
        return [
            r
            for r in results
            if r is not None
            and any(c.isupper() for c in text[r.start : r.end])
            and not (
                r.entity_type == "PERSON"
                and (
                    field_label(text, r.start, r.end)
                    or after_article(text, r.start, r.end)
                    or followed_by_place_head(text, r.end)
                    or name_cues.LOCATIVE.match(text, r.end) is not None
                    or not person_like(text[r.start : r.end])
                )
            )
        ]


_ADDRESS_KEYS = names.SALUTATION_KEYS | names.HONORIFIC_KEYS | names.TITLE_STOP_KEYS


def _without_titles(text: str, r: RecognizerResult | None) -> RecognizerResult | None:
    """spaCy's PERSON span less a title or a team and the words it names ("Birim Sorumlusu Nazgüle
    Siviş" → "Nazgüle Siviş"; "Loan Officer" → None), read on its first line with a name
    ("Berktuğ Kuşku\nBirim Sorumlusu"): ner_filters.without_titles and first_line_words."""
    if r is None:
        return None
    words = names.tokenize(text[r.start : r.end])
    kept = without_titles(first_line_words(text, r.start, words))
    if not kept:
        return None
    if len(kept) == len(words):
        return r
    return RecognizerResult(r.entity_type, r.start + kept[0].start, r.start + kept[-1].end, r.score)


def without_address(text: str, r: RecognizerResult) -> RecognizerResult | None:
    """spaCy's PERSON span less the greeting, titles or lower-case words it starts with: "Merhaba
    Nilüfer" → "Nilüfer", "Sayın Dr. Ayşe Yılmaz" → "Ayşe Yılmaz" (the form the name rules give, so
    the two agree and the title stays readable), "ilgilenen kişi Berçem" → "Berçem"; "Guten Morgen",
    "Merhaba Ekip" → None (the name rules read what follows a greeting themselves)."""
    words = names.tokenize(text[r.start : r.end])
    lead = 0
    while lead < len(words) and (
        words[lead].key in _ADDRESS_KEYS
        or (words[lead].text[:1].islower() and words[lead].key not in names.PARTICLES)
    ):
        lead += 1
    # Words unlike any name before a listed given name, as the name rules read them ("Yarın Mehmet Bey").
    lead += names.given_name_start(words[lead:])
    if lead == 0:
        return r
    rest = words[lead:]
    if not rest or all(w.key in names.ADDRESSEE_KEYS for w in rest):
        return None  # "Merhaba Ekip", "Sayın Yetkili": a role addressed, no name
    return RecognizerResult(r.entity_type, r.start + rest[0].start, r.end, r.score)


# A line that opens with one word and a colon is a form's field as often as a speaker: "Sorumlu:
# Sultan Küçük | Öncelik: yüksek", "İletişim: +90 ...". spaCy reads such words as people; a speaker's
# name ("Lauren: I never authorised that") is listed or looks like a name to the character model.
FIELD_LABEL_NAME_PROBABILITY = 0.5
# The label may go on in lower case: "Hasta adı: …", "Kart sahibi: …".
_COLON_AFTER = re.compile(r"(?:[ \t]+[a-zçğıöşüäåæø][^\W\d_]*){0,2}[ \t]*:")
_LINE_START = re.compile(r"(?:^|[\n|;•]|[.!?]\s)\s*$")


def field_label(text: str, start: int, end: int) -> bool:
    """Whether spaCy's PERSON span is one unlisted, unname-like word opening a line before a colon."""
    if not _COLON_AFTER.match(text, end) or not _LINE_START.search(text[max(0, start - 4) : start]):
        return False
    words = names.tokenize(text[start:end])
    if len(words) != 1 or names.is_listed(words[0]):
        return False
    return name_probability(words[0].text) < FIELD_LABEL_NAME_PROBABILITY


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_ARTICLES = names.word_set(
    "the a an der die das den dem des ein eine einen einem einer eines le la les un une"
)


def after_article(text: str, start: int, end: int) -> bool:
    """Whether spaCy's PERSON span is one word right after a lower-case article: "wegen der Karte",
    "the Creator".

    German capitalises every noun, and an article makes a capitalised English word a role or a title;
    a lone word after one is seldom a person (a longer span may go on into a name: "die Überweisung
    an Ansgar Blumstein")."""
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if m is None or not m.group(1).islower() or m.group(1) not in _ARTICLES:
        return False
    return len(names.tokenize(text[start:end])) == 1


# spaCy's English model reads capitalised words of other languages as people ("Rufen Sie",
# "Meine Handynummer", "Bestellnummer"). A PERSON span loses its label when no word of it is in the
# name lists and the character model finds its words clearly ordinary (below SPACY_PERSON_FLOOR
# for a lone word, below SPACY_PERSON_WITH_FUNCTION_WORD when a function word stands at its edge:
# names have particles inside, "van", "de", but no pronoun or article at either end), or when it
# runs into a place or team word ("Customer Support").
SPACY_PERSON_FLOOR = 0.05
SPACY_PERSON_WITH_FUNCTION_WORD = 0.25


def person_like(span_text: str) -> bool:
    if any(c.isdigit() for c in span_text) or name_cues.LOCATIVE_END.search(span_text):
        return False  # "94.465,45 Euro", "Gana'da": a locative ends a place far more often than a name
    all_tokens = names.tokenize(span_text)  # uncached, as in ner_windows
    if all_tokens and not all_tokens[-1].text[:1].isupper():
        return False  # "der Karte angerufen", "Kadın konusunu": a name ends in a capitalised word
    if any(t.text[:1].islower() and t.key not in names.PARTICLES for t in all_tokens):
        return False  # "Geçen yıl Düzce'ye": inside a name only particles are lower-case ("van", "bin")
    if all(
        t.key in name_cues.CUE_WORDS
        or t.key in names.NOT_NAME_KEYS
        or t.key in name_cues.NOT_A_PERSON_KEYS
        or t.key in names.ADDRESSEE_KEYS
        for t in all_tokens
    ):
        return False  # "Müşteri", "Euro", "Hocam": words that announce a person, or that are no name
    if (
        all_tokens
        and name_cues.place_run(span_text, all_tokens)
        and not any(names.is_first(t) for t in all_tokens)
    ):
        return False  # "Moskova", "Heyet Moskova'ya": a listed place, or a run ending in one
    tokens = [t for t in all_tokens if t.key not in names.PARTICLES]
    if len(tokens) > 1 and any(t.key in names.NOT_NAME_KEYS for t in tokens):
        return False  # "Customer Support", "Maple Street": a team or a place
    words = [
        t
        for t in tokens
        if t.capitalised
        and not t.stop
        and t.key not in names.HONORIFIC_AFTER_KEYS
        and t.key not in names.HONORIFIC_KEYS
    ]
    if not words:
        return False
    if any(names.is_listed(t) for t in words):
        return True
    edge_function_word = tokens[0].stop or tokens[-1].stop
    floor = SPACY_PERSON_WITH_FUNCTION_WORD if edge_function_word else SPACY_PERSON_FLOOR
    return max(name_probability(t.text) for t in words) >= floor


# Entity types that need spaCy's NER; every other recognizer works on the text and the tokens alone.
NER_ENTITY_TYPES = ("PERSON", "LOCATION")


def build_recognizers(language: str, person_names: bool = True) -> list[EntityRecognizer]:
    recognizers: list[EntityRecognizer] = [
        OfflineEmailRecognizer(supported_language=language),
        CardRecognizer(supported_language=language),
        AnyIssuerCardRecognizer(supported_language=language),
        IbanRecognizer(supported_language=language),
        QuickIpRecognizer(supported_language=language),
        LenientPhoneRecognizer(supported_language=language),
        TrPhoneRecognizer(supported_language=language),
        LocalPhoneRecognizer(supported_language=language),
        TrNationalIdRecognizer(supported_language=language, supported_entity="TR_TCKN"),
        TrTaxIdRecognizer(supported_language=language),
    ]
    if person_names:
        recognizers.append(
            CasedSpacyRecognizer(supported_language=language, supported_entities=list(NER_ENTITY_TYPES))
        )
        recognizers.append(PersonNameRecognizer(supported_language=language))
    else:
        # spaCy's NER alone, as it was before the name lists: kept for comparisons (guard_pii.py).
        recognizers.append(
            SpacyRecognizer(supported_language=language, supported_entities=list(NER_ENTITY_TYPES))
        )
    return recognizers
