"""Feature extraction shared by training and inference, so both see exactly the same numbers.

Hashing n-grams need no stored vocabulary: the model file holds only the idf and the weight of
each hashed feature seen in training, as plain arrays (no pickle).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer

from guard.injection.rules_multilingual import fold_turkish

N_CHAR_FEATURES = 2**18
N_WORD_FEATURES = 2**16
N_FEATURES = N_CHAR_FEATURES + N_WORD_FEATURES

# Long jailbreak templates are tens of kilobytes; the opening and the closing carry the signal.
MAX_CHARS = 4000

_CHAR = HashingVectorizer(
    analyzer="char_wb", ngram_range=(3, 5), n_features=N_CHAR_FEATURES, alternate_sign=False, norm=None
)
_WORD = HashingVectorizer(
    analyzer="word",
    ngram_range=(1, 2),
    n_features=N_WORD_FEATURES,
    alternate_sign=False,
    norm=None,
    token_pattern=r"(?u)\b\w+\b",
)


def clip(text: str) -> str:
    """The opening and closing of a long text, Turkish-folded the way the folded rules see it.

    Folding (lower case; I, İ, ı, i as i; ş ğ ç ö ü as s g c o u) makes "ÖNCEKİ TALİMATLARI",
    "onceki talimatlari" and "öncekı talımatları" one set of n-grams, so a Turkish attack written
    in capitals, without diacritics or with the dotted and dotless i swapped looks like the one
    the model learnt. English loses nothing (the vectorizers lower-case anyway).
    """
    if len(text) > MAX_CHARS:
        half = MAX_CHARS // 2
        text = text[:half] + " " + text[-half:]
    return fold_turkish(text)


def counts(texts: list[str]) -> sp.csr_matrix:
    clipped = [clip(t) for t in texts]
    return sp.hstack([_CHAR.transform(clipped), _WORD.transform(clipped)], format="csr")


def tfidf(raw_counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """Sublinear tf times idf, L2-normalised rows (what sklearn's TfidfTransformer does)."""
    x = raw_counts.astype(np.float32).tocsr(copy=True)
    x.data = 1.0 + np.log(x.data)
    x = x.multiply(idf[np.newaxis, :]).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(x.multiply((1.0 / norms)[:, np.newaxis]))
