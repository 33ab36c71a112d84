"""What the pipeline is configured with: the sections of the configuration file it reads (api/config.py
composes them into the one settings object), and the view of that object it takes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from inference.prompts.ref import PromptRef


class RequestLimits(BaseModel):
    """Hard caps on what one request may ask for, whatever the tenant."""

    max_body_bytes: int = Field(default=2_000_000, ge=1024)
    body_read_timeout_s: float = Field(default=30.0, gt=0, description="408 for bodies slower than this")
    max_messages: int = Field(default=512, ge=1)
    max_prompt_chars: int = Field(default=200_000, ge=1)
    default_max_tokens: int = Field(default=512, ge=1, description="used when a client sets no max_tokens")
    max_embedding_inputs: int = Field(default=2048, ge=1)
    image_url_prefixes: list[str] = Field(
        default_factory=list,
        description="http(s) URL prefixes an image part may point at; the model server fetches those "
        "from inside the network, so by default only inline data:image/... URLs are accepted",
    )


class ResilienceSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_attempts: int = Field(default=3, ge=1)
    initial_backoff_s: float = Field(default=0.2, ge=0)
    max_backoff_s: float = Field(default=5.0, ge=0)
    first_token_timeout_s: float | None = Field(default=60.0, gt=0)
    breaker_failure_threshold: int = Field(default=5, ge=1)
    breaker_reset_timeout_s: float = Field(default=30.0, ge=0)


class GatewaySettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    routing: dict[str, Any] | None = Field(
        default=None, description="routing for model 'auto' (docs/gateway.md); default: the catalog's tiers"
    )
    cache: dict[str, Any] = Field(
        default_factory=dict, description="semantic cache settings (docs/gateway.md)"
    )
    resilience: ResilienceSettings = ResilienceSettings()


class AppSettings(BaseModel):
    """An app bundles what a team's use case needs; clients name it in the `model` field."""

    model_config = ConfigDict(extra="forbid")

    model: str = Field(description="catalog model that answers")
    description: str = ""
    guard: dict[str, Any] | None = Field(
        default=None, description="this app's guard policy (default: global)"
    )
    prompt: PromptRef | None = Field(
        default=None, description="versioned prompt: {prompt, version} or an experiment"
    )
    collection: str | None = Field(default=None, description="answer from this retrieval collection (RAG)")
    top_k: int = Field(default=5, ge=1, le=50, description="passages put into the prompt")
    fallback: list[str] = Field(
        default_factory=list,
        description="models tried in order when the primary fails before its first token",
    )
    fallback_message: str | None = Field(default=None, description="static answer when every model failed")
    input_variable: str = Field(
        default="message", description="prompt variable filled with the caller's last user message"
    )
    tools: list[str] | None = Field(
        default=None, description="the only function names a request may offer the model (default: any)"
    )
    tool_result_injection: Literal["block", "withhold"] = Field(
        default="block",
        description="a tool result carrying instructions to the model: refuse the request (400) or "
        "replace the result with a notice and let the model answer without it",
    )


class _StoresPrompts(Protocol):
    @property
    def store_prompts(self) -> Literal["none", "redacted", "raw"]: ...


class PipelineConfig(Protocol):
    """The parts of the configuration the pipeline reads; api's Settings is one."""

    @property
    def apps(self) -> Mapping[str, AppSettings]: ...

    @property
    def limits(self) -> RequestLimits: ...

    @property
    def tenancy(self) -> _StoresPrompts: ...
