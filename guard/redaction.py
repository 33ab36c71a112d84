"""Applying redact findings to text: overlap resolution and placeholder assignment."""

from __future__ import annotations

from collections.abc import Sequence

from guard.scanner import Finding
from guard.vault import Vault

# Short, stable placeholder labels; anything not listed uses its entity type as is.
_LABELS = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "TR_PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN",
    "TR_IBAN": "IBAN",
    "IP_ADDRESS": "IP",
    "TR_TCKN": "TCKN",
    "TR_VKN": "VKN",
}


def label_for(entity_type: str) -> str:
    if entity_type in _LABELS:
        return _LABELS[entity_type]
    return "SECRET" if entity_type.startswith("SECRET") else entity_type


def resolve_overlaps(findings: Sequence[Finding]) -> list[Finding]:
    """Keep non-overlapping spans, preferring the longer span, then the higher score."""
    ordered = sorted(findings, key=lambda f: (-(f.end - f.start), -f.score, f.start))
    kept: list[Finding] = []
    for f in ordered:
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def apply_redactions(text: str, findings: Sequence[Finding], vault: Vault, reversible: bool) -> str:
    """Replace every redact finding's span with its typed placeholder."""
    spans = resolve_overlaps([f for f in findings if f.action == "redact"])
    out: list[str] = []
    cursor = 0
    for f in spans:
        out.append(text[cursor : f.start])
        reversible_here = reversible and not f.entity_type.startswith("SECRET")
        out.append(vault.placeholder(label_for(f.entity_type), text[f.start : f.end], reversible_here))
        cursor = f.end
    out.append(text[cursor:])
    return "".join(out)
