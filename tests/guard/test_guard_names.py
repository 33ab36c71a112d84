"""Person names beyond spaCy's small English model: name lists, honorifics, self-introductions."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from presidio_analyzer import AnalyzerEngine

from guard.pii.engine import NER_ENTITIES, build_analyzer
from guard.pii.names import PersonNameRecognizer, find_names, first_names, surnames
from guard.pii.scanner import PIIScanner
from guard.pii.spacy_models import resolve_spacy_model
from guard.pipeline import GuardPipeline
from guard.policy import PIIPolicy
from guard.scanner import ScanContext

from .conftest import person_spans  # type: ignore[import-not-found]


def _names(text: str) -> list[str]:
    return [text[start:end] for start, end, _, _ in find_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sayın Ayşe Yılmaz, başvurunuz alınmıştır.", "Ayşe Yılmaz"),
        ("Müşteri Gökhan Kılıçdaroğlu'nun kartı iptal edildi.", "Gökhan Kılıçdaroğlu"),
        ("Merhaba, benim adım Zeynep ve kartım kayboldu.", "Zeynep"),
        ("Bonjour, je m'appelle Hélène Lefèvre et j'habite à Lyon.", "Hélène Lefèvre"),
        ("Veuillez transmettre le dossier à Mme Lefèvre avant midi.", "Lefèvre"),
        ("Bitte rufen Sie Herr Wagenknecht morgen zurück.", "Wagenknecht"),
        ("Der Vertrag von Jürgen Schmidt-Weber wurde geschickt.", "Jürgen Schmidt-Weber"),
        ("Transfer 500 EUR for Chase Arellano by Friday.", "Chase Arellano"),
    ],
)
def test_names_outside_english_are_persons(scanner: PIIScanner, text: str, name: str) -> None:
    found_names = person_spans(scanner, text)
    assert any(name in found or found in name for found in found_names), found_names


async def test_sayin_name_is_redacted_and_restored(pipeline: GuardPipeline) -> None:
    text = "Sayın Ayşe Yılmaz, TR33 0006 1005 1978 6457 8413 26 numaralı hesabınıza ödeme yapıldı."
    ctx = ScanContext()
    decision = await pipeline.scan_input(text, ctx)
    assert decision.verdict == "redacted"
    assert "Ayşe" not in decision.text and "Yılmaz" not in decision.text
    assert decision.text.startswith("Sayın <PERSON_1>")
    assert ctx.vault.restore(decision.text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ayşe Yılmaz'ın kartı", ["Ayşe Yılmaz"]),  # the case suffix stays outside the name
        ("Ayşe Hanım geldi, Mehmet Bey'e söyleyin.", ["Ayşe", "Mehmet"]),
        ("Doç. Dr. Güzey Tomurcuk Şener aradı.", ["Güzey Tomurcuk Şener"]),
        ("Jean-Luc de la Fontaine habite à Lyon.", ["Jean-Luc de la Fontaine"]),
        ("My name is Xochitl and I need help.", ["Xochitl"]),
        ("Dear Smith, thank you.", ["Smith"]),
        ("Sayın Can Yılmaz, hoş geldiniz.", ["Can Yılmaz"]),  # "can" is also a word: the title decides
    ],
)
def test_name_spans(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Victoria Station is near the bank.",  # first name + place word
        "Bill Payment Options are on the Mobile App.",  # a first name that is also a word
        "12 Kasım Pazartesi günü şube kapalıdır.",  # a month that is also a Turkish name
        "The invoice came from Zahn Becker GbR yesterday.",  # surnames inside a company name
        "She lives in Hebert-sur-Marion now.",  # a hyphenated place
        "Dear Customer, your card is ready.",  # a salutation before an ordinary word
        "The New York office is closed on Monday.",
        "Kredi kartı başvurusu için Ziraat Bankası şubesine gidin.",
        "Ask our PR Manager about it.",  # an all-capitals abbreviation is no title
        "In Paris we met the Le Monde team.",  # "In", "Le": first names, but function words here
        "Mon Compte est bloqué depuis hier.",
        'Say "That Spells My Name" when you are done.',  # Title Case with a function word
    ],
)
def test_capitalised_words_that_are_no_person(text: str) -> None:
    assert _names(text) == []


def test_spacy_spans_without_a_capital_are_dropped(scanner: PIIScanner) -> None:
    # en_core_web_sm reads unknown Turkish words as names and places; none of them has a capital.
    text = "TC kimlik no 15169784630 olan İldeş Hurican Şafak için şubede işlem yapıldı, telefon açıldı."
    for f in scanner.detect(text):
        if f.entity_type in NER_ENTITIES:
            assert any(c.isupper() for c in text[f.start : f.end]), text[f.start : f.end]


def test_without_name_entities_the_ner_is_skipped_and_nothing_else_changes(analyzer: AnalyzerEngine) -> None:
    structured = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "TR_TCKN", "TR_VKN"]
    narrow = PIIScanner(PIIPolicy(entities=structured), analyzer)
    full = PIIScanner(PIIPolicy(), analyzer)
    texts = [
        "Ayşe Yılmaz, vergi no 4840847211, IBAN TR33 0006 1005 1978 6457 8413 26, ayse@example.com.",
        "TC kimlik numaram 10000000146, cep +90 532 123 45 67 veya 0 (212) 555 12 12.",
        "John Smith paid with 4111 1111 1111 1111 and lives in Paris; order 4840847211 shipped.",
    ]
    for text in texts:
        expected = [(f.entity_type, f.start, f.end) for f in full.detect(text) if f.entity_type in structured]
        got = [(f.entity_type, f.start, f.end) for f in narrow.detect(text)]
        assert sorted(got) == sorted(expected)
    # Context words still work without the NER: "vergi no" lifts the VKN above the threshold.
    assert "TR_VKN" in {f.entity_type for f in narrow.detect(texts[0])}


def test_ner_entities_match_spacy_with_its_own_blas(analyzer: AnalyzerEngine) -> None:
    """The NER runs its matrix products through numpy; its entities are spaCy's own."""
    reference = spacy.load(
        resolve_spacy_model(PIIPolicy().spacy_model),
        exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"],
    )
    nlp_engine: Any = analyzer.nlp_engine
    ours = nlp_engine.nlp["en"]
    texts = [
        "My name is John Smith and I live in Paris.",
        "Barack Obama met Angela Merkel in Berlin on Monday.",
        "Please contact Marcus Hunt at marcus@example.com or call +1 212 555 0199.",
    ]
    for text in texts:
        assert [(e.text, e.label_) for e in ours(text).ents] == [
            (e.text, e.label_) for e in reference(text).ents
        ]


def test_name_lists_are_loaded_and_spelling_insensitive() -> None:
    assert {"ayse", "mehmet", "helene", "john"} <= first_names()
    assert {"yilmaz", "lefevre", "smith"} <= surnames()


def test_name_recognizer_can_be_left_out() -> None:
    plain = PIIScanner(PIIPolicy(), build_analyzer(PIIPolicy().spacy_model, "en", person_names=False))
    names = {type(r).__name__ for r in plain.analyzer.registry.recognizers}
    assert "PersonNameRecognizer" not in names and "SpacyRecognizer" in names


def test_surname_alone_needs_spacy_to_see_an_entity() -> None:
    """Title Case phrases end in words that are also surnames; without a first name, NER must agree."""
    text = "Code Red is a dialogue writer."
    assert _names(text) == ["Code Red"]  # the raw rule fires...
    assert PersonNameRecognizer().analyze(text, ["PERSON"], None) == []  # ...the recognizer drops it
