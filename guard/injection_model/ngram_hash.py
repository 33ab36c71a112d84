"""scikit-learn's hashed character n-grams of one text, computed with numpy.

``HashingVectorizer(analyzer="char_wb")`` builds every n-gram as a Python string and hashes them one
by one: about half a millisecond for a 1 KB prompt, most of the injection classifier's CPU. Here
the n-grams are positions in the text's UTF-8 bytes and MurmurHash3 (x86, 32 bits, seed 0: what
``sklearn.utils.murmurhash3_32`` computes) runs over all of them at once, so the features are the
same numbers (tests/guard/test_injection_ngram_hash.py compares them on real and random texts).
"""

from __future__ import annotations

import numpy as np

_C1 = np.uint32(0xCC9E2D51)
_C2 = np.uint32(0x1B873593)


def _rotl(x: np.ndarray, r: int) -> np.ndarray:
    return (x << np.uint32(r)) | (x >> np.uint32(32 - r))


def murmur3_32(data: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """MurmurHash3_x86_32 (seed 0), signed, of each key ``data[start : start + length]``.

    ``data`` is uint8 with at least three bytes after the last key (a block is read whole, then
    masked to the key's own bytes).
    """
    h = np.zeros(len(starts), dtype=np.uint32)
    blocks = lengths // 4
    for k in range(int(blocks.max(initial=0))):
        live = blocks > k
        at = starts[live] + 4 * k
        word = _le32(data, at)
        word = _rotl(word * _C1, 15) * _C2
        mixed = _rotl(h[live] ^ word, 13)
        h[live] = mixed * np.uint32(5) + np.uint32(0xE6546B64)
    tail = lengths & 3
    has_tail = tail > 0
    if has_tail.any():
        at = starts[has_tail] + 4 * blocks[has_tail]
        # The tail's bytes, little-endian, masked to its length (1 to 3 bytes).
        mask = (np.uint32(1) << (np.uint32(8) * tail[has_tail].astype(np.uint32))) - np.uint32(1)
        word = _le32(data, at) & mask
        h[has_tail] ^= _rotl(word * _C1, 15) * _C2
    h ^= lengths.astype(np.uint32)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h.view(np.int32)


def _le32(data: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The little-endian 32-bit word at each byte position ``at``."""
    out = data[at].astype(np.uint32)
    for shift in (1, 2, 3):
        out |= data[at + shift].astype(np.uint32) << np.uint32(8 * shift)
    return out


def feature_index(hashes: np.ndarray, n_features: int) -> np.ndarray:
    """The column scikit-learn's hashers give each signed hash: ``abs(h) % n_features``, with
    ``abs(-2**31)`` taken as 2**31 - 1 - (n_features - 1), as its Cython does."""
    wide = hashes.astype(np.int64)
    index = np.abs(wide) % n_features
    index[wide == -(2**31)] = (2**31 - 1 - (n_features - 1)) % n_features
    return index


def char_wb_counts(
    text: str, ngram_range: tuple[int, int], n_features: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """Sorted feature indices and counts of ``HashingVectorizer(analyzer="char_wb",
    ngram_range=ngram_range, n_features=n_features, alternate_sign=False, norm=None)`` on ``text``
    (lower-cased, as it does); None for a text UTF-8 cannot encode (a lone surrogate), which the
    caller leaves to scikit-learn."""
    words = text.lower().split()
    if not words:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    # Each word padded with a space either side, as scikit-learn pads it; n-grams never cross words.
    padded = " " + "  ".join(words) + " "
    try:
        data = np.frombuffer(padded.encode("utf-8") + b"\0\0\0\0", dtype=np.uint8)
    except UnicodeEncodeError:
        return None
    points = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32)
    width = 1 + (points >= 0x80) + (points >= 0x800) + (points >= 0x10000)
    byte_at = np.concatenate([[0], np.cumsum(width)])  # byte offset of each character, and the end
    lengths = np.array([len(w) + 2 for w in words])
    word_at = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    low, high = ngram_range
    starts, ends = [], []
    for n in range(low, high + 1):
        # A padded word of L characters gives L - n + 1 n-grams; one shorter than n gives none
        # (scikit-learn stops at the n that equals its length, which gave the whole word once).
        counts = np.maximum(lengths - n + 1, 0)
        if n == low:
            counts = np.maximum(counts, 1)  # a word shorter than the smallest n: itself, once
        first = np.repeat(word_at, counts)
        within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
        at = first + within
        starts.append(at)
        ends.append(np.minimum(at + n, np.repeat(word_at + lengths, counts)))
    char_starts, char_ends = np.concatenate(starts), np.concatenate(ends)
    byte_starts = byte_at[char_starts]
    hashes = murmur3_32(data, byte_starts, byte_at[char_ends] - byte_starts)
    index, count = np.unique(feature_index(hashes, n_features), return_counts=True)
    return index, count.astype(np.float64)
