"""Any OpenAI-compatible server as an engine: vLLM, SGLang, TGI, llama.cpp server.

Only the two generation endpoints are ever called; nothing else of the upstream is reachable
through Stockade. Streams always ask for usage so that metering uses the engine's own counts.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
from collections.abc import AsyncGenerator, AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

# aiohttp rather than httpx on this hot path: its C parser costs a third of the CPU per streamed
# request (measured: 0.5 against 1.6 ms on this VM), and every request of the gateway passes here.
import aiohttp
import orjson

from inference.engine import (
    Cancellation,
    ChatMessage,
    EngineError,
    EngineHealth,
    Finished,
    FinishReason,
    SamplingParams,
    StreamItem,
    TextDelta,
    ToolCallDelta,
    ToolChoice,
    ToolSpec,
    Usage,
)
from inference.tool_calls import wire_messages, wire_tool_choice, wire_tools

log = logging.getLogger(__name__)

# Without the upstream's tokenizer the gateway can only estimate prompt size before the call; the
# exact count comes back in the usage block and is what gets metered. Three characters per token
# over-estimates for English, which errs on the safe side for quota reservations.
_CHARS_PER_TOKEN = 3
_TOKENS_PER_MESSAGE = 4


def _estimate_chat(messages: Sequence[ChatMessage], tools: Sequence[ToolSpec] = ()) -> int:
    calls = sum(len(c.name) + len(c.arguments) for m in messages for c in m.tool_calls)
    shown = len(json.dumps(wire_tools(tools))) if tools else 0
    texts = sum(len(m.content) // _CHARS_PER_TOKEN + _TOKENS_PER_MESSAGE for m in messages)
    return texts + (calls + shown) // _CHARS_PER_TOKEN


def _estimate_text(text: str) -> int:
    return len(text) // _CHARS_PER_TOKEN + 1


@dataclass(frozen=True)
class UpstreamSettings:
    model_id: str
    base_url: str  # ends with /v1
    context_length: int
    served_model: str | None = None
    api_key: str | None = None
    timeout_s: float = 120.0
    connect_timeout_s: float = 5.0
    max_connections: int = 256
    token_count: Literal["tokenize", "estimate"] = "estimate"

    @classmethod
    def with_key_from_env(cls, api_key_env: str | None, **kwargs: Any) -> UpstreamSettings:
        return cls(api_key=os.environ.get(api_key_env) if api_key_env else None, **kwargs)


def _finish_reason(raw: str | None) -> FinishReason:
    if raw == "length":
        return "length"
    return "tool_calls" if raw == "tool_calls" else "stop"


class OpenAIUpstreamEngine:
    engine_name = "openai-upstream"

    def __init__(self, settings: UpstreamSettings) -> None:
        self.settings = settings
        self.model_id = settings.model_id
        self.context_length = settings.context_length
        self._base_url = settings.base_url.rstrip("/")
        self._headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
        self._session: aiohttp.ClientSession | None = None
        self._session_loop: asyncio.AbstractEventLoop | None = None
        self._ready = False
        self._detail = "not checked yet"

    def _http(self) -> aiohttp.ClientSession:
        """The connection pool, made in (and bound to) the event loop that uses it."""
        loop = asyncio.get_running_loop()
        if self._session is None or self._session.closed or self._session_loop is not loop:
            self._session = aiohttp.ClientSession(
                headers=self._headers,
                connector=aiohttp.TCPConnector(limit=self.settings.max_connections),
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    connect=self.settings.connect_timeout_s,
                    sock_read=self.settings.timeout_s,
                ),
                trust_env=False,  # never route engine traffic through a proxy from the environment
            )
            self._session_loop = loop
        return self._session

    async def _post(self, url: str, body: dict[str, Any]) -> aiohttp.ClientResponse:
        """POST `body`, and once more on another connection if the first was dropped before any answer.

        An upstream closes an idle keep-alive connection when it likes (uvicorn after 5 s); a request
        sent on it as it closes fails with a reset or a disconnect before a byte of the answer came.
        aiohttp resends only idempotent methods then (RFC 9112, 9.3.1). These POSTs change nothing on
        the upstream, so resending is safe too, and it keeps a healthy replica from being counted as
        failing. A refused or timed-out connection is the upstream's failure and is not resent."""
        try:
            return await self._http().post(url, json=body)
        except aiohttp.ClientConnectorError:
            raise
        except (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError, ConnectionResetError) as exc:
            log.info("upstream %s dropped a pooled connection (%s); sending again", self.model_id, exc)
            return await self._http().post(url, json=body)

    async def start(self) -> None:
        await self.refresh_health()

    async def refresh_health(self) -> EngineHealth:
        try:
            timeout = aiohttp.ClientTimeout(total=self.settings.connect_timeout_s)
            async with self._http().get(self._base_url + "/models", timeout=timeout) as response:
                await response.read()
                self._ready = response.status == 200
                self._detail = "reachable" if self._ready else f"upstream answered {response.status}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            self._ready = False
            self._detail = f"unreachable: {type(exc).__name__}"
        return self.health()

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            with contextlib.suppress(RuntimeError):  # its event loop is already gone
                await self._session.close()
        self._session = None

    def health(self) -> EngineHealth:
        return EngineHealth(ready=self._ready, detail=self._detail)

    async def count_chat_tokens(
        self,
        messages: Sequence[ChatMessage],
        tools: Sequence[ToolSpec] = (),
        tool_choice: ToolChoice = "auto",
    ) -> int:
        # vLLM prints the tools into the prompt whatever the tool choice (unless it was started with
        # --exclude-tools-when-tool-choice-none), so they are counted whatever it is.
        if self.settings.token_count == "tokenize":
            body: dict[str, Any] = {"messages": wire_messages(messages), "add_generation_prompt": True}
            if tools:
                body["tools"] = wire_tools(tools)  # vLLM's TokenizeChatRequest renders them too
            return await self._tokenize(body)
        return _estimate_chat(messages, tools)

    async def count_text_tokens(self, text: str) -> int:
        if self.settings.token_count == "tokenize":
            return await self._tokenize({"prompt": text})
        return _estimate_text(text)

    async def _tokenize(self, body: dict[str, Any]) -> int:
        """vLLM's own tokenizer and chat template (`POST /tokenize`, beside `/v1`): the count the
        engine will report, so a quota reservation is exact rather than an estimate."""
        url = self._base_url.removesuffix("/v1") + "/tokenize"
        payload = {"model": self.settings.served_model or self.model_id, **body}
        try:
            async with await self._post(url, payload) as response:
                if response.status != 200:
                    await self._raise_for_status(response)
                return int((await response.json())["count"])
        except (aiohttp.ClientError, TimeoutError, KeyError, ValueError) as exc:
            raise EngineError(
                f"upstream {self.model_id} could not count tokens: {type(exc).__name__}", retryable=True
            ) from exc

    def _body(self, params: SamplingParams) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.settings.served_model or self.model_id,
            "max_tokens": params.max_tokens,
            "temperature": params.temperature,
            "top_p": params.top_p,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        if params.stop:
            body["stop"] = list(params.stop)
        if params.seed is not None:
            body["seed"] = params.seed
        if params.json_schema:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "answer", "schema": params.json_schema},
            }
        if params.tools:
            # Without tools OpenAI refuses tool_choice and parallel_tool_calls, so they go only beside
            # them. vLLM parses the calls (--tool-call-parser) and streams them as delta.tool_calls.
            body["tools"] = wire_tools(params.tools)
            body["tool_choice"] = wire_tool_choice(params.tool_choice)
            body["parallel_tool_calls"] = params.parallel_tool_calls
        # Already checked against this engine kind's allow-list; they go on exactly as the client sent
        # them (vLLM's ignore_eos, top_k, ...).
        body.update(params.engine_args)
        return body

    def stream_chat(
        self, messages: Sequence[ChatMessage], params: SamplingParams, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]:
        body = self._body(params) | {"messages": wire_messages(messages)}
        estimate = _estimate_chat(messages, params.tools)
        return self._stream("/chat/completions", body, cancel, chat=True, estimate_prompt=estimate)

    def stream_completion(
        self, prompt: str, params: SamplingParams, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]:
        body = self._body(params) | {"prompt": prompt}
        return self._stream("/completions", body, cancel, chat=False, estimate_prompt=_estimate_text(prompt))

    async def _stream(
        self,
        path: str,
        body: dict[str, Any],
        cancel: Cancellation,
        *,
        chat: bool,
        estimate_prompt: int,
    ) -> AsyncGenerator[StreamItem, None]:
        events = _EventReader(chat=chat)
        pieces = 0
        try:
            async with await self._post(self._base_url + path, body) as response:
                if response.status != 200:
                    await self._raise_for_status(response)
                self._ready = True
                async for lines in _line_batches(response.content):
                    if cancel.cancelled:
                        events.finish = "cancelled"
                        break  # closing the connection is what stops the upstream generating
                    items, error = events.read(lines)
                    for item in items:
                        # a tool-call piece is about one token too (usage-less upstreams only)
                        pieces += item.pieces if isinstance(item, TextDelta) else 1
                        yield item
                    if error is not None:
                        raise EngineError(f"upstream error: {error}", retryable=False)
        except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
            self._ready = False
            self._detail = f"unreachable: {type(exc).__name__}"
            raise EngineError(
                f"upstream {self.model_id} unreachable: {type(exc).__name__}", retryable=True
            ) from exc
        except TimeoutError as exc:  # aiohttp's read timeouts are TimeoutErrors too
            raise EngineError(f"upstream {self.model_id} timed out", retryable=True, status=504) from exc
        except (aiohttp.ClientError, json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise EngineError(
                f"upstream {self.model_id} failed: {type(exc).__name__}", retryable=True
            ) from exc
        usage = events.usage
        if usage is None:
            log.warning("upstream %s sent no usage; metering an estimate", self.model_id)
            usage = Usage(estimate_prompt, pieces)
        cancel.final_usage = usage
        stop = events.stop_sequence if events.stop_sequence in body.get("stop", ()) else None
        yield Finished(events.finish, usage, stop)

    async def _raise_for_status(self, response: aiohttp.ClientResponse) -> None:
        raw = (await response.read()).decode("utf-8", "replace")
        try:
            message = json.loads(raw)["error"]["message"]
        except (ValueError, KeyError, TypeError):
            message = raw[:500]
        status = response.status
        retryable = status >= 500 or status == 429
        raise EngineError(
            f"upstream {self.model_id} answered {status}: {message}",
            retryable=retryable,
            status=400 if status in (400, 422) else 502,
        )


def _parse(data: str) -> Any:
    """One event's JSON. orjson (a quarter of json's time; one event per token); the standard
    library for what only it accepts (NaN and Infinity), so no upstream event that parsed before
    fails now."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


@dataclass
class _EventReader:
    """Reads an OpenAI stream's `data:` events: text pieces out, usage and finish reason kept."""

    chat: bool
    usage: Usage | None = None
    finish: FinishReason = "length"
    stop_sequence: str | None = None
    done: bool = False

    def read(self, lines: list[str]) -> tuple[list[TextDelta | ToolCallDelta], Any]:
        """What these lines carry, in order, and the upstream's error event if one came.

        Text events that arrived in one network read go on as one piece: an upstream's burst costs
        one pass through the gateway, not one per token, and a token-by-token stream (one event per
        read) is passed on as it came."""
        items: list[TextDelta | ToolCallDelta] = []
        texts: list[str] = []

        def flush_texts() -> None:
            if texts:
                items.append(TextDelta("".join(texts), len(texts)))
                texts.clear()

        for line in lines:
            if self.done or not line.startswith("data:"):
                # After [DONE] the body is still read to its end: a response closed unread takes
                # its connection with it, and every request would open a new one.
                continue
            data = line[5:].strip()
            if data == "[DONE]":
                self.done = True
                continue
            chunk = _parse(data)
            if "error" in chunk:
                flush_texts()
                return items, chunk["error"]
            if chunk.get("usage"):
                raw = chunk["usage"]
                self.usage = Usage(int(raw.get("prompt_tokens", 0)), int(raw.get("completion_tokens", 0)))
            for choice in chunk.get("choices") or []:
                delta = choice.get("delta") or {}
                text = delta.get("content") if self.chat else choice.get("text")
                if text:
                    texts.append(text)
                for call in delta.get("tool_calls") or ():
                    flush_texts()
                    function = call.get("function") or {}
                    items.append(
                        ToolCallDelta(
                            index=int(call.get("index", 0)),
                            id=call.get("id"),
                            name=function.get("name"),
                            arguments=function.get("arguments") or "",
                        )
                    )
                if choice.get("finish_reason"):
                    self.finish = _finish_reason(choice["finish_reason"])
                    # vLLM names the stop string that ended the text (a token id for a stop token).
                    if isinstance(choice.get("stop_reason"), str):
                        self.stop_sequence = choice["stop_reason"]
        flush_texts()
        return items, None


async def _line_batches(body: aiohttp.StreamReader) -> AsyncIterator[list[str]]:
    """The body's complete lines, a network read at a time (however long a line is: aiohttp's own
    line iterator refuses lines over 64 KiB)."""
    pending = b""
    async for chunk in body.iter_any():
        pending += chunk
        *complete, pending = pending.split(b"\n")
        if complete:
            yield [line.decode("utf-8").rstrip("\r") for line in complete]
    if pending:
        yield [pending.decode("utf-8").rstrip("\r")]
