"""The strict OpenAI surface: a chat field that changes the answer is honoured or refused with a 400
that names it (n, logprobs, audio output, modalities, predicted outputs, web search, image and audio
content parts for a text-only model), and the same field at its do-nothing default is accepted."""

from __future__ import annotations

from typing import Any

import openai
import pytest
from openai import OpenAI

from inference.catalog import ModelEntry
from inference.engine import ChatMessage
from inference.tool_calls import wire_messages

SMOL = "smollm2-135m-instruct"
HI = [{"role": "user", "content": "Hi"}]
IMAGE = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
AUDIO = {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}}


@pytest.fixture(scope="module")
def client(server) -> OpenAI:  # type: ignore[no-untyped-def]
    return OpenAI(base_url=server.v1, api_key=server.tenant_key, max_retries=0, timeout=120)


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"n": 2}, "n"),
        ({"logprobs": True, "top_logprobs": 2}, "logprobs"),
        ({"modalities": ["text", "audio"], "audio": {"voice": "alloy", "format": "wav"}}, "audio"),
        ({"modalities": ["text", "audio"]}, "modalities"),
        ({"prediction": {"type": "content", "content": "Hello"}}, "prediction"),
        ({"web_search_options": {}}, "web_search_options"),
        (
            {"messages": [{"role": "user", "content": [{"type": "text", "text": "What is this?"}, IMAGE]}]},
            "messages",
        ),
        ({"messages": [{"role": "user", "content": [AUDIO]}]}, "messages[0].content[0].type"),
    ],
    ids=["n", "logprobs", "audio", "modalities", "prediction", "web-search", "image-part", "audio-part"],
)
def test_a_field_that_changes_the_answer_is_refused_by_name(
    client: OpenAI, fields: dict[str, Any], param: str
) -> None:
    body = {"model": SMOL, "max_tokens": 1, "messages": HI} | fields
    with pytest.raises(openai.BadRequestError) as refused:
        client.chat.completions.create(**body)
    error = refused.value.body
    assert isinstance(error, dict) and error["param"] == param, error
    if param == "messages":  # the image part, refused for the model that cannot read it
        assert "reads text only" in error["message"] and SMOL in error["message"]


def test_the_same_fields_at_their_defaults_are_accepted(client: OpenAI) -> None:
    answer = client.chat.completions.create(
        model=SMOL,
        max_tokens=1,
        messages=[{"role": "user", "content": [{"type": "text", "text": "Hi"}]}],  # a text part is text
        n=1,
        logprobs=False,
        modalities=["text"],
    )
    assert answer.choices[0].finish_reason in ("stop", "length")
    assert answer.choices[0].logprobs is None


def test_images_reach_an_engine_as_content_parts_before_the_text() -> None:
    """What an OpenAI-speaking engine (vLLM) is sent for a message with an image: the image part,
    then the text the guard scanned."""
    message = ChatMessage("user", "What is in <PERSON_1>'s photo?", images=("https://example.com/a.png",))
    (sent,) = wire_messages([message])
    assert sent["content"] == [
        {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
        {"type": "text", "text": "What is in <PERSON_1>'s photo?"},
    ]
    assert wire_messages([ChatMessage("user", "Hi")])[0]["content"] == "Hi"


def test_only_engines_that_take_images_on_the_wire_may_say_they_read_images() -> None:
    entry = {
        "id": "m",
        "kind": "chat",
        "engine": "llamacpp",
        "context_length": 1024,
        "price_per_1k": {"input": 0, "output": 0},
        "source": {"type": "local_path", "path": "/nonexistent.gguf", "sha256": "0" * 64},
        "input_images": True,
    }
    with pytest.raises(ValueError, match="input_images"):
        ModelEntry.model_validate(entry)
