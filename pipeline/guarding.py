"""Builds the guard pipelines (one for plain model calls, one per app) and runs a request's input
and output through them."""

from __future__ import annotations

import hashlib
import json
import logging
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

from guard.errors import PolicyError
from guard.policy import GuardPolicy, request_policy
from guard.scanner import ScanContext
from inference.engine import ChatMessage
from pipeline.errors import InvalidRequest, NotReady

if TYPE_CHECKING:
    # Presidio, spaCy, transformers and the injection classifier come with these: imported when a
    # pipeline is built, so a gateway with guards off starts (and each worker spawns) without them.
    from guard.embedder import Embedder
    from guard.pipeline import GuardDecision, GuardPipeline

log = logging.getLogger(__name__)

_ADHOC_CACHE = 16


@dataclass
class InputVerdict:
    messages: list[ChatMessage]
    ctx: ScanContext
    refusal: str | None  # the app's polite refusal: answer with it instead of calling a model
    findings: int
    decisions: list[GuardDecision]
    tool_results_withheld: int = 0


class GuardService:
    """Pipelines share one Presidio analyzer (spaCy loads once) and the gateway's embedder."""

    def __init__(
        self,
        default_policy: Mapping[str, Any] | None,
        app_policies: Mapping[str, Mapping[str, Any] | None],
        *,
        enabled: bool = True,
        detection_cache_entries: int = 0,
    ) -> None:
        self.enabled = enabled
        self._detection_cache_entries = detection_cache_entries
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
            from guard.pii.engine import build_analyzer

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
        from guard.pipeline import GuardPipeline

        same_nlp = policy.pii.spacy_model == self._default_policy.pii.spacy_model
        return GuardPipeline(
            policy,
            self._embedder,
            pii_analyzer=self._analyzer if same_nlp else None,
            detection_cache_entries=self._detection_cache_entries,
        )

    def for_app(self, app: str | None) -> GuardPipeline | None:
        if not self.enabled:
            return None
        if not self.ready:
            raise NotReady("guardrails are still starting", code="guard_not_ready", retry_after_s=5)
        return self.apps.get(app, self.default) if app else self.default

    def adhoc(self, policy: Mapping[str, Any]) -> GuardPipeline:
        """A pipeline for a policy sent with a /v1/guard/scan request (a few are kept warm)."""
        if not self.ready:  # building one now would wait, in the event loop, for the start-up imports
            raise NotReady("guardrails are still starting", code="guard_not_ready", retry_after_s=5)
        key = hashlib.sha256(json.dumps(policy, sort_keys=True, default=str).encode()).hexdigest()
        if key in self._adhoc:
            self._adhoc.move_to_end(key)
            return self._adhoc[key]
        try:
            parsed = request_policy(policy, [self._default_policy, *self._app_policies.values()])
        except PolicyError as exc:
            raise InvalidRequest(str(exc), code="invalid_policy", param="policy") from exc
        if parsed.topics.enabled and self._embedder is None:
            raise InvalidRequest("topic restriction needs the embedding model", param="policy")
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


# What the model reads instead of a tool result that tried to give it instructions.
WITHHELD_TOOL_RESULT = "[tool result withheld by the gateway: it contained instructions to the model]"


async def guard_input(
    pipeline: GuardPipeline,
    messages: Sequence[ChatMessage],
    app: str,
    retrieved: Sequence[str] = (),
    *,
    tool_result_injection: Literal["block", "withhold"] = "block",
) -> InputVerdict:
    """Scans what the caller wrote (not earlier assistant turns, which Stockade produced itself).
    One context, so the same value gets the same placeholder across messages.

    Tool traffic is input too: a tool result is scanned like the caller's text (the same value gets
    the same placeholder as in the question) and, being untrusted content the model will read, for
    indirect injection like a retrieved passage; the arguments of earlier tool calls, which the
    client got back with real values, are pseudonymised with the same vault so the model keeps
    seeing the placeholders it wrote; so is the text of earlier assistant turns."""
    ctx = ScanContext(direction="input", app=app, retrieved_context=tuple(retrieved))
    # Placeholders the conversation already carries (a stored, pseudonymised earlier turn) keep
    # their meaning: this request's values get numbers of their own.
    ctx.vault.reserve([m.content for m in messages] + [c.arguments for m in messages for c in m.tool_calls])
    out = list(messages)
    withheld = 0
    for index, message in enumerate(messages):
        if message.role != "tool" or not message.content:
            continue
        document = await pipeline.scan_document(message.content)
        if document.verdict != "blocked":
            continue
        if tool_result_injection == "block":
            raise InvalidRequest(
                f"request blocked by input guardrails: the tool result in messages[{index}] carries "
                f"instructions to the model ({document.reason})",
                code="tool_result_blocked",
                param=f"messages[{index}].content",
            )
        out[index] = replace(message, content=WITHHELD_TOOL_RESULT)
        withheld += 1
    scanned = [
        i
        for i, m in enumerate(out)
        if m.role != "assistant" and m.content and m.content != WITHHELD_TOOL_RESULT
    ]
    decisions = []
    for index in scanned:  # sequential: they share the vault's placeholder numbering
        ctx.role = out[index].role
        decisions.append(await pipeline.scan_input(out[index].content, ctx))
    for index, decision in zip(scanned, decisions, strict=True):
        if decision.verdict == "blocked":
            raise InvalidRequest(
                f"request blocked by input guardrails ({decision.reason})",
                code="input_blocked",
                param="messages",
            )
        # replace, not a new message: a tool result keeps the id of the call it answers
        out[index] = replace(out[index], content=decision.text)
    ctx.role = "assistant"  # below: pseudonymised only, nothing here blocks
    for index, message in enumerate(out):
        if message.role == "assistant" and message.content:
            # An earlier answer comes back with the real values the client was given: the model
            # reads it with the placeholders it wrote (pseudonymised only, nothing to block).
            answered = await pipeline.pseudonymise(message.content, ctx)
            message = out[index] = replace(message, content=answered)
        if message.tool_calls:
            calls = []
            for call in message.tool_calls:
                # Pseudonymised only: the model wrote these arguments itself, nothing here to block.
                redacted = await pipeline.pseudonymise(call.arguments, ctx) if call.arguments else None
                calls.append(replace(call, arguments=redacted) if redacted is not None else call)
            out[index] = replace(message, tool_calls=tuple(calls))
    refusal = next((d.message for d in decisions if d.verdict == "refused"), None)
    return InputVerdict(out, ctx, refusal, sum(len(d.findings) for d in decisions), decisions, withheld)


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
