"""Undo the tricks that hide an injection from rules and classifiers.

The scanners look at normalised copies; the text that goes on to the model is never altered here.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass

# Zero-width, bidi and other format characters that render as nothing.
_INVISIBLE = re.compile(
    r"[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
# Unicode tag characters (U+E0000..U+E007F) mirror ASCII invisibly: "ASCII smuggling".
_TAGS = re.compile(r"[\U000e0000-\U000e007f]+")

# Cyrillic and Greek letters that look like Latin ones (from Unicode's confusables.txt); NFKC
# already folds full-width and mathematical alphanumerics, but not other scripts.
_HOMOGLYPHS = str.maketrans(
    "АВЕКМНОРСТХаеорсухіјѕԁԛԝһӏℓΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοριντυχ",
    "ABEKMHOPCTXaeopcyxijsdqwhlIABEZHIKMNOPTYXaopivtux",
)

# A word with at least one basic Latin letter: the only kind whose look-alike letters are folded.
_MIXED_WORD = re.compile(r"\w*[A-Za-z]\w*")
_BASE64_RUN = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
_HEX_RUN = re.compile(r"\b(?:[0-9a-fA-F]{2}[\s:]?){8,}\b")
_URL_ESCAPES = re.compile(r"(?:%[0-9a-fA-F]{2}){4,}")
_ROT13_HINT = re.compile(r"(?i)\brot[\s-]?13\b|\bcaesar\b|\bvtaber\b|\bcerivbhf\b|\bvafgehpgvbaf\b")


@dataclass(frozen=True)
class Normalised:
    text: str
    # Decoded payloads found inside the text, each scanned on its own.
    payloads: tuple[str, ...]
    invisible_chars: int
    homoglyphs: int


def _printable_ratio(text: str) -> float:
    if not text:
        return 0.0
    good = sum(1 for c in text if c.isprintable() or c in "\n\t")
    return good / len(text)


def _as_text(raw: bytes) -> str | None:
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    letters = sum(c.isalpha() for c in decoded)
    if _printable_ratio(decoded) < 0.95 or letters < len(decoded) * 0.5:
        return None
    return decoded


def _decode_base64(run: str) -> str | None:
    padded = run + "=" * (-len(run) % 4)
    try:
        raw = base64.b64decode(padded, altchars=b"-_" if ("-" in run or "_" in run) else None, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _as_text(raw)


def _decode_hex(run: str) -> str | None:
    try:
        raw = bytes.fromhex(re.sub(r"[\s:]", "", run))
    except ValueError:
        return None
    return _as_text(raw)


def basic_normalise(text: str) -> tuple[str, int, int]:
    """NFKC, invisible characters out (tag characters decoded), homoglyphs folded."""
    text = _TAGS.sub(lambda m: "".join(chr(ord(c) - 0xE0000) for c in m.group(0)), text)
    text = unicodedata.normalize("NFKC", text)
    invisible = len(_INVISIBLE.findall(text))
    text = _INVISIBLE.sub("", text)
    # Only words that mix scripts are disguised Latin ("іgnоrе"); a Russian or Greek word written
    # wholly in its own script is left alone, or the Russian rules would never see Russian.
    folded = _MIXED_WORD.sub(lambda m: m.group(0).translate(_HOMOGLYPHS), text)
    homoglyphs = sum(1 for a, b in zip(text, folded, strict=True) if a != b)
    return folded, invisible, homoglyphs


def normalise(text: str, max_depth: int = 2) -> Normalised:
    """Normalise ``text`` and decode base64/hex/URL/rot13 payloads, recursively up to ``max_depth``."""
    raw_tags = len(_TAGS.findall(text))
    clean, invisible, homoglyphs = basic_normalise(text)
    payloads: list[str] = []
    frontier = [clean]
    for _ in range(max_depth):
        found: list[str] = []
        for source in frontier:
            found.extend(p for p in (_decode_base64(m.group(0)) for m in _BASE64_RUN.finditer(source)) if p)
            found.extend(p for p in (_decode_hex(m.group(0)) for m in _HEX_RUN.finditer(source)) if p)
            found.extend(urllib.parse.unquote(m.group(0)) for m in _URL_ESCAPES.finditer(source))
            if _ROT13_HINT.search(source):
                found.append(codecs.decode(source, "rot13"))
        found = [basic_normalise(p)[0] for p in found if p not in payloads]
        if not found:
            break
        payloads.extend(found)
        frontier = found
    return Normalised(clean, tuple(payloads), invisible + raw_tags, homoglyphs)
