"""Feature extraction shared by training and inference, so both see exactly the same numbers.

Hashing n-grams need no stored vocabulary: the model file holds only the idf and the weight of
each hashed feature seen in training, as plain arrays (no pickle).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction import FeatureHasher
from sklearn.feature_extraction.text import HashingVectorizer

from guard.injection.rules_multilingual import fold_turkish
from guard.injection_model.ngram_hash import char_wb_counts

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


# One text at a time (inference): the same n-grams and the same hashing as ``counts``, without the
# sparse-matrix round trips (hstack, duplicate sums, broadcasting multiplies), which cost more than
# the n-grams themselves on a prompt-sized text.
_CHAR_NGRAMS = _CHAR.build_analyzer()
_WORD_NGRAMS = _WORD.build_analyzer()
_CHAR_HASHER = FeatureHasher(N_CHAR_FEATURES, input_type="string", alternate_sign=False)
_WORD_HASHER = FeatureHasher(N_WORD_FEATURES, input_type="string", alternate_sign=False)


def row_counts(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The nonzeros of ``counts([text])``: sorted feature indices and how often each occurs."""
    clipped = clip(text)
    char = char_wb_counts(clipped, _CHAR.ngram_range, N_CHAR_FEATURES)
    if char is None:  # not UTF-8 encodable: scikit-learn's own path (which raises as training would)
        row = _CHAR_HASHER.transform([_CHAR_NGRAMS(clipped)])
        char = row.indices, row.data
    word = _WORD_HASHER.transform([_WORD_NGRAMS(clipped)])
    # FeatureHasher sums duplicates and sorts each row; word features follow the char block.
    indices = np.concatenate([char[0], word.indices + N_CHAR_FEATURES]).astype(np.int64)
    return indices, np.concatenate([char[1], word.data])


# The two sums in the order scipy adds a sparse row, so that a score equals the sparse path's to the
# last bit: a row sum is numpy's reduction (pairwise), a matrix-vector product one running total.
def _row_sum(values: np.ndarray) -> np.float32:
    return np.add.reduceat(values, [0])[0] if len(values) else np.float32(0.0)


def _running_sum(values: np.ndarray) -> np.float32:
    return np.cumsum(values, dtype=np.float32)[-1] if len(values) else np.float32(0.0)


def row_logit(text: str, idf: np.ndarray, coef: np.ndarray, intercept: float) -> np.float32:
    """``tfidf(counts([text]), idf) @ coef + intercept`` for one text, on dense arrays of its nonzeros."""
    indices, raw = row_counts(text)
    x = (np.float32(1.0) + np.log(raw.astype(np.float32))) * idf[indices]
    norm = np.sqrt(_row_sum(x * x))
    x = x * (np.float32(1.0) / (norm if norm != 0 else np.float32(1.0)))
    return np.float32(_running_sum(x * coef[indices]) + np.float32(intercept))
