"""Train the character n-gram name model (``name_model.py``); reproducible, one CPU minute.

    pip download --no-deps wordfreq==3.1.1 -d /tmp/w
    python -m guard.pii.train_name_model --wordfreq-wheel /tmp/w/wordfreq-3.1.1-py3-none-any.whl

Positives: the first names and surnames of Faker's person providers (the installed Faker, MIT) for
the locales below, and this repository's name lists. Negatives: the most frequent words of each
language in wordfreq's "small" lists (code Apache-2.0, data CC-BY-SA 4.0: used to fit weights, not
shipped), and Faker's city, country and street-name lists (places must not read as people). A
spelling found on both sides is dropped: the model only has to learn what names look like, and
the exact lists decide the ambiguous words at run time. mimesis, which generates the independent
evaluation sets, is never read.

Logistic regression with L2 over the hashed features, full-batch Adam, 300 steps; a tenth of the
words (by hash) is held out and its accuracy printed. Writes ``name_data/name_model.npy``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib
import zipfile
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from pathlib import Path

import numpy as np

from guard.pii import name_model

DATA = name_model.WEIGHTS.parent

FAKER_LOCALES = (
    "en_US",
    "en_GB",
    "en_IE",
    "en_AU",
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_FR",
    "fr_CH",
    "tr_TR",
    "fi_FI",
    "sv_SE",
    "no_NO",
    "da_DK",
    "nl_NL",
    "pl_PL",
    "it_IT",
    "es_ES",
    "pt_PT",
    "pt_BR",
    "cs_CZ",
    "et_EE",
    "lv_LV",
    "lt_LT",
    "hu_HU",
    "ro_RO",
    "sk_SK",
    "sl_SI",
    "hr_HR",
    "ru_RU",
    "uk_UA",
    "el_GR",
)
WORDFREQ_LANGUAGES = ("en", "tr", "de", "fr", "fi", "sv", "nb", "da", "nl", "pl", "it", "es", "pt")
WORDS_PER_LANGUAGE = 25_000
_PERSON_FIELDS = ("first_names", "first_names_male", "first_names_female", "last_names")
_PLACE_FIELDS = ("cities", "city_names", "countries", "states", "provinces", "street_names", "districts")


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, dict):
        value = list(value)
    if isinstance(value, (list, tuple)):
        for v in value:
            if isinstance(v, str):
                yield v


def _single_words(values: Iterable[str]) -> set[str]:
    out = set()
    for v in values:
        for part in v.replace("-", " ").split():
            if part.isalpha() and len(part) > 1:
                out.add(name_model.normalise(part))
    return out


def faker_lists() -> tuple[set[str], set[str], set[str]]:
    """First names, surnames and place words of Faker's locales."""
    firsts: set[str] = set()
    lasts: set[str] = set()
    places: set[str] = set()
    for locale in FAKER_LOCALES:
        for kind in ("person", "address"):
            try:
                provider = importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
            except ModuleNotFoundError:
                continue
            fields = _PERSON_FIELDS if kind == "person" else _PLACE_FIELDS
            for field in fields:
                target = places if kind == "address" else lasts if field == "last_names" else firsts
                target |= _single_words(_strings(getattr(provider, field, ())))
    return firsts, lasts, places


def wordfreq_words(wheel: Path) -> set[str]:
    try:
        from srsly import msgpack_loads  # spaCy's serialisation library bundles msgpack
    except ModuleNotFoundError:  # pragma: no cover - a bare training environment
        from msgpack import unpackb as msgpack_loads

    words: set[str] = set()
    with zipfile.ZipFile(wheel) as zf:
        for lang in WORDFREQ_LANGUAGES:
            data = msgpack_loads(gzip.decompress(zf.read(f"wordfreq/data/small_{lang}.msgpack.gz")))
            # A header, then buckets of words of equal frequency, most frequent first.
            taken = 0
            for bucket in data[1:]:
                for w in bucket:
                    if isinstance(w, str) and w.isalpha() and len(w) > 1:
                        words.add(name_model.normalise(w))
                        taken += 1
                if taken >= WORDS_PER_LANGUAGE:
                    break
    return words


def _held_out(word: str) -> bool:
    return hashlib.sha256(word.encode()).digest()[0] < 26  # about a tenth


def train(
    firsts: set[str], lasts: set[str], words: set[str], steps: int = 300, l2: float = 1e-5
) -> np.ndarray:
    # A first name that is also a frequent word ("Pekka", "Maria" in wordfreq's lists) stays a name;
    # a surname that is also a word ("Card", "Young") is dropped: it teaches nothing either way.
    positives = firsts | (lasts - words)
    negatives = words - firsts - lasts
    data = [(w, 1.0) for w in sorted(positives)] + [(w, 0.0) for w in sorted(negatives)]
    train_set = [d for d in data if not _held_out(d[0])]
    test_set = [d for d in data if _held_out(d[0])]
    print(f"positives {len(positives)}, negatives {len(negatives)}, dropped {len((lasts & words) - firsts)}")
    w = fit_hashed_logistic(
        [name_model.features(word) for word, _ in train_set],
        np.array([label for _, label in train_set]),
        name_model.BUCKETS,
        steps=steps,
        l2=l2,
        progress=lambda step, w: print(f"step {step}: held-out {_accuracy(w, test_set)}"),
    )
    return w.astype(np.float16)


def fit_hashed_logistic(
    features: Sequence[Sequence[int]],
    y: np.ndarray,
    buckets: int,
    *,
    steps: int,
    l2: float,
    progress: Callable[[int, np.ndarray], None] | None = None,
) -> np.ndarray:
    """Logistic regression over hashed binary features (`features[i]`: the buckets of example i,
    labelled `y[i]`), the two classes weighing the same in the loss."""
    rows = np.repeat(np.arange(len(features)), [len(f) for f in features])
    cols = np.fromiter(chain.from_iterable(features), dtype=np.int64, count=len(rows))
    sample_weight = np.where(y == 1.0, 0.5 / y.mean(), 0.5 / (1 - y.mean())) / len(y)
    w = np.zeros(buckets)
    m, v = np.zeros_like(w), np.zeros_like(w)
    # Full-batch Adam: a few hundred vectorised steps instead of a Python loop over the examples.
    for step in range(1, steps + 1):
        z = np.bincount(rows, weights=w[cols], minlength=len(y))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad = np.bincount(cols, weights=((p - y) * sample_weight)[rows], minlength=len(w)) + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        if progress is not None and step % 50 == 0:
            progress(step, w)
    return w


def _accuracy(w: np.ndarray, rows: list[tuple[str, float]]) -> str:
    """Held-out recall of names and of words (the share of each side scored on its side)."""
    hits = {1.0: [0, 0], 0.0: [0, 0]}
    for word, y in rows:
        z = w[name_model.features(word)].sum()
        hits[y][0] += (z > 0) == (y == 1.0)
        hits[y][1] += 1
    return f"names {hits[1.0][0] / hits[1.0][1]:.4f}, words {hits[0.0][0] / hits[0.0][1]:.4f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--wordfreq-wheel", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=name_model.WEIGHTS)
    args = parser.parse_args()
    firsts, lasts, places = faker_lists()
    for listed, target in (("first_names.txt", firsts), ("surnames.txt", lasts)):
        lines = (DATA / listed).read_text(encoding="utf-8").splitlines()
        target |= _single_words(line for line in lines if line and not line.startswith("#"))
    words = wordfreq_words(args.wordfreq_wheel) | places
    weights = train(firsts, lasts, words)
    np.save(args.out, weights)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
