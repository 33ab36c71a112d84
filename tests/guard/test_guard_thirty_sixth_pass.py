"""Thirty-sixth pass: names of any length joined before a Turkish compound's head in the plural's
possessive name things ("Sabri Önal, Neval Kaya ve Emre Yüce sahneleri"); a frequent Turkish word
that is also a name is a thing's noun in the possessive after a vowel ("Şubesi", "Lisesi"); a
quarter or a street after an honorific is a place ("Kerem Bey Mah."); a frequent word with the
locative's or the ablative's ending and no apostrophe is no name ("Depoda", "Çarşıda"); a school
year before its number is no person ("Year 4"); a lone name and a noun that make up a list's item
name a thing ("Bramley technique"); a reader's shorter span at the start of a thing's name goes
with it. People stay: before their own things, children or songs, alone before a head, before
"önünde", and names that end like a case ending.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii import names
from guard.pii.ner_filters import (
    attributive_name,
    institution_name,
    named_by_frame,
    ordinary_words,
    unit_or_eponym,
)
from guard.pii.turkish_compounds import possessive_head


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Sabri Önal, Neval Kaya ve Emre Yüce sahneleri", "Sabri Önal"),
        ("- Sabri Önal, Neval Kaya ve Emre Yüce sahneleri", "Neval Kaya"),
        ("- Sabri Önal, Neval Kaya ve Emre Yüce sahneleri", "Emre Yüce"),
        ("Raf: Nazlı Ece ve Oktay Rıfat Şiir ödülleri; yeni gelenler", "Oktay Rıfat Şiir"),
        ("Raf: Nazlı Ece ve Oktay Rıfat Şiir ödülleri; yeni gelenler", "Oktay"),  # a model's first word
    ],
)
def test_names_joined_before_a_plural_compound_head_name_things(text: str, name: str) -> None:
    assert unit_or_eponym(text, *_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ahmet Kaya ve Ayşe Öz telefonları: 0532 000 00 00", "Ahmet Kaya"),  # their own things
        ("Kerem Ak ve Ali Öz çocukları geldi", "Kerem Ak"),  # kinship, and a verb after
        ("Dinlenen: Tarkan ve Sezen Aksu şarkıları, 20:00", "Sezen Aksu"),  # their songs
        ("Ahmet Kaya sahneleri, 1980", "Ahmet Kaya"),  # one name of two words, not a list of names
        ("Ahmet Kaya sahneleri, 1980", "Ahmet"),
        ("Oya ve Ahmet Kaya telefonları: 0532 000 00 00", "Ahmet"),
    ],
)
def test_people_before_their_own_plural_nouns_stay_people(text: str, name: str) -> None:
    assert not unit_or_eponym(text, *_span(text, name))


@pytest.mark.parametrize(
    ("word", "head"), [("Şubesi", True), ("Lisesi", True), ("Hediyesi", True), ("Namiki", False)]
)
def test_a_frequent_word_that_is_also_a_name_heads_a_compound_in_the_possessive(
    word: str, head: bool
) -> None:
    """A vowel before the possessive's "s" marks a noun so inflected; "Namiki" could be a name's
    "Namık" + "ı", and is a surname."""
    assert possessive_head(names.tokenize(word)[0]) is head


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Başvuru: Kerime Hanım Şubesi, no 4412", "Kerime", True),
        ("Adres: Kerem Bey Mah. 12/4", "Kerem", True),
        ("Teslim: Nuriye Hanım sokağı, 3 numara", "Nuriye", True),
        ("Kerem Bey önünde bekledi.", "Kerem", False),  # before him: a person
        ("Kerem Bey geldi.", "Kerem", False),
    ],
)
def test_a_branch_or_a_quarter_after_an_honorific_is_a_place(text: str, name: str, place: bool) -> None:
    assert institution_name(text, *_span(text, name)) is place


@pytest.mark.parametrize(
    ("word", "ordinary"),
    [("Depoda", True), ("Çarşıda", True), ("Gözde", False), ("Hande", False), ("Masate", False)],
)
def test_a_frequent_word_with_a_case_ending_and_no_apostrophe_is_no_name(word: str, ordinary: bool) -> None:
    text = f"Not: {word} kaldı, dosya 12"
    assert ordinary_words(text, *_span(text, word)) is ordinary


def test_a_school_year_before_its_number_is_no_person() -> None:
    text = "Pupils: Tom (Year 4) and Ava (Year 6); Grace Year, parent"
    assert named_by_frame(text, *_span(text, "Year"))
    last = text.rindex("Year")
    assert not named_by_frame(text, last, last + len("Year"))


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("posture: Bramley technique, Hollis sessions", True),
        ("Attendees: Bramley, Hollis", False),
        ("cc: Bramley tomorrow, Hollis", False),  # an adverb
        ("- Bramley call, then Hollis", False),  # a verb too
        ("Thanks, Bramley dear.", False),  # an adjective too
        ("Bramley ben, Mart ayına kadar buradayım", False),  # Turkish: "ben" is "I"
    ],
)
def test_a_lone_name_and_a_noun_that_make_up_an_item_name_a_thing(text: str, thing: bool) -> None:
    assert attributive_name(text, *_span(text, "Bramley")) is thing
