"""Builds the guard pipelines (one for plain model calls, one per app) and runs a request's input
and output through them."""

from __future__ import annotations

import hashlib
import json
import logging
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from api.errors import ApiError
from guard import GuardDecision, GuardPipeline, GuardPolicy, PolicyError, ScanContext
from guard.embedder import Embedder
from guard.pii.engine import build_analyzer
from inference.engine import ChatMessage

log = logging.getLogger(__name__)

_ADHOC_CACHE = 16


@dataclass
class InputVerdict:
    messages: list[ChatMessage]
    ctx: ScanContext
    refusal: str | None  # the app's polite refusal: answer with it instead of calling a model
    findings: int
    decisions: list[GuardDecision]


class GuardService:
    """Pipelines share one Presidio analyzer (spaCy loads once) and the gateway's embedder."""

    def __init__(
        self,
        default_policy: Mapping[str, Any] | None,
        app_policies: Mapping[str, Mapping[str, Any] | None],
        *,
        enabled: bool = True,
    ) -> None:
        self.enabled = enabled
        try:
            self._default_policy = GuardPolicy.from_dict(default_policy)
            self._app_policies = {
                name: GuardPolicy.from_dict(p) if p is not None else self._default_policy
                for name, p in app_policies.items()
            }
        except PolicyError as exc:
            raise ValueError(str(exc)) from exc
        self._analyzer: Any = None
        self._embedder: Embedder | None = None
        self.default: GuardPipeline | None = None
        self.apps: dict[str, GuardPipeline] = {}
        self._adhoc: OrderedDict[str, GuardPipeline] = OrderedDict()
        self.ready = False
        self.error: str | None = None

    def build(self, embedder: Embedder | None) -> None:
        """Blocking (spaCy and classifiers load): run in a thread at start-up."""
        if not self.enabled:
            self.ready = True
            return
        try:
            self._embedder = embedder
            pii = self._default_policy.pii
            self._analyzer = build_analyzer(pii.spacy_model, pii.language)
            self.default = self._pipeline(self._default_policy)
            self.apps = {name: self._pipeline(policy) for name, policy in self._app_policies.items()}
            self.ready = True
        except Exception as exc:
            self.error = f"{type(exc).__name__}: {exc}"
            log.error("guardrails failed to start: %s", self.error)
            raise

    def _pipeline(self, policy: GuardPolicy) -> GuardPipeline:
        same_nlp = policy.pii.spacy_model == self._default_policy.pii.spacy_model
        return GuardPipeline(policy, self._embedder, pii_analyzer=self._analyzer if same_nlp else None)

    def for_app(self, app: str | None) -> GuardPipeline | None:
        if not self.enabled:
            return None
        if not self.ready:
            raise ApiError(
                503, "guardrails are still starting", code="guard_not_ready", headers={"Retry-After": "5"}
            )
        return self.apps.get(app, self.default) if app else self.default

    def adhoc(self, policy: Mapping[str, Any]) -> GuardPipeline:
        """A pipeline for a policy sent with a /v1/guard/scan request (a few are kept warm)."""
        key = hashlib.sha256(json.dumps(policy, sort_keys=True, default=str).encode()).hexdigest()
        if key in self._adhoc:
            self._adhoc.move_to_end(key)
            return self._adhoc[key]
        try:
            parsed = GuardPolicy.from_dict(policy)
        except PolicyError as exc:
            raise ApiError(400, str(exc), code="invalid_policy", param="policy") from exc
        if parsed.topics.enabled and self._embedder is None:
            raise ApiError(400, "topic restriction needs the embedding model", param="policy")
        pipeline = self._pipeline(parsed)
        self._adhoc[key] = pipeline
        if len(self._adhoc) > _ADHOC_CACHE:
            self._adhoc.popitem(last=False)[1].close()
        return pipeline

    def close(self) -> None:
        for pipeline in [
            *([self.default] if self.default else []),
            *self.apps.values(),
            *self._adhoc.values(),
        ]:
            pipeline.close()


async def guard_input(
    pipeline: GuardPipeline, messages: Sequence[ChatMessage], app: str, retrieved: Sequence[str] = ()
) -> InputVerdict:
    """Scans what the caller wrote (not earlier assistant turns, which Stockade produced itself).
    One context, so the same value gets the same placeholder across messages."""
    ctx = ScanContext(direction="input", app=app, retrieved_context=tuple(retrieved))
    scanned = [i for i, m in enumerate(messages) if m.role != "assistant" and m.content]
    decisions = []
    for index in scanned:  # sequential: they share the vault's placeholder numbering
        decisions.append(await pipeline.scan_input(messages[index].content, ctx))
    out = list(messages)
    for index, decision in zip(scanned, decisions, strict=True):
        if decision.verdict == "blocked":
            raise ApiError(
                400,
                f"request blocked by input guardrails ({decision.reason})",
                code="input_blocked",
                param="messages",
            )
        out[index] = ChatMessage(role=messages[index].role, content=decision.text)
    refusal = next((d.message for d in decisions if d.verdict == "refused"), None)
    return InputVerdict(out, ctx, refusal, sum(len(d.findings) for d in decisions), decisions)


def findings_json(decision: GuardDecision) -> list[dict[str, Any]]:
    """Types, offsets and scores only: never the matched values."""
    return [
        {
            "scanner": f.scanner,
            "type": f.entity_type,
            "start": f.start,
            "end": f.end,
            "score": round(f.score, 4),
            "action": f.action,
            "detail": f.detail,
        }
        for f in decision.findings
    ]
