"""Eighteenth pass on person names: a candidate range longer than the name model's budget.

The gateway reads the ONNX name model (Rampart) only on the windows around possible names, at most
``pii.onnx_ner_max_tokens`` of them. Windows that meet are merged, so a pasted record of many short
lines (a roster, a court header, an activity log) becomes one range longer than the whole budget,
which was never read: its names were left to the rules. Such a range is now read in its lines (and
a long line in runs of half the budget), the likeliest first, within the same budget.

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest
from prometheus_client import REGISTRY

from guard.pii.engine import range_likeness, spacy_vocabulary
from guard.pii.onnx_ner import OnnxNerRecognizer, _Slice

from .conftest import NEEDS_RAMPART  # type: ignore[import-not-found]
from .conftest import RAMPART_LABELS as LABELS  # type: ignore[import-not-found]
from .conftest import RAMPART_MODEL as MODEL  # type: ignore[import-not-found]

pytestmark = NEEDS_RAMPART

# A roster pasted from a club's message: short lines, each with a capitalised word, so the candidate
# windows around them meet and merge into one range of the whole text.
ROSTER = (
    "Saturday Fixture, away at Riverside, so the coach leaves early\n"
    "Meeting Point: the north gate of the car park at nine sharp\n"
    "Kit: home shirts, dark shorts, shin pads and water bottles\n"
    "Goalkeeper: Naseer Qadri\n"
    "Defence: Tomasz Wrzesniak, Oyelaran Adebisi, Kasimir Haltunen\n"
    "Midfield: Ifeoluwa Ashcombe, Radomir Quenby\n"
    "Subs: five pounds each, paid to the treasurer before kick off\n"
    "Parking: permits will be checked by the stewards on the gate"
)


@pytest.fixture(scope="module")
def ner() -> OnnxNerRecognizer:
    return OnnxNerRecognizer(str(MODEL), LABELS)


def _tokens(ner: OnnxNerRecognizer, text: str) -> int:
    return len(ner._model.tokenizer.encode(text, add_special_tokens=False).ids)


def _read() -> float:
    return REGISTRY.get_sample_value("stockade_guard_name_model_tokens_total", {"outcome": "read"}) or 0.0


def test_a_long_range_is_cut_at_its_lines_and_a_long_line_at_word_starts(ner: OnnxNerRecognizer) -> None:
    encoding = ner._model.tokenizer.encode(ROSTER, add_special_tokens=False)
    pieces = [ROSTER[a:b] for a, b, _ in ner._pieces_read(ROSTER, 0, encoding, 64)]
    assert pieces == ROSTER.split("\n")
    # With a budget of 16, a piece holds at most 8 tokens before the word it reached, the pieces
    # hold the whole text, and no line is joined to the next.
    small = [ROSTER[a:b] for a, b, _ in ner._pieces_read(ROSTER, 0, encoding, 16)]
    assert len(small) > len(pieces)
    assert all(_tokens(ner, piece.rsplit(" ", 1)[0]) < 8 for piece in small if " " in piece)
    assert "".join("".join(small).split()) == "".join(ROSTER.split())
    assert not any("\n" in piece for piece in small)
    # A line of exactly half the budget is one piece.
    eight = "one two three four five six seven eight"
    assert _tokens(ner, eight) == 8
    read = ner._pieces_read(eight, 0, ner._model.tokenizer.encode(eight, add_special_tokens=False), 16)
    assert [(a, b) for a, b, _ in read] == [(0, len(eight))]


@pytest.mark.parametrize("budget", [64, 16, 6])
def test_a_pieces_tokens_are_those_its_own_text_gives(ner: OnnxNerRecognizer, budget: int) -> None:
    """The pieces keep their range's tokens (sliced, not read again) where they part between
    words, and are read again where a long word was cut: either way, the tokens the piece's own
    text gives, with offsets from its first character."""
    # A word of 16 pieces: with a small budget, cut inside.
    text = "Start: " + ROSTER + "\nRef: Hyperconductivityinterferometricallyxqzvbw Wrzesniak"
    encoding = ner._model.tokenizer.encode(text, add_special_tokens=False)
    pieces = ner._pieces_read(text, 0, encoding, budget)
    assert len(pieces) > 8
    sliced = [isinstance(tokens, _Slice) for _, _, tokens in pieces]
    assert any(sliced) and (all(sliced) if budget == 64 else not all(sliced))
    for start, end, tokens in pieces:
        fresh = ner._model.tokenizer.encode(text[start:end], add_special_tokens=False)
        assert list(tokens.ids) == fresh.ids and list(tokens.offsets) == fresh.offsets
        assert [w is None for w in tokens.word_ids] == [w is None for w in fresh.word_ids]
        groups = [a == b for a, b in zip(tokens.word_ids[:-1], tokens.word_ids[1:], strict=True)]
        assert groups == [a == b for a, b in zip(fresh.word_ids[:-1], fresh.word_ids[1:], strict=True)]


def test_a_range_longer_than_the_budget_is_read_in_its_likeliest_lines(
    ner: OnnxNerRecognizer, analyzer
) -> None:  # type: ignore[no-untyped-def]
    vocabulary = spacy_vocabulary(analyzer.nlp_engine, "en")
    whole = [(0, len(ROSTER))]
    assert _tokens(ner, ROSTER) > 64
    unbudgeted = [ROSTER[r.start : r.end] for r in ner.analyze_ranges(ROSTER, whole, ["PERSON"])]
    assert "Naseer Qadri" in unbudgeted
    before = _read()
    found = ner.analyze_ranges(
        ROSTER,
        whole,
        ["PERSON"],
        max_tokens=64,
        priority=lambda r: range_likeness(ROSTER, r, vocabulary),
    )
    # The lines with the most name-like words that fit: the goalkeeper's and the midfield's.
    spans = [ROSTER[r.start : r.end] for r in found]
    assert {"Naseer Qadri", "Ifeoluwa Ashcombe", "Radomir Quenby"} <= set(spans)
    assert not {"Saturday", "Riverside"} & set(spans)
    read = _read() - before
    assert 0 < read <= 64
