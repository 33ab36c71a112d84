"""guard.pii.engine.token_lists: the arrays Presidio's context scoring reads, without Token objects."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine

from guard.pii.engine import token_lists


def test_token_lists_are_what_iterating_the_doc_gives(analyzer: AnalyzerEngine) -> None:
    nlp = analyzer.nlp_engine.nlp["en"]  # type: ignore[attr-defined]
    text = "Call Ayşe Yılmaz on +90 532 123 45 67, or e-mail AYSE@Example.org; İSTANBUL Şubesi.\n2. Done"
    doc = nlp.make_doc(text)
    texts, starts, lemmas = token_lists(doc)
    assert texts == [t.text for t in doc]
    assert starts == [t.idx for t in doc]
    assert lemmas == [t.lower_ for t in doc]
    assert "ayse@example.org" in lemmas and "İSTANBUL" in texts
    assert token_lists(nlp.make_doc("")) == ([], [], [])
