"""A learned last check on each PERSON span: how likely the span is a person's name, from what read
it and the words in and around it, and the spans below a threshold dropped.

The rules before it (``ner_filters``, ``name_tables``, ``name_cues``) were each written from one
evaluation split's false positives, and each new split brought decoys of its own: brands and
buildings named after people ("Harvey Nichols", "Eugene House"), drugs ("Adderall"), roles. This
model weighs the same kind of evidence on every span at once, and is fitted on every development
split together, so what it learns is shared by splits that different hands wrote, not one split's
words: no word is a feature, only what read the span (the name rules and their score, spaCy,
Rampart), whether its words are listed names, frequent words or words with a spaCy vector, the
character model's name-likeness, their case, and the words and punctuation beside the span.

Spans the name rules settle at their strong score are kept without asking it (``settled``).
Gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier), trained by
``benchmarks/train_person_span_model.py``, stored as plain arrays in
``name_data/person_span_model.json`` and evaluated here with numpy alone (no pickle, no scikit-learn
at run time): about 0.3 ms of one core for a text with two spans.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from presidio_analyzer import RecognizerResult

from guard.pii import names
from guard.pii.name_model import name_probability
from guard.pii.name_vectors import name_similarity

MODEL_FILE = Path(__file__).resolve().parent / "name_data" / "person_span_model.json"

RULES = "PersonNameRecognizer"

# The model's inputs, in its column order; the file names them, and a file that names others is
# refused rather than read with its columns shifted.
FEATURES = (
    "score",
    "onnx",
    "rules",
    "spacy",
    "no_reader",
    "n_words",
    "n_chars",
    "listed_first",
    "listed_surname",
    "common",
    "rarer",
    "stop",
    "unlisted_vector",
    "p_min",
    "p_max",
    "p_mean",
    "capitals",
    "lower",
    "line_start",
    "prev_lower",
    "prev_capital",
    "prev_punct",
    "prev_colon",
    "prev_digit",
    "next_lower",
    "next_capital",
    "next_colon",
    "next_comma",
    "next_digit",
    "next_apostrophe",
    "line_end",
    "sentence_start",
    "turkish",
    "line_words",
    "line_capitals",
    "digits_near",
    "similarity_min",
    "similarity_max",
    "no_vector_share",
    "unlisted_lower_vector",
    "prev_listed",
    "next_listed",
    "prev_common",
    "next_common",
    "prev_determiner",
    "prev_p",
    "next_p",
)

# Directions the trees may not contradict: more evidence of a name never lowers the probability
# (a listed given name, a reader's score, name-likeness), more frequent words never raise it. The
# development splits draw their names mostly from outside our lists, so without these the trees
# learn that a listed name ("John Smith") is a decoy, as the splits' brands named after people are.
RISING = frozenset(
    {
        "score",
        "onnx",
        "rules",
        "spacy",
        "listed_first",
        "listed_surname",
        "p_min",
        "p_max",
        "p_mean",
        "similarity_min",
        "similarity_max",
    }
)
FALLING = frozenset({"common", "rarer", "stop", "unlisted_vector", "unlisted_lower_vector"})

_PIECE = re.compile(r"[\w'’]+|[^\w\s]")
_LINE_WORD = re.compile(r"\w+")
_SENTENCE_START = re.compile(r"[.!?:\n]\s*$")
_DETERMINERS = frozenset({"the", "a", "an", "bu", "şu", "bir", "der", "die", "das", "le", "la", "les"})
# A word without a spaCy vector: between the given names' (0.35-0.67) and ordinary words' similarity.
_NO_SIMILARITY = 0.35


class Readings(NamedTuple):
    """What read PERSON spans in one text, before any filter: the analyzer's results (the name
    rules and spaCy) and Rampart's."""

    analyzer: Sequence[RecognizerResult]
    onnx: Sequence[RecognizerResult]


def _overlap(a: int, b: int, r: RecognizerResult) -> bool:
    return r.entity_type == "PERSON" and a < r.end and r.start < b


def _word(piece: str) -> names.Token | None:
    tokens = names.tokenize(piece) if piece[:1].isalpha() else []
    return tokens[0] if tokens else None


def span_features(
    text: str, start: int, end: int, score: float, readings: Readings, vocabulary: Any, turkish: bool
) -> list[float]:
    """One row of ``FEATURES`` for the PERSON span ``text[start:end]``; ``turkish``: whether the
    whole text looks Turkish (``looks_turkish``), asked once per text by the caller."""
    rules = [r.score for r in readings.analyzer if _overlap(start, end, r) and _reader(r) == RULES]
    others = [r.score for r in readings.analyzer if _overlap(start, end, r) and _reader(r) != RULES]
    onnx = [r.score for r in readings.onnx if _overlap(start, end, r)]
    words = names.tokenize(text[start:end])
    n = max(1, len(words))
    # A spaCy vector marks an ordinary word only in a word no list knows as a name: common names
    # have vectors too ("John", "Smith").
    unlisted = [w for w in words if not names.is_listed(w)]
    common, rarer = names.common_words(), names.less_common_words()
    likeness = [name_probability(w.text) for w in words] or [0.0]
    similarities = [name_similarity(vocabulary, w.text) for w in words] if vocabulary is not None else []
    known = [s for s in similarities if s is not None]
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    prev_pieces, next_pieces = _PIECE.findall(before), _PIECE.findall(after)
    prev = prev_pieces[-1] if prev_pieces else ""
    following = next_pieces[0] if next_pieces else ""
    prev_word, next_word = _word(prev), _word(following)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_words = _LINE_WORD.findall(text[line_start : line_end if line_end >= 0 else len(text)])
    has_vector = vocabulary.has_vector if vocabulary is not None else lambda _: False
    return [
        score,
        max(onnx, default=0.0),
        max(rules, default=0.0),
        max(others, default=0.0),
        float(not rules and not others),
        len(words),
        end - start,
        sum(names.is_first(w) for w in words) / n,
        sum(names.is_surname(w) for w in words) / n,
        sum(w.key in common for w in words) / n,
        sum(w.key in rarer for w in words) / n,
        sum(bool(w.stop) for w in words) / n,
        sum(bool(has_vector(w.text)) for w in unlisted) / n,
        min(likeness),
        max(likeness),
        sum(likeness) / len(likeness),
        sum(w.text.isupper() and len(w.text) > 1 for w in words) / n,
        sum(w.text[:1].islower() for w in words) / n,
        float(not before.strip() or "\n" in before[-2:]),
        float(prev[:1].islower()),
        float(prev[:1].isupper()),
        float(bool(prev) and not prev[0].isalnum()),
        float(prev == ":"),
        float(prev[:1].isdigit()),
        float(following[:1].islower()),
        float(following[:1].isupper()),
        float(following == ":"),
        float(following == ","),
        float(following[:1].isdigit()),
        float(after[:1] in ("'", "’")),
        float(not after or after[:1] == "\n"),
        float(not before.strip() or _SENTENCE_START.search(before) is not None),
        float(turkish),
        len(line_words),
        sum(w[:1].isupper() for w in line_words) / max(1, len(line_words)),
        sum(c.isdigit() for c in text[max(0, start - 20) : end + 20]),
        min(known, default=_NO_SIMILARITY),
        max(known, default=_NO_SIMILARITY),
        (len(words) - len(known)) / n,
        sum(bool(has_vector(w.text.lower())) for w in unlisted) / n,
        float(prev_word is not None and names.is_listed(prev_word)),
        float(next_word is not None and names.is_listed(next_word)),
        float(prev_word is not None and prev_word.key in common),
        float(next_word is not None and next_word.key in common),
        float(prev.lower() in _DETERMINERS),
        name_probability(prev) if prev[:1].isalpha() else 0.0,
        name_probability(following) if following[:1].isalpha() else 0.0,
    ]


def _reader(r: RecognizerResult) -> str:
    return str((r.recognition_metadata or {}).get("recognizer_name", ""))


def settled(rows: np.ndarray) -> np.ndarray:
    """Which rows the name rules settled at their strong score (a listed given name and surname, a
    title or cue before a name): kept without asking the model. The development splits draw their
    people mostly from names outside our lists, so there a listed full name is more often a brand
    named after people ("Harvey Nichols") than in real text; the trees judge the weaker readings,
    where that bias matters least, and are fitted on those only."""
    verdict: np.ndarray = rows[:, FEATURES.index("rules")] >= names.STRONG
    return verdict


class PersonSpanModel:
    """Boosted trees as arrays: per tree, each node's feature, threshold, children, leaf flag and
    value; a row goes left where its feature is at most the threshold."""

    def __init__(self, payload: dict[str, Any]) -> None:
        if tuple(payload["features"]) != FEATURES:
            raise ValueError("the person span model was trained on other features; retrain it")
        trees = payload["trees"]
        width = max(len(t["feature"]) for t in trees)

        def table(key: str, dtype: Any, fill: float) -> np.ndarray:
            out = np.full((len(trees), width), fill, dtype=dtype)
            for i, t in enumerate(trees):
                out[i, : len(t[key])] = t[key]
            return out

        self.feature = table("feature", np.int64, 0)
        self.threshold_at = table("threshold", np.float64, 0.0)
        self.left = table("left", np.int64, 0)
        self.right = table("right", np.int64, 0)
        self.leaf = table("leaf", bool, True)
        self.value = table("value", np.float64, 0.0)
        self.depth = int(payload["depth"])
        self.baseline = float(payload["baseline"])
        self.threshold = float(payload["threshold"])

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """P(a person's name) for each row of ``FEATURES``, as the trees read it (``settled`` rows
        included: the caller keeps those whatever the trees say)."""
        n_trees = self.feature.shape[0]
        trees = np.arange(n_trees)[None, :]
        node = np.zeros((len(rows), n_trees), dtype=np.int64)
        samples = np.arange(len(rows))[:, None]
        for _ in range(self.depth):
            feature = self.feature[trees, node]
            go_left = rows[samples, feature] <= self.threshold_at[trees, node]
            child = np.where(go_left, self.left[trees, node], self.right[trees, node])
            node = np.where(self.leaf[trees, node], node, child)
        raw = self.baseline + self.value[trees, node].sum(axis=1)
        probabilities: np.ndarray = 1.0 / (1.0 + np.exp(-raw))
        return probabilities


@functools.cache
def shipped_model() -> PersonSpanModel:
    return PersonSpanModel(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
