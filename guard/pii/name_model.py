"""How much a single word looks like a person's name, from its letters alone.

The name lists (``names.py``) know about 57,000 spellings; names from countries they do not cover
("Aarne", "Sigvald", "Uğurtan") and everyday words with a capital ("Handynummer", "Support") are
told apart here by a logistic regression over hashed character n-grams of the word. It is tiny (a
vector of 2**17 float16 weights, 256 KB), needs numpy only, and scores a word in about 20 µs, so
it can be asked about every capitalised word of a prompt.

Trained by ``python -m guard.pii.train_name_model`` on the first names and surnames of Faker's
locales plus this repository's name lists (positives) against frequent words of ten languages from
wordfreq and Faker's place names (negatives); ``name_data/SOURCES.md`` says which versions and
licences. The evaluation sets of ``benchmarks/guard_pii_independent.py`` (mimesis) are never used.
"""

from __future__ import annotations

import functools
import math
import zlib
from pathlib import Path

import numpy as np

WEIGHTS = Path(__file__).resolve().parent / "name_data" / "name_model.npy"
BUCKETS = 1 << 17
# n-gram lengths, over the word with "^" and "$" at its ends; the whole word is one more feature.
NGRAMS = (2, 3, 4, 5)


def normalise(word: str) -> str:
    """Lower case with Turkish dotted and dotless i kept apart; accents kept (they tell languages)."""
    return word.replace("I", "ı").replace("İ", "i").lower() if _turkish_i(word) else word.lower()


def _turkish_i(word: str) -> bool:
    return "İ" in word or "ı" in word or any(c in word for c in "ğşĞŞ")


def features(word: str) -> list[int]:
    """Bucket indices of the word's features (the last bucket holds the bias)."""
    w = f"^{normalise(word)}$"
    grams = [w[i : i + n] for n in NGRAMS for i in range(len(w) - n + 1)]
    grams.append("W" + w)
    return [zlib.crc32(g.encode()) % (BUCKETS - 1) for g in grams] + [BUCKETS - 1]


@functools.cache
def _weights() -> np.ndarray:
    weights: np.ndarray = np.load(WEIGHTS).astype(np.float32)
    return weights


@functools.lru_cache(maxsize=4096)
def name_probability(word: str) -> float:
    """P(person's name | the word's letters), 0..1; a word without letters scores 0.

    Cached: the context score, the cue floors and the NER windows ask about the same words of a
    prompt, and prompts repeat their names."""
    if not any(c.isalpha() for c in word):
        return 0.0
    z = float(_weights()[features(word)].sum())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
