"""Plug any llm-guard scanner into a guard policy by class name.

llm-guard pins an old transformers (and presidio) and cannot live in the gateway's environment, so
it is imported lazily, only when a policy names one of its scanners. Its scanners follow
``scan(prompt) -> (sanitized, valid, risk)`` for input and ``scan(prompt, output)`` for output,
with ``risk`` in [-1, 1] (negative: under the scanner's threshold).

How llm-guard's answer becomes ours (``action`` is the policy's, per scanner):

* valid, text unchanged: clean, risk clamped to [0, 1] (llm-guard's -1 "no risk" becomes 0).
* valid, text changed (e.g. ``JSON`` with ``repair``): llm-guard accepts the fixed text, so it
  is passed on, as a ``redact`` finding; with ``action: log`` the original is kept.
* invalid: ``block`` blocks, ``log`` records and lets the original through, ``redact`` passes on
  llm-guard's sanitised text. A ``redact`` whose scanner changed nothing (``BanSubstrings``
  without ``redact: true``) fails closed: it blocks rather than let the flagged text through.

This module imports only ``guard.errors``, ``guard.policy`` and ``guard.scanner`` (pydantic), so it
runs inside llm-guard's own environment; ``make test-llmguard`` tests it there.
"""

from __future__ import annotations

import importlib
from typing import Any

from guard.errors import PolicyError, ScannerUnavailableError
from guard.policy import LLMGuardScannerSpec
from guard.scanner import Action, Finding, ScanContext, ScanResult

_MODULES = {
    "input": "llm_guard.input_scanners",
    "document": "llm_guard.input_scanners",
    "output": "llm_guard.output_scanners",
}


class LLMGuardScanner:
    def __init__(self, spec: LLMGuardScannerSpec) -> None:
        self._spec = spec
        self.name = f"llm_guard:{spec.name}"
        module_name = _MODULES[spec.direction]
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            raise ScannerUnavailableError(
                f"policy names llm-guard scanner {spec.name!r} but llm-guard is not installed: {exc}"
            ) from exc
        scanner_cls = getattr(module, spec.name, None)
        if scanner_cls is None or not isinstance(scanner_cls, type):
            raise PolicyError(f"{module_name} has no scanner called {spec.name!r}")
        try:
            self._scanner: Any = scanner_cls(**spec.params)
        except (TypeError, ValueError) as exc:
            raise PolicyError(f"bad parameters for llm-guard scanner {spec.name!r}: {exc}") from exc
        except (OSError, ImportError) as exc:
            # Model-backed scanners (PromptInjection, Toxicity, ...) fetch from the Hugging Face hub
            # unless given a local model; offline that is an OSError from huggingface_hub.
            raise ScannerUnavailableError(
                f"llm-guard scanner {spec.name!r} could not load what it needs offline: {exc}"
            ) from exc

    @property
    def direction(self) -> str:
        return self._spec.direction

    def scan(self, text: str, context: ScanContext) -> ScanResult:
        if self._spec.direction == "output":
            sanitized, valid, risk = self._scanner.scan(context.prompt or "", text)
        else:
            sanitized, valid, risk = self._scanner.scan(text)
        risk = float(max(0.0, min(1.0, risk)))
        changed = sanitized != text
        if valid and not changed:
            return ScanResult(text=text, valid=True, risk=risk)
        action: Action = self._spec.action
        if valid:
            action = "log" if action == "log" else "redact"
            detail = "sanitized"
        elif action == "redact" and not changed:
            action = "block"
            detail = "invalid; the scanner redacted nothing"
        else:
            detail = "invalid"
        finding = Finding(self.name, self._spec.name.upper(), 0, len(text), max(risk, 0.5), action, detail)
        out = sanitized if action == "redact" else text
        return ScanResult(text=out, valid=action != "block", risk=risk, findings=(finding,))
