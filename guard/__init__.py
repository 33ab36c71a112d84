"""Stockade guardrails: input scanners and output validators behind one small interface."""

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
