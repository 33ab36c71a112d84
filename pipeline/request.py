"""The one request every front door translates into: typed, with Stockade's extensions as fields."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from inference.engine import ChatMessage, ToolChoice, ToolSpec
from tenancy.storage import ApiKey

Route = Literal["chat", "completions"]


@dataclass(frozen=True)
class Caller:
    """Who asks, and the ids that tie the answer to its trace and ledger row."""

    key: ApiKey
    request_id: str
    trace_id: str


@dataclass(frozen=True)
class Sampling:
    """What the caller set; None leaves the choice to the prompt version, then to the gateway."""

    max_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    stop: tuple[str, ...] = ()
    seed: int | None = None


@dataclass(frozen=True)
class Extensions:
    """Stockade's own request fields (sent through an SDK's `extra_body`)."""

    variables: Mapping[str, Any] | None = None  # an app's prompt template variables
    prompt_version: str | None = None  # pin an app's prompt version (evals, canaries)
    collection: str | None = None  # answer from this retrieval collection
    cache: bool = False  # opt in to the semantic cache where the policy asks for it


@dataclass(frozen=True)
class GenerationRequest:
    route: Route
    model: str  # a catalog model, `auto` (routed) or an app from the configuration
    caller: Caller
    messages: tuple[ChatMessage, ...]  # for completions: one user message holding the prompt
    sampling: Sampling = Sampling()
    tools: tuple[ToolSpec, ...] = ()
    tool_choice: ToolChoice = "auto"
    parallel_tool_calls: bool = True
    response_format: Mapping[str, Any] | None = None
    user: str | None = None
    extensions: Extensions = Extensions()
    # Fields Stockade does not interpret, for the engine: checked against the catalog's allow-list.
    engine_args: Mapping[str, Any] = field(default_factory=dict)
    # The answer may leave piece by piece; a whole-answer check can still make the pipeline hold it.
    stream: bool = False
    # The front door the client came through when it is not the route itself ("responses"): what
    # the ledger row, the audit record and the metrics name.
    front_door: str = ""
    # The field the client set the limit with, where the front door has two names for it (chat's
    # max_completion_tokens besides max_tokens); errors about the limit name it.
    max_tokens_sent_as: str = ""

    @property
    def door(self) -> str:
        return self.front_door or self.route

    @property
    def max_tokens_field(self) -> str:
        """The field that sets max_tokens, as this request's front door names it (for errors)."""
        if self.max_tokens_sent_as:
            return self.max_tokens_sent_as
        return "max_output_tokens" if self.front_door == "responses" else "max_tokens"

    @property
    def prompt_field(self) -> str:
        """The field that holds the prompt, as this request's front door names it (for errors)."""
        if self.front_door == "responses":
            return "input"
        return "prompt" if self.route == "completions" else "messages"
