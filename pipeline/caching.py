"""The semantic cache in the request path: looked up before the token reservation, filled after a
metered answer."""

from __future__ import annotations

from inference.cache.entry import CachedAnswer
from inference.cache.keys import CachePartition, CacheRequest
from inference.cache.semantic import CacheLookup, SemanticCache
from inference.engine import ChatMessage, Finished, SamplingParams
from pipeline.generation import OnComplete


def cacheable_request(
    cache: SemanticCache | None,
    partition: CachePartition,
    messages: list[ChatMessage],
    params: SamplingParams,
    *,
    personal_data: bool,
    opt_in: bool,
) -> CacheRequest | None:
    """Requests that carried personal data are never cached: the answer holds that person's values.
    Neither are answers shaped by what the cache does not key on: a schema, engine parameters
    (logprobs, ignore_eos, ...), tools, images or a conversation with tool calls in it."""
    if cache is None or personal_data or params.json_schema is not None or params.engine_args:
        return None
    if params.tools or any(m.tool_calls or m.images or m.role == "tool" for m in messages):
        return None
    request = CacheRequest(partition=partition, messages=messages, params=params, opt_in=opt_in)
    return request if cache.cacheable(request) else None


def store_after(
    cache: SemanticCache, request: CacheRequest, lookup: CacheLookup | None, model_id: str
) -> OnComplete:
    async def store(text: str, finished: Finished) -> None:
        if finished.finish_reason in ("stop", "length"):
            reason, usage, stop = finished.finish_reason, finished.usage, finished.stop_sequence
            await cache.store(request, CachedAnswer(text, reason, usage, model_id, stop), lookup)

    return store
