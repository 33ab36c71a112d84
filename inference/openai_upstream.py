"""Any OpenAI-compatible server as an engine: vLLM, SGLang, TGI, llama.cpp server.

Only the two generation endpoints are ever called; nothing else of the upstream is reachable
through Stockade. Streams always ask for usage so that metering uses the engine's own counts.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import AsyncGenerator, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

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
    Usage,
)

log = logging.getLogger(__name__)

# Without the upstream's tokenizer the gateway can only estimate prompt size before the call; the
# exact count comes back in the usage block and is what gets metered. Three characters per token
# over-estimates for English, which errs on the safe side for quota reservations.
_CHARS_PER_TOKEN = 3
_TOKENS_PER_MESSAGE = 4


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

    @classmethod
    def with_key_from_env(cls, api_key_env: str | None, **kwargs: Any) -> UpstreamSettings:
        return cls(api_key=os.environ.get(api_key_env) if api_key_env else None, **kwargs)


def _finish_reason(raw: str | None) -> FinishReason:
    return "length" if raw == "length" else "stop"


class OpenAIUpstreamEngine:
    engine_name = "openai-upstream"

    def __init__(self, settings: UpstreamSettings, client: httpx.AsyncClient | None = None) -> None:
        self.settings = settings
        self.model_id = settings.model_id
        self.context_length = settings.context_length
        headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}
        self._client = client or httpx.AsyncClient(
            base_url=settings.base_url.rstrip("/"),
            headers=headers,
            timeout=httpx.Timeout(settings.timeout_s, connect=settings.connect_timeout_s),
            limits=httpx.Limits(
                max_connections=settings.max_connections, max_keepalive_connections=settings.max_connections
            ),
            trust_env=False,  # never route engine traffic through a proxy from the environment
        )
        self._ready = False
        self._detail = "not checked yet"

    async def start(self) -> None:
        await self.refresh_health()

    async def refresh_health(self) -> EngineHealth:
        try:
            response = await self._client.get("/models", timeout=self.settings.connect_timeout_s)
            self._ready = response.status_code == 200
            self._detail = "reachable" if self._ready else f"upstream answered {response.status_code}"
        except httpx.HTTPError as exc:
            self._ready = False
            self._detail = f"unreachable: {type(exc).__name__}"
        return self.health()

    async def close(self) -> None:
        await self._client.aclose()

    def health(self) -> EngineHealth:
        return EngineHealth(ready=self._ready, detail=self._detail)

    async def count_chat_tokens(self, messages: Sequence[ChatMessage]) -> int:
        return sum(len(m.content) // _CHARS_PER_TOKEN + _TOKENS_PER_MESSAGE for m in messages)

    async def count_text_tokens(self, text: str) -> int:
        return len(text) // _CHARS_PER_TOKEN + 1

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
        return body

    def stream_chat(
        self, messages: Sequence[ChatMessage], params: SamplingParams, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]:
        body = self._body(params) | {"messages": [{"role": m.role, "content": m.content} for m in messages]}
        return self._stream("/chat/completions", body, cancel, chat=True, estimate_prompt=messages)

    def stream_completion(
        self, prompt: str, params: SamplingParams, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]:
        body = self._body(params) | {"prompt": prompt}
        return self._stream("/completions", body, cancel, chat=False, estimate_prompt=prompt)

    async def _stream(
        self,
        path: str,
        body: dict[str, Any],
        cancel: Cancellation,
        *,
        chat: bool,
        estimate_prompt: Sequence[ChatMessage] | str,
    ) -> AsyncGenerator[StreamItem, None]:
        finish: FinishReason = "length"
        usage: Usage | None = None
        pieces = 0
        try:
            async with self._client.stream("POST", path, json=body) as response:
                if response.status_code != 200:
                    await self._raise_for_status(response)
                self._ready = True
                async for line in response.aiter_lines():
                    if cancel.cancelled:
                        finish = "cancelled"
                        break
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    chunk = json.loads(data)
                    if "error" in chunk:
                        raise EngineError(f"upstream error: {chunk['error']}", retryable=False)
                    if chunk.get("usage"):
                        raw = chunk["usage"]
                        usage = Usage(int(raw.get("prompt_tokens", 0)), int(raw.get("completion_tokens", 0)))
                    for choice in chunk.get("choices") or []:
                        text = (choice.get("delta") or {}).get("content") if chat else choice.get("text")
                        if text:
                            pieces += 1
                            yield TextDelta(text)
                        if choice.get("finish_reason"):
                            finish = _finish_reason(choice["finish_reason"])
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            self._ready = False
            self._detail = f"unreachable: {type(exc).__name__}"
            raise EngineError(
                f"upstream {self.model_id} unreachable: {type(exc).__name__}", retryable=True
            ) from exc
        except httpx.TimeoutException as exc:
            raise EngineError(f"upstream {self.model_id} timed out", retryable=True, status=504) from exc
        except (httpx.HTTPError, json.JSONDecodeError) as exc:
            raise EngineError(
                f"upstream {self.model_id} failed: {type(exc).__name__}", retryable=True
            ) from exc
        if usage is None:
            log.warning("upstream %s sent no usage; metering an estimate", self.model_id)
            prompt_estimate = (
                await self.count_text_tokens(estimate_prompt)
                if isinstance(estimate_prompt, str)
                else await self.count_chat_tokens(estimate_prompt)
            )
            usage = Usage(prompt_estimate, pieces)
        cancel.final_usage = usage
        yield Finished(finish, usage)

    async def _raise_for_status(self, response: httpx.Response) -> None:
        raw = (await response.aread()).decode("utf-8", "replace")
        try:
            message = json.loads(raw)["error"]["message"]
        except (ValueError, KeyError, TypeError):
            message = raw[:500]
        status = response.status_code
        retryable = status >= 500 or status == 429
        raise EngineError(
            f"upstream {self.model_id} answered {status}: {message}",
            retryable=retryable,
            status=400 if status in (400, 422) else 502,
        )
