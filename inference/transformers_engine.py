"""In-process Hugging Face generation with streaming, on a GPU when there is one.

`model.generate` blocks, so it runs in the model's one worker thread (like LlamaCppEngine: one
generation per model at a time, FIFO). A `TextStreamer` subclass hands each decoded piece to the
event loop with `call_soon_threadsafe`, which is what `TextIteratorStreamer` does with a blocking
queue, minus a second thread to drain that queue. A stopping criterion checks the request's
cancellation and the stop sequences between tokens.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import AsyncGenerator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from inference.engine import (
    Cancellation,
    ChatMessage,
    EngineError,
    EngineHealth,
    EngineNotReady,
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

# The same hold-back-what-could-start-a-stop-sequence logic as the llama.cpp engine: one place.
from inference.llamacpp_engine import _StopMatcher
from inference.tool_calls import (
    OPEN_TAG,
    ToolCallStream,
    ToolPlan,
    plan_tools,
    rendered_tools,
    wire_messages,
    wire_tools,
)

log = logging.getLogger(__name__)


def _opening(tools: Sequence[ToolSpec], tool_choice: ToolChoice) -> str:
    """The start of the answer written for the model when it must call a tool. Hugging Face
    generation has no grammar here, so `required` and a named choice are steered instead: the answer
    begins inside the call markup (and, when named, after that function's name), which the model
    completes; arguments are not held to their schema, and a call that does not parse stays text."""
    if not tools or tool_choice in ("auto", "none"):
        return ""
    if tool_choice == "required":
        return OPEN_TAG + "\n"
    assert not isinstance(tool_choice, str)
    return OPEN_TAG + "\n" + '{"name": ' + json.dumps(tool_choice.name) + ', "arguments": '


@dataclass(frozen=True)
class TransformersSettings:
    model_id: str
    model_path: Path  # a local folder (config, weights, tokenizer); nothing is downloaded
    context_length: int
    device: Literal["auto", "cpu", "cuda"] = "auto"
    dtype: Literal["auto", "float32", "float16", "bfloat16"] = "auto"  # auto: bf16/fp16 on GPU, fp32 on CPU
    threads: int = 1  # CPU threads for torch


class TransformersEngine:
    engine_name = "transformers"

    def __init__(self, settings: TransformersSettings) -> None:
        self.settings = settings
        self.model_id = settings.model_id
        self.context_length = settings.context_length
        self._model: Any = None
        self._tokenizer: Any = None
        self.device = "cpu"
        self._error: str | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"hf-{self.model_id}")

    # lifecycle -------------------------------------------------------------------------------
    async def start(self) -> None:
        try:
            await asyncio.get_running_loop().run_in_executor(self._worker, self._load)
        except Exception as exc:
            self._error = f"{type(exc).__name__}: {exc}"
            log.error("model %s failed to load: %s", self.model_id, self._error)
            raise EngineError(f"model {self.model_id} failed to load: {self._error}", status=503) from exc

    def _load(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        started = time.perf_counter()
        torch.set_num_threads(self.settings.threads)
        cuda = torch.cuda.is_available()
        if self.settings.device == "cuda" and not cuda:
            raise EngineError("device cuda requested but no GPU is available")
        self.device = (
            "cuda" if self.settings.device == "cuda" or (self.settings.device == "auto" and cuda) else "cpu"
        )
        if self.settings.dtype != "auto":
            dtype = getattr(torch, self.settings.dtype)
        elif self.device == "cuda":
            dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        else:
            dtype = torch.float32
        path = str(self.settings.model_path)
        self._tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        model: Any = AutoModelForCausalLM.from_pretrained(path, local_files_only=True, dtype=dtype)
        self._model = model.to(self.device).eval()
        log.info(
            "loaded %s on %s (%s) in %.2fs", self.model_id, self.device, dtype, time.perf_counter() - started
        )

    async def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)

    def health(self) -> EngineHealth:
        if self._model is not None:
            return EngineHealth(ready=True, detail=f"loaded on {self.device}", extra={"device": self.device})
        return EngineHealth(ready=False, detail=self._error or "loading")

    # tokens ----------------------------------------------------------------------------------
    def _require(self) -> tuple[Any, Any]:
        if self._model is None:
            raise EngineNotReady(f"model {self.model_id} is not loaded yet")
        return self._model, self._tokenizer

    def _chat_ids(
        self, messages: Sequence[ChatMessage], tools: Sequence[ToolSpec] = (), opening: str = ""
    ) -> list[int]:
        _, tokenizer = self._require()
        template = tokenizer.chat_template
        if not template:
            raise EngineError(f"model {self.model_id} has no chat template; use completions", status=400)
        if tools and not ("tools" in template and OPEN_TAG in template):
            raise EngineError(
                f"model {self.model_id} cannot call tools (its chat template has none)", status=400
            )
        text = tokenizer.apply_chat_template(
            wire_messages(messages, arguments="object"),
            tools=wire_tools(tools) or None,
            tokenize=False,
            add_generation_prompt=True,
        )
        return list(tokenizer(text + opening, add_special_tokens=False)["input_ids"])

    def _text_ids(self, text: str) -> list[int]:
        _, tokenizer = self._require()
        return list(tokenizer(text, add_special_tokens=True)["input_ids"])

    async def count_chat_tokens(
        self,
        messages: Sequence[ChatMessage],
        tools: Sequence[ToolSpec] = (),
        tool_choice: ToolChoice = "auto",
    ) -> int:
        return len(self._chat_ids(messages, rendered_tools(tools, tool_choice), _opening(tools, tool_choice)))

    async def count_text_tokens(self, text: str) -> int:
        return len(self._text_ids(text))

    # generation ------------------------------------------------------------------------------
    def stream_chat(
        self, messages: Sequence[ChatMessage], params: SamplingParams, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]:
        tools = plan_tools(params)
        opening = _opening(params.tools, params.tool_choice)
        return self._stream(
            lambda: self._chat_ids(messages, tools.rendered, opening), params, cancel, tools, opening
        )

    def stream_completion(
        self, prompt: str, params: SamplingParams, cancel: Cancellation
    ) -> AsyncGenerator[StreamItem, None]:
        return self._stream(lambda: self._text_ids(prompt), params, cancel, ToolPlan(), "")

    async def _stream(
        self,
        tokenize: Callable[[], list[int]],
        params: SamplingParams,
        cancel: Cancellation,
        tools: ToolPlan,
        opening: str,
    ) -> AsyncGenerator[StreamItem, None]:
        self._require()
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[StreamItem | BaseException] = asyncio.Queue()

        def push(item: StreamItem | BaseException) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, item)
            except RuntimeError:  # the loop is gone: nobody listens any more
                cancel.cancel()

        def run() -> None:
            try:
                self._generate(tokenize(), params, cancel, tools, opening, push)
            except BaseException as exc:  # raised again in the consumer's task
                push(exc)

        self._worker.submit(run)
        try:
            while True:
                item = await queue.get()
                if isinstance(item, BaseException):
                    if isinstance(item, EngineError):
                        raise item
                    raise EngineError(f"generation failed: {type(item).__name__}: {item}") from item
                yield item
                if isinstance(item, Finished):
                    return
        finally:
            cancel.cancel()  # consumer gone: the stopping criterion ends generation at the next token

    def _generate(
        self,
        prompt_ids: list[int],
        params: SamplingParams,
        cancel: Cancellation,
        tools: ToolPlan,
        opening: str,
        push: Callable[[StreamItem], None],
    ) -> None:
        import torch
        from transformers import StoppingCriteria, StoppingCriteriaList, TextStreamer

        model, tokenizer = self._require()
        if len(prompt_ids) + params.max_tokens > self.context_length:
            raise EngineError(
                f"prompt ({len(prompt_ids)}) + max_tokens ({params.max_tokens}) exceeds the context "
                f"length {self.context_length}",
                status=400,
            )
        matcher = _StopMatcher(params.stop)
        state = {"stop_hit": False}
        calls = ToolCallStream(tools.names, tools.limit) if tools.parse else None
        if calls is not None:
            calls.feed(opening)  # the call markup the prompt already opened: nothing to send yet

        def emit(text: str) -> None:
            items: list[TextDelta | ToolCallDelta] = (
                calls.feed(text) if calls is not None else [TextDelta(text)]
            )
            for item in items:
                push(item)
            if calls is not None and calls.done:
                state["stop_hit"] = True  # parallel_tool_calls false: the one call is made

        class _Streamer(TextStreamer):
            def on_finalized_text(self, text: str, stream_end: bool = False) -> None:
                if state["stop_hit"]:
                    return
                safe, hit = matcher.feed(text)
                if safe:
                    emit(safe)
                if hit:
                    state["stop_hit"] = True

        class _Stop(StoppingCriteria):
            def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
                done = cancel.cancelled or state["stop_hit"]
                return torch.full((input_ids.shape[0],), done, dtype=torch.bool, device=input_ids.device)

        sampling: dict[str, Any] = {"do_sample": params.temperature > 0}
        if params.temperature > 0:
            sampling |= {"temperature": params.temperature, "top_p": params.top_p, "top_k": 0}
            if params.seed is not None:
                torch.manual_seed(params.seed)  # the worker runs one generation at a time
        inputs = torch.tensor([prompt_ids], device=self.device)
        with torch.inference_mode():
            output = model.generate(
                inputs,
                attention_mask=torch.ones_like(inputs),
                max_new_tokens=params.max_tokens,
                streamer=_Streamer(tokenizer, skip_prompt=True, skip_special_tokens=True),
                stopping_criteria=StoppingCriteriaList([_Stop()]),
                pad_token_id=tokenizer.pad_token_id
                if tokenizer.pad_token_id is not None
                else tokenizer.eos_token_id,
                **sampling,
            )
        generated = output[0][len(prompt_ids) :].tolist()
        eos = tokenizer.eos_token_id
        finish: FinishReason
        if state["stop_hit"] or (generated and generated[-1] == eos):
            finish = "stop"
        elif cancel.cancelled:
            finish = "cancelled"
        elif len(generated) >= params.max_tokens:
            finish = "length"
        else:
            finish = "stop"
        if finish != "cancelled" and not state["stop_hit"]:
            tail = matcher.flush()
            if tail:
                emit(tail)
        if calls is not None and finish != "cancelled":
            for item in calls.finish():
                push(item)
            if calls.calls and finish == "stop":
                finish = "tool_calls"
        usage = Usage(len(prompt_ids), len(generated))
        cancel.final_usage = usage
        push(Finished(finish, usage))
