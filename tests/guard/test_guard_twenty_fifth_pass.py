"""Twenty-fifth pass: lower-case words Rampart reads as names that are code or words of capitalised
prose.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii.ner_filters import code_identifier, lower_case_in_capitalised_prose


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ('"co_firstlineno" is the first line number', "firstlineno", True),
        ("object.__len__(self)", "len", True),
        ('the built-in function "len()" returns', "len", True),
        ('and "z.imag".', "imag", True),
        # A lower-case name standing as a word, and capitalised spans whatever surrounds them.
        ("ok so leevi said the card is blocked", "leevi", False),
        ("ask annie (hr) about it", "annie", False),
        ("1.NEDZA/IEVGENIIA MR", "NEDZA", False),
        ("Ask Dr.Smith tomorrow", "Smith", False),
    ],
)
def test_a_piece_of_code_in_lower_case_is_no_name(text: str, span: str, code: bool) -> None:
    start = text.index(span)
    assert code_identifier(text, start, start + len(span)) is code


PROSE = (
    "Meclis bu kanunu kabul etti. Biz haddimizi bilir kimseleriz. Ankara ve İzmir halkı da "
    "bunu böyle bilir. Efendiler! Ordumuz İnönü'de bir zafer daha kazandı."
)


@pytest.mark.parametrize(
    ("text", "span", "prose"),
    [
        # Every sentence opens with a capital and names inside sentences are capitalised: a
        # lower-case word there is a word.
        (PROSE, "haddimizi bilir", True),
        (PROSE, "zafer", True),
        # A keyboard capitalised the sentences, the writer no name: no capitals inside sentences.
        ("Hi. I told ahmet about it. I'm sure he knows. Can you call him? Thanks.", "ahmet", False),
        # Sentences that do not open with a capital, or too few of them.
        ("ok so yoshi said the Airbnb login works now. Thanks Bob. See you Monday.", "yoshi", False),
        ("Can u ping annie and vanshika about tmrw", "annie", False),
        # The span's own sentence opens in lower case.
        (PROSE + "\nsen de gel, ayşe de gelsin.", "ayşe", False),
        # A capitalised span is never judged here.
        (PROSE, "Ankara", False),
    ],
)
def test_a_lower_case_word_in_capitalised_prose_is_no_name(text: str, span: str, prose: bool) -> None:
    start = text.index(span)
    assert lower_case_in_capitalised_prose(text, start, start + len(span)) is prose
