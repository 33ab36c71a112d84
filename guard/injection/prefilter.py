"""A cheap test that tells when a rule's regular expression cannot match a text at all.

Python's ``re`` scans a case-insensitive pattern that opens with an alternation of words position by
position; for the Russian, Arabic, Chinese and Persian rules that is most of the rules' time on a
text written in none of those scripts. Every match of such a rule starts with the first letter of
one of its words, so a text holding none of those letters (a one-class search, which ``re`` runs
as a fast character scan) cannot match, and the rule's search is skipped.

The first letters come from the pattern's parse tree. Anything this module does not read with
certainty (a category such as ``\\w``, ``.``, a back reference, a pattern that can match the
empty string, flags set inside the pattern) gives no filter: the rule is then always searched.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as p  # type: ignore[attr-defined]
from typing import Any

_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))
# A character class wider than this gives no useful filter.
_MAX_CLASS = 512


def _class_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(i) for i in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, a wide range
            return None
    return chars


def _first(items: Any) -> tuple[set[str] | None, bool]:
    """The characters a match of the sequence `items` may start with (None: any), and whether the
    sequence can match the empty string."""
    first: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the first character comes after it
        if op is c.LITERAL:
            first.add(chr(av))
            return first, False
        if op is c.IN:
            chars = _class_chars(av)
            if chars is None:
                return None, False
            return first | chars, False
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None, False
            found, nullable = _first(sub)
        elif op is c.BRANCH:
            found, nullable = set(), False
            for branch in av[1]:
                branch_first, branch_nullable = _first(branch)
                if branch_first is None:
                    return None, False
                found |= branch_first
                nullable = nullable or branch_nullable
        elif op in _REPEATS:
            low, _high, sub = av
            found, nullable = _first(sub)
            nullable = nullable or low == 0
        else:  # ANY, a back reference, a conditional: not read here
            return None, False
        if found is None:
            return None, False
        first |= found
        if not nullable:
            return first, False
    return first, True


def first_letter_filter(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-class pattern that finds something in every text `regex` matches, or None when there
    is no such filter worth having (the first characters include ASCII letters or digits, which
    nearly every text holds, or the pattern is not read with certainty)."""
    try:
        first, nullable = _first(p.parse(regex.pattern, regex.flags).data)
    except (AttributeError, TypeError, ValueError, re.error):
        return None
    if first is None or nullable or not first or any(ch.isascii() and ch.isalnum() for ch in first):
        return None
    # The same flags, so case-insensitive rules see the same case variants in the filter.
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(first)) + "]", regex.flags)


# A literal opening shorter than this is in too many texts to be worth a test.
_MIN_PREFIX = 3


def _prefixes(items: Any) -> set[str] | None:
    """Literal strings one of which every match of the sequence ``items`` opens with, or None."""
    prefix = ""
    for op, av in items:
        if op in _ZERO_WIDTH and not prefix:
            continue
        if op is c.LITERAL:
            prefix += chr(av)
            continue
        if prefix:
            break
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            return None if add_flags or del_flags else _prefixes(sub)
        if op is c.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                branch_prefixes = _prefixes(branch)
                if branch_prefixes is None:
                    return None
                found |= branch_prefixes
            return found
        return None
    return {prefix} if prefix else None


def ascii_openings(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case ASCII strings one of which a lower-cased ASCII text holds wherever ``regex``
    matches it (each match opens with one, in any case), or None when the pattern has no such
    openings of at least three characters. Only for ASCII texts: there ``re.IGNORECASE`` compares
    ASCII letters as ``str.lower`` does; elsewhere it also equates "ſ" with "s" or "K" (the Kelvin
    sign) with "k"."""
    try:
        found = _prefixes(p.parse(regex.pattern, regex.flags).data)
    except (AttributeError, TypeError, ValueError, re.error):
        return None
    if not found or any(len(f) < _MIN_PREFIX or not f.isascii() for f in found):
        return None
    if not regex.flags & re.IGNORECASE and any(f != f.lower() for f in found):
        return None
    return tuple(sorted({f.lower() for f in found}))
