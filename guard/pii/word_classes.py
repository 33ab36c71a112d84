"""Which parts of speech an English word can be: WordNet's lemma index, as spaCy's English model
ships it for its rule lemmatizer.

``en_core_web_md`` (the default ``pii.spacy_model``, installed by ``make install``) carries
WordNet's lists of noun, verb, adjective and adverb lemmas with the suffix rules and exceptions
that map a form to its lemma (``lemmatizer/lookups/lookups.bin``, read once). A lower-case word
right after a capitalised name that can only be a noun ("Tim Hortons storefront", "my Tyler
membership") makes the name a modifier: a brand, a firm or a place, not a person. Where the model
is not installed every word reads as of no class, and what asks for them does nothing.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple

from spacy.lookups import Lookups

from guard.errors import ScannerUnavailableError
from guard.pii.spacy_models import resolve_spacy_model

_POS = ("noun", "verb", "adj", "adv")


class WordClasses(NamedTuple):
    noun: bool
    verb: bool
    adjective: bool
    adverb: bool


_NONE = WordClasses(False, False, False, False)


class _Lexicon(NamedTuple):
    lemmas: dict[str, frozenset[str]]
    exceptions: dict[str, dict[str, list[str]]]
    rules: dict[str, list[tuple[str, str]]]


@functools.cache
def _lexicon() -> _Lexicon | None:
    try:
        folder = Path(resolve_spacy_model("en_core_web_md"))
    except ScannerUnavailableError:
        return None
    path = folder / "lemmatizer" / "lookups"
    if not (path / "lookups.bin").is_file():
        return None
    tables = Lookups().from_disk(path)
    index, exceptions, rules = (
        tables.get_table(name) for name in ("lemma_index", "lemma_exc", "lemma_rules")
    )
    return _Lexicon(
        lemmas={p: frozenset(index.get(p, ())) for p in _POS},
        exceptions={p: dict(exceptions.get(p, {})) for p in _POS},
        rules={p: [(old, new) for old, new in rules.get(p, ())] for p in _POS},
    )


@functools.lru_cache(maxsize=4096)
def word_classes(word: str) -> WordClasses:
    """The parts of speech a lower-case English word form can be, by spaCy's rule lemmatizer:
    the form itself, its listed irregular lemmas, or a lemma its suffix rules make, in WordNet's
    index of that part of speech ("deliveries" a noun, "delivers" a verb, "gift" both)."""
    lexicon = _lexicon()
    if lexicon is None or not word.isalpha():
        return _NONE

    def reads_as(pos: str) -> bool:
        lemmas = lexicon.lemmas[pos]
        if word in lemmas or any(lemma in lemmas for lemma in lexicon.exceptions[pos].get(word, ())):
            return True
        return any(
            word.endswith(old) and len(word) > len(old) and word[: len(word) - len(old)] + new in lemmas
            for old, new in lexicon.rules[pos]
            if old
        )

    return WordClasses(*(reads_as(pos) for pos in _POS))
