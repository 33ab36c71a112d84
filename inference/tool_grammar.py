"""A GBNF grammar that lets llama.cpp write only tool calls, with arguments valid for their schema.

Used for `tool_choice: "required"` and a named function: decoding is constrained to the same markup
the chat template shows the model (`<tool_call>\\n{"name": ..., "arguments": ...}\\n</tool_call>`),
so the answer always parses. The JSON part comes from llama.cpp's own JSON-schema converter (the one
behind `LlamaGrammar.from_json_schema`); only the markup around it is written here.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

from inference.engine import ToolSpec
from inference.tool_calls import CLOSE_TAG, OPEN_TAG

log = logging.getLogger(__name__)

# A tool's parameters when its own schema cannot be compiled: any JSON object still parses.
_ANY_OBJECT: dict[str, Any] = {"type": "object"}


def _call_schema(tool: ToolSpec, parameters: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"name": {"const": tool.name}, "arguments": parameters},
        "required": ["name", "arguments"],
        "additionalProperties": False,
    }


def _json_rules(tools: Sequence[ToolSpec]) -> str:
    """GBNF rules whose rule `call` is one call object of any of these tools."""
    from llama_cpp.llama_grammar import SchemaConverter

    def convert(parameters_of: Any) -> str:
        schema = {"anyOf": [_call_schema(t, parameters_of(t)) for t in tools]}
        # name before arguments, as the template shows it
        converter = SchemaConverter(
            prop_order={"name": 0, "arguments": 1}, allow_fetch=False, dotall=False, raw_pattern=False
        )
        converter.visit(converter.resolve_refs(schema, "tools"), "call")
        return str(converter.format_grammar())

    try:
        return convert(lambda t: dict(t.parameters) or _ANY_OBJECT)
    except Exception as exc:  # a schema feature the converter lacks: still force a parseable call
        log.warning("cannot compile tool parameter schemas into a grammar (%s); any object allowed", exc)
        return convert(lambda t: _ANY_OBJECT)


def _literal(text: str) -> str:
    return json.dumps(text)  # a GBNF string literal escapes like a JSON string


def tool_call_grammar(tools: Sequence[ToolSpec], limit: int | None) -> str:
    """The whole answer: one call, or (limit None) one or more calls one line apart."""
    one = f"{_literal(OPEN_TAG + chr(10))} call {_literal(chr(10) + CLOSE_TAG)}"
    root = f"root ::= {one}" if limit == 1 else f"root ::= {one} ({_literal(chr(10))} {one})*"
    return _json_rules(tools) + "\n" + root + "\n"
