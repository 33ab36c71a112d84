"""A minimal OpenAI-compatible stand-in server for benchmarks of the client and of gateways.

    python -m harness.bench.standin --port 9000 [--ttft-ms 0] [--itl-ms 0] [--model standin]

It generates no text: every answer is `max_tokens` tokens of "tok " (16 when absent), the first
after `--ttft-ms`, each next one `--itl-ms` later. Streaming follows vLLM's chunk layout with
usage when `stream_options.include_usage` is set; the role rides on the first content chunk and
the finish reason on the last, so a client sees exactly one chunk per token. Prompt tokens are
counted as whitespace-separated words. Only loopback is meant: it has no authentication.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

_DEFAULT_TOKENS = 16
_TOKEN = "tok "


@dataclass(frozen=True)
class StandinConfig:
    model: str = "standin"
    ttft_ms: float = 0.0
    itl_ms: float = 0.0


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": "invalid_request_error"}}, status_code=status)


def _prompt_words(body: dict[str, Any]) -> int:
    if "messages" in body:
        text = " ".join(str(m.get("content", "")) for m in body["messages"] if isinstance(m, dict))
    else:
        text = str(body.get("prompt", ""))
    return len(text.split())


def _sse(payload: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(payload, separators=(",", ":")).encode() + b"\n\n"


def usage_block(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def stream_events(
    *,
    rid: str,
    model: str,
    created: int,
    tokens: int,
    usage: dict[str, int],
    chat: bool = True,
    include_usage: bool = True,
) -> list[bytes]:
    """The server-sent events of one streamed answer in vLLM's chunk layout: one chunk per token
    (the role on the first, the finish reason on the last), the usage chunk when asked for, [DONE]."""
    obj = "chat.completion.chunk" if chat else "text_completion"
    events = []
    for i in range(tokens):
        finish = "length" if i == tokens - 1 else None
        if chat:
            delta: dict[str, Any] = {"content": _TOKEN}
            if i == 0:
                delta["role"] = "assistant"
            choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        else:
            choice = {"index": 0, "text": _TOKEN, "logprobs": None, "finish_reason": finish}
        chunk: dict[str, Any] = {
            "id": rid,
            "object": obj,
            "created": created,
            "model": model,
            "choices": [choice],
        }
        if include_usage:
            chunk["usage"] = None
        events.append(_sse(chunk))
    if include_usage:
        events.append(
            _sse(
                {"id": rid, "object": obj, "created": created, "model": model, "choices": [], "usage": usage}
            )
        )
    events.append(b"data: [DONE]\n\n")
    return events


def create_app(config: StandinConfig) -> Starlette:
    async def models(_: Request) -> JSONResponse:
        return JSONResponse(
            {
                "object": "list",
                "data": [
                    {"id": config.model, "object": "model", "owned_by": "standin", "root": config.model}
                ],
            }
        )

    async def health(_: Request) -> Response:
        return Response(status_code=200)

    async def generate(request: Request, chat: bool) -> Response:
        try:
            body = await request.json()
        except ValueError:
            return _error(400, "body is not JSON")
        if not isinstance(body, dict):
            return _error(400, "body must be a JSON object")
        if body.get("model") != config.model:
            return _error(
                404, f"model {body.get('model')!r} does not exist; this server has {config.model!r}"
            )
        if chat and not isinstance(body.get("messages"), list):
            return _error(400, "messages must be a list")
        raw = body.get("max_tokens") or body.get("max_completion_tokens") or _DEFAULT_TOKENS
        if not isinstance(raw, int) or raw < 1:
            return _error(400, "max_tokens must be a positive integer")
        n = raw
        prompt_tokens = _prompt_words(body)
        usage = usage_block(prompt_tokens, n)
        rid = f"{'chatcmpl' if chat else 'cmpl'}-{uuid.uuid4().hex}"
        created = int(time.time())
        obj = "chat.completion" if chat else "text_completion"
        if not body.get("stream"):
            await asyncio.sleep((config.ttft_ms + config.itl_ms * (n - 1)) / 1000)
            choice: dict[str, Any] = {"index": 0, "finish_reason": "length", "logprobs": None}
            if chat:
                choice["message"] = {"role": "assistant", "content": _TOKEN * n}
            else:
                choice["text"] = _TOKEN * n
            return JSONResponse(
                {
                    "id": rid,
                    "object": obj,
                    "created": created,
                    "model": config.model,
                    "choices": [choice],
                    "usage": usage,
                }
            )
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))

        answer = stream_events(
            rid=rid, model=config.model, created=created, tokens=n, usage=usage, chat=chat,
            include_usage=include_usage,
        )  # fmt: skip

        async def events() -> AsyncIterator[bytes]:
            if config.ttft_ms:
                await asyncio.sleep(config.ttft_ms / 1000)
            first = time.perf_counter()
            for i, event in enumerate(answer):
                # Tokens follow an absolute schedule from the first one, so per-chunk overhead does
                # not pile up and no gap is ever shorter than the injected delay on our side. The
                # usage chunk and [DONE] follow the last token at once.
                delay = first + config.itl_ms * min(i, n - 1) / 1000 - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                yield event

        return StreamingResponse(events(), media_type="text/event-stream")

    async def chat_completions(request: Request) -> Response:
        return await generate(request, chat=True)

    async def completions(request: Request) -> Response:
        return await generate(request, chat=False)

    return Starlette(
        routes=[
            Route("/v1/models", models),
            Route("/v1/chat/completions", chat_completions, methods=["POST"]),
            Route("/v1/completions", completions, methods=["POST"]),
            Route("/health", health),
            Route("/healthz", health),
        ]
    )


def main(argv: list[str] | None = None) -> None:
    import uvicorn

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--model", default="standin")
    parser.add_argument("--ttft-ms", type=float, default=0.0)
    parser.add_argument("--itl-ms", type=float, default=0.0)
    args = parser.parse_args(argv)
    if args.ttft_ms < 0 or args.itl_ms < 0:
        parser.error("delays must be >= 0")
    app = create_app(StandinConfig(model=args.model, ttft_ms=args.ttft_ms, itl_ms=args.itl_ms))
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
