"""Checks of a request's tools and tool conversation that no engine should have to make: a 400
that names the field beats a model that silently ignores a tool it was never really offered."""

from __future__ import annotations

from collections.abc import Sequence

from jsonschema import SchemaError
from jsonschema.validators import validator_for

from inference.engine import NamedToolChoice
from pipeline.errors import InvalidRequest
from pipeline.request import GenerationRequest


def check_tools(request: GenerationRequest, allowed: Sequence[str] | None = None) -> None:
    """`allowed`: an app's allow-list of function names (None: any)."""
    names: set[str] = set()
    for index, tool in enumerate(request.tools):
        if allowed is not None and tool.name not in allowed:
            raise InvalidRequest(
                f"tools[{index}]: the function '{tool.name}' is not allowed for this app",
                code="tool_not_allowed",
                param=f"tools[{index}].function.name",
            )
        if tool.name in names:
            raise InvalidRequest(
                f"tools[{index}]: the function name '{tool.name}' is given twice",
                code="invalid_value",
                param=f"tools[{index}].function.name",
            )
        names.add(tool.name)
        try:
            validator_for(tool.parameters).check_schema(tool.parameters)
        except SchemaError as exc:
            raise InvalidRequest(
                f"tools[{index}].function.parameters is not a valid JSON schema: {exc.message}",
                code="invalid_value",
                param=f"tools[{index}].function.parameters",
            ) from exc
    choice = request.tool_choice
    if isinstance(choice, NamedToolChoice) and choice.name not in names:
        raise InvalidRequest(
            f"tool_choice names the function '{choice.name}', which is not among the request's tools",
            code="invalid_value",
            param="tool_choice",
        )
    if choice == "required" and not request.tools:
        raise InvalidRequest(
            "tool_choice 'required' needs at least one tool in tools",
            code="invalid_value",
            param="tool_choice",
        )
    calls = {call.id for m in request.messages for call in m.tool_calls}
    for index, message in enumerate(request.messages):
        if message.role == "tool" and message.tool_call_id not in calls:
            raise InvalidRequest(
                f"messages[{index}]: tool_call_id '{message.tool_call_id}' answers no tool call of an "
                "earlier assistant message",
                code="invalid_value",
                param=f"messages[{index}].tool_call_id",
            )
