"""The near-miss gate: embeddings put "how do I enable X" next to "how do I disable X", and "a
transfer of 500 EUR" next to "a transfer of 5000 EUR". Before a semantic hit is served, the two
queries must agree on numbers, negation, antonym pairs and proper nouns.

Deliberately lexical and conservative: a refused paraphrase costs one generation, a wrong hit
serves someone else's answer to a different question.
"""

from __future__ import annotations

import re
from collections import Counter as Multiset
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from inference.cache.metrics import GATE_REJECTIONS
from inference.cache.settings import GateSettings

_WORDS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_NUMBER = re.compile(r"(?<![\w.])[-+]?\d[\d,]*(?:\.\d+)?%?")
_NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30",
    "fifty": "50", "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
    "first": "1st", "second": "2nd", "third": "3rd", "half": "0.5", "double": "x2", "twice": "x2",
}  # fmt: skip
_NEGATIONS = {
    "not", "no", "never", "none", "nothing", "nobody", "nowhere", "neither", "nor", "without", "cannot",
    "unable", "except",
}  # fmt: skip

# Pairs whose swap inverts a request. Phrases (two words) are matched as phrases.
ANTONYMS: tuple[tuple[str, str], ...] = (
    ("enable", "disable"), ("allow", "deny"), ("allow", "block"), ("permit", "forbid"),
    ("accept", "reject"), ("approve", "reject"), ("approve", "decline"), ("grant", "revoke"),
    ("add", "remove"), ("add", "delete"), ("create", "delete"), ("insert", "delete"),
    ("include", "exclude"), ("increase", "decrease"), ("raise", "lower"), ("maximum", "minimum"),
    ("max", "min"), ("start", "stop"), ("begin", "end"), ("open", "close"), ("lock", "unlock"),
    ("encrypt", "decrypt"), ("compress", "decompress"), ("install", "uninstall"),
    ("connect", "disconnect"), ("mount", "unmount"), ("subscribe", "unsubscribe"),
    ("follow", "unfollow"), ("block", "unblock"), ("freeze", "unfreeze"), ("hide", "show"),
    ("upload", "download"), ("import", "export"), ("push", "pull"), ("buy", "sell"),
    ("deposit", "withdraw"), ("credit", "debit"), ("inbound", "outbound"), ("incoming", "outgoing"),
    ("before", "after"), ("above", "below"), ("over", "under"), ("more", "less"), ("more", "fewer"),
    ("higher", "lower"), ("larger", "smaller"), ("faster", "slower"), ("first", "last"),
    ("true", "false"), ("valid", "invalid"), ("legal", "illegal"), ("safe", "unsafe"),
    ("public", "private"), ("internal", "external"), ("synchronous", "asynchronous"),
    ("sync", "async"), ("encode", "decode"), ("serialize", "deserialize"), ("login", "logout"),
    ("log in", "log out"), ("sign in", "sign out"), ("turn on", "turn off"), ("switch on", "switch off"),
    ("opt in", "opt out"), ("upgrade", "downgrade"), ("increment", "decrement"), ("ascending", "descending"),
    ("inner", "outer"), ("left", "right"), ("read", "write"), ("input", "output"), ("win", "lose"),
    ("rise", "fall"), ("gain", "loss"), ("profit", "loss"), ("include", "omit"), ("attach", "detach"),
)  # fmt: skip

_TOKEN = re.compile(r"[A-Za-z][\w'-]*|[.!?]")
_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "prof", "st", "mt", "no", "vs", "e.g", "i.e", "inc", "ltd", "corp"}
_NOT_NAMES = {"OK", "Ok", "Hi", "Hello", "Thanks", "Please"}


def _regex_names(text: str) -> list[str]:
    """The fallback proper-noun finder: a capitalised word that does not start a sentence, or any
    word with inner capitals or digits (PostgreSQL, iPhone, S3)."""
    names: list[str] = []
    sentence_start = True
    previous = ""
    for token in _TOKEN.findall(text):
        if token in ".!?":
            sentence_start = token != "." or previous.lower() not in _ABBREVIATIONS
            continue
        inner = any(c.isupper() for c in token[1:]) or any(c.isdigit() for c in token)
        if (
            (inner or (token[0].isupper() and not sentence_start))
            and len(token) > 1
            and token not in _NOT_NAMES
        ):
            names.append(token.split("'")[0])
        sentence_start = False
        previous = token
    return names


def _forms(word: str) -> set[str]:
    """A few English inflections, enough for the verbs and adjectives of the antonym list."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing", word + "r", word + "er"}
    if word.endswith("e"):
        forms |= {word[:-1] + "ing", word[:-1] + "ion", word[:-1] + "ation"}
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word[:-1] + "ial"}
    if word.endswith("t"):
        forms |= {word + "ion"}
    if len(word) > 2 and word[-1] not in "aeiouwy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def _side_matcher(side: str) -> re.Pattern[str]:
    if " " in side:
        head, tail = side.split(" ", 1)
        alternatives = "|".join(sorted((re.escape(f) for f in _forms(head)), key=len, reverse=True))
        return re.compile(rf"\b(?:{alternatives})\s+{re.escape(tail)}\b")
    alternatives = "|".join(sorted((re.escape(f) for f in _forms(side)), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b")


@dataclass(frozen=True)
class GateVerdict:
    accepted: bool
    check: str = ""  # the check that refused: numbers | negation | antonyms | names
    detail: str = ""


ACCEPT = GateVerdict(True)


class NearMissGate:
    """`names`: an optional proper-noun extractor (spaCy or Presidio NER, for instance) that replaces
    the capitalisation heuristic; it returns the names found in a text."""

    def __init__(self, settings: GateSettings, names: Callable[[str], Iterable[str]] | None = None) -> None:
        self.settings = settings
        self._names = names or _regex_names
        pairs = ANTONYMS + tuple(tuple(p) for p in settings.extra_antonyms)  # type: ignore[misc]
        self._pairs = [(a, b, _side_matcher(a), _side_matcher(b)) for a, b in pairs]

    def check(self, query: str, candidate: str) -> GateVerdict:
        if not self.settings.enabled:
            return ACCEPT
        checks: list[tuple[bool, Callable[[str, str], GateVerdict]]] = [
            (self.settings.numbers, self._numbers),
            (self.settings.negation, self._negation),
            (self.settings.antonyms, self._antonyms),
            (self.settings.names, self._proper_nouns),
        ]
        for enabled, run in checks:
            if enabled:
                verdict = run(query, candidate)
                if not verdict.accepted:
                    GATE_REJECTIONS.labels(verdict.check).inc()
                    return verdict
        return ACCEPT

    @staticmethod
    def _numbers(a: str, b: str) -> GateVerdict:
        def numbers(text: str) -> Multiset[str]:
            found = Multiset(n.replace(",", "").lstrip("+") for n in _NUMBER.findall(text))
            found.update(_NUMBER_WORDS[w] for w in _WORDS.findall(text.lower()) if w in _NUMBER_WORDS)
            return found

        na, nb = numbers(a), numbers(b)
        if na != nb:
            return GateVerdict(False, "numbers", f"{sorted(na.elements())} vs {sorted(nb.elements())}")
        return ACCEPT

    @staticmethod
    def _negation(a: str, b: str) -> GateVerdict:
        def negations(text: str) -> int:
            words = _WORDS.findall(text.lower().replace("’", "'"))
            return sum(1 for w in words if w in _NEGATIONS or w.endswith("n't"))

        na, nb = negations(a), negations(b)
        if (na % 2) != (nb % 2) or min(na, nb) == 0 < max(na, nb):
            return GateVerdict(False, "negation", f"{na} vs {nb} negations")
        return ACCEPT

    def _antonyms(self, a: str, b: str) -> GateVerdict:
        la, lb = a.lower(), b.lower()
        for left, right, match_left, match_right in self._pairs:
            a_left, a_right = bool(match_left.search(la)), bool(match_right.search(la))
            b_left, b_right = bool(match_left.search(lb)), bool(match_right.search(lb))
            if (a_left and b_right and not a_right and not b_left) or (
                a_right and b_left and not a_left and not b_right
            ):
                return GateVerdict(False, "antonyms", f"{left} / {right}")
        return ACCEPT

    def _proper_nouns(self, a: str, b: str) -> GateVerdict:
        # Case-insensitive containment: "python" and "Python" are the same name. A name with capitals
        # past its first letter (GOAT, userId, UserID) is an identifier or a literal string, whose
        # case is what the question is about, so it must appear exactly as written in both; the
        # embedder lowercases everything and cannot tell them apart.
        la, lb = a.lower(), b.lower()
        for name in {*self._names(a), *self._names(b)}:
            exact = any(c.isupper() for c in name[1:])
            pattern = re.compile(rf"\b{re.escape(name if exact else name.lower())}\b")
            if not (pattern.search(a if exact else la) and pattern.search(b if exact else lb)):
                return GateVerdict(False, "names", name)
        return ACCEPT
