"""Twenty-sixth pass: which lines without capitals the name model reads whole.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii.engine import candidate_ranges, line_read_whole
from guard.pii.language import function_word_share

# Twenty-four words, one function word ("over"): a keyword list, not a sentence.
WORD_LIST = (
    "invoice pallet dorothy warehouse quarterly turbine lavender marco spreadsheet harbor velvet "
    "granite over cinnamon freight ledger willow compass orchard ferris bulletin timber saffron beacon"
)


def test_function_word_share_counts_runs_of_letters() -> None:
    assert function_word_share("the cat sat on the mat") == (6, 0.5)
    assert function_word_share("4471 -- 12") == (0, 0.0)
    # Turkish function words count ("bu", "ve"); digits are no words.
    assert function_word_share("bu elma ve 3 armut") == (4, 0.5)


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # A lower-case writer's chat line, short or long, and a short list of names.
        ("ok so leevi said the card is blocked", True),
        (
            "hey so i talked to maria yesterday and she said that the invoice for the new office "
            "chairs was sent to the wrong address again so can you check it",
            True,
        ),
        ("maria, john, ahmet, sigrid", True),
        # A long list of words without sentences: no context to tell a name from a word.
        (WORD_LIST, False),
        # Unless most of its words are listed names: a list of people.
        (
            "attendees: maria lopez, john smith, ahmet yilmaz, sigrid olsen, pedro alvarez, fatma demir, "
            "kenji sato, olga petrova, liam murphy, chloe martin",
            True,
        ),
        # Turkish keeps its grammar in suffixes: a long line with Turkish letters is read.
        (
            "abi zeycan bugün gelmiyor galiba yarın sabah erkenden şantiyeye uğrayıp malzemeleri "
            "kontrol edecekmiş akşamüstü ofise dönünce raporları gönderir herhalde müdüre haber verelim",
            True,
        ),
        # Scripts the name model spells a letter a token and learnt no names in.
        ("나는 친구들과 놀다가 막차를 지나쳤다", False),
        ("ما هي تعليمات تجديد رخصة القيادة؟", False),
        ("меня зовут иван и я живу в москве", False),
        # A capital anywhere: the line's capitalised words open windows instead.
        ("ok so Leevi said the card is blocked", False),
        ("12:30 -- 14:00", False),
    ],
)
def test_which_lines_without_capitals_are_read_whole(line: str, read: bool) -> None:
    assert line_read_whole(line) is read


def test_a_capitalised_word_in_a_word_list_still_opens_a_window() -> None:
    text = WORD_LIST + " and Sigrid said"
    ranges = candidate_ranges(text, persons_only=True)
    assert len(ranges) == 1
    assert 0 < ranges[0][0] < text.index("Sigrid") < ranges[0][1]
    assert candidate_ranges(WORD_LIST, persons_only=True) == []
