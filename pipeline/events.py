"""What a running generation yields, in order: text and tool-call pieces, then one `Finish`, one
`UsageReport`, and one `Settled` once the answer is in the ledger."""

from __future__ import annotations

from dataclasses import dataclass

from inference.engine import FinishReason, TextDelta, ToolCallDelta, Usage
from tenancy.service import Settlement

__all__ = ["Event", "Finish", "Settled", "TextDelta", "ToolCallDelta", "UsageReport"]


@dataclass(frozen=True)
class Finish:
    reason: FinishReason
    stop_sequence: str | None = None  # which of the request's stop sequences ended the text


@dataclass(frozen=True)
class UsageReport:
    usage: Usage


@dataclass(frozen=True)
class Settled:
    """The last event: the request's one settlement, already written as its ledger row and audit
    record. A stream that ends without it was not metered and must not look complete."""

    settlement: Settlement


Event = TextDelta | ToolCallDelta | Finish | UsageReport | Settled
