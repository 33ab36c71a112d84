"""Streaming output guard: redact PII and secrets from deltas before the client sees them.

Text is released as soon as no detectable value could still be growing across its end: at most
``holdback`` characters (the longest match a detector may need) stay buffered, fewer after a
newline, since none of our entity types spans a line break. Pseudonymised placeholders are put
back on the way out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from guard.redaction import apply_redactions
from guard.scanner import Finding
from guard.vault import Vault


class SpanDetector(Protocol):
    def detect(self, text: str) -> list[Finding]: ...


class StreamingRedactor:
    def __init__(
        self,
        detectors: Sequence[SpanDetector],
        vault: Vault,
        holdback: int = 64,
        restore: bool = True,
        step: int = 16,
    ) -> None:
        self._detectors = list(detectors)
        self._vault = vault
        self._holdback = holdback
        # Detection (an NER pass) runs once per `step` new characters, not once per token: on a CPU
        # that shares its cores with the model, per-token NER halves the decode speed.
        self._step = step
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
        findings = self._detect(self._buffer)
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
        out = apply_redactions(self._buffer[:cut], ready, self._vault, reversible=False)
        self._buffer = self._buffer[cut:]
        return self._release(out)

    def flush(self) -> str:
        findings = self._detect(self._buffer) if self._buffer else []
        self.findings.extend(findings)
        out = self._release(apply_redactions(self._buffer, findings, self._vault, reversible=False))
        self._buffer = ""
        if self._restorer:
            out += self._restorer.flush()
        return out
