"""Whether spaCy's word vector of a capitalised word lies near given names or among ordinary words.

A capital inside a sentence is most of what ``name_cues.context_score`` weighs, and code, product
names and table headers are full of them ("while True:", "a connector for Python", "timestamp Oui
NULL"). spaCy's md vectors place given names close together: against the mean of the listed given
names' vectors, names score 0.35-0.67 ("Mia" 0.35, "Lauren" 0.43, "Damian" 0.67) and such words
-0.14-0.26 ("True" 0.00, "Python" 0.14, "Oui" 0.26). A word without a vector (most rare and foreign
names) says nothing either way.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from guard.pii import names as n

# Below this similarity a single capitalised word with no cue phrase is an ordinary word.
WORD_LIKE_BELOW = 0.3


@functools.lru_cache(maxsize=4)
def _prototype(vocab: Any) -> np.ndarray | None:
    rows = []
    for key in sorted(n.first_names()):
        word = key.capitalize()
        if vocab.has_vector(word):
            vector = vocab.get_vector(word)
            norm = float(np.linalg.norm(vector))
            if norm:
                rows.append(vector / norm)
    if not rows:
        return None
    mean = np.mean(rows, axis=0)
    return mean / np.linalg.norm(mean)


def name_similarity(vocab: Any, word: str) -> float | None:
    """Cosine of the word's vector with the given names' mean, None when either is missing."""
    prototype = _prototype(vocab)
    if prototype is None or not vocab.has_vector(word):
        return None
    vector = vocab.get_vector(word)
    norm = float(np.linalg.norm(vector))
    return float(vector @ prototype) / norm if norm else None


def word_like(vocab: Any, word: str) -> bool:
    """Whether the vector puts the word among ordinary words rather than given names."""
    similarity = name_similarity(vocab, word)
    return similarity is not None and similarity < WORD_LIKE_BELOW
