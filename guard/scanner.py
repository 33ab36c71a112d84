"""The one interface every scanner and validator implements, and the values it passes around."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from guard.errors import GuardInputError
from guard.vault import Vault

Direction = Literal["input", "output", "document"]
MessageRole = Literal["system", "user", "assistant", "tool"]
# The application's own instructions (system, and developer, which the API maps to system): a
# persona and rules ("You are a helpful assistant. Answer briefly.") read like the role-play and
# override phrasings attacks use, and they are not a question whose topic could be off.
INSTRUCTION_ROLES: frozenset[str] = frozenset({"system"})
Action = Literal["block", "redact", "log"]


@dataclass(frozen=True)
class Finding:
    """One thing a scanner noticed. Offsets index the text that scanner was given.

    The matched value itself is deliberately not stored, so findings can be logged and
    returned by the guard-only API without leaking what they found.
    """

    scanner: str
    entity_type: str
    start: int
    end: int
    score: float
    action: Action
    detail: str = ""


@dataclass(frozen=True)
class ScanResult:
    text: str
    valid: bool
    risk: float
    findings: tuple[Finding, ...] = ()


@dataclass
class ScanContext:
    """Everything about the request a scanner may need besides the text itself.

    ``vault`` lives exactly as long as one request: it is how pseudonymised values get back
    into the answer, and it must never be shared between requests.
    """

    direction: Direction = "input"
    # The role of the message being scanned; the API's /v1/guard/scan text counts as a user's.
    role: MessageRole = "user"
    app: str = "default"
    retrieved_context: Sequence[str] = ()
    prompt: str | None = None
    vault: Vault = field(default_factory=Vault)


@runtime_checkable
class Scanner(Protocol):
    name: str

    def scan(self, text: str, context: ScanContext) -> ScanResult: ...


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def require_text(text: object, max_chars: int) -> str:
    """Reject what cannot be scanned before any model sees it."""
    if not isinstance(text, str):
        raise GuardInputError(f"expected text as str, got {type(text).__name__}")
    if len(text) > max_chars:
        raise GuardInputError(f"text of {len(text)} characters exceeds the guard limit of {max_chars}")
    if _LONE_SURROGATE.search(text):
        raise GuardInputError("text contains a lone UTF-16 surrogate, which is not valid Unicode text")
    return text


def result_from(text: str, findings: Sequence[Finding]) -> ScanResult:
    valid = not any(f.action == "block" for f in findings)
    risk = max((f.score for f in findings), default=0.0)
    return ScanResult(text=text, valid=valid, risk=risk, findings=tuple(findings))
