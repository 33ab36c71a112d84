"""One streamed request and what the client saw of it, timed as `vllm bench serve` times it.

Timing rules (vLLM's `async_request_openai_{chat_}completions`):
- the clock starts just before the POST;
- TTFT is the arrival of the first SSE chunk that carries `choices` (usage-only chunks do not count);
- every later `choices` chunk adds one inter-chunk latency (ITL) and moves the end of the request;
- e2e latency ends at the last `choices` chunk, not at the trailing usage chunk or `[DONE]`;
- output tokens come from the usage block (`stream_options.include_usage`); the server's
  `prompt_tokens`, when present, replaces the local prompt length.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from harness.bench.dataset import SampleRequest
from harness.bench.options import LoadOptions

_ERROR_BODY_CHARS = 300


@dataclass
class RequestOutput:
    success: bool = False
    error: str = ""
    start_time: float = 0.0  # perf_counter when the POST went out
    ttft: float = 0.0
    latency: float = 0.0
    itl: list[float] = field(default_factory=list)
    prompt_len: int = 0
    output_tokens: int = 0  # 0 when the server sent no usage block
    generated_text: str = ""


def build_payload(load: LoadOptions, sample: SampleRequest, model: str) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "model": model,
        "max_tokens": sample.output_len,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    if load.endpoint == "chat":
        payload["messages"] = (
            sample.prompt if isinstance(sample.prompt, list) else [{"role": "user", "content": sample.prompt}]
        )
    else:
        payload["prompt"] = sample.prompt if isinstance(sample.prompt, str) else json.dumps(sample.prompt)
    if load.temperature is not None:
        payload["temperature"] = load.temperature
    if load.ignore_eos:
        payload["ignore_eos"] = True
    payload.update(load.extra_body)
    return payload


def _delta_text(choice: dict[str, Any], chat: bool) -> str:
    if chat:
        delta = choice.get("delta") or {}
        return str(delta.get("content") or "")
    return str(choice.get("text") or "")


async def send_request(
    session: aiohttp.ClientSession,
    url: str,
    payload: dict[str, Any],
    headers: dict[str, str],
    prompt_len: int,
    chat: bool,
) -> RequestOutput:
    output = RequestOutput(prompt_len=prompt_len)
    text: list[str] = []
    first = False
    start = time.perf_counter()
    output.start_time = start
    last = start
    try:
        async with session.post(url, json=payload, headers=headers) as response:
            if response.status != 200:
                body = (await response.text())[:_ERROR_BODY_CHARS]
                output.error = f"HTTP {response.status}: {body}"
                return output
            async for raw in response.content:
                line = raw.strip()
                if not line.startswith(b"data:"):
                    continue  # blank separators, SSE comments (pings), event names
                data = line[5:].strip()
                if data == b"[DONE]":
                    continue
                now = time.perf_counter()
                chunk = json.loads(data)
                if "error" in chunk and not chunk.get("choices"):
                    output.error = f"error event: {json.dumps(chunk['error'])[:_ERROR_BODY_CHARS]}"
                    return output
                if choices := chunk.get("choices"):
                    if first:
                        output.itl.append(now - last)
                    else:
                        first = True
                        output.ttft = now - start
                    text.append(_delta_text(choices[0], chat))
                    last = now
                elif usage := chunk.get("usage"):
                    output.output_tokens = int(usage.get("completion_tokens") or 0)
                    if usage.get("prompt_tokens") is not None:
                        output.prompt_len = int(usage["prompt_tokens"])
    except (aiohttp.ClientError, TimeoutError, json.JSONDecodeError, ValueError) as exc:
        output.error = f"{type(exc).__name__}: {exc}"
        return output
    output.generated_text = "".join(text)
    if not first:
        output.error = "the stream carried no choices chunk, so there is no TTFT"
        return output
    output.success = True
    output.latency = last - start
    return output
