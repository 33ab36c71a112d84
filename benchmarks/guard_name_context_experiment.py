"""Issue #20, sixth pass: does a sentence-context name model trained on open annotated text help?

    pip download --no-deps turkish-treebanks==1.0.0 -d /tmp/w
    .venv/bin/python benchmarks/guard_name_context_experiment.py \\
        --treebank-wheel /tmp/w/turkish_treebanks-1.0.0-py3-none-any.whl [--with-common] \\
        --weight 1.0 [--low-only] -- benchmarks/guard_pii_independent.py --mimesis-wheel ... --split devsets

An experiment, not product code: it trains the model in this process (about 10 s), adds its score
to ``name_cues.context_score`` by wrapping that function, and then runs the benchmark script named
after ``--`` with its own arguments (``guard_pii_independent.py``, ``guard_pii_real_prompts.py``).
``docs/guard.md`` ("Sixth pass on #20") has the figures; the model did not help and is not shipped.

**The model.** A logistic regression over hashed features of a capitalised run's *context* only,
never its letters: the two words before and after it (lower-cased; a capitalised neighbour as
``<Cap>``, a sentence boundary as ``<s>``/``</s>``), the punctuation between them, a Turkish case
suffix after an apostrophe (by archiphoneme: "'ya" and "'ye" are one), the run's length, and pairs
of these. 2**14 buckets.

**The data.** The only openly licensed annotated text found on PyPI with a proper-noun mark is the
Turkish Web Treebank (``turkish-treebanks`` 1.0.0, Google, Apache-2.0: 4,851 sentences of forums,
blogs and Wikipedia, each token marked ``Proper=True/False``). It does not say which proper nouns
are people, so a run (cut as ``name_cues`` cuts it) is labelled with this repository's lists, none
of them an evaluation source: a person when it is a proper noun whose first word is a listed given
name or last word a listed surname, and neither a listed place nor a people, faith or institution
word; not a person when it is a proper noun that is a listed place or such a word, or (with
``--with-common``) a capitalised word that is no proper noun; any other proper noun is left out.

**The use.** ``--weight W`` adds ``W * clip(logit, -2, 2)`` to the context score; ``--low-only``
adds only a positive logit and only where the character model finds the run's spelling a word
(probability < 0.5), the case of "Lukrécia" and "Immaculata".
"""

from __future__ import annotations

import argparse
import hashlib
import re
import runpy
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from guard.pii import name_cues as c  # noqa: E402  (after the path)
from guard.pii import names as n  # noqa: E402
from guard.pii.train_name_model import fit_hashed_logistic  # noqa: E402

BUCKETS = 1 << 14
TREEBANK_FILES = ("data/web.conllu", "data/wiki.conllu")
CLIP = 2.0
LOW = 0.5  # name_cues' _P_MID: below it the spelling does not speak for a name
_SENTENCE_END = frozenset(".!?:;\n")
_APOSTROPHES = "'’"
# Turkish suffixes differ by vowel harmony and consonant assimilation: "'a"/"'e", "'da"/"'te" are one.
_ARCHIPHONEMES = str.maketrans(
    {"a": "A", "e": "A", "ı": "I", "i": "I", "u": "I", "ü": "I", "d": "D", "t": "D"}
)
_SUFFIX = re.compile(r"[a-zçğıöşü]{1,6}")

Row = tuple[str, list[str], float]


def _gap(text: str, start: int, end: int) -> str:
    """The punctuation between two words ("", ",", ":", "("): spaces, letters and apostrophes dropped."""
    gap = text[start:end]
    marks = "".join(ch for ch in gap if not (ch.isspace() or ch.isalpha() or ch in _APOSTROPHES))
    return marks[:2] + ("\n" if "\n" in gap else "")


def _suffix(text: str, end: int) -> str:
    if end < len(text) and text[end] in _APOSTROPHES:
        m = _SUFFIX.match(text, end + 1)
        if m:
            return m.group(0).translate(_ARCHIPHONEMES)
    return ""


def _side(text: str, tokens: list[n.Token], k: int, step: int, edge: int, boundary: str) -> list[str]:
    """Up to two neighbours of a run, walking from token ``k`` by ``step``; "g/h" features are gaps."""
    out: list[str] = []
    feats: list[str] = []
    while 0 <= k < len(tokens) and len(out) < 2:
        lo, hi = (tokens[k].end, edge) if step < 0 else (edge, tokens[k].start)
        gap = _gap(text, lo, hi)
        if any(ch in _SENTENCE_END for ch in gap):
            break
        out.append("<Cap>" if tokens[k].capitalised else tokens[k].key)
        if gap:
            feats.append(f"{'g' if step < 0 else 'h'}{len(out)}={gap}")
        edge = tokens[k].start if step < 0 else tokens[k].end
        k += step
    if len(out) < 2:
        out.append(boundary)
    return out + feats


def feature_names(text: str, tokens: list[n.Token], i: int, end: int) -> list[str]:
    """The context features of the run ``tokens[i:end]``; none reads the run's own letters."""
    left = _side(text, tokens, i - 1, -1, tokens[i].start, "<s>")
    right = _side(text, tokens, end, 1, tokens[end - 1].end, "</s>")
    before = [w for w in left if "=" not in w]
    after = [w for w in right if "=" not in w]
    suffix = _suffix(text, tokens[end - 1].end)
    p1, n1 = before[0], after[0]
    feats = [f"len={min(end - i, 3)}", f"suf={suffix}", f"p1n1={p1}|{n1}", f"p1suf={p1}|{suffix}"]
    feats += [f"n1suf={n1}|{suffix}"] + [w for w in left + right if "=" in w]
    feats += [f"p{k}={w}" for k, w in enumerate(before, 1)] + [f"n{k}={w}" for k, w in enumerate(after, 1)]
    if len(before) > 1:
        feats.append(f"p2p1={before[1]}|{p1}")
    if len(after) > 1:
        feats.append(f"n1n2={n1}|{after[1]}")
    return feats


def hashed(names: list[str]) -> list[int]:
    return [zlib.crc32(f.encode()) % (BUCKETS - 1) for f in names] + [BUCKETS - 1]


def sentences(wheel: Path) -> Iterator[tuple[str, list[tuple[str, bool]]]]:
    """(text, [(surface word, proper noun?)]) per treebank sentence; a word's pieces joined."""
    with zipfile.ZipFile(wheel) as zf:
        for name in TREEBANK_FILES:
            words: list[tuple[str, bool]] = []
            text, piece, proper = "", "", False
            for line in [*zf.read(name).decode("utf-8").splitlines(), ""]:
                if line.startswith("# text = "):
                    text = line[len("# text = ") :]
                elif not line.strip():
                    if text and words:
                        yield text, words
                    text, words, piece, proper = "", [], "", False
                elif not line.startswith("#"):
                    cols = line.split("\t")
                    if len(cols) != 10 or "-" in cols[0]:
                        continue
                    piece += cols[1]
                    proper = proper or "Proper=True" in cols[5]
                    if "SpaceAfter=No" not in cols[9] or not cols[1].isalnum():
                        words.append((piece, proper))
                        piece, proper = "", False


def _proper_spans(text: str, words: list[tuple[str, bool]]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for surface, proper in words:
        at = text.find(surface, pos)
        if at < 0:
            continue
        pos = at + len(surface)
        if proper:
            spans.append((at, pos))
    return spans


def examples(wheel: Path, with_common: bool) -> Iterator[Row]:
    """(sentence, context features, label) per labelled capitalised run."""
    not_person = c.NOT_A_PERSON_KEYS | n.NOT_NAME_KEYS
    for text, words in sentences(wheel):
        proper_spans = _proper_spans(text, words)
        tokens = n.prompt_tokens(text)
        i = 0
        while i < len(tokens):
            if not tokens[i].capitalised or not c._candidate(tokens[i]):
                i += 1
                continue
            end = n.extend_name(text, tokens, i, 3)
            run = tokens[i:end]
            proper = any(s < run[-1].end and run[0].start < e for s, e in proper_spans)
            label: float | None = None
            if not proper:
                label = 0.0 if with_common else None
            elif c.place_run(text, run) or any(t.key in not_person for t in run):
                label = 0.0
            elif n.is_first(run[0]) or n.is_surname(run[-1]):
                label = 1.0
            if label is not None:
                yield text, feature_names(text, tokens, i, end), label
            i = end


def _held_out(text: str) -> bool:
    return hashlib.sha256(text.encode()).digest()[0] < 26  # about a tenth of the sentences


def train(rows: list[Row], steps: int = 300, l2: float = 1e-4) -> np.ndarray:
    """Logistic regression, classes balanced (``train_name_model.fit_hashed_logistic``)."""
    train_set = [r for r in rows if not _held_out(r[0])]
    test_set = [r for r in rows if _held_out(r[0])]
    persons = sum(1 for r in rows if r[2] == 1.0)
    print(f"runs {len(rows)}: persons {persons}, others {len(rows) - persons}")
    w = fit_hashed_logistic(
        [hashed(feats) for _, feats, _ in train_set],
        np.array([label for _, _, label in train_set]),
        BUCKETS,
        steps=steps,
        l2=l2,
    )
    hits = {1.0: [0, 0], 0.0: [0, 0]}
    for _, feats, label in test_set:
        hits[label][0] += (w[hashed(feats)].sum() > 0) == (label == 1.0)
        hits[label][1] += 1
    print(f"held-out sentences: persons {hits[1.0][0]}/{hits[1.0][1]}, others {hits[0.0][0]}/{hits[0.0][1]}")
    return w.astype(np.float32)


def with_context(weights: np.ndarray, weight: float, low_only: bool) -> Callable[..., float]:
    """``name_cues.context_score`` plus the context model's log-odds."""
    base = c.context_score

    def score(text: str, tokens: list[n.Token], i: int, end: int, place: bool) -> float:
        total = base(text, tokens, i, end, place)
        if total == 0.0 or (low_only and c.name_likelihood(tokens[i:end]) >= LOW):
            return total  # 0.0: a street, a firm or a proper noun's tail, decided before any weighing
        z = float(weights[hashed(feature_names(text, tokens, i, end))].sum())
        return total + weight * max(0.0 if low_only else -CLIP, min(CLIP, z))

    return score


def main() -> None:
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--treebank-wheel", type=Path, required=True)
    parser.add_argument("--with-common", action="store_true", help="capitalised common words as negatives")
    parser.add_argument("--weight", type=float, default=1.0, help="0: the benchmark without the model")
    parser.add_argument("--low-only", action="store_true")
    args = parser.parse_args(argv[:cut])
    bench = argv[cut + 1 :]
    weights = train(list(examples(args.treebank_wheel, args.with_common)))
    if args.weight:
        c.context_score = with_context(weights, args.weight, args.low_only)  # type: ignore[assignment]
    if bench:
        sys.argv = bench
        sys.path.insert(0, str(Path(bench[0]).resolve().parent))
        runpy.run_path(bench[0], run_name="__main__")


if __name__ == "__main__":
    main()
