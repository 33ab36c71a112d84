"""The injection scanner: every layer votes on the normalised text and each decoded payload."""

from __future__ import annotations

from typing import Protocol

from guard.detection_cache import DetectionCache
from guard.errors import ScannerUnavailableError
from guard.injection.classifier import NgramInjectionClassifier
from guard.injection.gloss import gloss, preload
from guard.injection.hf_classifier import HFInjectionClassifier
from guard.injection.normalize import normalise
from guard.injection.rules import match_rules, rule_views
from guard.policy import InjectionPolicy
from guard.scanner import INSTRUCTION_ROLES, Finding, ScanContext, ScanResult, result_from


class InjectionClassifier(Protocol):
    name: str

    def scores(self, texts: list[str]) -> list[float]: ...


# Invisible characters are rarely innocent in a prompt, but on their own they prove nothing.
_INVISIBLE_SCORE = 0.4


class InjectionScanner:
    name = "injection"

    def __init__(
        self,
        policy: InjectionPolicy,
        classifiers: list[InjectionClassifier] | None = None,
        *,
        cache_entries: int = 0,
    ) -> None:
        self._policy = policy
        self._cache: DetectionCache[tuple[float, tuple[Finding, ...]]] = DetectionCache(
            self.name, cache_entries
        )
        if classifiers is None:
            classifiers = []
            if policy.builtin_classifier:
                classifiers.append(NgramInjectionClassifier())
            if policy.hf_model_path:
                classifiers.append(
                    HFInjectionClassifier(
                        policy.hf_model_path, policy.hf_injection_labels, device=policy.hf_device
                    )
                )
        self._classifiers = classifiers
        if policy.gloss:
            try:
                preload()
            except (OSError, ValueError) as exc:
                raise ScannerUnavailableError(f"the injection gloss cannot be loaded: {exc}") from exc

    def score_detail(self, text: str, threshold: float | None = None) -> tuple[float, list[Finding]]:
        norm = normalise(text, self._policy.max_decode_depth)
        views = [("text", norm.text)] + [(f"decoded_payload_{i}", p) for i, p in enumerate(norm.payloads)]
        # Leetspeak and spelt-out words undone ("1gn0r3", "i g n o r e"): the rules already read this
        # view of the text; the classifier gets it too, and only when the text has such words at all.
        text_views = rule_views(norm.text)
        if text_views[1] is not None:
            views.append(("evasion_view", text_views[1]))
        glossed = gloss(norm.text) if self._policy.gloss else None
        if glossed is not None:
            views.append(("gloss_view", glossed))
        action = self._policy.action
        candidates: list[Finding] = []
        for view_name, view in views:
            hits = (
                ()
                if view_name == "evasion_view"
                else match_rules(view, text_views if view_name == "text" else None)
            )
            for rule, start, end in hits:
                span = (start, end) if view_name == "text" and norm.text == text else (0, len(text))
                candidates.append(
                    Finding(
                        self.name,
                        "PROMPT_INJECTION",
                        *span,
                        rule.score,
                        action,
                        f"rule:{rule.name}@{view_name}",
                    )
                )
            for classifier in self._classifiers:
                (score,) = classifier.scores([view])
                candidates.append(
                    Finding(
                        self.name,
                        "PROMPT_INJECTION",
                        0,
                        len(text),
                        score,
                        action,
                        f"classifier:{classifier.name}@{view_name}",
                    )
                )
        if norm.invisible_chars or norm.homoglyphs:
            candidates.append(
                Finding(
                    self.name,
                    "OBFUSCATION",
                    0,
                    len(text),
                    _INVISIBLE_SCORE,
                    "log",
                    f"invisible={norm.invisible_chars} homoglyphs={norm.homoglyphs}",
                )
            )
        risk = max((f.score for f in candidates), default=0.0)
        cut = self._policy.threshold if threshold is None else threshold
        flagged = [f for f in candidates if f.score >= cut and f.entity_type == "PROMPT_INJECTION"]
        obfuscation = [f for f in candidates if f.entity_type == "OBFUSCATION"]
        return risk, flagged + obfuscation

    def _frozen_detail(self, text: str, threshold: float | None) -> tuple[float, tuple[Finding, ...]]:
        risk, findings = self.score_detail(text, threshold)
        return risk, tuple(findings)

    def scan(self, text: str, context: ScanContext) -> ScanResult:
        threshold = self._policy.system_threshold if context.role in INSTRUCTION_ROLES else None
        risk, findings = self._cache.get_or_compute(
            text, lambda: self._frozen_detail(text, threshold), extra=threshold
        )
        result = result_from(text, findings)
        return ScanResult(text=text, valid=result.valid, risk=risk, findings=result.findings)
