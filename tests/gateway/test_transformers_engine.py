"""TransformersEngine with a tiny randomly initialised Llama and a tokenizer built here (no hub):
streaming, exact usage, stop sequences, cancellation, context checks."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from inference.engine import Cancellation, ChatMessage, EngineError, Finished, SamplingParams, TextDelta
from inference.transformers_engine import TransformersEngine, TransformersSettings

WORDS = [
    "the",
    "a",
    "cat",
    "dog",
    "sat",
    "on",
    "mat",
    "ran",
    "to",
    "house",
    "red",
    "blue",
    "green",
    "big",
    "small",
    "what",
    "is",
    "where",
    "why",
    "how",
    "yes",
    "no",
]
CHAT_TEMPLATE = (
    "{% for m in messages %}<s>{{ m['role'] }}: {{ m['content'] }}</s>{% endfor %}"
    "{% if add_generation_prompt %}<s>assistant:{% endif %}"
)


@pytest.fixture(scope="session")
def tiny_llama(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    folder = tmp_path_factory.mktemp("tiny-llama")
    vocab = {
        token: i
        for i, token in enumerate(["<unk>", "<s>", "</s>", ":", *WORDS, "user", "assistant", "system"])
    }
    backend = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
    backend.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.WhitespaceSplit(), pre_tokenizers.Punctuation()]
    )
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend, unk_token="<unk>", bos_token="<s>", eos_token="</s>", pad_token="</s>"
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    tokenizer.save_pretrained(folder)
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        max_position_embeddings=512,
        bos_token_id=1,
        eos_token_id=2,
        pad_token_id=2,
    )
    LlamaForCausalLM(config).save_pretrained(folder)
    return folder


@pytest.fixture
async def engine(tiny_llama: Path) -> TransformersEngine:
    e = TransformersEngine(
        TransformersSettings(model_id="tiny-llama", model_path=tiny_llama, context_length=256)
    )
    await e.start()
    return e


async def run(stream) -> tuple[list[str], Finished]:  # type: ignore[no-untyped-def]
    pieces, finished = [], None
    async for item in stream:
        if isinstance(item, TextDelta):
            pieces.append(item.text)
        else:
            finished = item
    assert finished is not None
    return pieces, finished


async def test_streams_greedy_text_with_exact_usage(engine: TransformersEngine) -> None:
    assert engine.health().ready and engine.device in ("cpu", "cuda")
    messages = [ChatMessage("user", "where is the cat")]
    params = SamplingParams(max_tokens=12, temperature=0)
    pieces, finished = await run(engine.stream_chat(messages, params, Cancellation()))
    again, _ = await run(engine.stream_chat(messages, params, Cancellation()))
    assert "".join(pieces) == "".join(again) and "".join(pieces).strip(), "greedy decoding is reproducible"
    assert finished.usage.prompt_tokens == await engine.count_chat_tokens(messages)
    assert 0 < finished.usage.completion_tokens <= 12
    if finished.finish_reason == "length":
        assert finished.usage.completion_tokens == 12


async def test_completion_stop_sequence_is_cut(engine: TransformersEngine) -> None:
    greedy = SamplingParams(max_tokens=20, temperature=0)
    full, _ = await run(engine.stream_completion("the cat sat on", greedy, Cancellation()))
    words = "".join(full).split()
    assert len(words) >= 3
    stop = words[2]
    cut, finished = await run(
        engine.stream_completion(
            "the cat sat on", SamplingParams(max_tokens=20, temperature=0, stop=(stop,)), Cancellation()
        )
    )
    text = "".join(cut)
    assert stop not in text.split() and finished.finish_reason == "stop"
    assert "".join(full).startswith(text)


async def test_cancellation_stops_generation_and_keeps_usage(engine: TransformersEngine) -> None:
    cancel = Cancellation()
    stream = engine.stream_completion(
        "the dog ran to the", SamplingParams(max_tokens=200, temperature=0.8, seed=1), cancel
    )
    first = await anext(stream)
    assert isinstance(first, TextDelta)
    await stream.aclose()  # the client went away
    for _ in range(100):
        if cancel.final_usage is not None:
            break
        await asyncio.sleep(0.05)
    assert cancel.final_usage is not None and cancel.final_usage.completion_tokens < 200


async def test_bad_requests_get_clear_errors(engine: TransformersEngine, tmp_path: Path) -> None:
    with pytest.raises(EngineError) as too_long:
        await run(engine.stream_completion("the cat", SamplingParams(max_tokens=1000), Cancellation()))
    assert too_long.value.status == 400
    missing = TransformersEngine(TransformersSettings("nothing", tmp_path / "absent", 256))
    with pytest.raises(EngineError, match="failed to load"):
        await missing.start()
    assert not missing.health().ready
