"""Build ``name_data/common_words.txt`` and ``less_common_words.txt``: frequent words that are no
listed name.

    pip download --no-deps wordfreq==3.1.1 -d /tmp/w
    python -m guard.pii.build_words --wordfreq-wheel /tmp/w/wordfreq-3.1.1-py3-none-any.whl

The NER models read capitalised everyday words of a form or a header as people ("Sorumlu:",
"İlgi:", "| Ad Soyad | Birim | Başlangıç |", "Risk Yönetimi"), and the character model, trained on
such words as negatives, still scores many short Turkish ones above its floors. A span of frequent
words only is seldom a name; one that is a listed name ("Umut", "Deniz", "Rose") is kept by the
name lists. Source (``SOURCES.md``): the WORDS_PER_LANGUAGE most frequent alphabetic words of at
least MIN_LETTERS letters of wordfreq's "small" lists (data CC-BY-SA 4.0) for English, Turkish,
German and French, folded as the name lists are (``names.fold``), less every listed first name and
surname. ``less_common_words.txt`` holds the words ranked after those, up to LESS_COMMON_PER_LANGUAGE
("Temsilci", "Cerrahi", "Tedarik", "Norwegian"): rarer words, among which more unlisted names stand
("Cahit", "Esat", "Halit"), so a span of them needs the character model's stronger doubt
(``ner_filters.ordinary_words``). ``turkish_name_words.txt`` holds the WORDS_PER_LANGUAGE most
frequent Turkish words that are listed names ("şube", "lise", "hediye"): where a vowel ends one before
the possessive's "s", a name's place never holds it, so "Şubesi" after a name heads a thing's name
(``turkish_compounds.possessive_stem``), whatever else the bare word may be. Only the folded spellings
are written, one a line, without their frequencies.
"""

from __future__ import annotations

import argparse
import gzip
import zipfile
from pathlib import Path

from guard.pii import names

LANGUAGES = ("en", "tr", "de", "fr")
WORDS_PER_LANGUAGE = 5_000
LESS_COMMON_PER_LANGUAGE = 20_000
MIN_LETTERS = 3


def frequent_words(wheel: Path, language: str, count: int) -> list[str]:
    """The ``count`` most frequent alphabetic words of ``language``, most frequent first."""
    from srsly import msgpack_loads  # spaCy's serialisation library bundles msgpack

    with zipfile.ZipFile(wheel) as zf:
        data = msgpack_loads(gzip.decompress(zf.read(f"wordfreq/data/small_{language}.msgpack.gz")))
    words: list[str] = []
    for bucket in data[1:]:  # a header, then buckets of words of equal frequency
        words += [w for w in bucket if isinstance(w, str) and w.isalpha() and len(w) >= MIN_LETTERS]
        if len(words) >= count:
            break
    return words[:count]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wordfreq-wheel", type=Path, required=True)
    args = parser.parse_args()
    listed = names.first_names() | names.surnames()
    ranked = {lang: frequent_words(args.wordfreq_wheel, lang, LESS_COMMON_PER_LANGUAGE) for lang in LANGUAGES}
    common = {names.fold(w) for words in ranked.values() for w in words[:WORDS_PER_LANGUAGE]} - listed
    less_common = {names.fold(w) for words in ranked.values() for w in words} - common - listed
    turkish_names = {names.fold(w) for w in ranked["tr"][:WORDS_PER_LANGUAGE]} & listed
    written = (
        ("common_words.txt", common),
        ("less_common_words.txt", less_common),
        ("turkish_name_words.txt", turkish_names),
    )
    for name, keys in written:
        out = names.DATA / name
        out.write_text("\n".join(sorted(keys)) + "\n", encoding="utf-8")
        print(f"wrote {out}: {len(keys)} words")


if __name__ == "__main__":
    main()
