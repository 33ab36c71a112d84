"""Fifteenth pass on person names: three cues Turkish and e-mail text give.

- "hanım" and "bey" after a lower-case word make it a given name, listed or not ("bu maili ayter
  hanıma yaz"), unless the word is a role ("müdür bey") or the spelling is a word's;
- an e-mail's header block names its sender and recipients ("Kimden:", "Kime:", "Bilgi:", "From:",
  "To:", "Cc:"), but a one-word value that is an ordinary word is a team ("To: Finance");
- Turkish future-tense verbs take a person as subject at the end of the clause ("... bakacak").

Every example is written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from guard.pii.scanner import PIIScanner

from .conftest import person_spans  # type: ignore[import-not-found]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("bu maili ayter hanıma daha kibar bir dille yazar mısın", "ayter"),
        ("dün izetin beyle görüştüm, yarın dönecek", "izetin"),
        ("nüfer hanımdan dosyayı isteyelim", "nüfer"),
    ],
)
def test_a_lower_case_word_before_hanim_or_bey_is_a_name(scanner: PIIScanner, text: str, person: str) -> None:
    assert person in person_spans(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "müdür bey yarın gelecek mi",
        "başkan beye raporu ilettim",
        "annem ev hanımı, babam emekli",
        "hoca hanım ödevi erteledi",
    ],
)
def test_a_role_before_hanim_or_bey_is_no_name(scanner: PIIScanner, text: str) -> None:
    spans = person_spans(scanner, text)
    assert not any(word in span for span in spans for word in ("müdür", "başkan", "ev", "hoca"))


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Kimden: Talhat Erbilgin\nKime: Sevgül Dağdelen\nBilgi: Ebrar Kuyumcu\nKonu: erişim talebi",
            ["Talhat Erbilgin", "Sevgül Dağdelen", "Ebrar Kuyumcu"],
        ),
        (
            "From: Oyelaran Adebisi\nTo: Wiola Kasprzak\nSubject: access request",
            ["Oyelaran Adebisi", "Wiola Kasprzak"],
        ),
    ],
)
def test_an_e_mail_header_names_its_people(scanner: PIIScanner, text: str, people: list[str]) -> None:
    assert sorted(person_spans(scanner, text)) == sorted(people)


@pytest.mark.parametrize(
    "text",
    [
        "From: Security\nTo: Finance\nCc: Legal\nSubject: audit findings",
        "To: Operations\nDate: Monday",
        "Bilgi: Sistem bu gece bakımda olacak.",  # "for information", no header block
        "Kime: Muhasebe\nEkteki tabloya bakın.",  # one label, no subject or date: not a header block
    ],
)
def test_teams_and_lone_labels_are_no_people(scanner: PIIScanner, text: str) -> None:
    assert person_spans(scanner, text) == []


def test_a_sign_off_line_is_not_kept_as_the_name(scanner: PIIScanner) -> None:
    assert person_spans(scanner, "Thanks for the update.\nRegards,\nLauren Whitfield") == ["Lauren Whitfield"]


def test_a_name_stops_at_the_line_break(scanner: PIIScanner) -> None:
    # spaCy reads "Sevgül Dağdelen\nBilgi" as one person: the next line's label was masked with it.
    text = "Kime: Sevgül Dağdelen\nBilgi: Ebrar Kuyumcu\nKonu: erişim talebi"
    spans = person_spans(scanner, text)
    assert "Sevgül Dağdelen" in spans
    assert not any("\n" in s or "Bilgi" in s or "Konu" in s for s in spans)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Hemşire Müjgen bu gece yerine bakacak.", "Müjgen"),
        ("Toplantıdan sonra Ferahdiba raporu hazırlayacak.", "Ferahdiba"),
    ],
)
def test_a_turkish_future_verb_speaks_for_its_subject(scanner: PIIScanner, text: str, person: str) -> None:
    assert any(person in span for span in person_spans(scanner, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("How can I use a custom connector for Python and PowerApps", "Python"),
        ("conn = None\ntry:\n    while True:\n        msg = poll()", "True"),
        ("say ‘Okay, I got it’, and then I’ll give you further information", "Okay"),
        ("2 created_at timestamp Oui NULL Modifier Supprimer", "Oui"),
        ("with Harwin Strong [Source 1, 14.88]. One proof of this", "Source"),
    ],
)
def test_a_capitalised_ordinary_word_is_no_person_by_context_alone(
    scanner: PIIScanner, text: str, word: str
) -> None:
    # spaCy's vectors put these among ordinary words, not given names (guard/pii/name_vectors.py).
    assert not any(word in span for span in person_spans(scanner, text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("the refund for Damian went out on Friday", "Damian"),  # a given name's vector
        ("we still owe Ingeborg the deposit", "Ingeborg"),  # no vector: the lists and model decide
        ("forward this to Zeynel before lunch", "Zeynel"),
    ],
)
def test_a_name_read_by_context_alone_is_still_one(scanner: PIIScanner, text: str, person: str) -> None:
    assert person in person_spans(scanner, text)


def test_given_names_and_ordinary_words_lie_apart_in_the_vectors(scanner: PIIScanner) -> None:
    from guard.pii.engine import spacy_vocabulary
    from guard.pii.name_vectors import WORD_LIKE_BELOW, name_similarity

    vocab = spacy_vocabulary(scanner.analyzer.nlp_engine, "en")
    assert vocab is not None
    for name in ("Lauren", "Damian", "Isabella", "Mehmet"):
        assert (name_similarity(vocab, name) or 0.0) >= WORD_LIKE_BELOW, name
    for word in ("Python", "True", "Standard", "Input", "Value"):
        assert (name_similarity(vocab, word) or 1.0) < WORD_LIKE_BELOW, word
    assert name_similarity(vocab, "Xqzvbnt") is None
