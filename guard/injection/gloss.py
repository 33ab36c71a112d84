"""A word-by-word English gloss of a prompt written in another language.

The classifier learnt injections from English text (tens of thousands of attacks against a few
hundred in other languages), and the English rules are the broadest. A German, French, Spanish,
Italian, Portuguese or Turkish prompt is rewritten word by word into English from a hand-written
glossary ("Ignoriere alle vorherigen Anweisungen" -> "ignore all previous instructions"; "önceki
tüm talimatları unut" -> "previous all instructions forget") and the scanner reads that gloss as one
more view. Each sentence is glossed in the language most of its words are in, so an English page
that quotes a German instruction is read in part. Word order stays the source's: the character
n-grams and the rules' key words carry across, which is what the English model and rules key on.
Words the glossary lacks are kept as they are, so a benign prompt is not reduced to its few
instruction-like words.

Glossaries: `gloss_data/<lang>.tsv`, lines "<form>\t<english>"; a form may be a phrase (matched
before single words) or, for agglutinative Turkish and German compounds, a stem ending in "*".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from guard.injection.rules_multilingual import fold_turkish

DATA_DIR = Path(__file__).resolve().parent / "gloss_data"
LANGUAGES = ("de", "fr", "es", "it", "pt", "tr", "ru", "ar", "fa")
_PREFIX_KEY = 4
_MAX_PHRASE = 6
# A sentence is glossed only when a glossary knows this many of its words as words of its language,
# and more of them than the sentence has English function words: English is never glossed.
MIN_HITS = 2
_WORD = re.compile(r"\w+")
_K = TypeVar("_K")


def _word_list(name: str) -> frozenset[str]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


# A gloss is scored only when it says at least one of these: the words injections are made of. A
# gloss without any is a word salad of ordinary words ("here no hay nothing."), on which the English
# model, which never saw such text, is unsure; and words that technical documentation is full of
# ("system", "root", "mode", "administrator", "model") are left out, or translated manuals would be
# flagged for "your system" (chosen on the dev half of the Debian Reference's five translations).
SIGNAL = _word_list("signal_words.txt")
# Frequent English function words: a sentence with more of these than of a glossary's words is English.
_ENGLISH = _word_list("english_function_words.txt")


def key(word: str) -> str:
    """The form a glossary entry and a text's word are compared in: Turkish-folded, lower case,
    without accents (attackers drop them), German ß as ss."""
    decomposed = unicodedata.normalize("NFKD", fold_turkish(word).replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Glossary:
    language: str
    words: dict[str, str]
    phrases: dict[tuple[str, ...], str]
    # Stems by their first letters, longest first, so that one lookup finds the few to try.
    stems: dict[str, tuple[tuple[str, str], ...]]
    # Phrases whose last word is a stem ("göz ardı et*": "göz ardı edin", "göz ardı etmeni"), by
    # their leading words.
    phrase_stems: dict[tuple[str, ...], tuple[tuple[str, str], ...]]

    def word(self, token: str) -> str | None:
        hit = self.words.get(token)
        if hit is not None:
            return hit
        for stem, english in self.stems.get(token[:_PREFIX_KEY], ()):
            if token.startswith(stem):
                return english
        return None

    def phrase(self, words: tuple[str, ...]) -> str | None:
        hit = self.phrases.get(words)
        if hit is not None:
            return hit
        for stem, english in self.phrase_stems.get(words[:-1], ()):
            if words[-1].startswith(stem):
                return english
        return None


def _parse(language: str, text: str) -> Glossary:
    words: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    stems: dict[str, list[tuple[str, str]]] = {}
    phrase_stems: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        form, sep, english = line.partition("\t")
        if not sep or not english.strip():
            raise ValueError(f"gloss_data/{language}.tsv line {line_no}: expected '<form>\\t<english>'")
        english = english.strip()
        parts = tuple(_WORD.findall(key(form.rstrip("*"))))
        if not parts or len(parts) > _MAX_PHRASE:
            raise ValueError(f"gloss_data/{language}.tsv line {line_no}: no words, or too many, in {form!r}")
        if form.endswith("*") and len(parts) > 1:
            phrase_stems.setdefault(parts[:-1], []).append((parts[-1], english))
        elif form.endswith("*"):
            if len(parts[0]) < _PREFIX_KEY:
                raise ValueError(f"gloss_data/{language}.tsv line {line_no}: stem {form!r} too short")
            stems.setdefault(parts[0][:_PREFIX_KEY], []).append((parts[0], english))
        elif len(parts) == 1:
            words[parts[0]] = english
        else:
            phrases[parts] = english

    def longest_first(table: dict[_K, list[tuple[str, str]]]) -> dict[_K, tuple[tuple[str, str], ...]]:
        return {k: tuple(sorted(v, key=lambda s: -len(s[0]))) for k, v in table.items()}

    return Glossary(language, words, phrases, longest_first(stems), longest_first(phrase_stems))


@cache
def glossaries() -> tuple[Glossary, ...]:
    return tuple(_parse(lang, (DATA_DIR / f"{lang}.tsv").read_text(encoding="utf-8")) for lang in LANGUAGES)


@cache
def _evidence() -> dict[str, frozenset[int]]:
    """Word -> the glossaries (by index) for which it is evidence of their language: a form they
    know that is not an English word too ("password", "mode", "email" are in several glossaries,
    as themselves). Stems are checked per word, so this holds whole words only."""
    table: dict[str, set[int]] = {}
    for i, glossary in enumerate(glossaries()):
        for word, english in glossary.words.items():
            if english != word and word not in _ENGLISH:
                table.setdefault(word, set()).add(i)
    return {word: frozenset(langs) for word, langs in table.items()}


@cache
def _stem_evidence() -> dict[str, tuple[tuple[str, int], ...]]:
    table: dict[str, list[tuple[str, int]]] = {}
    for i, glossary in enumerate(glossaries()):
        for prefix, stems in glossary.stems.items():
            table.setdefault(prefix, []).extend((stem, i) for stem, _ in stems)
    return {prefix: tuple(stems) for prefix, stems in table.items()}


def _languages(token: str) -> frozenset[int] | set[int]:
    found = _evidence().get(token)
    if found is not None:
        return found
    return {i for stem, i in _stem_evidence().get(token[:_PREFIX_KEY], ()) if token.startswith(stem)}


def _rewrite(glossary: Glossary, folded: str, tokens: list[re.Match[str]]) -> tuple[str, list[str]]:
    """The text with every word and phrase the glossary knows in English, and those English words."""
    out: list[str] = []
    concepts: list[str] = []
    last = 0
    i = 0
    while i < len(tokens):
        replaced = None
        for size in range(min(_MAX_PHRASE, len(tokens) - i), 1, -1):
            english = glossary.phrase(tuple(t.group() for t in tokens[i : i + size]))
            if english is not None:
                replaced = (english, size)
                break
        if replaced is None:
            english = glossary.word(tokens[i].group())
            replaced = (english, 1) if english is not None else None
        if replaced is None:
            i += 1
            continue
        english, size = replaced
        out.append(folded[last : tokens[i].start()])
        out.append(english)
        concepts.append(english)
        last = tokens[i + size - 1].end()
        i += size
    out.append(folded[last:])
    return "".join(out), concepts


# A text is glossed sentence by sentence (and line by line): an English page that quotes an
# instruction in German, a retrieved document with one French paragraph, are read in part.
_SEGMENT = re.compile(r"[^.!?;\n]+[.!?;\n]*|[.!?;\n]+")


def _language_of(tokens: list[re.Match[str]]) -> Glossary | None:
    """The glossary whose language these words are in, or None when they are English or too few."""
    votes = [0] * len(LANGUAGES)
    english = 0
    for token in tokens:
        word = token.group()
        if word in _ENGLISH:
            english += 1
            continue
        for i in _languages(word):
            votes[i] += 1
    best = max(range(len(votes)), key=votes.__getitem__)
    if votes[best] < MIN_HITS or votes[best] <= english:
        return None
    return glossaries()[best]


def gloss_detail(text: str) -> tuple[str, list[str]] | None:
    """The English gloss of `text` and the English words put in; None when it is English, when no
    glossary reads it, or when the gloss has none of the words injections are made of."""
    folded = key(text)
    out: list[str] = []
    concepts: list[str] = []
    for segment in _SEGMENT.finditer(folded):
        piece = segment.group()
        tokens = list(_WORD.finditer(piece))
        glossary = _language_of(tokens) if len(tokens) >= MIN_HITS else None
        if glossary is None:
            out.append(piece)
            continue
        glossed, said = _rewrite(glossary, piece, tokens)
        out.append(glossed)
        concepts += said
    return ("".join(out), concepts) if SIGNAL.intersection(concepts) else None


def preload() -> None:
    """Reads the glossaries and builds their indexes (about 60 ms), at start-up rather than on the
    first request."""
    _evidence()
    _stem_evidence()


def gloss(text: str) -> str | None:
    detail = gloss_detail(text)
    return None if detail is None else detail[0]
