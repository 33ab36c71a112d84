"""Training rows that are also in an evaluation set, known by a digest of their folded text.

Several packages copy the same public prompts, so a training corpus can hold texts of a set kept for
evaluation (deepset's, spikee's, a held-out package's). Training leaves those rows out by their
digests, listed in ``data/evaluation_overlap.txt``; ``benchmarks/guard_injection.py --corpora-dir``
rebuilds the list from the evaluation sets themselves (``--write-overlap``) and says how many
overlapping rows it lacks, so training never needs the evaluation wheels.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

OVERLAP_FILE = Path(__file__).resolve().parent.parent / "data" / "evaluation_overlap.txt"
# Copies differ in case, punctuation and spacing, and long ones in what follows their opening.
PREFIX = 80
_NOT_WORD = re.compile(r"\W+")


def fold(text: str) -> str:
    return _NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def digest(text: str) -> str:
    return hashlib.sha256(fold(text).encode("utf-8")).hexdigest()[:16]


def overlapping(candidates: Iterable[str], evaluation: Iterable[str]) -> set[str]:
    """Digests of the candidates whose folded text, or its first PREFIX characters, an evaluation
    text shares."""
    whole: set[str] = set()
    opening: set[str] = set()
    for text in evaluation:
        folded = fold(text)
        whole.add(folded)
        if len(folded) >= PREFIX:
            opening.add(folded[:PREFIX])
    return {
        digest(text)
        for text in candidates
        if (folded := fold(text)) in whole or (len(folded) >= PREFIX and folded[:PREFIX] in opening)
    }


def read_overlap(path: Path = OVERLAP_FILE) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def write_overlap(digests: set[str], path: Path = OVERLAP_FILE) -> None:
    header = "# Digests (guard.injection_model.corpora.overlap.digest) of training rows left out\n"
    path.write_text(header + "".join(f"{d}\n" for d in sorted(digests)), encoding="utf-8")
