"""The body of `POST /v1/responses`, validated, and its translation into the pipeline's request.

Every field OpenAI defines is honoured, or refused with a 400 that names it when honouring it is
not possible here (hosted tools, background runs, reasoning, conversations, stored prompts...);
fields that change nothing about the answer are accepted; anything else goes to the engine when its
catalog entry understands it, as on chat completions, and is refused by name otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr, field_validator

from api.errors import ApiError
from api.responses.items import Item, Placement, parse_input, to_messages
from api.schemas import ResponseFormat, _Lenient
from inference.engine import ChatMessage, NamedToolChoice, ToolChoice, ToolSpec
from pipeline.request import Caller, Extensions, GenerationRequest, Sampling

_FUNCTION_NAME = re.compile(r"[a-zA-Z0-9_-]{1,64}")

# Built-in tools OpenAI runs on its own side; none of them exists inside this deployment.
_HOSTED_HINT = {
    "file_search": " (to answer from documents, pass a Stockade collection as `collection` in extra_body)",
}

# Fields that change nothing about the answer: accepted, never passed on.
_INERT = frozenset(
    {
        "service_tier",
        "prompt_cache_key",
        "prompt_cache_retention",
        "prompt_cache_options",
        "safety_identifier",
        "stream_options",  # include_obfuscation pads events with noise; there is none to hide here
        "max_tool_calls",  # counts built-in tool calls only, and no built-in tool is offered
    }
)

# Fields that would change the answer in a way this gateway cannot provide, unless left at the
# value that means "off": (field, why).
_REFUSED = {
    "background": "background responses are not supported; send the request and wait for it",
    "background_options": "background responses are not supported",
    "conversation": "the Conversations API is not supported; continue with previous_response_id",
    "prompt": "OpenAI stored prompts are not supported; use a Stockade app (model) and its prompt",
    "context_management": "server-side context compaction is not supported",
    "image": "image generation options are not supported",
    "moderation": "OpenAI moderation is not offered; this gateway's own guardrails apply",
    "access_programs": "access programs are not supported",
    "top_logprobs": "log probabilities are not returned by this gateway",
}


def _off(value: Any) -> bool:
    """None, False, 0, an empty list or object, or an object whose every value is off."""
    if isinstance(value, dict):
        return all(_off(v) for v in value.values())
    return value is None or value is False or value == 0 or value == [] or value == ""


class ResponsesRequest(_Lenient):
    model: StrictStr = Field(min_length=1)
    input: Any = Field(default=None)
    instructions: StrictStr | None = None
    previous_response_id: StrictStr | None = None
    tools: list[dict[str, Any]] | None = None
    tool_choice: StrictStr | dict[str, Any] | None = None
    parallel_tool_calls: StrictBool | None = None
    temperature: StrictFloat | StrictInt | None = Field(default=None, ge=0.0, le=2.0)
    top_p: StrictFloat | StrictInt | None = Field(default=None, gt=0.0, le=1.0)
    max_output_tokens: StrictInt | None = Field(default=None, ge=1)
    text: dict[str, Any] | None = None
    metadata: dict[str, StrictStr] | None = Field(default=None, max_length=16)
    user: StrictStr | None = Field(default=None, max_length=256)
    stream: StrictBool = False
    store: StrictBool | None = None
    include: list[StrictStr] | None = None
    truncation: Literal["auto", "disabled"] | None = None
    reasoning: dict[str, Any] | None = None

    # Stockade's own extensions (sent through an SDK's extra_body), typed like every other field.
    variables: dict[str, Any] | None = None
    prompt_version: StrictStr | None = None
    collection: StrictStr | None = None
    cache: StrictBool | None = None

    @field_validator("metadata")
    @classmethod
    def _metadata_sizes(cls, value: dict[str, str] | None) -> dict[str, str] | None:
        for key, text in (value or {}).items():
            if len(key) > 64 or len(text) > 512:
                raise ValueError("metadata keys are at most 64 characters and values at most 512")
        return value

    @property
    def stored(self) -> bool:
        return self.store is not False  # OpenAI's default: stored

    def check_supported(self) -> None:
        """400s naming the field, for what this gateway cannot honour."""
        extra = self.model_extra or {}
        if extra.get("stream_options") is not None and not self.stream:
            # As chat completions (and OpenAI): options for a stream that will not happen are a mistake.
            raise ApiError(
                400,
                "stream_options is only allowed when stream is true",
                code="invalid_value",
                param="stream_options",
            )
        for name, why in _REFUSED.items():
            if name in extra and not _off(extra[name]):
                raise ApiError(400, f"{name}: {why}", code="unsupported_parameter", param=name)
        if self.include:
            raise ApiError(
                400,
                f"include: '{self.include[0]}' is not supported (no hosted tools, reasoning or "
                "log probabilities here)",
                code="unsupported_parameter",
                param="include",
            )
        if self.truncation == "auto":
            raise ApiError(
                400,
                "truncation: 'auto' is not supported; a conversation over the model's context is "
                "refused with context_length_exceeded",
                code="unsupported_parameter",
                param="truncation",
            )
        if self.reasoning is not None and not _off(self.reasoning):
            raise ApiError(
                400,
                "reasoning: the models behind this gateway do not take reasoning settings",
                code="unsupported_parameter",
                param="reasoning",
            )
        verbosity = (self.text or {}).get("verbosity")
        if verbosity not in (None, "medium"):
            raise ApiError(
                400,
                "text.verbosity: only 'medium' (the default) is supported",
                code="unsupported_parameter",
                param="text.verbosity",
            )

    def input_items(self) -> list[Item]:
        if self.input is None:
            if self.previous_response_id is None:
                raise ApiError(
                    400, "missing required parameter: input", code="missing_required_parameter", param="input"
                )
            return []
        return parse_input(self.input)

    def tool_specs(self) -> tuple[ToolSpec, ...]:
        specs = []
        for index, tool in enumerate(self.tools or ()):
            kind = tool.get("type")
            if kind != "function":
                raise ApiError(
                    400,
                    f"tools[{index}]: the hosted tool '{kind}' is not offered by this gateway; only "
                    f"function tools are{_HOSTED_HINT.get(str(kind), '')}",
                    code="unsupported_tool",
                    param=f"tools[{index}].type",
                )
            specs.append(_function_tool(tool, index))
        return tuple(specs)

    def choice(self) -> ToolChoice:
        value = self.tool_choice
        if value is None:
            return "auto"
        if isinstance(value, str):
            if value not in ("auto", "none", "required"):
                raise ApiError(
                    400,
                    f"tool_choice: '{value}' is not one of auto, none, required",
                    code="invalid_value",
                    param="tool_choice",
                )
            return value  # type: ignore[return-value]
        if value.get("type") == "function" and isinstance(value.get("name"), str):
            return NamedToolChoice(value["name"])
        raise ApiError(
            400,
            f"tool_choice: a choice of type '{value.get('type')}' is not supported; use auto, none, "
            "required or {type: function, name}",
            code="unsupported_parameter",
            param="tool_choice",
        )

    def response_format(self) -> dict[str, Any] | None:
        """`text.format` as the pipeline's response_format (chat completions' shape)."""
        spec = (self.text or {}).get("format")
        if spec is None or spec == {"type": "text"}:
            return None
        if not isinstance(spec, dict):
            raise ApiError(400, "text.format: expected an object", code="invalid_value", param="text.format")
        kind = spec.get("type")
        if kind == "json_object":
            return {"type": "json_object"}
        if kind != "json_schema":
            raise ApiError(
                400,
                f"text.format: type '{kind}' is not supported; use text, json_object or json_schema",
                code="invalid_value",
                param="text.format.type",
            )
        schema = {k: spec[k] for k in ("name", "schema", "strict", "description") if k in spec}
        try:
            return ResponseFormat(type="json_schema", json_schema=schema).model_dump()
        except ValueError as exc:
            raise ApiError(
                400,
                "text.format: json_schema needs a schema",
                code="invalid_value",
                param="text.format.schema",
            ) from exc

    def engine_args(self) -> dict[str, Any]:
        """Fields outside OpenAI's schema and Stockade's: for the engine, if it understands them."""
        extra = self.model_extra or {}
        return {k: v for k, v in extra.items() if k not in _INERT and k not in _REFUSED}

    def to_request(
        self, caller: Caller, history: Sequence[Item], items: Sequence[Item]
    ) -> tuple[GenerationRequest, list[Placement], int]:
        """The pipeline's request: instructions first (never carried over from an earlier response,
        as OpenAI does), then the stored conversation, then this request's items. Also where each of
        this request's items landed among the messages, and the index of the first of them."""
        head = [ChatMessage("system", self.instructions)] if self.instructions else []
        earlier, _ = to_messages(history)
        own, placements = to_messages(items)
        messages = (*head, *earlier, *own)
        if not messages:
            raise ApiError(400, "input must not be empty", code="invalid_value", param="input")
        request = GenerationRequest(
            route="chat",
            front_door="responses",
            model=self.model,
            caller=caller,
            messages=messages,
            sampling=Sampling(self.max_output_tokens, _float(self.temperature), _float(self.top_p)),
            tools=self.tool_specs(),
            tool_choice=self.choice(),
            parallel_tool_calls=self.parallel_tool_calls is not False,
            response_format=self.response_format(),
            user=self.user,
            extensions=Extensions(self.variables, self.prompt_version, self.collection, self.cache is True),
            engine_args=self.engine_args(),
            stream=self.stream,
        )
        return request, placements, len(head) + len(earlier)


def _float(value: float | int | None) -> float | None:
    return float(value) if value is not None else None


def _function_tool(tool: dict[str, Any], index: int) -> ToolSpec:
    param = f"tools[{index}]"
    name = tool.get("name")
    if not isinstance(name, str) or not _FUNCTION_NAME.fullmatch(name):
        raise ApiError(
            400,
            f"{param}.name: a function name of 1 to 64 letters, digits, _ or - is required",
            code="invalid_value",
            param=f"{param}.name",
        )
    for field, off in (("defer_loading", False), ("async", False)):
        if tool.get(field) not in (None, off):
            raise ApiError(
                400,
                f"{param}.{field} is not supported",
                code="unsupported_parameter",
                param=f"{param}.{field}",
            )
    callers = tool.get("allowed_callers")
    if callers not in (None, ["direct"]):
        raise ApiError(
            400,
            f"{param}.allowed_callers: only direct calls by the model are supported",
            code="unsupported_parameter",
            param=f"{param}.allowed_callers",
        )
    parameters = tool.get("parameters") or {"type": "object", "properties": {}}
    description = tool.get("description") or ""
    if not isinstance(parameters, dict) or not isinstance(description, str):
        raise ApiError(400, f"{param}: invalid function tool", code="invalid_value", param=param)
    return ToolSpec(name, description, parameters)
