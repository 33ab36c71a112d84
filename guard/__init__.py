"""Stockade guardrails: input scanners and output validators behind one small interface.

The public names below are imported lazily (PEP 562), on first use: ``import guard.llm_guard_adapter``
then needs only pydantic, so the adapter can be imported and tested inside llm-guard's own
environment (``make test-llmguard``) without the gateway's OpenTelemetry/Presidio/spaCy stack.
``from guard import GuardPipeline`` works exactly as before.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guard.embedder import Embedder
    from guard.errors import (
        GuardError,
        GuardInputError,
        PolicyError,
        ScannerUnavailableError,
        StructuredOutputError,
    )
    from guard.pipeline import GuardDecision, GuardPipeline, Verdict
    from guard.policy import GuardPolicy
    from guard.scanner import Finding, ScanContext, Scanner, ScanResult
    from guard.streaming import StreamingRedactor
    from guard.vault import Vault

_EXPORTS = {
    "Embedder": "guard.embedder",
    "Finding": "guard.scanner",
    "GuardDecision": "guard.pipeline",
    "GuardError": "guard.errors",
    "GuardInputError": "guard.errors",
    "GuardPipeline": "guard.pipeline",
    "GuardPolicy": "guard.policy",
    "PolicyError": "guard.errors",
    "ScanContext": "guard.scanner",
    "ScanResult": "guard.scanner",
    "Scanner": "guard.scanner",
    "ScannerUnavailableError": "guard.errors",
    "StreamingRedactor": "guard.streaming",
    "StructuredOutputError": "guard.errors",
    "Vault": "guard.vault",
    "Verdict": "guard.pipeline",
}

__all__ = [
    "Embedder",
    "Finding",
    "GuardDecision",
    "GuardError",
    "GuardInputError",
    "GuardPipeline",
    "GuardPolicy",
    "PolicyError",
    "ScanContext",
    "ScanResult",
    "Scanner",
    "ScannerUnavailableError",
    "StreamingRedactor",
    "StructuredOutputError",
    "Vault",
    "Verdict",
]


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        # AttributeError (not ImportError) so `from guard import metrics` still finds the submodule.
        raise AttributeError(f"module 'guard' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
