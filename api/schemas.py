"""Request bodies of the OpenAI-compatible routes, validated before anything else runs."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    field_validator,
    model_validator,
)

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_unicode(value: str) -> str:
    # JSON may escape a lone surrogate ("\ud800"); no tokenizer or NER model can handle one.
    if _LONE_SURROGATE.search(value):
        raise ValueError("text contains a lone UTF-16 surrogate, which is not valid Unicode")
    return value


Text = Annotated[StrictStr, AfterValidator(_valid_unicode)]


class _Lenient(BaseModel):
    # Unknown fields are accepted and ignored, as OpenAI's SDKs send new ones over time; vendor
    # extensions arrive through the SDK's `extra_body` the same way.
    model_config = ConfigDict(extra="allow")


class TextPart(BaseModel):
    type: Literal["text"]
    text: Text


class Message(_Lenient):
    role: Literal["system", "developer", "user", "assistant"]
    content: Text | list[TextPart] | None = None
    name: StrictStr | None = None

    def text(self) -> str:
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "".join(part.text for part in self.content)


class StreamOptions(BaseModel):
    include_usage: StrictBool = False


Stop = StrictStr | Annotated[list[StrictStr], Field(max_length=4)] | None


class _SamplingRequest(_Lenient):
    model: StrictStr = Field(min_length=1)
    max_tokens: StrictInt | None = Field(default=None, ge=1)
    temperature: StrictFloat | None = Field(default=None, ge=0.0, le=2.0)
    top_p: StrictFloat | None = Field(default=None, gt=0.0, le=1.0)
    stop: Stop = None
    seed: StrictInt | None = None
    n: StrictInt | None = Field(default=None, ge=1)
    stream: StrictBool = False
    stream_options: StreamOptions | None = None
    user: StrictStr | None = Field(default=None, max_length=256)

    @field_validator("n")
    @classmethod
    def _only_one_choice(cls, value: int | None) -> int | None:
        if value not in (None, 1):
            raise ValueError("only n=1 is supported")
        return value

    def stops(self) -> tuple[str, ...]:
        if self.stop is None:
            return ()
        return (self.stop,) if isinstance(self.stop, str) else tuple(self.stop)


class ResponseFormat(BaseModel):
    type: Literal["text", "json_object", "json_schema"]
    json_schema: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _schema_given(self) -> ResponseFormat:
        if self.type == "json_schema" and not (self.json_schema or {}).get("schema"):
            raise ValueError("response_format of type json_schema needs json_schema.schema")
        return self


class ChatCompletionRequest(_SamplingRequest):
    messages: list[Message] = Field(min_length=1)
    max_completion_tokens: StrictInt | None = Field(default=None, ge=1)
    response_format: ResponseFormat | None = None

    @model_validator(mode="after")
    def _reconcile_max_tokens(self) -> ChatCompletionRequest:
        if self.max_tokens is None and self.max_completion_tokens is not None:
            self.max_tokens = self.max_completion_tokens
        return self


class CompletionRequest(_SamplingRequest):
    prompt: Text | Annotated[list[Text], Field(min_length=1, max_length=1)]
    echo: StrictBool = False
    logprobs: int | None = None
    best_of: int | None = None
    suffix: StrictStr | None = None

    @model_validator(mode="after")
    def _unsupported(self) -> CompletionRequest:
        if self.echo:
            raise ValueError("echo is not supported")
        if self.logprobs is not None:
            raise ValueError("logprobs is not supported")
        if self.best_of not in (None, 1):
            raise ValueError("only best_of=1 is supported")
        if self.suffix:
            raise ValueError("suffix is not supported")
        return self

    def prompt_text(self) -> str:
        return self.prompt if isinstance(self.prompt, str) else self.prompt[0]


class EmbeddingRequest(_Lenient):
    model: StrictStr = Field(min_length=1)
    input: Text | list[Text] | list[int] | list[list[int]]
    encoding_format: Literal["float", "base64"] = "float"
    dimensions: StrictInt | None = Field(default=None, ge=1)
    user: StrictStr | None = None

    def texts(self) -> list[str]:
        value: Any = self.input
        if isinstance(value, str):
            return [value]
        if value and not all(isinstance(v, str) for v in value):
            raise ValueError("token-array input is not supported; send strings")
        return list(value)
