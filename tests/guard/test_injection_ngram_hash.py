from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest
from sklearn.utils import murmurhash3_32

from guard.injection.classifier import NgramInjectionClassifier
from guard.injection_model import features
from guard.injection_model.ngram_hash import char_wb_counts, feature_index, murmur3_32

HELDOUT = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "guard" / "injection_heldout.jsonl"


def _sklearn_char_counts(text: str) -> tuple[np.ndarray, np.ndarray]:
    row = features._CHAR_HASHER.transform([features._CHAR_NGRAMS(text)])
    return row.indices, row.data


def test_murmur_matches_scikit_learn_for_every_key_length() -> None:
    rng = np.random.default_rng(7)
    data = rng.integers(0, 256, size=300, dtype=np.uint8)
    starts = rng.integers(0, 250, size=2000)
    lengths = rng.integers(0, 45, size=2000)
    lengths = np.minimum(lengths, 296 - starts)
    padded = np.concatenate([data, np.zeros(4, dtype=np.uint8)])
    got = murmur3_32(padded, starts, lengths)
    expected = [murmurhash3_32(bytes(data[s : s + n]), seed=0) for s, n in zip(starts, lengths, strict=True)]
    assert got.tolist() == expected


def test_the_one_hash_without_an_absolute_value_maps_as_scikit_learn_maps_it() -> None:
    hashes = np.array([-(2**31), -5, 5, 2**31 - 1], dtype=np.int32)
    n = 2**18
    assert feature_index(hashes, n).tolist() == [(2**31 - 1 - (n - 1)) % n, 5, 5, (2**31 - 1) % n]


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line]
    rng = random.Random(0)
    # Scripts of one to four UTF-8 bytes, whitespace of several kinds, and words shorter than n.
    alphabet = "aZ İıŞğ\t\n  x1😀中ж\u00a0\u2028é-'.\x1f"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(1500)]
    return [*texts, "", "   ", "a", "ab", "abc", "abcdef " * 3, "😀", "😀😀😀😀😀😀", "İSTANBUL"]


def test_character_ngrams_are_scikit_learns() -> None:
    for text in _texts():
        clipped = features.clip(text)
        got = char_wb_counts(clipped, (3, 5), features.N_CHAR_FEATURES)
        assert got is not None
        expected = _sklearn_char_counts(clipped)
        assert np.array_equal(got[0], expected[0]) and np.array_equal(got[1], expected[1]), text[:60]


def test_a_text_utf8_cannot_encode_is_left_to_scikit_learn() -> None:
    assert char_wb_counts("a lone \ud800 surrogate", (3, 5), features.N_CHAR_FEATURES) is None
    with pytest.raises(UnicodeEncodeError):  # as training would: no silent score
        features.row_counts("a lone \ud800 surrogate")


def test_scores_equal_the_sparse_path_that_training_uses() -> None:
    classifier = NgramInjectionClassifier()
    texts = _texts()[:400]
    assert classifier.scores(texts) == classifier.batch_scores(texts)
