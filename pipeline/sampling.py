"""Turns what the caller asked for into the engine's sampling parameters, and refuses what cannot
fit: too long a prompt, too many tokens, a field no reachable engine understands."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inference.engine import SamplingParams
from inference.model_registry import ModelRegistry
from inference.prompts.spec import ModelParameters
from pipeline.errors import InvalidRequest
from pipeline.request import GenerationRequest
from pipeline.settings import RequestLimits


def check_prompt_size(limits: RequestLimits, chars: int, messages: int = 1, *, param: str) -> None:
    """`param`: the field that holds the prompt, as the calling API names it (`messages`, `input`,
    `prompt`)."""
    if messages > limits.max_messages:
        raise InvalidRequest(
            f"too many messages: at most {limits.max_messages}", code="too_many_messages", param=param
        )
    if chars > limits.max_prompt_chars:
        raise InvalidRequest(
            f"prompt too long: at most {limits.max_prompt_chars} characters",
            code="prompt_too_long",
            param=param,
        )


# The engine parameters whose values have a meaning only in a range: (integer only, low, low
# included, high). An engine handed one outside it either fails deep inside (a 500) or samples
# nonsense without a word (a negative repetition penalty rewards repeats).
_RANGES: dict[str, tuple[bool, float, bool, float | None]] = {
    "top_k": (True, -1, True, None),  # -1 and 0 both mean "every token" to the engines here
    "min_tokens": (True, 0, True, None),
    "min_p": (False, 0.0, True, 1.0),
    "repetition_penalty": (False, 0.0, False, None),
    "frequency_penalty": (False, -2.0, True, 2.0),
    "presence_penalty": (False, -2.0, True, 2.0),
}


def _check_range(name: str, value: Any) -> None:
    whole, low, low_included, high = _RANGES[name]
    kind = "an integer" if whole else "a number"
    numeric = isinstance(value, int) if whole else isinstance(value, int | float)
    if isinstance(value, bool) or not numeric:
        raise InvalidRequest(f"{name} must be {kind}", code="invalid_value", param=name)
    above_low = value >= low if low_included else value > low
    if not above_low or (high is not None and value > high):
        bounds = f"{'at least' if low_included else 'above'} {low:g}" + (
            f" and at most {high:g}" if high is not None else ""
        )
        raise InvalidRequest(f"{name} must be {bounds}; got {value}", code="invalid_value", param=name)


def engine_args(models: ModelRegistry, args: Mapping[str, Any], reachable: tuple[str, ...]) -> dict[str, Any]:
    """Fields Stockade does not interpret go to the engine unchanged, when every engine the request
    may reach (the primary and an app's fallbacks) understands them; otherwise a 400 names the field,
    so nothing is silently dropped."""
    if not args:
        return {}
    for model_id in reachable:
        entry = models.models[model_id].entry
        refused = sorted(set(args) - models.catalog.parameters_for(entry))
        if refused:
            raise InvalidRequest(
                f"Unsupported parameter '{refused[0]}': the model '{model_id}' (engine {entry.engine}) "
                "does not understand it.",
                code="unsupported_parameter",
                param=refused[0],
            )
    for name, value in args.items():
        if name in _RANGES:
            _check_range(name, value)
    return dict(args)


def sampling(
    request: GenerationRequest,
    prompt_tokens: int,
    context_length: int,
    default_max: int,
    json_schema: dict[str, Any] | None,
    defaults: ModelParameters | None,
    args: dict[str, Any],
    tenant_cap: int | None = None,
) -> SamplingParams:
    """The request's own values win; then the prompt version's defaults; then the gateway's. A
    max_tokens the client did not set stays within the tenant's cap (one it set over the cap is
    refused when tokens are reserved)."""
    asked = request.sampling
    room = context_length - prompt_tokens
    if room <= 0:
        raise InvalidRequest(
            f"This model's maximum context length is {context_length} tokens; the prompt alone has "
            f"{prompt_tokens} tokens.",
            code="context_length_exceeded",
            param="messages",
        )
    if asked.max_tokens is not None and asked.max_tokens > room:
        raise InvalidRequest(
            f"This model's maximum context length is {context_length} tokens. However, you requested "
            f"{prompt_tokens + asked.max_tokens} tokens ({prompt_tokens} in the prompt, {asked.max_tokens} "
            f"for the completion). Please reduce the prompt or {request.max_tokens_field}.",
            code="context_length_exceeded",
            param=request.max_tokens_field,
        )
    if defaults is not None:
        default_max = defaults.max_tokens
    if tenant_cap is not None:
        default_max = min(default_max, tenant_cap)
    return SamplingParams(
        max_tokens=asked.max_tokens if asked.max_tokens is not None else min(default_max, room),
        temperature=asked.temperature
        if asked.temperature is not None
        else defaults.temperature
        if defaults
        else 1.0,
        top_p=asked.top_p if asked.top_p is not None else defaults.top_p if defaults else 1.0,
        stop=asked.stop or (tuple(defaults.stop) if defaults else ()),
        seed=asked.seed if asked.seed is not None else defaults.seed if defaults else None,
        json_schema=json_schema,
        tools=request.tools,
        tool_choice=request.tool_choice if request.tools else "auto",
        parallel_tool_calls=request.parallel_tool_calls,
        engine_args=args,
    )
