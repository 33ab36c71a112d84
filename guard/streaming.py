"""Streaming output guard: redact PII and secrets from deltas before the client sees them.

Text is released as soon as no detectable value could still be growing across its end: at most
``holdback`` characters (the longest match a detector may need) stay buffered, fewer after a
newline, since none of our entity types spans a line break. Pseudonymised placeholders are put
back on the way out.

When the detectors look only for identifiers (no names or places, which span several ordinary
words), far less need wait: an identifier is one word (an email, a key, an IP) or a run of short
digit groups (a phone, a card, an IBAN). Only the word still being written and the digit-bearing
words right before it are held back, so prose flows out a word behind the model instead of
``holdback`` characters behind. Detection then also sees the last released characters, so a
value's context words (and a secret's key in ``password: ...``) still count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from guard.redaction import apply_redactions
from guard.scanner import Finding
from guard.vault import Vault


class SpanDetector(Protocol):
    def detect(self, text: str) -> list[Finding]: ...


# A word that may belong to a number-shaped identifier: it holds a digit, is a short group of
# capitals and digits (IBAN groups like "WEST"), or is punctuation that joins groups ("+", "-").
_GROUP_WORD = re.compile(r"\S*\d\S*|[A-Z0-9]{1,4}|[+\-()./]+")
_WORD = re.compile(r"\S+")
# Every identifier and secret we detect holds a digit, "@", ":" or "=", a PEM marker, or is one
# long word (tokens); text with none of these needs no detection pass at all.
_MAY_HOLD_VALUE = re.compile(r"[\d@:=]|-----|\S{15,}")


# A secret's key ("password:", "token =") may already be out when its value is released.
_KEY_MARK = re.compile(r"[:=]|-----")


def _may_release_value(released: str, releasing: str) -> bool:
    """Whether a value could go out with ``releasing``: it holds a value's character itself, or the
    last three released words hold a secret's key. The held rest of the buffer (digit groups, the word
    still being written) is checked when it goes out, and a digit further back in the released text
    was checked when it went out: without this, a numbered answer ran a detection pass (about a
    millisecond) at almost every token. (A regex anchored at the end, tried from every position of
    the 64 released characters, cost 37 us a token; splitting costs 1.4.)"""
    if _MAY_HOLD_VALUE.search(releasing):
        return True
    return any(_KEY_MARK.search(word) for word in released.split()[-3:])


def identifier_tail(text: str) -> int:
    """Where the part of `text` that may still grow into an identifier starts."""
    words = list(_WORD.finditer(text))
    start = len(text)
    if words and words[-1].end() == len(text):  # the last word may not be finished
        last = words.pop()
        start = last.start()
        if not _GROUP_WORD.fullmatch(last.group()):
            return start  # a plain word ends any digit groups before it
    while words and _GROUP_WORD.fullmatch(words[-1].group()):
        start = words.pop().start()
    return start


class StreamingRedactor:
    def __init__(
        self,
        detectors: Sequence[SpanDetector],
        vault: Vault,
        holdback: int = 64,
        restore: bool = True,
        step: int = 16,
        identifiers_only: bool = False,
    ) -> None:
        self._detectors = list(detectors)
        self._vault = vault
        self._holdback = holdback
        self._identifiers_only = identifiers_only
        # Detection (an NER pass) runs once per `step` new characters, not once per token: on a CPU
        # that shares its cores with the model, per-token NER halves the decode speed. Identifier
        # detection is regular expressions only, cheap enough for every delta.
        self._step = 1 if identifiers_only else step
        self._released = ""  # the last released characters, context for the next detection
        self._pending = 0
        self._restorer = vault.stream_restorer() if restore else None
        self._buffer = ""
        self.findings: list[Finding] = []

    def _release(self, text: str) -> str:
        return self._restorer.feed(text) if self._restorer else text

    def _detect(self, text: str) -> list[Finding]:
        return [f for d in self._detectors for f in d.detect(text) if f.action == "redact"]

    def feed(self, delta: str) -> str:
        self._buffer += delta
        self._pending += len(delta)
        if self._pending < self._step and "\n" not in delta:
            return ""
        self._pending = 0
        if self._identifiers_only:
            tail = identifier_tail(self._buffer)
            return self._release_checked(max(tail, len(self._buffer) - self._holdback))
        newline = self._buffer.rfind("\n")
        cut = max(len(self._buffer) - self._holdback, newline + 1)
        if cut <= 0:
            return ""
        if cut != newline + 1:
            # Never split a word: a value is always delimited by whitespace or punctuation.
            space = max(self._buffer.rfind(" ", 0, cut), self._buffer.rfind("\t", 0, cut))
            cut = space + 1 if space >= 0 else 0
        if cut <= 0:
            return ""
        return self._emit(self._detect(self._buffer), cut)

    def _emit(self, findings: list[Finding], cut: int) -> str:
        """Release the buffer up to `cut`, moved back so that no value is split, redacted."""
        moved = True
        while moved:
            moved = False
            for f in findings:
                if f.start < cut < f.end:
                    cut, moved = f.start, True
        if cut <= 0:
            return ""
        ready = [f for f in findings if f.end <= cut]
        self.findings.extend(ready)
        out = (
            apply_redactions(self._buffer[:cut], ready, self._vault, reversible=False)
            if ready
            else self._buffer[:cut]
        )
        self._released = (self._released + self._buffer[:cut])[-self._holdback :]
        self._buffer = self._buffer[cut:]
        return self._release(out)

    def _release_checked(self, cut: int) -> str:
        """Identifiers-only mode: release the buffer up to `cut` (earlier if a value spans it)."""
        if cut <= 0:
            return ""
        context = self._released
        text = context + self._buffer
        findings = []
        for f in self._detect(text) if _may_release_value(context, self._buffer[:cut]) else ():
            start, end = f.start - len(context), f.end - len(context)
            if end <= 0:
                continue  # wholly inside text already released and already checked
            # A value that began in released text (a secret after its key) is redacted from here.
            findings.append(replace(f, start=max(start, 0), end=end))
        return self._emit(findings, cut)

    def flush(self) -> str:
        if self._identifiers_only:
            out = self._release_checked(len(self._buffer))
            return out + self._restorer.flush() if self._restorer else out
        findings = self._detect(self._buffer) if self._buffer else []
        self.findings.extend(findings)
        out = self._release(apply_redactions(self._buffer, findings, self._vault, reversible=False))
        self._buffer = ""
        if self._restorer:
            out += self._restorer.flush()
        return out
