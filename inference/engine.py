"""The engine protocol: what every model backend (in-process or remote) offers the gateway.

An engine streams text deltas and ends with exact usage. Everything above it (quotas, guards,
caching, routing) is written against this protocol only, so a llama.cpp model on a laptop and a
vLLM pod on a GPU node look the same to the rest of Stockade.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
from collections.abc import AsyncGenerator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

Role = Literal["system", "user", "assistant", "tool"]
FinishReason = Literal["stop", "length", "tool_calls", "cancelled"]


@dataclass(frozen=True)
class ToolCall:
    """A whole function call the model made: what an assistant message carries back on the next turn."""

    id: str
    name: str
    # The JSON arguments as text, exactly as the model wrote them (OpenAI's wire shape).
    arguments: str


@dataclass(frozen=True)
class ChatMessage:
    role: Role
    content: str
    # On an assistant message: the calls it made (its content may then be empty).
    tool_calls: tuple[ToolCall, ...] = ()
    # On a tool message: the id of the call whose result this is.
    tool_call_id: str | None = None
    # Images the message shows the model (URLs or data URLs), read before its text; only engines
    # whose catalog entry says `input_images: true` ever receive a message with any.
    images: tuple[str, ...] = ()


@dataclass(frozen=True)
class ToolSpec:
    """A function the model may call: its name, what it does, and its parameters' JSON schema."""

    name: str
    description: str = ""
    parameters: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class NamedToolChoice:
    """`tool_choice` naming one function: the model must call exactly that one."""

    name: str


ToolChoice = Literal["auto", "none", "required"] | NamedToolChoice


@dataclass(frozen=True)
class SamplingParams:
    max_tokens: int
    temperature: float = 1.0
    top_p: float = 1.0
    stop: tuple[str, ...] = ()
    seed: int | None = None
    # Constrain decoding to this JSON schema where the engine can (llama.cpp grammars, vLLM guided
    # decoding); the gateway still validates the answer afterwards.
    json_schema: dict[str, object] | None = None
    # Functions the model may call, and whether it must: typed, because every engine kind honours
    # them (llama.cpp through its chat template and a grammar, upstreams on the wire).
    tools: tuple[ToolSpec, ...] = ()
    tool_choice: ToolChoice = "auto"
    parallel_tool_calls: bool = True
    # Request fields Stockade does not interpret but the engine does (vLLM's `ignore_eos`, `top_k`,
    # ...), already checked against the catalog's allow-list for this engine kind.
    engine_args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int
    completion_tokens: int

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class TextDelta:
    """A piece of generated text, in order."""

    text: str
    # How many engine events (about one token each) this piece joins: what a stream cut short is
    # charged when the engine never reported its usage.
    pieces: int = 1


@dataclass(frozen=True)
class Finished:
    """The last item of every stream: why it ended and the exact token counts."""

    finish_reason: FinishReason
    usage: Usage
    # Which of the request's stop sequences ended the text, when one did and the engine can tell
    # (Anthropic's `stop_sequence`); None for an end of turn, a limit, or an engine that cannot say.
    stop_sequence: str | None = None


@dataclass(frozen=True)
class ToolCallDelta:
    """A piece of a tool call in OpenAI's streaming shape: the first piece of a call carries its id
    and function name, later pieces carry more of the JSON arguments."""

    index: int
    id: str | None = None
    name: str | None = None
    arguments: str = ""


StreamItem = TextDelta | ToolCallDelta | Finished


@dataclass(frozen=True)
class AttemptRecord:
    engine: str
    error: str | None  # None: this attempt produced the answer's first token


@dataclass
class GatewayReport:
    """What happened to one generation inside the resilience layer (retries, fallbacks, which model
    answered): for the trace, a response header and the ledger. Filled while the stream runs.

    `answered_by` is the model id whose tokens the client received, or "static" for a fallback
    chain's fixed message; it stays None when everything failed or no resilience layer ran.
    """

    answered_by: str | None = None
    retries: int = 0
    fallbacks: int = 0
    attempts: list[AttemptRecord] = field(default_factory=list)

    @property
    def used_static_message(self) -> bool:
        return self.answered_by == STATIC_ANSWER


STATIC_ANSWER = "static"


class Cancellation:
    """Shared between the caller and the engine for one generation.

    The caller cancels when nobody wants the rest of the answer (client gone, guard blocked); the
    engine records `final_usage` when it stops, also after a cancellation, so that what was
    generated can still be charged. A caller that must wait for that usage awaits `usage()` (a
    future, resolved from whichever thread the engine finishes on) instead of polling. Wrappers
    (retries, fallback chains) record their attempts on `report`, so callers learn which model
    answered without a second parameter on every engine.
    """

    def __init__(self) -> None:
        self.cancelled = False
        self.report = GatewayReport()
        self._final_usage: Usage | None = None
        # concurrent.futures, not asyncio: in-process engines finish on a worker thread.
        self._usage_known: concurrent.futures.Future[Usage] = concurrent.futures.Future()

    def cancel(self) -> None:
        self.cancelled = True

    @property
    def final_usage(self) -> Usage | None:
        return self._final_usage

    @final_usage.setter
    def final_usage(self, usage: Usage | None) -> None:
        self._final_usage = usage
        if usage is not None:
            # Reported twice when a wrapper copies its attempt's usage: the first one resolves the future.
            with contextlib.suppress(concurrent.futures.InvalidStateError):
                self._usage_known.set_result(usage)

    async def usage(self, timeout_s: float) -> Usage | None:
        """The engine's final usage once it has stopped, or None if it does not report in time."""
        try:
            waiter = asyncio.wrap_future(self._usage_known)
            return await asyncio.wait_for(asyncio.shield(waiter), timeout_s)
        except TimeoutError:
            return self._final_usage


@dataclass
class EngineHealth:
    ready: bool
    detail: str = ""
    extra: dict[str, object] = field(default_factory=dict)


class EngineError(Exception):
    """A failure of the engine itself (not of the request). `retryable` drives retries/fallback."""

    def __init__(self, message: str, *, retryable: bool = False, status: int = 502) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.status = status


class EngineNotReady(EngineError):
    def __init__(self, message: str = "engine is not ready") -> None:
        super().__init__(message, retryable=True, status=503)


class PromptTooLong(Exception):
    """The prompt plus the requested completion does not fit the model's context."""

    def __init__(self, prompt_tokens: int, max_tokens: int, context_length: int) -> None:
        super().__init__(
            f"This model's maximum context length is {context_length} tokens. However, you requested "
            f"{prompt_tokens + max_tokens} tokens ({prompt_tokens} in the messages, {max_tokens} in the "
            "completion). Please reduce the length of the messages or completion."
        )
        self.prompt_tokens = prompt_tokens
        self.max_tokens = max_tokens
        self.context_length = context_length


@runtime_checkable
class Engine(Protocol):
    """One served model."""

    model_id: str
    engine_name: str
    context_length: int

    async def start(self) -> None:
        """Load weights or connect; may take a while. Safe to call once."""

    async def close(self) -> None: ...

    def health(self) -> EngineHealth: ...

    async def count_chat_tokens(
        self,
        messages: Sequence[ChatMessage],
        tools: Sequence[ToolSpec] = (),
        tool_choice: ToolChoice = "auto",
    ) -> int:
        """Prompt tokens the engine will see for these messages, chat template included, and for the
        tools the request offers (as the engine renders them for this tool choice)."""
        ...

    async def count_text_tokens(self, text: str) -> int: ...

    def stream_chat(
        self, messages: Sequence[ChatMessage], params: SamplingParams, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]: ...

    def stream_completion(
        self, prompt: str, params: SamplingParams, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]: ...
