"""Request bodies of the OpenAI-compatible routes, validated before anything else runs."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    Tag,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from inference.engine import ChatMessage, NamedToolChoice, Role, ToolChoice, ToolSpec
from inference.engine import ToolCall as EngineToolCall
from pipeline.errors import InvalidRequest
from pipeline.request import Caller, Extensions, GenerationRequest, Sampling

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
LONE_SURROGATE_MESSAGE = "text contains a lone UTF-16 surrogate, which is not valid Unicode"


def has_lone_surrogate(value: str) -> bool:
    return _LONE_SURROGATE.search(value) is not None


def _valid_unicode(value: str) -> str:
    # JSON may escape a lone surrogate ("\ud800"); no tokenizer or NER model can handle one. The
    # generation routes refuse one anywhere in the body first (api/json_body.py); this stays for
    # values that reach a model by other ways.
    if has_lone_surrogate(value):
        raise ValueError(LONE_SURROGATE_MESSAGE)
    return value


Text = Annotated[StrictStr, AfterValidator(_valid_unicode)]


class _Lenient(BaseModel):
    # Unknown fields are accepted and ignored, as OpenAI's SDKs send new ones over time; vendor
    # extensions arrive through the SDK's `extra_body` the same way.
    model_config = ConfigDict(extra="allow")


class TextPart(BaseModel):
    type: Literal["text"]
    text: Text


class RefusalPart(BaseModel):
    """An earlier assistant turn's refusal, sent back as history: text to the model."""

    type: Literal["refusal"]
    refusal: Text


class ImageUrl(_Lenient):
    url: StrictStr = Field(min_length=1)
    detail: Literal["auto", "low", "high"] | None = None


class ImagePart(BaseModel):
    type: Literal["image_url"]
    image_url: ImageUrl


class OtherPart(_Lenient):
    """Audio, files and whatever comes next: refused by name (no served engine reads them)."""

    type: StrictStr


def _part_kind(value: Any) -> str:
    kind = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    return kind if kind in ("text", "refusal", "image_url") else "other"


ContentPart = Annotated[
    Annotated[TextPart, Tag("text")]
    | Annotated[RefusalPart, Tag("refusal")]
    | Annotated[ImagePart, Tag("image_url")]
    | Annotated[OtherPart, Tag("other")],
    Discriminator(_part_kind),
]


class FunctionCall(_Lenient):
    name: StrictStr
    arguments: StrictStr  # JSON, as the model wrote it


class ToolCall(_Lenient):
    id: StrictStr
    type: Literal["function"] = "function"
    function: FunctionCall


class Message(_Lenient):
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: Text | list[ContentPart] | None = Field(default=None, validate_default=True)
    name: StrictStr | None = None
    tool_calls: list[ToolCall] | None = None  # on an assistant message: the calls it made
    tool_call_id: StrictStr | None = None  # on a tool message: the call this is the result of

    @field_validator("content")
    @classmethod
    def _content_given(cls, value: object, info: ValidationInfo) -> object:
        # Only an assistant turn may go without content (its tool_calls say what it did); any other
        # turn without it would reach the model as an empty message the client never wrote.
        if value is None and info.data.get("role", "assistant") != "assistant":
            raise PydanticCustomError(
                "missing", "a {role} message needs content", {"role": info.data["role"]}
            )
        return value

    @model_validator(mode="after")
    def _tool_fields_fit_the_role(self) -> Message:
        if self.role == "tool" and not self.tool_call_id:
            raise ValueError("a message with role 'tool' needs the tool_call_id it answers")
        if self.tool_calls and self.role != "assistant":
            raise ValueError("only assistant messages carry tool_calls")
        if self.role == "assistant" and self.content is None and not self.tool_calls:
            # An assistant turn that says nothing and calls nothing would reach the model as an empty
            # turn. Raised as an error of `content` (a plain ValueError here would name the message).
            raise ValidationError.from_exception_data(
                "Message",
                [
                    InitErrorDetails(
                        type=PydanticCustomError(
                            "missing", "an assistant message needs content or tool_calls"
                        ),
                        loc=("content",),
                        input=None,
                    )
                ],
            )
        return self

    def text(self) -> str:
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "".join(
            part.text if isinstance(part, TextPart) else part.refusal
            for part in self.content
            if isinstance(part, TextPart | RefusalPart)
        )

    def images(self, where: str) -> tuple[str, ...]:
        """The image parts' URLs; an audio or file part gets a 400 that names it."""
        if not isinstance(self.content, list):
            return ()
        urls = []
        for j, part in enumerate(self.content):
            if isinstance(part, ImagePart) and self.role == "user":
                urls.append(part.image_url.url)
            elif isinstance(part, ImagePart | OtherPart):
                raise InvalidRequest(
                    f"{where}.content[{j}]: content parts of type '{part.type}' are not supported "
                    f"in {self.role} messages (no served model reads them)",
                    code="unsupported_content",
                    param=f"{where}.content[{j}].type",
                )
        return tuple(urls)

    def to_message(self, where: str) -> ChatMessage:
        calls = tuple(
            EngineToolCall(call.id, call.function.name, call.function.arguments)
            for call in self.tool_calls or ()
        )
        role: Role = "system" if self.role == "developer" else self.role
        return ChatMessage(
            role, self.text(), tool_calls=calls, tool_call_id=self.tool_call_id, images=self.images(where)
        )


FunctionName = Annotated[StrictStr, Field(pattern=r"^[a-zA-Z0-9_-]{1,64}$")]


class FunctionDefinition(_Lenient):
    name: FunctionName
    description: StrictStr | None = None
    # OpenAI: omitted parameters mean a function that takes none.
    parameters: dict[str, Any] = Field(default_factory=lambda: {"type": "object", "properties": {}})
    strict: StrictBool | None = None


class Tool(_Lenient):
    type: Literal["function"]
    function: FunctionDefinition

    def to_spec(self) -> ToolSpec:
        return ToolSpec(self.function.name, self.function.description or "", self.function.parameters)


class NamedFunction(BaseModel):
    name: StrictStr


class NamedToolChoiceBody(BaseModel):
    type: Literal["function"]
    function: NamedFunction


class StreamOptions(BaseModel):
    include_usage: StrictBool = False


Stop = StrictStr | Annotated[list[StrictStr], Field(max_length=4)] | None


# Fields that change nothing about the answer: accepted, never passed on.
_INERT_FIELDS = frozenset({"metadata", "store", "service_tier", "prompt_cache_key", "safety_identifier"})
# OpenAI fields whose default asks for nothing beyond text: at these values they are inert too.
# Any other value (audio out, logprobs, a prediction, web search) goes on to the engine allow-list
# check and gets a 400 naming the field wherever no reachable engine honours it.
_INERT_DEFAULTS: dict[str, tuple[Any, ...]] = {
    "modalities": (None, ["text"]),
    "logprobs": (None, False),
    "top_logprobs": (None,),
    "audio": (None,),
    "prediction": (None,),
    "web_search_options": (None,),
}


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

    @field_validator("stream_options")
    @classmethod
    def _only_when_streaming(cls, value: StreamOptions | None, info: ValidationInfo) -> StreamOptions | None:
        # As OpenAI: options for a stream that will not happen are a mistake worth saying.
        if value is not None and info.data.get("stream") is not True:
            raise ValueError("stream_options is only allowed when stream is true")
        return value

    # Stockade's own extensions (sent through an SDK's extra_body), typed like every other field.
    variables: dict[str, Any] | None = None
    prompt_version: StrictStr | None = None
    collection: StrictStr | None = None
    cache: StrictBool | None = None

    def stops(self) -> tuple[str, ...]:
        if self.stop is None:
            return ()
        return (self.stop,) if isinstance(self.stop, str) else tuple(self.stop)

    def sampling(self) -> Sampling:
        return Sampling(self.max_tokens, self.temperature, self.top_p, self.stops(), self.seed)

    def extensions(self) -> Extensions:
        return Extensions(self.variables, self.prompt_version, self.collection, self.cache is True)

    def engine_args(self) -> dict[str, Any]:
        """Fields outside the OpenAI schema and Stockade's: for the engine, if it understands them."""
        return {
            k: v
            for k, v in (self.model_extra or {}).items()
            if k not in _INERT_FIELDS and not (k in _INERT_DEFAULTS and v in _INERT_DEFAULTS[k])
        }


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
    tools: list[Tool] | None = None
    tool_choice: Literal["auto", "none", "required"] | NamedToolChoiceBody | None = None
    parallel_tool_calls: StrictBool | None = None

    @field_validator("max_completion_tokens")
    @classmethod
    def _one_limit(cls, value: int | None, info: ValidationInfo) -> int | None:
        # The same limit under its old and new name: two different values leave no way to tell
        # which one the client meant, so neither is chosen silently.
        other = info.data.get("max_tokens")
        if value is not None and other is not None and value != other:
            raise ValueError(f"max_completion_tokens {value} differs from max_tokens {other}; send one")
        return value

    @model_validator(mode="after")
    def _reconcile_max_tokens(self) -> ChatCompletionRequest:
        if self.max_tokens is None and self.max_completion_tokens is not None:
            self.max_tokens = self.max_completion_tokens
        return self

    def to_request(self, caller: Caller) -> GenerationRequest:
        choice: ToolChoice = "auto"
        if isinstance(self.tool_choice, NamedToolChoiceBody):
            choice = NamedToolChoice(self.tool_choice.function.name)
        elif self.tool_choice is not None:
            choice = self.tool_choice
        return GenerationRequest(
            route="chat",
            model=self.model,
            caller=caller,
            messages=tuple(m.to_message(f"messages[{i}]") for i, m in enumerate(self.messages)),
            sampling=self.sampling(),
            tools=tuple(t.to_spec() for t in self.tools or ()),
            tool_choice=choice,
            parallel_tool_calls=self.parallel_tool_calls is not False,
            response_format=self.response_format.model_dump() if self.response_format else None,
            user=self.user,
            extensions=self.extensions(),
            engine_args=self.engine_args(),
            stream=self.stream,
            max_tokens_sent_as="max_completion_tokens" if self.max_completion_tokens is not None else "",
        )


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

    def to_request(self, caller: Caller) -> GenerationRequest:
        return GenerationRequest(
            route="completions",
            model=self.model,
            caller=caller,
            messages=(ChatMessage("user", self.prompt_text()),),
            sampling=self.sampling(),
            user=self.user,
            extensions=self.extensions(),
            engine_args=self.engine_args(),
            stream=self.stream,
        )


class EmbeddingRequest(BaseModel):
    # No embedding engine takes extra parameters: an unknown field is refused by name (400
    # unsupported_parameter), as a chat field no engine understands is.
    model_config = ConfigDict(extra="forbid")

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
