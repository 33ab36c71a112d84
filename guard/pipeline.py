"""The guard pipeline: one policy, scanners run concurrently, one decision per text."""

from __future__ import annotations

import asyncio
import contextvars
import functools
import logging
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Literal

from opentelemetry import trace
from presidio_analyzer import AnalyzerEngine

from guard import metrics
from guard.embedder import Embedder
from guard.errors import PolicyError, StructuredOutputError
from guard.injection.scanner import InjectionClassifier, InjectionScanner
from guard.llm_guard_adapter import LLMGuardScanner
from guard.output.faithfulness import faithfulness_score
from guard.output.refusal import is_refusal
from guard.output.schema import JsonSchemaValidator
from guard.pii.scanner import PIIScanner
from guard.policy import GuardPolicy
from guard.redaction import apply_redactions
from guard.scanner import (
    INSTRUCTION_ROLES,
    Direction,
    Finding,
    ScanContext,
    Scanner,
    ScanResult,
    require_text,
)
from guard.secrets import SecretsScanner
from guard.streaming import SpanDetector, StreamingRedactor
from guard.topics import TopicScanner

log = logging.getLogger(__name__)
tracer = trace.get_tracer(__name__)

Verdict = Literal["allowed", "redacted", "blocked", "refused", "fallback", "retry"]


@dataclass(frozen=True)
class GuardDecision:
    """What to do with one text.

    ``text`` is what goes on: to the model for input (placeholders in), to the client for output
    (placeholders restored). ``message`` is the client-facing text for refused/fallback verdicts,
    ``correction`` the message for the model's one schema retry.
    """

    verdict: Verdict
    text: str
    findings: tuple[Finding, ...]
    risk: float
    reason: str | None = None
    message: str | None = None
    correction: str | None = None
    scores: Mapping[str, float] = field(default_factory=dict)
    parsed: Any = None

    @property
    def allowed(self) -> bool:
        return self.verdict in ("allowed", "redacted")


def _blocked(
    text: str,
    findings: list[Finding],
    risk: float,
    blocker: Finding,
    *,
    scores: Mapping[str, float] | None = None,
    message: str | None = None,
) -> GuardDecision:
    """A block, its reason naming the scanner and entity that caused it."""
    reason = f"{blocker.scanner}: {blocker.entity_type}"
    return GuardDecision(
        "blocked", text, tuple(findings), risk, reason=reason, message=message, scores=scores or {}
    )


class GuardPipeline:
    def __init__(
        self,
        policy: GuardPolicy,
        embedder: Embedder | None = None,
        *,
        max_workers: int = 4,
        pii_analyzer: AnalyzerEngine | None = None,
        injection_classifiers: list[InjectionClassifier] | None = None,
        detection_cache_entries: int = 0,
    ) -> None:
        self.policy = policy
        self._embedder = embedder
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="guard")
        cached = detection_cache_entries  # per scanner: texts whose findings are kept (0: none)
        self.pii = PIIScanner(policy.pii, pii_analyzer, cache_entries=cached) if policy.pii.enabled else None
        self.pii_leak = self.pii
        if self.pii is not None and policy.output.pii_leak_entities is not None:
            leak_policy = policy.pii.model_copy(update={"entities": list(policy.output.pii_leak_entities)})
            self.pii_leak = PIIScanner(leak_policy, self.pii.analyzer)
        self.secrets = SecretsScanner(policy.secrets) if policy.secrets.enabled else None
        self.injection = (
            InjectionScanner(policy.injection, injection_classifiers, cache_entries=cached)
            if policy.injection.enabled
            else None
        )
        self.topics: TopicScanner | None = None
        if policy.topics.enabled:
            if embedder is None:
                raise PolicyError("topic restriction needs an embedder")
            self.topics = TopicScanner(policy.topics, embedder)
        self.schema = JsonSchemaValidator(policy.output.json_schema) if policy.output.json_schema else None
        self._llm_guard = [LLMGuardScanner(spec) for spec in policy.llm_guard]

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    # ---- running scanners -------------------------------------------------------------------

    async def _run(self, scanners: Sequence[Scanner], text: str, ctx: ScanContext) -> list[ScanResult]:
        loop = asyncio.get_running_loop()

        def traced(scanner: Scanner) -> ScanResult:
            with tracer.start_as_current_span(f"guard.scan.{scanner.name}") as span:
                result = scanner.scan(text, ctx)
                span.set_attribute("guard.findings", len(result.findings))
                span.set_attribute("guard.risk", result.risk)
                return result

        futures = []
        for scanner in scanners:
            # Each thread gets a copy of the caller's context so scanner spans nest under the request.
            run = functools.partial(contextvars.copy_context().run, traced, scanner)
            futures.append(loop.run_in_executor(self._pool, run))
        return list(await asyncio.gather(*futures))

    def _sequential_llm_guard(
        self, direction: Direction, text: str, ctx: ScanContext
    ) -> tuple[str, list[Finding]]:
        findings: list[Finding] = []
        for scanner in self._llm_guard:
            if scanner.direction != direction:
                continue
            result = scanner.scan(text, ctx)
            findings.extend(result.findings)
            text = result.text
        return text, findings

    # ---- decisions ---------------------------------------------------------------------------

    def _record(self, direction: Direction, decision: GuardDecision, started: float) -> GuardDecision:
        span = trace.get_current_span()
        span.set_attribute("guard.verdict", decision.verdict)
        span.set_attribute("guard.risk", decision.risk)
        span.set_attribute("guard.findings", len(decision.findings))
        if decision.reason:
            span.set_attribute("guard.reason", decision.reason)
        for f in decision.findings:
            if f.scanner == "pii":
                metrics.PII_DETECTED.labels(f.entity_type, direction).inc()
            elif f.scanner == "secrets":
                metrics.SECRETS_DETECTED.labels(f.entity_type, direction).inc()
        if any(f.entity_type == "PROMPT_INJECTION" for f in decision.findings):
            metrics.INJECTION_ATTEMPTS.labels(direction).inc()
        if decision.verdict == "blocked":
            blocker = next((f.scanner for f in decision.findings if f.action == "block"), "unknown")
            metrics.BLOCKED.labels(direction, blocker).inc()
        if decision.verdict == "refused":
            metrics.REFUSALS.labels("topic").inc()
        metrics.DECISIONS.labels(direction, decision.verdict).inc()
        metrics.SCAN_SECONDS.labels(direction).observe(time.perf_counter() - started)
        log.debug(
            "guard %s verdict=%s risk=%.3f findings=%d",
            direction,
            decision.verdict,
            decision.risk,
            len(decision.findings),
        )
        return decision

    def _merge(
        self, text: str, results: Sequence[ScanResult], ctx: ScanContext
    ) -> tuple[str, list[Finding], float]:
        findings = [f for r in results for f in r.findings]
        reversible = self.policy.pii.mode == "pseudonymize" and ctx.direction == "input"
        redacted = apply_redactions(text, findings, ctx.vault, reversible)
        risk = max((r.risk for r in results), default=0.0)
        return redacted, findings, risk

    @staticmethod
    def _scores(results: Sequence[ScanResult], scanners: Sequence[Scanner]) -> dict[str, float]:
        return {s.name: r.risk for s, r in zip(scanners, results, strict=True)}

    async def scan_input(self, text: str, ctx: ScanContext | None = None) -> GuardDecision:
        ctx = ctx or ScanContext(direction="input")
        ctx.direction = "input"
        text = require_text(text, self.policy.max_chars)
        started = time.perf_counter()
        with tracer.start_as_current_span("guard.input"):
            # llm-guard scanners first, on the text as sent: after PII redaction a banned name would
            # already be a placeholder. Stockade's own scanners then see what llm-guard left.
            scanned, extra = self._sequential_llm_guard("input", text, ctx)
            # The app's own instructions are not a question: the topic check reads the caller's turns.
            topics = None if ctx.role in INSTRUCTION_ROLES else self.topics
            scanners: list[Scanner] = [s for s in (self.pii, self.secrets, self.injection, topics) if s]
            results = await self._run(scanners, scanned, ctx)
            # llm-guard's own redactions are already in `scanned`; its findings join for the verdict.
            redacted, findings, risk = self._merge(scanned, results, ctx)
            findings += extra
            risk = max([risk] + [f.score for f in extra])
            scores = self._scores(results, scanners)
            blockers = [f for f in findings if f.action == "block" and f.scanner != "topics"]
            if blockers:
                decision = _blocked(text, findings, risk, blockers[0], scores=scores)
            elif any(f.scanner == "topics" for f in findings):
                decision = GuardDecision(
                    "refused",
                    redacted,
                    tuple(findings),
                    risk,
                    reason="off-topic",
                    message=self.policy.topics.refusal_message,
                    scores=scores,
                )
            else:
                verdict: Verdict = "redacted" if redacted != text else "allowed"
                decision = GuardDecision(verdict, redacted, tuple(findings), risk, scores=scores)
            return self._record("input", decision, started)

    async def pseudonymise(self, text: str, ctx: ScanContext) -> str:
        """What the model wrote before, as the client sends it back (an earlier answer, a tool call's
        arguments): the model reads it again with the placeholders it wrote. Nothing here blocks,
        so only what redacts reads it (PII, secrets, llm-guard's redactions): no injection
        classifier or topic embedding spends a conversation's CPU on it, and no verdict is counted."""
        text = require_text(text, self.policy.max_chars)
        ctx.direction = "input"
        with tracer.start_as_current_span("guard.history"):
            scanned, _ = self._sequential_llm_guard("input", text, ctx)
            scanners: list[Scanner] = [s for s in (self.pii, self.secrets) if s]
            redacted, _, _ = self._merge(scanned, await self._run(scanners, scanned, ctx), ctx)
            return redacted

    async def scan_document(self, text: str) -> GuardDecision:
        """Indirect-injection check for a retrieved document before it enters a prompt."""
        text = require_text(text, self.policy.max_chars)
        ctx = ScanContext(direction="document")
        started = time.perf_counter()
        with tracer.start_as_current_span("guard.document"):
            scanners: list[Scanner] = [s for s in (self.injection,) if s]
            results = await self._run(scanners, text, ctx)
            findings = [f for r in results for f in r.findings]
            text_out, extra = self._sequential_llm_guard("document", text, ctx)
            findings += extra
            risk = max([r.risk for r in results] + [f.score for f in extra], default=0.0)
            blockers = [f for f in findings if f.action == "block"]
            if blockers:
                decision = _blocked(text, findings, risk, blockers[0])
            else:
                decision = GuardDecision("allowed", text_out, tuple(findings), risk)
            return self._record("document", decision, started)

    def _leak_detectors(self) -> list[SpanDetector]:
        if not self.policy.output.pii_leak:
            return [self.secrets] if self.secrets else []
        return [d for d in (self.pii_leak, self.secrets) if d is not None]

    def _output_checks(self, answer: str, ctx: ScanContext) -> tuple[list[Finding], dict[str, float]]:
        out = self.policy.output
        findings: list[Finding] = []
        scores: dict[str, float] = {}
        if out.detect_refusals and is_refusal(answer):
            findings.append(Finding("refusal", "REFUSAL", 0, len(answer), 1.0, "log"))
            metrics.REFUSALS.labels("model").inc()
        if out.max_length is not None and len(answer) > out.max_length:
            findings.append(
                Finding(
                    "max_length",
                    "MAX_LENGTH",
                    out.max_length,
                    len(answer),
                    1.0,
                    "block",
                    f"{len(answer)} > {out.max_length}",
                )
            )
        if out.faithfulness_threshold is not None and self._embedder is not None and ctx.retrieved_context:
            with tracer.start_as_current_span("guard.scan.faithfulness") as span:
                score = faithfulness_score(self._embedder, answer, ctx.retrieved_context)
                if score is not None:
                    span.set_attribute("guard.faithfulness", score)
                    metrics.FAITHFULNESS.observe(score)
                    scores["faithfulness"] = score
                    if score < out.faithfulness_threshold:
                        findings.append(
                            Finding(
                                "faithfulness",
                                "UNFAITHFUL",
                                0,
                                len(answer),
                                1.0 - score,
                                "block",
                                f"score={score:.3f}",
                            )
                        )
        return findings, scores

    async def scan_output(self, answer: str, ctx: ScanContext) -> GuardDecision:
        """Validate a complete answer; ``decision.text`` is ready for the client."""
        answer = require_text(answer, self.policy.max_chars)
        ctx.direction = "output"
        started = time.perf_counter()
        with tracer.start_as_current_span("guard.output"):
            loop = asyncio.get_running_loop()
            scanners: list[Scanner] = [s for s in self._leak_detectors() if isinstance(s, Scanner)]
            checks_future = loop.run_in_executor(
                self._pool, contextvars.copy_context().run, self._output_checks, answer, ctx
            )
            results = await self._run(scanners, answer, ctx)
            checks, scores = await checks_future
            redacted = apply_redactions(answer, [f for r in results for f in r.findings], ctx.vault, False)
            redacted, extra = self._sequential_llm_guard("output", redacted, ctx)
            findings = [f for r in results for f in r.findings] + checks + extra
            risk = max([f.score for f in findings], default=0.0)
            restored = ctx.vault.restore(redacted)
            decision = self._output_decision(answer, restored, findings, risk, scores)
            return self._record("output", decision, started)

    def _output_decision(
        self, answer: str, restored: str, findings: list[Finding], risk: float, scores: dict[str, float]
    ) -> GuardDecision:
        out = self.policy.output
        if any(f.entity_type == "UNFAITHFUL" for f in findings):
            return GuardDecision(
                "fallback",
                restored,
                tuple(findings),
                risk,
                reason="answer not supported by context",
                message=out.fallback_message,
                scores=scores,
            )
        blocker = next((f for f in findings if f.action == "block"), None)
        if blocker is not None:
            return _blocked(restored, findings, risk, blocker, scores=scores, message=out.fallback_message)
        parsed = None
        if self.schema is not None:
            try:
                parsed = self.schema.validate(restored)
            except StructuredOutputError as exc:
                finding = Finding("json_schema", "SCHEMA_INVALID", 0, len(answer), 1.0, "block", str(exc))
                return GuardDecision(
                    "retry",
                    restored,
                    (*findings, finding),
                    1.0,
                    reason=str(exc),
                    correction=exc.correction,
                    scores=scores,
                )
        verdict: Verdict = "redacted" if any(f.action == "redact" for f in findings) else "allowed"
        return GuardDecision(verdict, restored, tuple(findings), risk, scores=scores, parsed=parsed)

    def output_stream(self, ctx: ScanContext) -> StreamingRedactor:
        """A redactor for a streamed answer: ``feed(delta)`` per delta, ``flush()`` at the end."""
        detectors = self._leak_detectors()
        names = any(isinstance(d, PIIScanner) and d.finds_names_or_places for d in detectors)
        return StreamingRedactor(
            detectors, ctx.vault, self.policy.output.stream_holdback_chars, identifiers_only=not names
        )

    def validate_structured(self, answer: str) -> Any:
        """Parse a structured answer or raise StructuredOutputError (with ``correction``)."""
        if self.schema is None:
            raise PolicyError("this policy has no output json_schema")
        return self.schema.validate(answer)
