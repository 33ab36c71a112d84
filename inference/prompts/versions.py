"""Version specs for prompts: exact semver versions, pre-releases and npm-style ranges.

`semver` parses and orders versions; it has no range syntax, so the few npm rules used by app
configurations (``^2.0``, ``~1.1``, ``>=1.0,<2``, ``1.x``, ``a || b``) are expanded here into plain
comparators. As in npm, a range only matches a pre-release when one of its comparators names a
pre-release of the same major.minor.patch: ``^2.0`` never silently serves ``2.1.0-rc.1``.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import semver

from inference.prompts.errors import InvalidVersionSpec

_PARTIAL = re.compile(r"^(?P<major>\d+|[xX*])(?:\.(?P<minor>\d+|[xX*]))?(?:\.(?P<patch>\d+|[xX*]))?$")
_COMPARATOR = re.compile(r"^(?P<op>\^|~|>=|<=|>|<|==|=|!=)?\s*(?P<version>\S+)$")
_WILDCARDS = {"x", "X", "*"}
_LATEST = {"", "*", "latest", "x", "X"}

_OPS: dict[str, Callable[[int, int], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
    "!=": operator.ne,
}


def parse_version(text: str) -> semver.Version:
    """Parse a full version, with or without the leading ``v`` of file names."""
    try:
        return semver.Version.parse(_strip_v(text.strip()))
    except (ValueError, TypeError) as exc:
        raise InvalidVersionSpec(f"not a semantic version: {text!r}") from exc


def _strip_v(text: str) -> str:
    return text[1:] if text[:1] in ("v", "V") else text


@dataclass(frozen=True)
class Comparator:
    op: str
    version: semver.Version

    def matches(self, candidate: semver.Version) -> bool:
        return _OPS[self.op](candidate.compare(self.version), 0)

    def __str__(self) -> str:
        return f"{self.op}{self.version}"


@dataclass(frozen=True)
class _Partial:
    major: int | None
    minor: int | None
    patch: int | None
    full: semver.Version | None  # set when the text was a complete version (maybe a pre-release)


def _parse_partial(text: str) -> _Partial:
    text = _strip_v(text)
    if semver.Version.is_valid(text):
        full = semver.Version.parse(text)
        return _Partial(full.major, full.minor, full.patch, full)
    match = _PARTIAL.match(text)
    if match is None:
        raise InvalidVersionSpec(f"not a version or range: {text!r}")
    parts: list[int | None] = []
    for name in ("major", "minor", "patch"):
        value = match.group(name)
        parts.append(None if value is None or value in _WILDCARDS else int(value))
    # "1.x.3" is meaningless: once a part is a wildcard, the rest must be too.
    if parts[0] is None and (parts[1] is not None or parts[2] is not None):
        raise InvalidVersionSpec(f"not a version or range: {text!r}")
    if parts[1] is None and parts[2] is not None:
        raise InvalidVersionSpec(f"not a version or range: {text!r}")
    return _Partial(parts[0], parts[1], parts[2], None)


def _v(major: int, minor: int = 0, patch: int = 0) -> semver.Version:
    return semver.Version(major, minor, patch)


def _expand(op: str, p: _Partial) -> list[Comparator]:
    """Turn one npm-style clause into plain comparators (all must hold)."""
    if p.major is None:
        return [] if op in ("", "=", "==", "^", "~", ">=", "<=") else _never()
    lower = p.full or _v(p.major, p.minor or 0, p.patch or 0)
    if op in ("", "=", "=="):
        if p.full is not None:
            return [Comparator("==", p.full)]
        op = "~" if p.minor is not None else "^"  # "1.2" means 1.2.x and "1" means 1.x
    if op == "^":
        if p.major > 0 or p.minor is None:
            upper = _v(p.major + 1)
        elif p.minor > 0 or p.patch is None:
            upper = _v(0, p.minor + 1)
        else:
            upper = _v(0, 0, p.patch + 1)
        return [Comparator(">=", lower), Comparator("<", upper)]
    if op == "~":
        upper = _v(p.major + 1) if p.minor is None else _v(p.major, p.minor + 1)
        return [Comparator(">=", lower), Comparator("<", upper)]
    return [Comparator(op, lower)]


def _never() -> list[Comparator]:
    # ">*" or "<*": matches nothing, expressed as an impossible pair.
    return [Comparator("<", _v(0)), Comparator(">", _v(0))]


@dataclass(frozen=True)
class VersionSpec:
    """A parsed version request: one exact version, or alternatives of comparator sets."""

    text: str
    alternatives: tuple[tuple[Comparator, ...], ...]
    exact: semver.Version | None = None

    @classmethod
    def parse(cls, text: str | None) -> VersionSpec:
        raw = "" if text is None else str(text).strip()
        if raw in _LATEST:
            return cls(raw or "latest", ((),))
        alternatives: list[tuple[Comparator, ...]] = []
        for alternative in raw.split("||"):
            clauses = [c for c in re.split(r"[,\s]+", _join_operators(alternative.strip())) if c]
            if not clauses:
                raise InvalidVersionSpec(f"empty alternative in version range {raw!r}")
            comparators: list[Comparator] = []
            for clause in clauses:
                match = _COMPARATOR.match(clause)
                if match is None:
                    raise InvalidVersionSpec(f"not a version or range: {raw!r}")
                comparators.extend(_expand(match.group("op") or "", _parse_partial(match.group("version"))))
            alternatives.append(tuple(comparators))
        exact = None
        only = alternatives[0] if len(alternatives) == 1 else ()
        if len(only) == 1 and only[0].op == "==":
            exact = only[0].version
        return cls(raw, tuple(alternatives), exact)

    def matches(self, candidate: semver.Version) -> bool:
        if self.exact is not None:
            return candidate == self.exact
        return any(self._alternative_matches(alt, candidate) for alt in self.alternatives)

    @staticmethod
    def _alternative_matches(alternative: tuple[Comparator, ...], candidate: semver.Version) -> bool:
        if not all(c.matches(candidate) for c in alternative):
            return False
        if candidate.prerelease is None:
            return True
        core = (candidate.major, candidate.minor, candidate.patch)
        return any(
            c.version.prerelease is not None and (c.version.major, c.version.minor, c.version.patch) == core
            for c in alternative
        )

    def best(self, versions: Iterable[semver.Version]) -> semver.Version | None:
        """The highest version that matches, or None."""
        matching = [v for v in versions if self.matches(v)]
        return max(matching) if matching else None

    def __str__(self) -> str:
        return self.text


def _join_operators(text: str) -> str:
    # ">= 1.0" is common in hand-written configs; glue the operator to its version.
    return re.sub(r"(\^|~|>=|<=|>|<|==|=|!=)\s+", r"\1", text)
