"""Twenty-seventh pass: a name used before the noun it modifies names a brand, a firm or a place,
and a table's column that holds firms, teams or roles holds no people.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii.name_tables import header_rows, thing_cells
from guard.pii.ner_filters import attributive_name, dose_or_secret, named_by_frame
from guard.pii.scanner import PIIScanner
from guard.pii.word_classes import WordClasses, word_classes

from .conftest import person_spans  # type: ignore[import-not-found]


@pytest.mark.parametrize(
    ("word", "classes"),
    [
        ("storefront", WordClasses(noun=True, verb=False, adjective=False, adverb=False)),
        # Inflected forms reach their lemma by the suffix rules and the exceptions.
        ("deliveries", WordClasses(noun=True, verb=False, adjective=False, adverb=False)),
        ("called", WordClasses(noun=False, verb=True, adjective=False, adverb=False)),
        ("gift", WordClasses(noun=True, verb=True, adjective=False, adverb=False)),
        ("today", WordClasses(noun=True, verb=False, adjective=False, adverb=True)),
        ("went", WordClasses(noun=False, verb=True, adjective=False, adverb=False)),
        # No English word, no class.
        ("xqzt", WordClasses(noun=False, verb=False, adjective=False, adverb=False)),
    ],
)
def test_word_classes_read_wordnet_through_the_lemmatizer_rules(word: str, classes: WordClasses) -> None:
    assert word_classes(word) == classes


@pytest.mark.parametrize(
    ("text", "span", "thing"),
    [
        # A full name before a noun that is only a noun.
        ("02:14 Alert raised by Nora Vance storefront monitor", "Nora Vance", True),
        ("Billing: Hollis Crane facilities", "Hollis Crane", True),
        # A noun that is also a verb, where no verb's base form could follow the name.
        ("- [x] Nora Vance gift card in the drawer", "Nora Vance", True),
        # After an article, also a word that may be an adjective.
        ("I'm on the Hollis Crane guest wifi, call me", "Hollis Crane", True),
        # A lone name after a determiner.
        ("Could you pause my Wexford membership until June?", "Wexford", True),
        # A storm, and a firm that was founded.
        ("Storm Agatha reaches the coast tonight.", "Storm Agatha", True),
        ("Hollis Crane was founded in 1921 in Leeds.", "Hollis Crane", True),
        # People: a verb after the name, an adverb, a role or kin, what to call them on.
        ("Nora Vance called yesterday", "Nora Vance", False),
        ("Please ask Nora Vance today", "Nora Vance", False),
        ("Did Nora Vance call me back?", "Nora Vance", False),
        ("Nora Vance and Tom Bell attend", "Tom Bell", False),
        ("Emergency contact: Nora Vance daughter", "Nora Vance", False),
        ("Nora Vance cell 07700 900123", "Nora Vance", False),
        ("Nora Vance manager, Leeds branch", "Nora Vance", False),
        # What is theirs or about them: still a person's name.
        ("Please pull the Nora Vance account and the Tom Bell complaint.", "Nora Vance", False),
        ("Please pull the Nora Vance account and the Tom Bell complaint.", "Tom Bell", False),
        # A function word that WordNet also lists as a noun ("WHO").
        ("The firm is owned by Nora Vance who writes its blog.", "Nora Vance", False),
        # A person and then a thing.
        ("Please send Nora Vance money for the tickets", "Nora Vance", False),
        # A lone name without a determiner, and a noun after a name in Turkish.
        ("Wexford membership renewed", "Wexford", False),
        ("Ayşe Yılmaz son gün geldi", "Ayşe Yılmaz", False),
    ],
)
def test_a_name_before_the_noun_it_modifies_names_a_thing(text: str, span: str, thing: bool) -> None:
    start = text.index(span)
    assert attributive_name(text, start, start + len(span)) is thing


CSV = (
    "first_name,last_name,company,mobile\n"
    "Nora,Vance,Hollis Crane,07700 900123\n"
    "Tom,Bell,Wexford Council,n/a\n"
)


def test_a_company_column_holds_no_people(scanner: PIIScanner) -> None:
    cells = [CSV[a:b] for a, b in thing_cells(CSV)]
    assert cells == ["Hollis Crane", "Wexford Council"]
    assert [CSV[a:b] for a, b in header_rows(CSV)] == ["first_name,last_name,company,mobile"]
    people = person_spans(scanner, CSV)
    assert "Hollis Crane" not in people
    assert {"Nora", "Vance", "Tom", "Bell"} <= set(people)


def test_a_role_column_in_a_tab_separated_sheet_holds_no_people(scanner: PIIScanner) -> None:
    sheet = "Candidate\tRole\tRecruiter\nNora Vance\tDuty Manager\tHollis\nTom Bell\tPractice Nurse\tAgnes\n"
    assert [sheet[a:b] for a, b in thing_cells(sheet)] == ["Duty Manager", "Practice Nurse"]
    people = person_spans(scanner, sheet)
    assert "Duty Manager" not in people and "Practice Nurse" not in people
    assert "Nora Vance" in people and "Tom Bell" in people


def test_prose_with_commas_is_no_table_of_things() -> None:
    text = "We compared the city, state and country of each branch, then wrote to Nora Vance, Tom Bell.\n"
    assert thing_cells(text) == []
    # Two of five comma-parted pieces are thing labels ("city", "region"): no header without a person
    # or phone column, so the row after it keeps its cells ("Leeds", "North" are no thing cells).
    text = (
        "Fields to fill in: name of the applicant, city, region, notes, signature\n"
        "Nora Vance, Leeds, North, none, yes\n"
    )
    assert thing_cells(text) == []
    assert header_rows(text) == []


def test_a_brand_before_a_noun_is_no_person_but_the_person_beside_it_is(scanner: PIIScanner) -> None:
    text = "Incident 4411: raised by Nora Vance storefront monitor, assigned to Tom Bell (on call)."
    people = person_spans(scanner, text)
    assert "Nora Vance" not in people
    assert "Tom Bell" in people


@pytest.mark.parametrize(
    ("text", "span", "thing"),
    [
        ("İlan no 48213 hakkında mesajlar", "İlan", True),
        ("Ticket No. 5521 closed", "Ticket", True),
        ("New York'taki ofise uğradım", "York", True),
        ("Release notes v7.3 (Marigold)", "Marigold", True),
        ("Çamlıköy'de buluşalım", "Çamlıköy", True),
        ("Current meds: Zelpra, Tovexin", "Tovexin", True),
        ("Employer: Hollis Crane", "Hollis Crane", True),
        # A team's label names its members; a person's label, a person.
        ("Team: Nora Vance, Tom Bell", "Tom Bell", False),
        ("Owner: Nora Vance", "Nora Vance", False),
        ("Call Nora Vance no later than five", "Nora Vance", False),
        ("Version 2 (Nora Vance) is out", "Nora Vance", False),
    ],
)
def test_what_stands_around_a_span_says_it_names_no_one(text: str, span: str, thing: bool) -> None:
    start = text.index(span)
    assert named_by_frame(text, start, start + len(span)) is thing


@pytest.mark.parametrize(
    ("text", "span", "drug"),
    [
        ("Sabah: Zelpra 1x1, Tovexin yarım", "Zelpra", True),
        ("Akşam: Corvana 2 x 1 (tok karnına)", "Corvana", True),
        ("Nora Vance 1 x 2 metre halı getirdi", "Nora Vance", False),
    ],
)
def test_a_dosage_times_a_day_makes_a_word_a_drug(text: str, span: str, drug: bool) -> None:
    start = text.index(span)
    assert dose_or_secret(text, start, start + len(span)) is drug
