"""guard.pii.spacy_ner: spaCy's NER decoded with numpy gives spaCy's own entities."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import spacy
from presidio_analyzer import AnalyzerEngine

from guard.pii.spacy_ner import NumpyGreedyNer, entity_reader

REAL_PROMPTS = Path(__file__).resolve().parents[2] / "benchmarks/data/guard/injection_heldout.jsonl"


def _ents(docs: Any) -> list[list[tuple[int, int, str]]]:
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]


def test_real_prompts_get_the_entities_spacy_gives(analyzer: AnalyzerEngine) -> None:
    nlp = analyzer.nlp_engine.nlp["en"]  # type: ignore[attr-defined]
    ner = nlp.get_pipe("ner")
    reader = entity_reader(ner)
    assert isinstance(reader, NumpyGreedyNer)
    rows = [json.loads(line)["text"] for line in REAL_PROMPTS.read_text(encoding="utf-8").splitlines()]
    texts = [t[:1000] for t in rows if t.strip()][:300]
    # Batches of several docs, as the windows of one prompt are read, and one with an empty doc.
    batches = [texts[i : i + 5] for i in range(0, len(texts), 5)] + [["", "Ayşe Yılmaz aradı.", " "]]
    found = 0
    for batch in batches:
        expected = _ents(ner.pipe([nlp.make_doc(t) for t in batch]))
        got = _ents(reader([nlp.make_doc(t) for t in batch]))
        assert got == expected
        found += sum(len(e) for e in got)
    assert found > 150  # the comparison saw entities, not only empty readings


def test_people_and_places_are_read(analyzer: AnalyzerEngine) -> None:
    nlp = analyzer.nlp_engine.nlp["en"]  # type: ignore[attr-defined]
    reader = entity_reader(nlp.get_pipe("ner"))
    (doc,) = reader([nlp.make_doc("Angela Merkel met Joe Biden in Berlin on Tuesday.")])
    assert ("Angela Merkel", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert ("Berlin", "GPE") in [(e.text, e.label_) for e in doc.ents]
    assert reader([]) == []


def test_a_model_it_does_not_decode_is_left_to_spacy() -> None:
    nlp = spacy.blank("en")
    beam: Any = nlp.add_pipe("beam_ner")
    beam.add_label("PERSON")
    nlp.initialize()
    assert not NumpyGreedyNer.supports(beam)
    reader = entity_reader(beam)
    assert not isinstance(reader, NumpyGreedyNer)
    (doc,) = reader([nlp.make_doc("Ada Lovelace wrote it.")])
    assert isinstance(doc.ents, tuple)  # spaCy's own pipe ran
    assert not NumpyGreedyNer.supports(object())
