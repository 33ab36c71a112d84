"""Plug any llm-guard scanner into a guard policy by class name.

llm-guard pins an old transformers and cannot live in the gateway's environment, so it is
imported lazily, only when a policy names one of its scanners. Its scanners follow
``scan(prompt) -> (sanitized, valid, risk)`` for input and ``scan(prompt, output)`` for output.
"""

from __future__ import annotations

import importlib
from typing import Any

from guard.errors import PolicyError, ScannerUnavailableError
from guard.policy import LLMGuardScannerSpec
from guard.scanner import Finding, ScanContext, ScanResult

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
        except TypeError as exc:
            raise PolicyError(f"bad parameters for llm-guard scanner {spec.name!r}: {exc}") from exc

    @property
    def direction(self) -> str:
        return self._spec.direction

    def scan(self, text: str, context: ScanContext) -> ScanResult:
        if self._spec.direction == "output":
            sanitized, valid, risk = self._scanner.scan(context.prompt or "", text)
        else:
            sanitized, valid, risk = self._scanner.scan(text)
        risk = float(max(0.0, min(1.0, risk)))
        if valid and sanitized == text:
            return ScanResult(text=text, valid=True, risk=risk)
        finding = Finding(
            self.name,
            self._spec.name.upper(),
            0,
            len(text),
            max(risk, 0.5),
            self._spec.action,
            "sanitized" if valid else "invalid",
        )
        out = sanitized if self._spec.action == "redact" else text
        return ScanResult(text=out, valid=self._spec.action != "block", risk=risk, findings=(finding,))
