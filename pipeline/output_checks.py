"""Output checks of one request: the app's guard policy (PII leak, secrets, refusals, length,
faithfulness) and the client's own `response_format`, with one correction retry for structure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from guard.errors import StructuredOutputError
from guard.output.schema import JsonSchemaValidator

if TYPE_CHECKING:
    from guard.pipeline import GuardPipeline
    from guard.scanner import ScanContext


@dataclass(frozen=True)
class CheckedOutput:
    verdict: Literal["ok", "retry", "replace"]
    text: str
    reason: str = ""
    correction: str = ""


class _Passthrough:
    def feed(self, delta: str) -> str:
        return delta

    def flush(self) -> str:
        return ""


class OutputGuard:
    def __init__(
        self, pipeline: GuardPipeline | None, ctx: ScanContext, response_format: Mapping[str, Any] | None
    ) -> None:
        self.pipeline = pipeline
        self.ctx = ctx
        self.schema: JsonSchemaValidator | None = None
        self.json_schema: dict[str, Any] | None = None  # handed to the engine to constrain decoding
        if response_format:
            kind = response_format.get("type")
            if kind == "json_schema":
                self.json_schema = (response_format.get("json_schema") or {}).get("schema") or {}
            elif kind == "json_object":
                self.json_schema = {"type": "object"}
        if self.json_schema is None and pipeline is not None and pipeline.policy.output.json_schema:
            self.json_schema = dict(pipeline.policy.output.json_schema)
        elif self.json_schema is not None:
            self.schema = JsonSchemaValidator(self.json_schema)

    @property
    def needs_whole_answer(self) -> bool:
        """Structure and faithfulness can only be judged on the complete answer, so such streams are
        generated and checked first, then sent."""
        if self.schema is not None:
            return True
        if self.pipeline is None:
            return False
        out = self.pipeline.policy.output
        return out.json_schema is not None or (
            out.faithfulness_threshold is not None and bool(self.ctx.retrieved_context)
        )

    def stream_filter(self) -> Any:
        return self.pipeline.output_stream(self.ctx) if self.pipeline is not None else _Passthrough()

    async def check(self, answer: str) -> CheckedOutput:
        text = answer
        if self.pipeline is not None:
            decision = await self.pipeline.scan_output(answer, self.ctx)
            if decision.verdict in ("fallback", "blocked"):
                return CheckedOutput("replace", decision.message or "", reason=decision.reason or "")
            if decision.verdict == "retry":
                return CheckedOutput(
                    "retry", decision.text, reason=decision.reason or "", correction=decision.correction or ""
                )
            text = decision.text
        if self.schema is not None:
            try:
                self.schema.validate(text)
            except StructuredOutputError as exc:
                return CheckedOutput("retry", text, reason=str(exc), correction=exc.correction)
        return CheckedOutput("ok", text)
