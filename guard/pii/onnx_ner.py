"""A token-classification NER exported to ONNX, run on the CPU with onnxruntime.

The operator's Hugging Face NER (``hf_ner.py``) needs torch and, to be affordable, a GPU. A small
BERT exported to ONNX and quantized reads a prompt on one CPU core in tens of milliseconds. The one
that installs offline is Rampart (``deploy/install-rampart.sh``): a 6-layer, 384-wide uncased BERT
with BIO labels GIVEN_NAME, SURNAME, CITY, ... (CC-BY-4.0). Any folder with the same layout works:
``config.json`` (``id2label``), ``tokenizer.json`` (a fast tokenizer: character offsets) and
``onnx/model_int8.onnx``, ``onnx/model_q4.onnx`` or ``onnx/model.onnx``, the first
present. ``pii.onnx_ner_labels`` maps its entity groups to
ours (GIVEN_NAME and SURNAME to PERSON), so a given name followed by a surname is one PERSON span.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from presidio_analyzer import RecognizerResult

from guard import metrics
from guard.errors import ScannerUnavailableError
from guard.pii.hf_ner import entity_group
from guard.pii.rampart import RAMPART_DIR as RAMPART_DIR  # where make install puts Rampart

log = logging.getLogger(__name__)

# ``pii.onnx_ner_model_path: auto``: the folder make install (or the GPU image) puts in place, or no
# model where it is absent: the names are then the rules' and spaCy's, and start-up says so.
AUTO = "auto"

# The int8 rewrite that deploy/install-rampart.sh derives from the 4-bit file comes first: about
# twice as fast on one core, the same labels (guard/pii/onnx_int8.py; docs/guard.md, twelfth pass).
MODEL_FILES = ("onnx/model_int8.onnx", "onnx/model_q4.onnx", "onnx/model.onnx")

# Tokens per forward pass. A 1 KB prompt (about 240 tokens) is one pass; a longer text is read in
# windows that overlap by WINDOW_OVERLAP tokens, so a name on a window's edge is read whole, with
# context on both sides, in one of them (each token keeps the reading of the window it is most
# central in). Rampart's own runner keeps windows short because its phone recall drops near 512.
WINDOW_TOKENS = 256
WINDOW_OVERLAP = 48
# Candidate windows are read in batches of similar length holding at most this many tokens,
# padding included: one batch of every window of a 20 KB prompt padded to the longest held
# gigabytes of attention scores, which onnxruntime's memory arena then keeps.
BATCH_TOKENS = 1024
# A forward pass costs about as much as this many more tokens, whatever it reads (onnxruntime's
# setup of a run: 1.1 ms for 8 tokens, 4.6 ms for 64 on one core of an Intel Xeon VM); the rows
# of a batch are grouped by length against it (``_batches``), at most _MAX_ROWS to a pass.
PASS_TOKENS = 15
_MAX_ROWS = 64


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    entity: str | None  # our type, or None (outside, or below the threshold)
    score: float


class _Model:
    """An ONNX session with its tokenizer and labels: loaded once per folder."""

    def __init__(self, model_path: str) -> None:
        folder = Path(model_path)
        if not folder.is_dir():
            raise ScannerUnavailableError(f"ONNX NER model folder {model_path!r} does not exist")
        try:
            import onnxruntime
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ScannerUnavailableError(f"onnxruntime or tokenizers is not installed: {exc}") from exc
        model_file = next((folder / name for name in MODEL_FILES if (folder / name).is_file()), None)
        missing = [n for n in ("config.json", "tokenizer.json") if not (folder / n).is_file()]
        if model_file is None or missing:
            what = missing + ([] if model_file else [" or ".join(MODEL_FILES)])
            raise ScannerUnavailableError(f"ONNX NER model folder {model_path!r} has no {', '.join(what)}")
        self.model_file = model_file
        try:
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
            self.id2label = {int(k): str(v) for k, v in config["id2label"].items()}
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
            options = onnxruntime.SessionOptions()
            # One core per scan, as spaCy's NER: the gateway scans concurrent requests in threads.
            options.intra_op_num_threads = 1
            options.inter_op_num_threads = 1
            self.session = onnxruntime.InferenceSession(
                str(model_file), options, providers=["CPUExecutionProvider"]
            )
        except (OSError, ValueError, KeyError, AttributeError, RuntimeError, TypeError) as exc:
            raise ScannerUnavailableError(f"cannot load ONNX NER model from {model_path!r}: {exc}") from exc
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        cls_id, sep_id = self.tokenizer.token_to_id("[CLS]"), self.tokenizer.token_to_id("[SEP]")
        if cls_id is None or sep_id is None:
            raise ScannerUnavailableError(f"the tokenizer in {model_path!r} has no [CLS] or [SEP] token")
        self.cls, self.sep = cls_id, sep_id
        self.pad = self.tokenizer.token_to_id("[PAD]") or 0
        self.inputs = {i.name for i in self.session.get_inputs()}
        positions = int(config.get("max_position_embeddings", 512))
        self.window = max(8, min(WINDOW_TOKENS, positions - 2))
        self.overlap = min(WINDOW_OVERLAP, self.window // 4)

    def forward_batch(self, rows: list[list[int]]) -> np.ndarray:
        """Logits ``[row, token, label]``; shorter rows are padded and masked."""
        width = max(len(r) for r in rows)
        ids = np.full((len(rows), width), self.pad, dtype=np.int64)
        mask = np.zeros_like(ids)
        for i, r in enumerate(rows):
            ids[i, : len(r)] = r
            mask[i, : len(r)] = 1
        feed: dict[str, Any] = {}
        if "input_ids" in self.inputs:
            feed["input_ids"] = ids
        if "attention_mask" in self.inputs:
            feed["attention_mask"] = mask
        if "token_type_ids" in self.inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        # InferenceSession.run is safe to call from several threads at once.
        return np.asarray(self.session.run(None, feed)[0])


@functools.lru_cache(maxsize=2)
def _loaded(model_path: str) -> _Model:
    return _Model(model_path)


class OnnxNerRecognizer:
    """Entities of an ONNX token-classification model, mapped to our types by ``labels`` (the
    model's entity group, without its B-/I- prefix, to PERSON, LOCATION, ...); a word is an entity
    when its type's probability (B- and I- labels summed, averaged over its pieces) is the largest
    and at least ``threshold``."""

    def __init__(self, model_path: str, labels: Mapping[str, str], threshold: float = 0.5) -> None:
        self._model = _loaded(model_path)
        self.model_file = self._model.model_file  # which of MODEL_FILES the folder gave
        id2label = self._model.id2label
        groups = {entity_group(v) for v in id2label.values()}
        mapped = {g: labels[g] for g in groups if g in labels}
        if not mapped:
            raise ScannerUnavailableError(
                f"none of the model's entity labels {sorted(groups)} is mapped by pii.onnx_ner_labels "
                f"{sorted(labels)}"
            )
        self._types = sorted(set(mapped.values()))
        # Each label's column goes to the index of our type; "O" and unmapped labels to -1, the
        # last column ("none").
        self._column_type = np.full(max(id2label) + 1, -1, dtype=np.int64)
        for i, label in id2label.items():
            entity = mapped.get(entity_group(label))
            if entity is not None:
                self._column_type[i] = self._types.index(entity)
        self.entity_types = frozenset(self._types)
        self.threshold = threshold

    def analyze(self, text: str, entities: Iterable[str]) -> list[RecognizerResult]:
        return self.analyze_ranges(text, [(0, len(text))], entities)

    def analyze_ranges(
        self,
        text: str,
        ranges: Sequence[tuple[int, int]],
        entities: Iterable[str],
        max_tokens: int | None = None,
        priority: Callable[[tuple[int, int]], float] | None = None,
    ) -> list[RecognizerResult]:
        """The entities in each character range ``[start, end)`` of ``text``, each range read on
        its own; ranges that fit one window are read in one batched pass (a pass has a fixed cost
        of about 15 tokens' worth). With ``max_tokens``, the ranges read hold at most that many
        tokens: those ``priority`` ranks first (by default the first), a range that does not fit
        left for a shorter one (stockade_guard_name_model_tokens_total counts both); over the
        budget, a range longer than half of it is ranked and read in pieces (``_pieces``)."""
        wanted = self.entity_types.intersection(entities)
        if not wanted:
            return []
        model = self._model
        parts: list[tuple[int, int, Tokens]] = []
        for start, end in ranges:
            if text[start:end].strip():
                encoding = model.tokenizer.encode(text[start:end], add_special_tokens=False)
                if encoding.ids:
                    parts.append((start, end, encoding))
        total = sum(len(e.ids) for _, _, e in parts)
        if max_tokens is not None and total > max_tokens:
            parts = [
                piece
                for part in parts
                for piece in (
                    self._pieces_read(text, part[0], part[2], max_tokens)
                    if len(part[2].ids) > max_tokens // 2
                    else [part]
                )
            ]
            order = (
                sorted(range(len(parts)), key=lambda i: -priority(parts[i][:2]))
                if priority
                else range(len(parts))
            )
            chosen, used = [], 0
            for i in order:
                if used + len(parts[i][2].ids) <= max_tokens:
                    chosen.append(i)
                    used += len(parts[i][2].ids)
            metrics.NAME_MODEL_TOKENS.labels(outcome="skipped").inc(total - used)
            parts, total = [parts[i] for i in sorted(chosen)], used
        metrics.NAME_MODEL_TOKENS.labels(outcome="read").inc(total)
        short = sorted(
            (i for i, (_, _, e) in enumerate(parts) if len(e.ids) <= model.window),
            key=lambda i: len(parts[i][2].ids),
        )
        probs: dict[int, np.ndarray] = {}
        for batch in _batches([len(parts[i][2].ids) + 2 for i in short], BATCH_TOKENS):
            rows = [short[k] for k in batch]
            logits = model.forward_batch([[model.cls, *parts[i][2].ids, model.sep] for i in rows])
            for row, i in zip(logits, rows, strict=True):
                probs[i] = self._type_probs(row[1 : len(parts[i][2].ids) + 1])
        results: list[RecognizerResult] = []
        for i, (start, end, tokens) in enumerate(parts):
            p = probs[i] if i in probs else self._windowed_probs(tokens.ids, tokens.word_ids)
            chunk = text[start:end]
            for r in self._spans(chunk, self._words(p, tokens.offsets, tokens.word_ids), wanted):
                results.append(RecognizerResult(r.entity_type, r.start + start, r.end + start, r.score))
        return results

    def _spans(
        self, text: str, words: list[_Word], wanted: set[str] | frozenset[str]
    ) -> list[RecognizerResult]:
        # A hyphen or apostrophe read as no entity does not part a name's words ("Jean-Pierre").
        words = [w for w in words if w.entity is not None or text[w.start : w.end] not in _INNER]
        results: list[RecognizerResult] = []
        run: list[_Word] = []
        for word in [*words, _Word(len(text), len(text), None, 0.0)]:
            # Adjacent words of one type are one entity ("Anders" GIVEN_NAME + "Skov" SURNAME: one
            # PERSON) when only spaces or a hyphen or apostrophe inside the name separate them.
            if run and word.entity == run[-1].entity and _joins(text[run[-1].end : word.start]):
                run.append(word)
                continue
            if run and run[0].entity in wanted:
                score = float(np.mean([w.score for w in run]))
                results.append(RecognizerResult(str(run[0].entity), run[0].start, run[-1].end, score))
            run = [word] if word.entity is not None else []
        return results

    def _pieces_read(
        self, text: str, start: int, encoding: Tokens, max_tokens: int
    ) -> list[tuple[int, int, Tokens]]:
        """``_pieces`` of a range with their tokens: the range's own, sliced, where a piece begins
        and ends between words (the tokenizer reads each word on its own: BERT's pre-tokenizer
        splits at spaces and punctuation), so only a piece cut inside a long word is read again."""
        word_ids = encoding.word_ids
        pieces: list[tuple[int, int, Tokens]] = []
        for a, b in _pieces(text, start, encoding, max_tokens):
            lo, hi = start + encoding.offsets[a][0], start + encoding.offsets[b - 1][1]
            between_words = _word_start(word_ids, a, 0) == a and (
                b == len(word_ids) or _word_start(word_ids, b, 0) == b
            )
            tokens = (
                _Slice.of(encoding, a, b, lo - start)
                if between_words
                else self._model.tokenizer.encode(text[lo:hi], add_special_tokens=False)
            )
            pieces.append((lo, hi, tokens))
        return pieces

    def _type_probs(self, logits: np.ndarray) -> np.ndarray:
        """Per token: the probability of each of our types (its B- and I- labels summed), then of none."""
        shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
        p = shifted / shifted.sum(axis=-1, keepdims=True)
        by_type = np.zeros((len(p), len(self._types) + 1), dtype=np.float32)
        np.add.at(by_type.T, self._column_type, p.T)  # column -1 (the last) collects "O"
        return by_type

    def _windowed_probs(self, ids: Sequence[int], word_ids: Sequence[int | None]) -> np.ndarray:
        model = self._model
        probs = np.zeros((len(ids), len(self._types) + 1), dtype=np.float32)
        for a, b, keep_a, keep_b in _windows(word_ids, model.window, model.overlap):
            by_type = self._type_probs(model.forward_batch([[model.cls, *ids[a:b], model.sep]])[0][1:-1])
            probs[keep_a:keep_b] = by_type[keep_a - a : keep_b - a]
        return probs

    def _words(
        self, probs: np.ndarray, offsets: Sequence[tuple[int, int]], word_ids: Sequence[int | None]
    ) -> list[_Word]:
        """Each word of the tokenizer's pre-tokenisation with its type: the sub-word pieces' type
        probabilities are averaged, so a name is never cut inside a word."""
        words: list[_Word] = []
        i = 0
        while i < len(offsets):
            j = i + 1
            while j < len(offsets) and word_ids[j] is not None and word_ids[j] == word_ids[i]:
                j += 1
            start, end = offsets[i][0], offsets[j - 1][1]
            if end > start:
                mean = probs[i:j].mean(axis=0)
                best = int(mean.argmax())
                entity = (
                    self._types[best] if best < len(self._types) and mean[best] >= self.threshold else None
                )
                words.append(_Word(start, end, entity, float(mean[best])))
            i = j
        return words


_INNER = ("-", "'", "’")


def _batches(lengths: Sequence[int], budget: int) -> list[list[int]]:
    """Consecutive indices of ``lengths`` (ascending) grouped so that each group, padded to its
    longest row, holds at most ``budget`` tokens (a row longer than that alone), at the least cost:
    a pass's fixed cost (PASS_TOKENS) against the padding that joining rows of unlike lengths reads
    (rows of 4 and 34 tokens cost less apart, 60 padded tokens, than together)."""
    n = len(lengths)
    cost = [0.0] + [float("inf")] * n
    cut = [0] * (n + 1)
    for j in range(1, n + 1):
        width = lengths[j - 1]  # ascending: the group's last row is its longest
        for i in range(j - 1, max(-1, j - 1 - _MAX_ROWS), -1):
            rows = j - i
            if rows > 1 and rows * width > budget:
                break
            c = cost[i] + PASS_TOKENS + rows * width
            if c < cost[j]:
                cost[j], cut[j] = c, i
    batches: list[list[int]] = []
    j = n
    while j > 0:
        batches.append(list(range(cut[j], j)))
        j = cut[j]
    return batches[::-1]


class Tokens(Protocol):
    """What is read of a tokenizer's ``Encoding``: ids, character offsets, and word of each token."""

    @property
    def ids(self) -> Sequence[int]: ...
    @property
    def offsets(self) -> Sequence[tuple[int, int]]: ...
    @property
    def word_ids(self) -> Sequence[int | None]: ...


@dataclass(frozen=True, slots=True)
class _Slice:
    """Tokens ``[a, b)`` of an encoding, their offsets counted from the slice's first character."""

    ids: Sequence[int]
    offsets: Sequence[tuple[int, int]]
    word_ids: Sequence[int | None]

    @classmethod
    def of(cls, encoding: Tokens, a: int, b: int, shift: int) -> _Slice:
        offsets = [(s - shift, e - shift) for s, e in encoding.offsets[a:b]]
        return cls(encoding.ids[a:b], offsets, encoding.word_ids[a:b])


def _pieces(text: str, start: int, encoding: Tokens, max_tokens: int) -> list[tuple[int, int]]:
    """A range too long for the token budget as token ranges ``[a, b)`` of its ``encoding`` that fit
    it: its lines, and a line still too long in runs of at most half the budget cut at a word's
    start. Whole, such a range could never be read (a record of many short lines merges into one
    range); in pieces, the budget reads its likeliest lines."""
    offsets, word_ids = encoding.offsets, encoding.word_ids
    limit = max(1, max_tokens // 2)
    pieces: list[tuple[int, int]] = []
    a = 0
    for i in range(1, len(offsets) + 1):
        at_end = i == len(offsets)
        new_line = not at_end and "\n" in text[start + offsets[i - 1][1] : start + offsets[i][0]]
        full = not at_end and i - a >= limit and _word_start(word_ids, i, a + 1) == i
        overlong = i - a >= limit + 8  # a word of many pieces: cut inside it rather than never
        if at_end or new_line or full or overlong:
            pieces.append((a, i))
            a = i
    return pieces


def _joins(gap: str) -> bool:
    return gap.strip() == "" or gap in _INNER


def _windows(word_ids: Sequence[int | None], size: int, overlap: int) -> list[tuple[int, int, int, int]]:
    """Token windows ``(a, b, keep_a, keep_b)``: the model reads ``[a, b)`` and its reading is kept
    for ``[keep_a, keep_b)``. Consecutive windows overlap by about ``overlap`` tokens and hand over
    in the middle of the overlap, at a word's start, so every word is read by one window and
    with context on both sides wherever the text has it."""
    n = len(word_ids)
    spans: list[tuple[int, int]] = []
    a = 0
    while True:
        b = min(a + size, n)
        spans.append((a, b))
        if b == n:
            break
        nxt = _word_start(word_ids, b - overlap, a + 1)
        a = nxt
    out: list[tuple[int, int, int, int]] = []
    keep_a = 0
    for k, (a, b) in enumerate(spans):
        if k + 1 < len(spans):
            next_a = spans[k + 1][0]
            keep_b = _word_start(word_ids, (next_a + b) // 2, next_a)
        else:
            keep_b = n
        out.append((a, b, keep_a, keep_b))
        keep_a = keep_b
    return out


def _word_start(word_ids: Sequence[int | None], i: int, floor: int) -> int:
    """``i`` moved back to the first piece of its word, but not below ``floor``."""
    while i > floor and word_ids[i] is not None and word_ids[i] == word_ids[i - 1]:
        i -= 1
    return i


def model_folder(model_path: str | None) -> str | None:
    """The folder a policy's ``onnx_ner_model_path`` names: ``auto`` is RAMPART_DIR where a model
    file is there, else None (logged once: a gateway without it finds fewer names)."""
    if model_path != AUTO:
        return model_path
    if any((RAMPART_DIR / name).is_file() for name in MODEL_FILES):
        return str(RAMPART_DIR)
    _warn_missing()
    return None


@functools.cache
def _warn_missing() -> None:
    log.warning(
        "pii.onnx_ner_model_path is 'auto' but Rampart is not installed at %s: person names come from "
        "the name rules and spaCy alone, which find fewer (docs/guard.md; sh deploy/install-rampart.sh)",
        RAMPART_DIR,
    )


@functools.lru_cache(maxsize=4)
def shared_onnx_ner(
    model_path: str, labels: tuple[tuple[str, str], ...], threshold: float
) -> OnnxNerRecognizer:
    """One loaded model per folder, labels and threshold, shared by every policy that names it
    (the folder is an operator field; labels and threshold come from the same configuration)."""
    return OnnxNerRecognizer(model_path, dict(labels), threshold)
