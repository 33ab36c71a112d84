"""Request bodies of Anthropic's Messages API (/v1/messages, /v1/messages/count_tokens), validated and
translated into the pipeline's one request.

Anthropic refuses fields it does not know, and so does this door: a field that would change the
answer is honoured or refused with a 400 naming it, never dropped. Stockade's own extensions
(`collection`, `variables`, `prompt_version`, `cache`) are typed fields here as on the OpenAI door.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    Tag,
)

from api.schemas import FunctionName, Text
from inference.engine import ChatMessage, NamedToolChoice, ToolCall, ToolChoice, ToolSpec
from pipeline.errors import InvalidRequest
from pipeline.request import Caller, Extensions, GenerationRequest, Sampling


class _Block(BaseModel):
    # A content block echoed back from a response carries descriptive fields (citations of an earlier
    # turn, cache_control hints) that do not change the next answer: accepted, not passed on.
    model_config = ConfigDict(extra="allow")


class TextBlock(_Block):
    type: Literal["text"]
    text: Text


class ImageBlock(_Block):
    type: Literal["image"]
    source: dict[str, Any]

    def url(self, where: str) -> str:
        """The image as the URL (or data URL) an OpenAI-speaking vision engine reads."""
        kind = self.source.get("type")
        if kind == "base64" and isinstance(self.source.get("data"), str):
            return f"data:{self.source.get('media_type', 'image/png')};base64,{self.source['data']}"
        if kind == "url" and isinstance(self.source.get("url"), str):
            return str(self.source["url"])
        raise InvalidRequest(
            f"{where}.source: only base64 and url image sources are supported", param=f"{where}.source"
        )


class ToolUseBlock(_Block):
    type: Literal["tool_use"]
    id: StrictStr = Field(min_length=1)
    name: StrictStr
    input: dict[str, Any]


class ToolResultBlock(_Block):
    type: Literal["tool_result"]
    tool_use_id: StrictStr = Field(min_length=1)
    content: Text | list[TextBlock] = ""
    is_error: StrictBool = False

    def text(self) -> str:
        text = self.content if isinstance(self.content, str) else "".join(b.text for b in self.content)
        # The model must know the call failed: the flag is said in the result it reads.
        return f"Error: {text}" if self.is_error else text


class OtherBlock(_Block):
    """Any other block type (document, thinking, server tool results, ...): refused by name."""

    type: StrictStr


_KNOWN_BLOCKS = {"text", "image", "tool_use", "tool_result"}


def _block_kind(value: Any) -> str:
    kind = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    # Any JSON can arrive as `type` (a list, an object): only a known string picks a block model.
    return kind if isinstance(kind, str) and kind in _KNOWN_BLOCKS else "other"


Block = Annotated[
    Annotated[TextBlock, Tag("text")]
    | Annotated[ImageBlock, Tag("image")]
    | Annotated[ToolUseBlock, Tag("tool_use")]
    | Annotated[ToolResultBlock, Tag("tool_result")]
    | Annotated[OtherBlock, Tag("other")],
    Discriminator(_block_kind),
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class InputMessage(_Strict):
    role: Literal["user", "assistant"]
    content: Text | list[Block]


class Tool(BaseModel):
    model_config = ConfigDict(extra="allow")  # cache_control and the like: hints, not behaviour
    type: StrictStr | None = None
    name: StrictStr
    description: StrictStr | None = None
    input_schema: dict[str, Any] | None = None


class ToolChoiceBody(_Strict):
    type: Literal["auto", "any", "tool", "none"]
    name: FunctionName | None = None
    disable_parallel_tool_use: StrictBool = False


class Metadata(_Strict):
    user_id: StrictStr | None = Field(default=None, max_length=256)


class OutputFormat(_Strict):
    type: Literal["json_schema"]
    schema_: dict[str, Any] = Field(alias="schema")


class OutputConfig(_Strict):
    format: OutputFormat | None = None
    effort: StrictStr | None = None


# Anthropic features Stockade does not offer: each is refused by name with what to do instead.
_NOT_OFFERED = {
    "thinking": "extended thinking is not offered by the models Stockade serves",
    "container": "code-execution containers are not offered",
    "mcp_servers": "remote MCP servers are not offered; run the tools on the client",
    "context_management": "server-side context management is not offered",
    "inference_geo": "inference runs on this deployment's own machines; no region can be chosen",
}


class MessagesRequest(_Strict):
    model: StrictStr = Field(min_length=1)
    messages: list[InputMessage] = Field(min_length=1)
    max_tokens: StrictInt = Field(ge=1)
    system: Text | list[TextBlock] | None = None
    stop_sequences: list[StrictStr] | None = None
    temperature: StrictFloat | StrictInt | None = Field(default=None, ge=0.0, le=1.0)
    top_p: StrictFloat | StrictInt | None = Field(default=None, gt=0.0, le=1.0)
    top_k: StrictInt | None = Field(default=None, ge=0)
    tools: list[Tool] | None = None
    tool_choice: ToolChoiceBody | None = None
    metadata: Metadata | None = None
    stream: StrictBool = False
    # Structured output: the JSON schema the answer must follow (checked, and constraining decoding
    # where the engine can, like the OpenAI door's response_format). `output_format` is its older name.
    output_config: OutputConfig | None = None
    output_format: OutputFormat | None = None
    # Priority tiers and fast mode are Anthropic capacity products; every request here is served
    # alike, so only the standard values are accepted.
    service_tier: Literal["auto", "standard_only"] | None = None
    speed: Literal["standard"] | None = None
    # A prompt-caching hint: engines here keep their own prefix caches; it changes no answer.
    cache_control: dict[str, Any] | None = None
    # Stockade's own extensions, as on the OpenAI door.
    variables: dict[str, Any] | None = None
    prompt_version: StrictStr | None = None
    collection: StrictStr | None = None
    cache: StrictBool | None = None
    # Declared only to be refused by name (see _NOT_OFFERED).
    thinking: dict[str, Any] | None = None
    container: Any = None
    mcp_servers: Any = None
    context_management: Any = None
    inference_geo: Any = None

    def refuse_unsupported(self) -> None:
        for name, why in _NOT_OFFERED.items():
            value = getattr(self, name)
            if value is None or (name == "thinking" and value.get("type") == "disabled"):
                continue
            raise InvalidRequest(f"{name}: {why}", code="unsupported_parameter", param=name)
        if self.output_config is not None and self.output_config.effort is not None:
            raise InvalidRequest(
                "output_config.effort: effort levels are not offered by the models Stockade serves",
                code="unsupported_parameter",
                param="output_config.effort",
            )

    def _response_format(self) -> dict[str, Any] | None:
        chosen = self.output_config.format if self.output_config is not None else None
        chosen = chosen or self.output_format
        if chosen is None:
            return None
        return {"type": "json_schema", "json_schema": {"name": "output", "schema": chosen.schema_}}

    # translation ---------------------------------------------------------------------------
    def _system(self) -> list[ChatMessage]:
        if self.system is None:
            return []
        text = self.system if isinstance(self.system, str) else "\n\n".join(b.text for b in self.system)
        return [ChatMessage("system", text)] if text else []

    def _tools(self) -> tuple[ToolSpec, ...]:
        specs = []
        for index, tool in enumerate(self.tools or ()):
            if tool.type not in (None, "custom"):
                raise InvalidRequest(
                    f"tools[{index}]: the server tool '{tool.type}' is not offered; define a client "
                    "tool with an input_schema instead",
                    code="unsupported_tool",
                    param=f"tools[{index}].type",
                )
            if tool.input_schema is None:
                raise InvalidRequest(
                    f"tools[{index}].input_schema: a client tool needs its input_schema",
                    param=f"tools[{index}].input_schema",
                )
            specs.append(ToolSpec(tool.name, tool.description or "", tool.input_schema))
        return tuple(specs)

    def _tool_choice(self) -> tuple[ToolChoice, bool]:
        """The choice and whether parallel calls are allowed."""
        choice = self.tool_choice
        if choice is None:
            return "auto", True
        parallel = not choice.disable_parallel_tool_use
        if choice.type == "tool":
            if choice.name is None:
                raise InvalidRequest("tool_choice of type 'tool' needs a name", param="tool_choice.name")
            return NamedToolChoice(choice.name), parallel
        return {"auto": "auto", "any": "required", "none": "none"}[choice.type], parallel  # type: ignore[return-value]

    def _messages(self) -> list[ChatMessage]:
        if self.messages[-1].role == "assistant":
            # Anthropic continues a final assistant turn (a prefill); a chat template would start a
            # new turn after it instead, a different answer than the client asked for.
            raise InvalidRequest(
                f"messages[{len(self.messages) - 1}]: a final assistant turn (prefill) is not "
                "supported; end with a user turn",
                code="unsupported_content",
                param=f"messages[{len(self.messages) - 1}].role",
            )
        out = self._system()
        for index, message in enumerate(self.messages):
            if isinstance(message.content, str):
                out.append(ChatMessage(message.role, message.content))
                continue
            out.extend(_translate_blocks(message.role, message.content, f"messages[{index}].content"))
        return out

    def to_request(self, caller: Caller) -> GenerationRequest:
        self.refuse_unsupported()
        choice, parallel = self._tool_choice()
        tools = self._tools()
        engine_args = {"top_k": self.top_k} if self.top_k is not None else {}
        return GenerationRequest(
            route="chat",
            model=self.model,
            caller=caller,
            messages=tuple(self._messages()),
            sampling=Sampling(
                self.max_tokens,
                float(self.temperature) if self.temperature is not None else None,
                float(self.top_p) if self.top_p is not None else None,
                tuple(self.stop_sequences or ()),
            ),
            tools=tools,
            tool_choice=choice,
            parallel_tool_calls=parallel,
            response_format=self._response_format(),
            user=self.metadata.user_id if self.metadata else None,
            extensions=Extensions(self.variables, self.prompt_version, self.collection, self.cache is True),
            engine_args=engine_args,
            stream=self.stream,
            front_door="messages",
        )


class CountTokensRequest(MessagesRequest):
    """count_tokens takes the same fields, without max_tokens and stream."""

    max_tokens: StrictInt = Field(default=1, ge=1)


def _translate_blocks(role: str, blocks: list[Any], where: str) -> list[ChatMessage]:
    """One Anthropic turn as chat messages: tool results become tool messages (first, as the model
    reads them before the text beside them); an assistant's tool_use blocks become its tool calls."""
    results: list[ChatMessage] = []
    texts: list[str] = []
    images: list[str] = []
    calls: list[ToolCall] = []
    for j, block in enumerate(blocks):
        at = f"{where}[{j}]"
        if isinstance(block, TextBlock):
            texts.append(block.text)
        elif isinstance(block, ToolResultBlock) and role == "user":
            results.append(ChatMessage("tool", block.text(), tool_call_id=block.tool_use_id))
        elif isinstance(block, ToolUseBlock) and role == "assistant":
            calls.append(ToolCall(block.id, block.name, json.dumps(block.input, ensure_ascii=False)))
        elif isinstance(block, ImageBlock) and role == "user":
            images.append(block.url(at))
        else:
            kind = block.type
            raise InvalidRequest(
                f"{at}: content blocks of type '{kind}' are not supported in {role} turns here",
                code="unsupported_content",
                param=f"{at}.type",
            )
    out = results
    if texts or images or calls or not results:
        out.append(
            ChatMessage(
                role,  # type: ignore[arg-type]
                "\n".join(texts),
                tool_calls=tuple(calls),
                images=tuple(images),
            )
        )
    return out
