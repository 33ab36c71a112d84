"""Counts prompt tokens with the tokenizer files that sit next to a model's weights, the same
tokenizer and chat template the engine (vLLM) applies, so quota reservations are exact."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from inference.engine import ChatMessage, ToolSpec
from inference.tool_calls import wire_messages, wire_tools

# Shorter texts are tokenised on the event loop (well under a millisecond); longer ones in a thread.
_INLINE_CHARS = 2000


class HFTokenCounter:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._tokenizer: Any = None

    def load(self) -> None:
        from transformers import AutoTokenizer

        self._tokenizer = AutoTokenizer.from_pretrained(str(self.folder))

    def _chat(self, messages: Sequence[ChatMessage], tools: Sequence[ToolSpec] = ()) -> int:
        ids = self._tokenizer.apply_chat_template(
            wire_messages(messages, arguments="object"),
            tools=wire_tools(tools) or None,
            add_generation_prompt=True,
            tokenize=True,
            return_dict=False,
        )
        return len(ids)

    def _text(self, text: str) -> int:
        return len(self._tokenizer(text)["input_ids"])

    async def count_chat(self, messages: Sequence[ChatMessage], tools: Sequence[ToolSpec] = ()) -> int:
        if self._tokenizer is None:
            await asyncio.to_thread(self.load)
        if sum(len(m.content) for m in messages) < _INLINE_CHARS and not tools:
            return self._chat(messages)
        return await asyncio.to_thread(self._chat, messages, tools)

    async def count_text(self, text: str) -> int:
        if self._tokenizer is None:
            await asyncio.to_thread(self.load)
        if len(text) < _INLINE_CHARS:
            return self._text(text)
        return await asyncio.to_thread(self._text, text)
