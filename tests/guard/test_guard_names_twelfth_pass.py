"""Twelfth pass on person names: roles addressed in Turkish letters are no names, and a capitalised
word before a listed given name is no part of it.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii import names
from guard.pii.scanner import PIIScanner

from .conftest import person_spans  # type: ignore[import-not-found]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # "Dear Official": how Turkish complaint letters open; "sayın" is also "count!", a verb.
        ("Sayın Yetkili, kredi kartı başvurum onaylandı mı?", []),
        ("Sayın Yetkili,\nHesabımdan iki kez para çekildi.", []),
        ("Teşekkürler Hocam, sorun çözüldü.", []),  # "Thanks, teacher"
        # What stays: a surname after the title, a name after a greeting or thanks, a full name.
        ("Sayın Demir, başvurunuz alınmıştır.", ["Demir"]),
        ("Teşekkürler Zeynep, yarın görüşürüz.", ["Zeynep"]),
        ("Thanks Lauren, see you on Monday.", ["Lauren"]),
        ("Sayın Dr. Ayşe Yılmaz, randevunuz yarın.", ["Ayşe Yılmaz"]),
    ],
)
def test_roles_and_leading_words_are_no_names(scanner: PIIScanner, text: str, people: list[str]) -> None:
    assert person_spans(scanner, text) == people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yarın Mehmet Bey arayacak.", "Mehmet"),  # "Tomorrow Mr Mehmet will call."
        ("Müşteri Ayşe Hanım aradı.", "Ayşe"),  # "The customer, Ms Ayşe, called."
    ],
)
def test_a_word_before_a_given_name_is_not_masked_with_it(scanner: PIIScanner, text: str, name: str) -> None:
    spans = person_spans(scanner, text)
    assert name in spans  # the rules' reading; spaCy's may keep the title after it ("Mehmet Bey")
    assert all(span.startswith(name) for span in spans), spans


def test_the_name_rules_skip_an_addressed_role_and_a_leading_time_word() -> None:
    assert names.find_names("Sayın Yetkili, kredi kartı başvurum onaylandı mı?") == []
    [(start, end, score, why)] = names.find_names("Yarın Mehmet Bey arayacak.")
    assert ("Yarın Mehmet Bey arayacak."[start:end], score, why) == ("Mehmet", names.STRONG, "honorific")
    # An unlisted given name before a listed one is part of the name, not a word to skip.
    [(start, end, _, _)] = names.find_names("Suphi Nuri Bey geldi.")
    assert "Suphi Nuri Bey geldi."[start:end] == "Suphi Nuri"
