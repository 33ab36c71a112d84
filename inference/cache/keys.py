"""What a cached answer is keyed by.

The hard partition is (tenant, model, app, prompt version); inside it, entries are grouped by
everything else that changes the answer (sampling parameters and the conversation before the last
user message), so a semantic match only ever compares last user messages asked in the same setting.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from inference.cache.errors import InvalidCacheRequest
from inference.engine import ChatMessage, SamplingParams


@dataclass(frozen=True)
class CachePartition:
    tenant: str
    model: str
    app: str = "-"
    prompt_version: str = "-"

    def __post_init__(self) -> None:
        for name in ("tenant", "model", "app", "prompt_version"):
            if not getattr(self, name):
                raise InvalidCacheRequest(f"cache partition field {name!r} must not be empty")


@dataclass(frozen=True)
class CacheRequest:
    partition: CachePartition
    messages: Sequence[ChatMessage]  # a completion prompt is one user message
    params: SamplingParams
    kind: Literal["chat", "completion"] = "chat"
    opt_in: bool = False  # the client asked for caching of a sampled (temperature > 0) request

    @property
    def query(self) -> str:
        """The last user message: what is embedded and compared."""
        for message in reversed(self.messages):
            if message.role == "user":
                return message.content
        raise InvalidCacheRequest("a cached request needs a user message")


def normalise(text: str) -> str:
    """The text as an exact match compares it: only what cannot change the answer is evened out.

    NFC joins canonically equivalent spellings (a precomposed "é" and "e" + combining accent), which
    Unicode defines as the same text. Nothing else is: case is meaning to a code model (`userId` and
    `UserID`, "is GOAT in uppercase?"), inner spacing is Python's indentation and Markdown's layout,
    a closing "!" is a factorial, and NFKC's compatibility folding turns "x²" into "x2". Surrounding
    whitespace alone is dropped: it is layout around a chat message, never part of the question
    (completion prompts, where a trailing space or newline is, are never cached)."""
    return unicodedata.normalize("NFC", text).strip()


def _digest(payload: object) -> str:
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(raw.encode()).hexdigest()


def tenant_digest(tenant: str) -> str:
    return _digest(["tenant", tenant])[:24]


def group_key(request: CacheRequest) -> str:
    """The partition plus everything but the last user message: semantic matches stay inside it."""
    query = request.query
    last_user = max(i for i, m in enumerate(request.messages) if m.role == "user" and m.content == query)
    context = [(m.role, normalise(m.content)) for i, m in enumerate(request.messages) if i != last_user]
    p = request.params
    params = [p.max_tokens, p.temperature, p.top_p, list(p.stop), p.seed]
    part = request.partition
    scope = [part.tenant, part.model, part.app, part.prompt_version]
    # The tenant's digest leads the key so that one tenant's entries can be found and erased together.
    return f"{tenant_digest(part.tenant)}:{_digest([scope, request.kind, params, context])[:32]}"


def exact_key(request: CacheRequest) -> str:
    return _digest(normalise(request.query))[:32]
