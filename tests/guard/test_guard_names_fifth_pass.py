"""Fifth pass on person names: the place list, chat cues, sentence starts and lower-case names.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii import name_cues
from guard.pii import names as n
from guard.pii.recognizers import person_like
from guard.pii.scanner import PIIScanner

from .conftest import person_spans  # type: ignore[import-not-found]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("@Rosalind can you take the on-call shift tonight?", "Rosalind"),  # a chat mention
        ("Please loop in Harriet before the release.", "Harriet"),  # "in" is no place preposition here
        ("Can you check with Bartholomew about the renewal?", "Bartholomew"),
        ("Gunnhild and I will visit the branch tomorrow.", "Gunnhild"),  # coordinated with the writer
        ("Tobias just pinged me about the outage.", "Tobias"),  # a person verb after an adverb
        ("Theodora's refund was approved yesterday.", "Theodora"),  # a possessive at a sentence start
        ("Evangeline, could you send the form again?", "Evangeline"),  # a vocative at a sentence start
        ("Welcome aboard, Leopold! The team is happy to have you.", "Leopold"),
        ("Günaydın Nurhayat, rapor hazır mı?", "Nurhayat"),
        ("İyi çalışmalar,\nSelahattin", "Selahattin"),  # a Turkish sign-off across a line break
        ("lol just ask priscilla she has the keys", "priscilla"),  # lower-case chat
    ],
)
def test_names_found_by_the_fifth_pass_cues(scanner: PIIScanner, text: str, name: str) -> None:
    assert any(name in span for span in person_spans(scanner, text)), person_spans(scanner, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Turkish towns, provinces and foreign places in their Turkish spelling, with the dative and
        # genitive suffixes that also speak for people.
        ("Geçen yıl Düzce'ye taşındık ve şube orada.", "Düzce"),
        ("Heyet Moskova'ya gitti, anlaşma imzalandı.", "Moskova"),
        ("Ürünler Macaristan'a ihraç edildi.", "Macaristan"),
        ("Kelkit'in nüfusu son yıllarda arttı.", "Kelkit"),
        # Institutions and peoples: their head word or the word alone is no person.
        ("Türkiye Büyük Millet Meclisi yeni kanunu kabul etti.", "Meclisi"),
        ("Türk Hava Kuvvetleri tatbikat yaptı.", "Kuvvetleri"),
        ("Bu karar Türk milletinin ortak iradesidir.", "Türk"),
        # Weekdays and brands are not read as people.
        ("See you on Thursday, the invoice is in Slack.", "Thursday"),
        # An opening quote starts a sentence: a capital there says nothing.
        ('He ended with "Stay calm and carry on" and left.', "Stay"),
    ],
)
def test_places_institutions_and_common_words_stay_unmasked(
    scanner: PIIScanner, text: str, word: str
) -> None:
    assert not any(word in span for span in person_spans(scanner, text)), person_spans(scanner, text)


def test_lower_case_words_that_are_also_names_stay_unmasked(scanner: PIIScanner) -> None:
    # "will" is an ambiguous name, "hayal" (dream) takes "de" as every noun does.
    assert person_spans(scanner, "ask will if the build passed") == []
    assert person_spans(scanner, "bu hayal de gerçek olsun") == []


def test_gazetteer_holds_places_but_a_listed_given_name_keeps_its_reading(scanner: PIIScanner) -> None:
    tokens = n.prompt_tokens("Düzce")
    assert name_cues.in_gazetteer("Düzce", tokens)
    # "Aydın" is a province and a common given name: the name lists win after a person cue.
    assert "Aydın" in " ".join(person_spans(scanner, "Aydın aradı, kartı bloke olmuş."))


def test_spacy_person_reading_of_a_listed_place_is_dropped() -> None:
    assert not person_like("Moskova")
    assert not person_like("Allah")
    assert person_like("Aydın")  # a given name as well
