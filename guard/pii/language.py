"""Whether a text is likely Turkish, and how much of it is function words, from its letters and words
alone (no model)."""

from __future__ import annotations

import functools
import importlib
import re

# Letters only Turkish uses among the languages we see, and a case suffix after an apostrophe
# ("Nowak'a", "Ayşe'nin"; not "O'Brien", "Omega's"). No re.IGNORECASE: with it "ı" and "İ" match
# every "i" and "I".
_TURKISH_MARKS = re.compile(r"[ğĞıİşŞ]|\w['’](?:y?[ae]|[dt][ae]|[dt][ae]n|n?[ıiuü]n|y?[ıiuü]|y?l[ae])\b")
_TURKISH_VOWELS = re.compile(r"[çöüÇÖÜ]")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-zçöü]+(?![\w'’])")


@functools.cache
def spacy_stop_words(languages: tuple[str, ...]) -> frozenset[str]:
    """spaCy's stop words of these languages (their codes: "en", "tr"), lower case, as one set."""
    words: set[str] = set()
    for language in languages:
        words |= importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
    return frozenset(words)


@functools.cache
def _turkish_function_words() -> frozenset[str]:
    """spaCy's Turkish stop words that are none of its English, German, French, Spanish, Italian,
    Dutch or Swedish ones ("kadar", "için", "lütfen"), three letters or more, plus "ve" and "bu"."""
    others = spacy_stop_words(("en", "de", "fr", "es", "it", "nl", "sv"))
    turkish = spacy_stop_words(("tr",))
    return frozenset({w for w in turkish if len(w) >= 3 and w not in others} | {"ve", "bu"})


# The languages whose function words tell a sentence from a list of words: those of the rules and
# Rampart's Latin-script languages. spaCy's lists, lower case.
_PROSE_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "tr")
_LETTERS = re.compile(r"[^\W\d_]+")


def function_word_share(text: str) -> tuple[int, float]:
    """How many words (runs of letters) a text holds, and which share of them are function words of
    the languages above ("the", "und", "ve"): prose of those languages runs at 0.3-0.5, Turkish at
    0.17 (its grammar is in suffixes); keywords, code and random vocabulary at 0-0.1."""
    words = _LETTERS.findall(text.lower())
    if not words:
        return 0, 0.0
    function_words = spacy_stop_words(_PROSE_LANGUAGES)
    return len(words), sum(w in function_words for w in words) / len(words)


def looks_turkish(text: str) -> bool:
    """Whether a text is likely Turkish: the ONNX NER's ``english`` scope leaves it to the rules.
    Without Turkish-only letters or a case suffix, it takes two signs among the Turkish function
    words and the letters ç, ö, ü ("gününe kadar"; not "have a nice day", "für Jürgen")."""
    if _TURKISH_MARKS.search(text):
        return True
    words = _turkish_function_words()
    signs = {m.group(0) for m in _LOWER_WORD.finditer(text) if m.group(0) in words}
    return len(signs) + (1 if _TURKISH_VOWELS.search(text) else 0) >= 2
